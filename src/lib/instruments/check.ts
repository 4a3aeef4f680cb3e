import type { Flow } from '../../schemas/flow';
import { instrumentFile, type InstrumentFile } from '../../schemas/instrument';
import { issuesToErrors, type ContentError } from '../content/errors';
import { elementKey, parseCitation } from './citation';
import { codeListsFor } from './code-lists';
import { headerOf, INSTRUMENTS_CLAUSE, SOP } from './constants';
import { requirementsOf } from './requirements';
import type { Texts, VersionText } from './texts';

/** One instrument file as read from disk: its data and, where known, the line each value starts on. */
export interface InstrumentSource {
  /** As an author sees it, e.g. `src/content/instruments/lembar-penerimaan/0.2.yaml`. */
  file: string;
  data: unknown;
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface InstrumentContext {
  /** The folder of instrument files, as an author sees it. */
  dir: string;
  texts: Texts;
  flows: readonly Flow[];
  /** Registered document ids. */
  documents: ReadonlySet<string>;
}

/**
 * Checks every instrument against its schema and against the SOP version it implements: the file's place, the
 * documents and versions it names, repeated ids, the stage and code lists, every field's basis (the clause and
 * element must exist in that version), and every element the SOP's list of instruments says it must record.
 * Then, per SOP version that has instruments, that each instrument of its list has exactly one file.
 * One message per mistake: a broken citation of a clause does not also report that clause's elements missing.
 */
export function checkInstruments(sources: readonly InstrumentSource[], context: InstrumentContext): ContentError[] {
  const errors: ContentError[] = [];
  const byBasis = new Map<string, string>();
  const unsure = new Set<string>();
  const implemented = new Map<string, Set<string>>();
  /** Records that a file implements a row of a SOP version's list; returns the file that already did, if any. */
  const claim = (version: string, text: string, file: string): string | undefined => {
    const basis = parseCitation(text);
    const key = `${version}:${basis.clause}#${basis.element ?? ''}`;
    const other = byBasis.get(key);
    if (!other) byBasis.set(key, file);
    implemented.set(`${version}:${basis.clause}`, (implemented.get(`${version}:${basis.clause}`) ?? new Set()).add(basis.element ?? ''));
    return other;
  };
  for (const source of sources) {
    // A file that cannot be read or checked still stands for its row of the list: the list is then not checked
    // for the SOP version its name gives, so its one mistake does not also read as a missing instrument.
    const named = source.file.split('/').at(-1)!.replace(/\.yaml$/, '');
    if (source.data === undefined) {
      unsure.add(named);
      continue;
    }
    const parsed = instrumentFile.safeParse(source.data);
    if (!parsed.success) {
      errors.push(
        ...parsed.error.issues.flatMap((issue) =>
          issuesToErrors(source.file, source.data, [issue]).map((e, i) => {
            const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[i]!] : issue.path;
            return { ...e, field: fieldName(source, path), ...lineAt(source, path) };
          }),
        ),
      );
      unsure.add(named);
      continue;
    }
    const instrument = parsed.data;
    errors.push(...checkOne(instrument, source, context));
    if (!context.texts.get(SOP)?.has(instrument.sop)) {
      unsure.add(named);
      continue;
    }
    const other = claim(instrument.sop, instrument.basis, source.file);
    if (other) errors.push({ file: source.file, field: 'basis', reason: `baris "${instrument.basis}" SOP ${instrument.sop} sudah dilaksanakan oleh ${other}; satu baris daftar instrumen, satu berkas`, ...lineAt(source, ['basis']) });
  }
  // Each SOP version's list of instruments, against the files that implement it.
  for (const [where, elements] of implemented) {
    const [version, clause] = where.split(':') as [string, string];
    if (unsure.has(version)) continue;
    const sop = context.texts.get(SOP)!.get(version)!;
    const all = sop.elements(clause);
    const lists = new Set(all.filter((e) => elements.has(e.id)).map((e) => e.parent));
    const rows = all.filter((e) => e.cells && lists.has(e.parent));
    for (const row of rows.filter((r) => !elements.has(r.id))) {
      errors.push({
        file: `${context.dir}/`,
        field: `(instrumen SOP ${version})`,
        reason: `SOP ${version} ${clauseName(sop, clause)} ${row.label} belum punya berkas instrumen: buat ${context.dir}/<id>/${version}.yaml dengan basis "${clause}#${row.id}"`,
      });
    }
  }
  return errors;
}

