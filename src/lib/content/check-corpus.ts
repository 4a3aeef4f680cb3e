import type { z } from 'astro/zod';
import { contact } from '../../schemas/contact';
import { versionFrontmatter, type VersionFrontmatter } from '../../schemas/document';
import { flow, type Flow } from '../../schemas/flow';
import { glossaryEntry } from '../../schemas/glossary';
import { documentEntry } from '../../schemas/registry';
import { flowProblems } from '../flows/check-flow';
import { currentVersion } from '../documents/versions';
import { clauseLinkParts } from '../documents/clause-link';
import { issuesToErrors, type ContentError } from './errors';
import { scanBody, type ReferringComponent } from './scan-body';
import { screeningFlow } from '../../schemas/screening';
import { eligibilityData } from '../../schemas/eligibility';
import { screeningFlowProblems } from '../screening/check-flow';
import { referralRules } from '../../schemas/referral';
import { regionalService } from '../../schemas/service';
import { referralRuleProblems } from '../referral/check-rules';
import { checkInstruments, type InstrumentSource } from '../instruments/check';
import { textsOf } from '../instruments/texts';

export interface ParsedFile {
  /** Path as an author sees it, e.g. `src/content/documents/sop-pengaduan/0.1.mdx`. */
  file: string;
  data: unknown;
}

export interface VersionFile extends ParsedFile {
  /** The MDX source after the frontmatter; undefined when the file could not be read. */
  body?: string;
}

export interface CorpusFiles {
  registry: ParsedFile;
  contacts: ParsedFile;
  glossary: ParsedFile;
  flows: ParsedFile;
  /** The complaint pre-screening flow. */
  screening: ParsedFile;
  /** The partnership criteria of the eligibility self-assessment. */
  eligibility: ParsedFile;
  /** The referral-path finder's rules. */
  referral: ParsedFile;
  /** The regional service directory. */
  services: ParsedFile;
  /** Every Kemendagri province and regency code; when absent, region codes are not checked. */
  regionCodes?: ReadonlySet<string>;
  /** Frontmatter and body of every version file. */
  versions: VersionFile[];
  /** The case documentation instruments, one file per instrument and SOP version. */
  instruments?: InstrumentSource[];
  /** The folder of instrument files, as an author sees it. */
  instrumentsDir?: string;
  /** The folder of version files, as an author sees it. */
  versionsDir: string;
}

/**
 * Checks everything the build relies on across files: each file against its schema, then what no single
 * schema can see — unknown documents, a version in the wrong folder, two files claiming one version, a
 * document with no version, repeated ids, references to contacts, terms and flows that do not exist,
 * broken flows, and required sections missing from a document's current version.
 */
