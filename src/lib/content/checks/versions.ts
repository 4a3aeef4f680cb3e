import { contentTable } from '../../../schemas/collections';
import type { VersionFrontmatter } from '../../../schemas/document';
import type { DocumentEntry } from '../../../schemas/registry';
import { formerClauseProblems } from '../../documents/former-clauses';
import { compareVersionLabels } from '../../documents/versions';
import { issuesToErrors, type ContentError } from '../errors';
import { scanBody, type BodyScan, type ReferringComponent } from '../scan-body';
import type { Checked, CorpusFiles } from './corpus-files';

/** A version whose frontmatter parsed, with what its body holds. */
export type ParsedVersion = VersionFrontmatter & {
  file: string;
  clauseIds: Set<string>;
  anchors: Set<string>;
  headings: BodyScan['headings'];
  links: BodyScan['links'];
  body: string;
  frontmatterEnd?: number;
};

export interface Versions {
  versions: ParsedVersion[];
  /** Documents that have a file, even a broken one: a broken file still counts as its document's version. */
  withVersions: Set<string>;
  /** Documents with a version that could not be read: what depends on all their versions is not checked. */
  unreadable: Set<string>;
}

/** Where each component's ids are declared, and the ids there (see knownIds). */
export type References = Record<ReferringComponent, { file: string; ids: ReadonlySet<string> }>;

/**
 * Every version file: repeated clause ids, references to contacts, terms and flows that do not exist, its
 * frontmatter, its document (registered, in its own folder, the version claimed once), the links written in its
 * text, and clauses that vanish from one version to the next without a word.
 */
export function checkVersions(
  files: Pick<CorpusFiles, 'versions' | 'documents'>,
  documents: ReadonlyMap<string, DocumentEntry>,
  references: References,
): Checked<Versions> {
  const errors: ContentError[] = [];
  const claimed = new Map<string, string>();
  const withVersions = new Set<string>();
  const unreadable = new Set<string>();
  const versions: ParsedVersion[] = [];
  for (const { file, data, body, broken, frontmatterEnd } of files.versions) {
    const folder = file.split('/').at(-2)!;
    const scan = scanBody(body ?? '');
    if (broken) unreadable.add(folder);
    errors.push(...repeatedClauseIds(file, scan.clauseIds));
    for (const ref of scan.refs) {
      const { file: source, ids } = references[ref.component];
      if (!ids.has(ref.id)) {
        errors.push({
          file,
          field: `<${ref.component} id="${ref.id}"> (baris ${ref.line})`,
          reason: `"${ref.id}" tidak ada di ${source} (yang ada: ${[...ids].join(', ') || 'belum ada'})`,
        });
      }
    }

    // A broken file still counts as its document's version: one problem, reported once.
    const named = (data as { document?: unknown } | undefined)?.document;
    if (typeof named === 'string') withVersions.add(named);
    if (broken) continue;
    const parsed = contentTable.versions.schema.safeParse(data);
    if (!parsed.success) {
      unreadable.add(folder);
      errors.push(...issuesToErrors(file, data, parsed.error.issues));
      continue;
    }
    const fm = parsed.data;
    if (files.documents.broken) continue;
    if (!documents.has(fm.document)) {
      errors.push({
        file,
        field: 'document',
        reason: `dokumen "${fm.document}" tidak terdaftar di ${files.documents.file} (yang terdaftar: ${[...documents.keys()].join(', ') || 'belum ada'})`,
      });
      continue;
    }
    if (folder !== fm.document) {
      errors.push({ file, field: 'document', reason: `berkas ada di folder "${folder}" tetapi menyebut dokumen "${fm.document}"` });
    }
    const key = `${fm.document}@${fm.version}`;
    const other = claimed.get(key);
    if (other) {
      errors.push({ file, field: 'version', reason: `versi "${fm.version}" dokumen "${fm.document}" sudah dinyatakan oleh ${other}` });
    } else {
      claimed.set(key, file);
      versions.push({ ...fm, file, clauseIds: new Set(scan.clauseIds.map((c) => c.id)), anchors: scan.anchors, headings: scan.headings, links: scan.links, body: body ?? '', frontmatterEnd });
    }
  }
  errors.push(...bodyLinkProblems(versions, new Set(documents.keys()), unreadable));
  errors.push(...formerClauseErrors(versions, unreadable));
  return { errors, parsed: { versions, withVersions, unreadable } };
}

