import { decorateClauses, escapeHtml } from '../lib/documents/decorate-clauses';
import { groupLabel, useKey } from '../lib/documents/clause-uses';
import { clausesFor, type DocumentWithVersions, type VersionEntry } from './corpus';
import { historyLinks, loadUses, movedIdsFor } from './clause-records';
import { href } from './href';

/**
 * A version's rendered text with what the rest of the site knows about each clause: "dipakai oleh …" under the
 * heading (a closed disclosure, so reading is not interrupted), old ids that now land on it, and its history link
 * for the citation menu.
 */
export async function decoratedText(doc: DocumentWithVersions, version: VersionEntry, html: string): Promise<string> {
  const [uses, histories, moved, clauses] = await Promise.all([loadUses(), historyLinks(doc), movedIdsFor(doc, version.version), clausesFor(version)]);
  const aliases = new Map<string, string[]>();
  for (const [old, now] of moved) aliases.set(now, [...(aliases.get(now) ?? []), old]);
  const after = new Map<string, string>();
  const data = new Map<string, Record<string, string>>();
  for (const clause of clauses) {
    const history = histories.get(clause.id);
    if (history) data.set(clause.id, { riwayat: history.href, 'riwayat-teks': history.text });
    const list = uses.get(useKey(doc.id, clause.id));
    if (!list?.length) continue;
    const groups = [...new Set(list.map((u) => u.group))].map((g) => groupLabel[g].split(' (')[0]!.toLowerCase());
    const items = list.map((u) => `<li><a href="${escapeHtml(href(u.path))}">${escapeHtml(u.label)}</a></li>`).join('');
    after.set(
      clause.id,
      `<details class="clause-uses no-print"><summary>Dipakai oleh ${list.length} hal: ${escapeHtml(groups.join(', '))}</summary><ul>${items}</ul></details>`,
    );
  }
  return decorateClauses(html, { aliases, after, data });
}