function checkOne(instrument: InstrumentFile, source: InstrumentSource, context: InstrumentContext): ContentError[] {
  const { file } = source;
  const errors: ContentError[] = [];
  const push = (path: readonly PropertyKey[], name: string, reason: string) => errors.push({ file, field: name, reason, ...lineAt(source, path) });

  const [folder, name] = file.split('/').slice(-2);
  if (folder !== instrument.instrument) push(['instrument'], 'instrument', `berkas ada di folder "${folder}" tetapi menyebut instrumen "${instrument.instrument}"`);
  const sopVersions = context.texts.get(SOP);
  const sop = sopVersions?.get(instrument.sop);
  if (!sop) {
    push(['sop'], 'sop', `SOP Layanan Pengaduan versi "${instrument.sop}" tidak ada (yang ada: ${[...(sopVersions?.keys() ?? [])].join(', ') || 'belum ada'})`);
    return errors;
  }
  if (name !== `${instrument.sop}.yaml`) push(['sop'], 'sop', `berkas bernama "${name}" tetapi menyebut SOP versi "${instrument.sop}"; nama berkas adalah versi SOP yang dilaksanakan`);
  const versionOf = (doc: string): VersionText | undefined => {
    if (doc === SOP) return sop;
    const version = instrument.documents[doc];
    return version === undefined ? undefined : context.texts.get(doc)?.get(version);
  };
  for (const [doc, version] of Object.entries(instrument.documents)) {
    if (!context.documents.has(doc)) push(['documents', doc], `documents.${doc}`, `dokumen "${doc}" tidak terdaftar di documents.yaml`);
    else if (!context.texts.get(doc)?.has(version)) push(['documents', doc], `documents.${doc}`, `dokumen "${doc}" tidak punya versi "${version}" (yang ada: ${[...(context.texts.get(doc)?.keys() ?? [])].join(', ')})`);
  }

  // A list that cannot be read is reported where it is used, once per use, with why it cannot be read.
  const { lists, problems } = codeListsFor(sop, context.flows);
  const missingList = (id: string) => problems.find((p) => p.list === id)?.reason ?? `daftar kode "${id}" tidak ada (yang ada: ${[...lists.keys()].join(', ')})`;
  const stages = lists.get('tahap');
  if (!stages) push(['stage'], 'stage', missingList('tahap'));
  else if (!stages.values.some((v) => v.code === instrument.stage)) {
    push(['stage'], 'stage', `tahap "${instrument.stage}" tidak ada (yang ada: ${stages.values.map((v) => v.code).join(', ')})`);
  }

  // The instrument's own row in the SOP's list.
  const own = parseCitation(instrument.basis);
  const ownProblem = own.doc && own.doc !== SOP ? `basis instrumen harus baris daftar instrumen dalam SOP, bukan dokumen "${own.doc}"` : citationProblem(sop, own.clause, own.element);
  if (ownProblem) push(['basis'], 'basis', ownProblem);

  const cited = new Set<string>();
  const brokenClauses = new Set<string>();
  /** Checks one citation; counts it when it holds, remembers its clause when it does not. */
  const cite = (text: string, path: readonly PropertyKey[], name: string) => {
    const citation = parseCitation(text);
    const doc = citation.doc ?? SOP;
    const version = versionOf(doc);
    let problem: string | undefined;
    if (!context.documents.has(doc)) problem = `dokumen "${doc}" tidak terdaftar di documents.yaml`;
    else if (!version) problem = `"${text}" merujuk dokumen "${doc}": sebutkan versinya di "documents" (contoh: ${doc}: "${[...(context.texts.get(doc)?.keys() ?? ['0.1'])].at(-1)}")`;
    else problem = citationProblem(version, citation.clause, citation.element);
    if (problem) {
      brokenClauses.add(`${doc}:${citation.clause}`);
      push(path, name, problem);
    } else cited.add(elementKey(doc, citation.clause, citation.element));
  };
  instrument.headerBasis.forEach((text, i) => cite(text, ['headerBasis', i], `headerBasis[${i}]`));

  const seenSections = new Map<string, number>();
  const seenFields = new Map<string, string>();
  instrument.sections.forEach((section, s) => {
    const earlier = seenSections.get(section.id);
    if (earlier !== undefined) push(['sections', s, 'id'], `bagian "${section.id}"`, `id bagian ini sudah dipakai bagian ke-${earlier + 1}; id bagian harus unik dalam satu instrumen`);
    else seenSections.set(section.id, s);
    if (section.quote) cite(section.quote, ['sections', s, 'quote'], `bagian "${section.id}" › quote`);
    section.fields.forEach((field, f) => {
      const path = ['sections', s, 'fields', f];
      const label = `isian "${field.id}"`;
      const first = seenFields.get(field.id);
      if (first) push([...path, 'id'], label, `id isian ini sudah dipakai di bagian "${first}"; id isian harus unik dalam satu instrumen`);
      else seenFields.set(field.id, section.id);
      if (field.codes && !lists.has(field.codes)) push([...path, 'codes'], `${label} › codes`, missingList(field.codes));
      const listed = Array.isArray(rawAt(source.data, [...path, 'basis']));
      field.basis.forEach((text, b) => cite(text, [...path, 'basis', ...(listed ? [b] : [])], `${label} › basis`));
    });
  });

  // What the SOP says this instrument must record, each element with at least one field citing it.
  if (ownProblem) return errors;
  const { required, problems: refProblems } = requirementsOf(sop, own.clause, own.element ?? '', versionOf);
  for (const p of refProblems) push(['basis'], 'basis', p);
  // Every instrument carries the SOP's header elements (Pasal 30): the header records them, or, without one, fields must.
  const header = headerOf(sop);
  if (!header) push(['basis'], 'basis', `SOP versi ${sop.version} tidak punya ketentuan "Setiap instrumen memuat …" dalam bagian "${INSTRUMENTS_CLAUSE}"; kepala formulir merujuknya`);
  for (const part of header?.parts ?? []) {
    const key = elementKey(SOP, INSTRUMENTS_CLAUSE, part.id);
    if (instrument.header) cited.add(key);
    else if (!required.some((r) => r.key === key)) required.push({ key, doc: SOP, version: sop.version, clause: INSTRUMENTS_CLAUSE, element: part });
  }
  cited.add(elementKey(SOP, own.clause, own.element));
  for (const r of required) {
    if (cited.has(r.key) || brokenClauses.has(`${r.doc}:${r.clause}`)) continue;
    const where = r.doc === SOP ? `SOP ${r.version}` : `${r.doc} versi ${r.version}`;
    const cite = r.doc === SOP ? `${r.clause}#${r.element.id}` : `${r.doc}:${r.clause}#${r.element.id}`;
    push(['sections'], '(unsur wajib)', `${where} ${clauseName(versionOf(r.doc)!, r.clause)} ${r.element.label} wajib dicatat instrumen ini, tetapi belum ada isian yang merujuknya: tambahkan isian dengan basis "${cite}"`);
  }
  return errors;
}