export function checkCorpus(files: CorpusFiles): ContentError[] {
  const errors: ContentError[] = [];
  const documents = checkList(files.registry, documentEntry, errors);
  checkList(files.contacts, contact, errors);
  checkList(files.glossary, glossaryEntry, errors);
  for (const service of checkList(files.services, regionalService, errors).values()) {
    if (files.regionCodes && !files.regionCodes.has(service.region)) {
      errors.push({ file: files.services.file, field: `${service.id}.region`, reason: `kode wilayah "${service.region}" tidak ada dalam data wilayah Kemendagri (idn-area-data)` });
    }
  }
  const flows = checkFlows(files.flows, errors);
  // An entry that is there but broken still counts as there: its own problem is reported once, above.
  const known: Record<ReferringComponent, Set<string>> = {
    Contact: idsIn(files.contacts),
    Term: idsIn(files.glossary),
    Flow: idsIn(files.flows),
  };
  const sourceOf: Record<ReferringComponent, string> = { Contact: files.contacts.file, Term: files.glossary.file, Flow: files.flows.file };

  const claimed = new Map<string, string>();
  const withVersions = new Set<string>();
  const parsedVersions: (VersionFrontmatter & { file: string; clauseIds: Set<string>; body: string })[] = [];
  for (const { file, data, body } of files.versions) {
    const scan = scanBody(body ?? '');
    errors.push(...repeatedClauseIds(file, scan.clauseIds));
    for (const ref of scan.refs) {
      if (!known[ref.component].has(ref.id)) {
        errors.push({
          file,
          field: `<${ref.component} id="${ref.id}"> (baris ${ref.line})`,
          reason: `"${ref.id}" tidak ada di ${sourceOf[ref.component]} (yang ada: ${[...known[ref.component]].join(', ') || 'belum ada'})`,
        });
      }
    }

    // A broken file still counts as its document's version: one problem, reported once.
    const named = (data as { document?: unknown } | undefined)?.document;
    if (typeof named === 'string') withVersions.add(named);
    const parsed = versionFrontmatter.safeParse(data);
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, data, parsed.error.issues));
      continue;
    }
    const fm = parsed.data;
    if (!documents.has(fm.document)) {
      errors.push({
        file,
        field: 'document',
        reason: `dokumen "${fm.document}" tidak terdaftar di ${files.registry.file} (yang terdaftar: ${[...documents.keys()].join(', ') || 'belum ada'})`,
      });
      continue;
    }
    const folder = file.split('/').at(-2);
    if (folder !== fm.document) {
      errors.push({ file, field: 'document', reason: `berkas ada di folder "${folder}" tetapi menyebut dokumen "${fm.document}"` });
    }
    const key = `${fm.document}@${fm.version}`;
    const other = claimed.get(key);
    if (other) {
      errors.push({ file, field: 'version', reason: `versi "${fm.version}" dokumen "${fm.document}" sudah dinyatakan oleh ${other}` });
    } else {
      claimed.set(key, file);
      parsedVersions.push({ ...fm, file, clauseIds: new Set(scan.clauseIds.map((c) => c.id)), body: body ?? '' });
    }
  }

  const currentClauses = new Map<string, Set<string>>();
  for (const id of documents.keys()) {
    const current = currentVersion(parsedVersions.filter((v) => v.document === id));
    if (current) currentClauses.set(id, current.clauseIds);
  }
  const citesClause = clauseCheck(new Set(documents.keys()), currentClauses);
  errors.push(...checkScreening(files.screening, known.Contact, citesClause));
  errors.push(...checkEligibility(files.eligibility, citesClause));
  errors.push(...checkReferral(files.referral, known.Contact, citesClause));
  errors.push(...checkInstruments(files.instruments ?? [], { dir: files.instrumentsDir ?? 'instruments', texts: textsOf(parsedVersions), flows: [...flows.values()], documents: new Set(documents.keys()) }));

  for (const [id, doc] of documents) {
    if (!withVersions.has(id)) {
      errors.push({ file: files.registry.file, field: id, reason: `belum ada satu pun versi di ${files.versionsDir}/${id}/` });
      continue;
    }
    const current = currentVersion(parsedVersions.filter((v) => v.document === id));
    const missing = current ? doc.required.filter((clause) => !current.clauseIds.has(clause)) : [];
    if (current && missing.length > 0) {
      errors.push({
        file: current.file,
        field: '(bagian wajib)',
        reason: `versi terkini "${doc.title}" belum memuat bagian wajib: ${missing.map((m) => `{#${m}}`).join(', ')} (lihat "required" di ${files.registry.file})`,
      });
    }
  }
  return errors;
}

type ClauseCheck = (href: string) => string | undefined;

/** Checks a link to a clause (`/dokumen/<doc>/#<clause>`) against the current version of that document. */
function clauseCheck(documents: Set<string>, clauses: Map<string, Set<string>>): ClauseCheck {
  return (href) => {
    const { doc, clause } = clauseLinkParts(href) ?? {};
    if (!doc || !documents.has(doc)) return `${href}: dokumen "${doc}" tidak terdaftar`;
    // A document whose current version could not be read has its own error already.
    if (clauses.has(doc) && !clauses.get(doc)!.has(clause!)) return `${href}: bagian itu tidak ada di versi terkini dokumen "${doc}"`;
    return undefined;
  };
}

