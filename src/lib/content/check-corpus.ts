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
import { scanBody, type BodyScan, type ReferringComponent } from './scan-body';
import { screeningFlow } from '../../schemas/screening';
import { eligibilityData } from '../../schemas/eligibility';
import { eligibilityLinks, eligibilityProblems } from '../eligibility/check-data';
import { canonicalSituation, destination, question, routingRules, step, type RoutingModel } from '../../schemas/routing';
import { regionalService, type RegionalService } from '../../schemas/service';
import { routingModelProblems, screeningProblems, situationProblems, type RoutingFile } from '../routing/check-model';
import { childModeProblems } from '../routing/check-child';
import { placeForCode } from '../routing/place';
import { unexplained, type Gloss } from '../routing/plain-words';
import { channelItems, dateProblems } from '../contacts/check-dates';
import { figuresData } from '../../schemas/figures';
import { figureProblems } from '../figures/check-figures';
import { formerClauseProblems } from '../documents/former-clauses';
import { compareVersionLabels } from '../documents/versions';
import { checkSearch } from './check-search';
import { checkInstruments, type InstrumentSource } from '../instruments/check';
import { textsOf } from '../instruments/texts';

export interface ParsedFile {
  /** Path as an author sees it, e.g. `src/content/documents/sop-pengaduan/0.1.mdx`. */
  file: string;
  data: unknown;
  /**
   * The file could not be read (missing, not UTF-8, YAML or MDX it cannot parse). Its own problem is reported
   * where it was found; nothing that depends on its content is checked, so one mistake gives one message.
   */
  broken?: boolean;
}

export interface VersionFile extends ParsedFile {
  /** The MDX source after the frontmatter; undefined when the file could not be read. */
  body?: string;
  /** The line of the frontmatter's closing "---": where a missing frontmatter field is to be written. */
  frontmatterEnd?: number;
}

export interface CorpusFiles {
  registry: ParsedFile;
  contacts: ParsedFile;
  glossary: ParsedFile;
  flows: ParsedFile;
  /** The complaint pre-screening's own file. */
  screening: ParsedFile;
  /** The partnership criteria of the eligibility self-assessment. */
  eligibility: ParsedFile;
  /** The routing model both public tools read: questions, destinations, steps, rules, canonical situations. */
  routing: Record<Exclude<RoutingFile, 'screening'>, ParsedFile>;
  /** The regional service directory. */
  services: ParsedFile;
  /** KPAI's published complaint figures; not checked when the content tree has none. */
  figures?: ParsedFile;
  /** Today, YYYY-MM-DD: dates in contacts must not be later. */
  today: string;
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
  /** Search's synonyms and relevance set, when the content tree has them. */
  search?: { synonyms?: ParsedFile; relevance?: ParsedFile };
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
  const contacts = checkList(files.contacts, contact, errors);
  const glossary = checkList(files.glossary, glossaryEntry, errors);
  const services = checkList(files.services, regionalService, errors);
  for (const service of services.values()) {
    if (files.regionCodes && !files.regionCodes.has(service.region)) {
      errors.push({ file: files.services.file, field: `${service.id}.region`, reason: `kode wilayah "${service.region}" tidak ada dalam data wilayah Kemendagri (idn-area-data)` });
    }
  }
  for (const c of contacts.values()) {
    errors.push(...dateProblems(channelItems(c.id, c.channels), files.today).map((p) => ({ file: files.contacts.file, ...p })));
  }
  for (const s of services.values()) {
    const items = [{ field: s.id, item: s }, ...channelItems(s.id, s.channels)];
    errors.push(...dateProblems(items, files.today).map((p) => ({ file: files.services.file, ...p })));
  }
  const flows = checkFlows(files.flows, errors);
  // An entry that is there but broken still counts as there: its own problem is reported once, above.
  // A file that could not be read answers for every id: references to it are not checked until it is mended.
  const known: Record<ReferringComponent, Set<string>> = {
    Contact: files.contacts.broken ? anyId : idsIn(files.contacts),
    Term: files.glossary.broken ? anyId : idsIn(files.glossary),
    Flow: files.flows.broken ? anyId : idsIn(files.flows),
  };
  const sourceOf: Record<ReferringComponent, string> = { Contact: files.contacts.file, Term: files.glossary.file, Flow: files.flows.file };