/** Why a clause and element cannot be cited in a version, or undefined when they can. */
function citationProblem(text: VersionText, clause: string, element?: string): string | undefined {
  const found = text.clauses.find((c) => c.id === clause);
  const name = text.document === SOP ? `SOP versi ${text.version}` : `${text.document} versi ${text.version}`;
  if (!found) return `bagian "${clause}" tidak ada di ${name}`;
  if (element === undefined) return undefined;
  const elements = text.elements(clause);
  if (elements.some((e) => e.id === element)) return undefined;
  const known = elements.map((e) => e.id);
  return `${found.number || found.heading} (${clause}) di ${name} tidak punya unsur "${element}" (yang ada: ${known.length > 0 ? known.join(', ') : 'tidak ada unsur yang dapat dirujuk'})`;
}

function clauseName(text: VersionText, clause: string): string {
  const found = text.clauses.find((c) => c.id === clause);
  return found?.number || found?.heading || clause;
}

/** An author's name for a place in the file: `isian "usia" › kind`, `bagian "anak" › title`, `documents`. */
function fieldName(source: InstrumentSource, path: readonly PropertyKey[]): string {
  const data = source.data as { sections?: { id?: unknown; fields?: { id?: unknown }[] }[] } | undefined;
  if (path[0] === 'sections' && typeof path[1] === 'number') {
    const section = data?.sections?.[path[1]];
    if (path[2] === 'fields' && typeof path[3] === 'number') {
      const field = section?.fields?.[path[3]];
      const id = typeof field?.id === 'string' ? field.id : `ke-${path[3] + 1}`;
      return [`isian "${id}"`, ...path.slice(4).map(String)].join(' › ');
    }
    const id = typeof section?.id === 'string' ? section.id : `ke-${path[1] + 1}`;
    return [`bagian "${id}"`, ...path.slice(2).map(String)].join(' › ');
  }
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[') || '(seluruh isi)';
}

function rawAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** The line a place in the file starts on, when the file says. */
function lineAt(source: InstrumentSource, path: readonly PropertyKey[]): { line?: number } {
  const line = source.lineOf?.(path);
  return line ? { line } : {};
}