/** The pre-screening flow: its schema, its graph, and every contact and clause it cites. */
function checkScreening({ file, data }: ParsedFile, contacts: Set<string>, cites: ClauseCheck): ContentError[] {
  const parsed = screeningFlow.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const errors: ContentError[] = screeningFlowProblems(parsed.data).map((p) => ({ file, ...p }));
  for (const node of parsed.data.nodes) {
    if (node.kind === 'question') continue;
    for (const contact of node.contacts) {
      if (!contacts.has(contact)) errors.push({ file, field: `${node.id}.contacts`, reason: `kontak "${contact}" tidak ada` });
    }
    if (node.kind !== 'outcome') continue;
    for (const { href } of node.clauses) {
      const problem = cites(href);
      if (problem) errors.push({ file, field: `${node.id}.clauses`, reason: problem });
    }
  }
  return errors;
}

/** The eligibility criteria: their schema, the clause each cites, and the kinds and themes they name. */
function checkEligibility({ file, data }: ParsedFile, cites: ClauseCheck): ContentError[] {
  const parsed = eligibilityData.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const { criteria, partnerKinds, themes, forms } = parsed.data;
  const kinds = new Set(partnerKinds.map((k) => k.id));
  const themeIds = new Set(themes.map((t) => t.id));
  const errors: ContentError[] = [];
  for (const c of criteria) {
    const problem = cites(c.clause);
    if (problem) errors.push({ file, field: `${c.id}.clause`, reason: problem });
    if (!themeIds.has(c.theme)) errors.push({ file, field: `${c.id}.theme`, reason: `tema "${c.theme}" tidak ada` });
    for (const kind of c.appliesTo ?? []) if (!kinds.has(kind)) errors.push({ file, field: `${c.id}.appliesTo`, reason: `jenis mitra "${kind}" tidak ada` });
  }
  for (const f of forms) {
    const problem = cites(f.clause);
    if (problem) errors.push({ file, field: `${f.id}.clause`, reason: problem });
  }
  for (const kind of kinds) {
    if (!criteria.some((c) => !c.appliesTo || c.appliesTo.includes(kind))) errors.push({ file, field: 'partnerKinds', reason: `jenis mitra "${kind}" tidak punya kriteria` });
  }
  return errors;
}

/** The referral rules: their schema, their references, and every clause their steps cite. */
function checkReferral({ file, data }: ParsedFile, contacts: Set<string>, cites: ClauseCheck): ContentError[] {
  const parsed = referralRules.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const errors: ContentError[] = referralRuleProblems(parsed.data, contacts).map((p) => ({ file, ...p }));
  for (const step of parsed.data.steps) {
    for (const [field, href] of [['clause', step.clause], ['guide', step.guide]] as const) {
      const problem = href && cites(href);
      if (problem) errors.push({ file, field: `${step.id}.${field}`, reason: problem });
    }
  }
  return errors;
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

function checkFlows(file: ParsedFile, errors: ContentError[]): Map<string, Flow> {
  const flows = checkList(file, flow, errors);
  for (const [id, parsed] of flows) {
    errors.push(...flowProblems(parsed as Flow).map((p) => ({ file: file.file, field: `${id}.${p.field}`, reason: p.reason })));
  }
  return flows as Map<string, Flow>;
}

function idsIn({ data }: ParsedFile): Set<string> {
  return new Set((Array.isArray(data) ? data : []).flatMap((item: unknown) => (typeof (item as { id?: unknown })?.id === 'string' ? [(item as { id: string }).id] : [])));
}

/** Checks a YAML list of entries that each carry an `id`; returns the entries that parsed, by id. */
function checkList<T extends { id: string }>({ file, data }: ParsedFile, schema: z.ZodType<T>, errors: ContentError[]): Map<string, T> {
  const entries = new Map<string, T>();
  if (!Array.isArray(data)) {
    errors.push({ file, field: '(seluruh isi)', reason: 'harus berupa daftar YAML (setiap butir diawali "- id: …")' });
    return entries;
  }
  data.forEach((item: unknown, index) => {
    const label = entryLabel(item, index);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, item, parsed.error.issues, label));
      return;
    }
    if (entries.has(parsed.data.id)) {
      errors.push({ file, field: `${label}.id`, reason: `id "${parsed.data.id}" dipakai lebih dari sekali` });
    }
    entries.set(parsed.data.id, parsed.data);
  });
  return entries;
}

function entryLabel(item: unknown, index: number): string {
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `butir ke-${index + 1}`;
}