/**
 * Links written in the documents' MDX that lead nowhere, by file and line, before any page is written: to a
 * document that is not registered, or to a clause no version of the document has (a clause another version
 * has still answers, with its note). Links elsewhere on the site are followed after the build.
 */
function bodyLinkProblems(versions: readonly ParsedVersion[], documents: ReadonlySet<string>, unreadable: ReadonlySet<string>): ContentError[] {
  const anchorsOf = new Map<string, Set<string>>();
  for (const v of versions) anchorsOf.set(v.document, new Set([...(anchorsOf.get(v.document) ?? []), ...v.anchors]));
  return versions.flatMap((v) =>
    v.links.flatMap(({ href, line }) => {
      const [, doc = v.document, version, clause] = href.match(/^(?:\/dokumen\/([a-z0-9-]+)\/(?:([0-9][0-9.]*)\/)?)?(?:#([^\s#]+))?$/) ?? [];
      if (!href.startsWith('/dokumen/') && !href.startsWith('#')) return [];
      if (href.startsWith('/dokumen/') && !/^\/dokumen\/[a-z0-9-]+\/((\d[\d.]*)\/)?(#.*)?$/.test(href)) return [];
      if (unreadable.has(doc)) return [];
      if (!documents.has(doc)) return [{ file: v.file, field: `tautan ${href}`, line, reason: `dokumen "${doc}" tidak terdaftar di documents.yaml` }];
      if (version && !versions.some((o) => o.document === doc && o.version === version)) {
        return [{ file: v.file, field: `tautan ${href}`, line, reason: `dokumen "${doc}" tidak punya versi ${version}` }];
      }
      if (clause && !anchorsOf.get(doc)?.has(clause)) {
        return [{ file: v.file, field: `tautan ${href}`, line, reason: `bagian #${clause} tidak ada di versi mana pun dokumen "${doc}"` }];
      }
      return [];
    }),
  );
}

/**
 * Clause ids that vanish from one version to the next without a word: each new version says where a missing
 * clause went (`movedTo`) or why it was removed, so old links and citations still land (former-clauses.ts).
 */
function formerClauseErrors(versions: readonly ParsedVersion[], unreadable: ReadonlySet<string>): ContentError[] {
  const byDocument = new Map<string, ParsedVersion[]>();
  for (const v of versions) if (!unreadable.has(v.document)) byDocument.set(v.document, [...(byDocument.get(v.document) ?? []), v]);
  return [...byDocument.values()].flatMap((list) => {
    const ordered = [...list].sort((a, b) => compareVersionLabels(a.version, b.version));
    const fileOf = new Map(ordered.map((v) => [v.version, v]));
    return formerClauseProblems(ordered.map((v) => ({ version: v.version, clauses: v.headings, formerClauses: v.formerClauses }))).map((p): ContentError => {
      const v = fileOf.get(p.version)!;
      if (p.index !== undefined) return { file: v.file, field: `formerClauses[${p.index}]${p.key ? `.${p.key}` : ''}`, reason: p.reason };
      // A missing declaration is written in the frontmatter: say where, whether or not the list is there yet.
      return { file: v.file, field: 'formerClauses', reason: p.reason, ...(v.formerClauses || !v.frontmatterEnd ? {} : { line: v.frontmatterEnd }) };
    });
  });
}

function repeatedClauseIds(file: string, clauseIds: { id: string; line: number }[]): ContentError[] {
  const first = new Map<string, number>();
  return clauseIds.flatMap(({ id, line }) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, line);
      return [];
    }
    return [{ file, field: `{#${id}} (baris ${line})`, reason: `id klausul ini sudah dipakai di baris ${earlier}; id klausul harus unik dalam satu versi` }];
  });
}