  const claimed = new Map<string, string>();
  const withVersions = new Set<string>();
  // Documents with a version that could not be read: what depends on all their versions is not checked.
  const unreadable = new Set<string>();
  const parsedVersions: (VersionFrontmatter & { file: string; clauseIds: Set<string>; anchors: Set<string>; headings: BodyScan['headings']; links: BodyScan['links']; body: string; frontmatterEnd?: number })[] = [];
  for (const { file, data, body, broken, frontmatterEnd } of files.versions) {
    const folder = file.split('/').at(-2)!;
    const scan = scanBody(body ?? '');
    if (broken) unreadable.add(folder);
    errors.push(...repeatedClauseIds(file, scan.clauseIds));
    for (const ref of scan.refs) {
      const ids = known[ref.component];
      if (!ids.has(ref.id)) {
        errors.push({
          file,
          field: `<${ref.component} id="${ref.id}"> (baris ${ref.line})`,
          reason: `"${ref.id}" tidak ada di ${sourceOf[ref.component]} (yang ada: ${[...ids].join(', ') || 'belum ada'})`,
        });
      }
    }

    // A broken file still counts as its document's version: one problem, reported once.
    const named = (data as { document?: unknown } | undefined)?.document;
    if (typeof named === 'string') withVersions.add(named);
    if (broken) continue;
    const parsed = versionFrontmatter.safeParse(data);
    if (!parsed.success) {
      unreadable.add(folder);
      errors.push(...issuesToErrors(file, data, parsed.error.issues));
      continue;
    }
    const fm = parsed.data;
    if (files.registry.broken) continue;
    if (!documents.has(fm.document)) {
      errors.push({
        file,
        field: 'document',
        reason: `dokumen "${fm.document}" tidak terdaftar di ${files.registry.file} (yang terdaftar: ${[...documents.keys()].join(', ') || 'belum ada'})`,
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
      parsedVersions.push({ ...fm, file, clauseIds: new Set(scan.clauseIds.map((c) => c.id)), anchors: scan.anchors, headings: scan.headings, links: scan.links, body: body ?? '', frontmatterEnd });
    }
  }

  const currentClauses = new Map<string, Set<string>>();
  for (const id of documents.keys()) {
    const current = currentVersion(parsedVersions.filter((v) => v.document === id), files.today);
    if (current && !unreadable.has(id)) currentClauses.set(id, current.clauseIds);
  }
  errors.push(...bodyLinkProblems(parsedVersions, new Set(documents.keys()), unreadable));
  errors.push(...formerClauseErrors(parsedVersions, unreadable));
  const citesClause = clauseCheck(new Set(documents.keys()), currentClauses);
  if (files.search) {
    const any = new Map<string, Set<string>>();
    for (const v of parsedVersions) any.set(v.document, new Set([...(any.get(v.document) ?? []), ...v.clauseIds]));
    errors.push(...checkSearch(files.search, { any, current: currentClauses, unreadable }));
  }
  errors.push(...checkRouting(files, known.Contact, citesClause, [...services.values()], [...glossary.values()]));
  errors.push(...checkEligibility(files.eligibility, new Set(documents.keys()), citesClause));
  if (files.figures) errors.push(...checkFigures(files.figures, known.Term));
  errors.push(...checkInstruments(files.instruments ?? [], { dir: files.instrumentsDir ?? 'instruments', texts: textsOf(parsedVersions), flows: [...flows.values()], documents: new Set(documents.keys()) }));

  for (const [id, doc] of documents) {
    if (unreadable.has(id)) continue;
    if (!withVersions.has(id)) {
      errors.push({ file: files.registry.file, field: id, reason: `belum ada satu pun versi di ${files.versionsDir}/${id}/` });
      continue;
    }
    const current = currentVersion(parsedVersions.filter((v) => v.document === id), files.today);
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

/** The eligibility data: its schema, every id it names (src/lib/eligibility/check-data.ts), and every clause it cites. */
function checkEligibility({ file, data }: ParsedFile, documents: ReadonlySet<string>, cites: ClauseCheck): ContentError[] {
  const parsed = eligibilityData.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const { guideline } = parsed.data;
  const errors: ContentError[] = eligibilityProblems(parsed.data).map((p) => ({ file, ...p }));
  if (!documents.has(guideline)) errors.push({ file, field: 'guideline', reason: `dokumen "${guideline}" tidak terdaftar (yang terdaftar: ${[...documents].join(', ')})` });
  for (const { field, href, inGuideline } of eligibilityLinks(parsed.data)) {
    const problem = inGuideline && !href.startsWith(`/dokumen/${guideline}/`) ? `${href}: harus menunjuk ke bagian pedoman "${guideline}"` : cites(href);
    if (problem) errors.push({ file, field, reason: problem });
  }
  return errors;
}

/**
 * The routing model and the pre-screening: each file against its schema, then the references between them,
 * every clause they cite, every abbreviation they show the public, and every canonical situation run through
 * the rules. When a file does not parse, only its own problems are reported: no knock-on errors elsewhere.
 */
function checkRouting(files: CorpusFiles, contacts: Set<string>, cites: ClauseCheck, services: RegionalService[], glossary: Gloss[]): ContentError[] {
  const errors: ContentError[] = [];
  const { questions, destinations, steps, rules, situations } = files.routing;
  const parsed = {
    questions: checkList(questions, question, errors),
    destinations: checkList(destinations, destination, errors),
    steps: checkList(steps, step, errors),
  };
  const ruleLists = routingRules.safeParse(rules.data);
  if (!ruleLists.success) errors.push(...issuesToErrors(rules.file, rules.data, ruleLists.error.issues));
  const flow = screeningFlow.safeParse(files.screening.data);
  if (!flow.success) errors.push(...issuesToErrors(files.screening.file, files.screening.data, flow.error.issues));
  const rows = checkList(situations, canonicalSituation, errors);
  if (errors.length > 0 || !ruleLists.success) return errors;

  const model: RoutingModel = { questions: [...parsed.questions.values()], destinations: [...parsed.destinations.values()], steps: [...parsed.steps.values()], ...ruleLists.data };
  const fileOf = (file: RoutingFile) => (file === 'screening' ? files.screening.file : files.routing[file].file);
  const refs = { contacts, cites };
  const problems = [...routingModelProblems(model, refs), ...(flow.success ? [...screeningProblems(model, flow.data, refs), ...childModeProblems(model, flow.data, refs)] : [])];
  const said = new Set<string>();
  // With a glossary that could not be read, abbreviations are not judged: that would blame every one.
  for (const text of files.glossary.broken ? [] : publicTexts(model)) {
    for (const word of unexplained(text.text, glossary)) {
      // One message per word and entry, however often the entry uses it.
      if (said.has(`${text.field}:${word}`)) continue;
      said.add(`${text.field}:${word}`);
      problems.push({ file: text.file, field: text.field, reason: `singkatan "${word}" belum dijelaskan: tambahkan ke ${files.glossary.file} (term, expansion, atau aliases), atau tulis kepanjangannya` });
    }
  }
  // The table is run only through a model without mistakes: its failures would otherwise repeat them.
  if (problems.length === 0) {
    const known = files.regionCodes;
    problems.push(...situationProblems(model, [...rows.values()], (code) => (!known || known.has(code) ? placeForCode(code, services) : undefined)));
  }
  return problems.map((p) => ({ file: fileOf(p.file), field: p.field, reason: p.reason }));
}

/** Every text of the routing model that the public tools show, with where it is written. */
function publicTexts(model: RoutingModel): { file: RoutingFile; field: string; text: string }[] {
  return [
    ...model.destinations.flatMap((d) => [d.name, d.what, d.reach ?? '', d.after.next, d.after.time ?? ''].map((text) => ({ file: 'destinations' as const, field: d.id, text }))),
    ...model.steps.flatMap((s) => [s.title, s.why, s.how, ...s.bring, s.child?.title ?? '', s.child?.text ?? ''].map((text) => ({ file: 'steps' as const, field: s.id, text }))),
  ];
}

/** The published figures: their schema, their references, and a note wherever they disagree or do not add up. */
function checkFigures({ file, data }: ParsedFile, terms: Set<string>): ContentError[] {
  const parsed = figuresData.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const errors: ContentError[] = figureProblems(parsed.data).map((p) => ({ file, ...p }));
  parsed.data.categories.forEach((c, i) => {
    if (c.term && !terms.has(c.term)) errors.push({ file, field: `categories[${i}].term`, reason: `istilah "${c.term}" tidak ada di daftar istilah` });
  });
  return errors;
}

/**
 * Links written in the documents' MDX that lead nowhere, by file and line, before any page is written: to a
 * document that is not registered, or to a clause no version of the document has (a clause another version
 * has still answers, with its note). Links elsewhere on the site are followed after the build.
 */
function bodyLinkProblems(
  versions: readonly { document: string; version: string; file: string; anchors: Set<string>; links: BodyScan['links'] }[],
  documents: ReadonlySet<string>,
  unreadable: ReadonlySet<string>,
): ContentError[] {
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
function formerClauseErrors(
  versions: readonly (VersionFrontmatter & { file: string; headings: BodyScan['headings']; frontmatterEnd?: number })[],
  unreadable: ReadonlySet<string>,
): ContentError[] {
  const byDocument = new Map<string, typeof versions[number][]>();
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

function checkFlows(file: ParsedFile, errors: ContentError[]): Map<string, Flow> {
  const flows = checkList(file, flow, errors);
  for (const [id, parsed] of flows) {
    errors.push(...flowProblems(parsed as Flow).map((p) => ({ file: file.file, field: `${id}.${p.field}`, reason: p.reason })));
  }
  return flows as Map<string, Flow>;
}

/** The ids of a file that could not be read: any id counts as there, so no reference to it is blamed. */
const anyId: Set<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

function idsIn({ data }: ParsedFile): Set<string> {
  return new Set((Array.isArray(data) ? data : []).flatMap((item: unknown) => (typeof (item as { id?: unknown })?.id === 'string' ? [(item as { id: string }).id] : [])));
}

/** Checks a YAML list of entries that each carry an `id`; returns the entries that parsed, by id. */
function checkList<T extends { id: string }>({ file, data, broken }: ParsedFile, schema: z.ZodType<T>, errors: ContentError[]): Map<string, T> {
  const entries = new Map<string, T>();
  if (broken) return entries;
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

