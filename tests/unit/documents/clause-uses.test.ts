import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { documentCitations, eligibilityCitations, routingCitations, screeningCitations, usesIndex, useKey } from '../../../src/lib/documents/clause-uses';
import { linksByClause } from '../../../src/lib/documents/clause-links';
import { clausesOf } from '../../../src/lib/documents/clauses';
import { decorateClauses } from '../../../src/lib/documents/decorate-clauses';
import { eligibilityData } from '../../../src/schemas/eligibility';
import { destination, step } from '../../../src/schemas/routing';
import { screeningFlow } from '../../../src/schemas/screening';

// The real tools' data, as the site reads it: what a reviewer is told rests on a clause.
const content = join(import.meta.dirname, '../../../src/content');
const yaml = (file: string) => parse(readFileSync(join(content, file), 'utf8'));
const routing = { destinations: yaml('tools/routing/destinations.yaml').map((d: unknown) => destination.parse(d)), steps: yaml('tools/routing/steps.yaml').map((s: unknown) => step.parse(s)) };
const screening = screeningFlow.parse(yaml('tools/screening/flow.yaml'));
const eligibility = eligibilityData.parse(yaml('tools/eligibility/criteria.yaml'));
const index = usesIndex([...routingCitations(routing), ...screeningCitations(screening), ...eligibilityCitations(eligibility)]);
const labels = (doc: string, clause: string) => (index.get(useKey(doc, clause)) ?? []).map((u) => u.label);

describe('what cites a clause', () => {
  it('the criterion of legality rests on its Pasal, and so do the criterion’s draft sections', () => {
    expect(labels('pedoman-kemitraan', 'kriteria-legalitas')).toContain('Kriteria “Legalitas”');
  });

  it('the verdict rule and the form rules: a form rule rests on the clause of the form it chooses', () => {
    expect(labels('pedoman-kemitraan', 'penilaian-kriteria')[0]).toMatch(/^Aturan penilaian kriteria/);
    const formRules = [...index.values()].flat().filter((u) => u.label.startsWith('Aturan pemilihan bentuk'));
    expect(formRules).toHaveLength(eligibility.formRules.length);
  });

  it('every destination and step of the routing model, and every answer of the pre-screening, is listed at a clause', () => {
    const all = [...index.values()].flat();
    for (const d of routing.destinations) expect(all.some((u) => u.label === `Tujuan rujukan “${d.name}”`)).toBe(true);
    for (const role of screening.kpai) expect(all.some((u) => u.label === `Hasil penapisan “${role.verdict}”` && u.path === 'penapisan/')).toBe(true);
  });

  it('lists a use once, grouped in a fixed order: tools first, other documents last', () => {
    const twice = usesIndex([
      { href: '/dokumen/a/#x', use: { group: 'dokumen', label: 'B, Pasal 1', path: 'dokumen/b/#p1' } },
      { href: '/dokumen/a/#x', use: { group: 'kemitraan', label: 'Kriteria “K”', path: 'cek-mitra/' } },
      { href: '/dokumen/a/#x', use: { group: 'kemitraan', label: 'Kriteria “K”', path: 'cek-mitra/' } },
    ]);
    expect(twice.get('a#x')!.map((u) => u.label)).toEqual(['Kriteria “K”', 'B, Pasal 1']);
  });

  it('names the clause of another document that links here, and leaves out links within a document', () => {
    const body = '## BAB I {#bab}\n\n### Pasal 2 — Rujukan {#rujukan}\n\nLihat [UPTD PPA](/dokumen/panduan-rujukan/#uptd-ppa) dan [Pasal 1](/dokumen/sop/#bab).';
    const links = linksByClause(body, clausesOf(body));
    expect(links).toEqual([
      { href: '/dokumen/panduan-rujukan/#uptd-ppa', fromClause: 'rujukan', fromHeading: 'Pasal 2 — Rujukan' },
      { href: '/dokumen/sop/#bab', fromClause: 'rujukan', fromHeading: 'Pasal 2 — Rujukan' },
    ]);
    const cited = documentCitations([{ doc: 'sop', title: 'SOP versi 0.2', links }]);
    expect(cited.map((c) => [c.href, c.use.label, c.use.path])).toEqual([['/dokumen/panduan-rujukan/#uptd-ppa', 'SOP versi 0.2, Pasal 2 — Rujukan', 'dokumen/sop/#rujukan']]);
  });
});

describe('a clause heading, as the version page shows it', () => {
  const html = '<p>x</p><div class="clause-heading"><h3 id="baru">Pasal 2 — Baru</h3><a class="clause-link" href="#baru" data-clause="baru"><span>#</span></a></div><p>y</p>';

  it('carries its old ids as anchors, what cites it after the heading, and its history for the citation menu', () => {
    const out = decorateClauses(html, {
      aliases: new Map([['baru', ['lama']]]),
      after: new Map([['baru', '<details class="clause-uses">…</details>']]),
      data: new Map([['baru', { riwayat: '/dokumen/x/riwayat/baru/', 'riwayat-teks': 'Riwayat "bagian" ini' }]]),
    });
    expect(out).toBe(
      '<p>x</p><span id="lama" class="clause-alias"></span><div class="clause-heading"><h3 id="baru">Pasal 2 — Baru</h3><a class="clause-link" href="#baru" data-clause="baru" data-riwayat="/dokumen/x/riwayat/baru/" data-riwayat-teks="Riwayat &quot;bagian&quot; ini"><span>#</span></a></div><details class="clause-uses">…</details><p>y</p>',
    );
  });

  it('is left as it is when nothing is known about it', () => {
    expect(decorateClauses(html, {})).toBe(html);
  });
});
