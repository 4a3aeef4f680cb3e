import { getCollection } from 'astro:content';
import type { InstrumentFile } from '../schemas/instrument';
import { compareVersionLabels } from '../lib/documents/versions';
import { documentStatusLabels } from '../schemas/vocabularies';
import { codeListsFor, type CodeList } from '../lib/instruments/code-lists';
import { citationView, footerRule, listedFacts } from '../lib/instruments/basis';
import { compareInstruments } from '../lib/instruments/compare';
import { dictionaryOf } from '../lib/instruments/dictionary';
import { instrumentSearchText } from '../lib/instruments/search-text';
import { headerLabels, SOP } from '../lib/instruments/constants';
import { parseCitation } from '../lib/instruments/citation';
import { textsOf, type Texts } from '../lib/instruments/texts';
import { viewOf, type InstrumentView } from '../lib/instruments/view';
import { REFERRAL_LETTER } from '../lib/instruments/referral-letter';
import { INTAKE_SUMMARY } from '../lib/instruments/intake-summary';
import { paths } from '../lib/paths';
import { loadDocuments, loadFlows, type DocumentWithVersions } from './corpus';
import { href } from './href';
import { printedUrl } from './printed-url';

export { printedUrl };

/** One version of an instrument, ready for its page: the file, its printed form, the SOP's words about it. */
export interface InstrumentVersion {
  file: InstrumentFile;
  view: InstrumentView;
  lists: Map<string, CodeList>;
  facts: ReturnType<typeof listedFacts>;
}

export interface InstrumentEntry {
  id: string;
  /** Newest first. */
  versions: InstrumentVersion[];
  /** The version for the SOP's current version, else the newest. */
  current: InstrumentVersion;
}

export interface Instruments {
  /** In the order of the SOP's list of instruments. */
  instruments: InstrumentEntry[];
  texts: Texts;
  /** The SOP the instruments implement; absent only in a content tree without it (the tests' small fixtures). */
  sop?: DocumentWithVersions;
  /** The code lists of each SOP version that has instruments. */
  listsByVersion: Map<string, Map<string, CodeList>>;
}

let loaded: Promise<Instruments> | undefined;

/** Every instrument with its versions, built once per build. The content guard has checked them all. */
export function loadInstruments(): Promise<Instruments> {
  loaded ??= build();
  return loaded;
}

async function build(): Promise<Instruments> {
  const [documents, flows, entries] = await Promise.all([loadDocuments(), loadFlows(), getCollection('instruments')]);
  const texts = textsOf(documents.flatMap((d) => d.versions.map((v) => ({ document: d.id, version: v.version, body: v.entry.body ?? '' }))));
  const sop = documents.find((d) => d.id === SOP);
  if (!sop) return { instruments: [], texts, listsByVersion: new Map() };
  const listsByVersion = new Map<string, Map<string, CodeList>>();
  const listsFor = (version: string) => {
    if (!listsByVersion.has(version)) listsByVersion.set(version, codeListsFor(texts.get(SOP)!.get(version)!, flows).lists);
    return listsByVersion.get(version)!;
  };
  const versionOf = (file: InstrumentFile): InstrumentVersion => {
    const lists = listsFor(file.sop);
    const status = sop.versions.find((v) => v.version === file.sop)!.status;
    const footer = {
      rule: footerRule(texts, file.sop),
      stamp: `${file.title} — instrumen SOP Layanan Pengaduan versi ${file.sop} (${documentStatusLabels[status].toLowerCase()}). Draf Pedoman KPAI dari sumber publik, bukan formulir resmi KPAI.`,
      ...(printedUrl(paths.instrumentVersion(file.instrument, file.sop)) ? { url: printedUrl(paths.instrumentVersion(file.instrument, file.sop))! } : {}),
    };
    const header = headerLabels(texts.get(SOP)!.get(file.sop)!);
    const quoteOf = (citation: string) => {
      const c = citationView(texts, file, citation);
      return { text: c.quote, cite: `${c.doc === SOP ? 'SOP Layanan Pengaduan' : c.doc} versi ${c.version}, ${c.where}` };
    };
    return { file, view: viewOf(file, lists, footer, header, quoteOf), lists, facts: listedFacts(texts, file) };
  };
  const byId = Map.groupBy(entries.map((e) => e.data), (f) => f.instrument);
  const sopCurrent = sop.current.version;
  const instruments = [...byId].map(([id, files]) => {
    const versions = files.sort((a, b) => compareVersionLabels(b.sop, a.sop)).map(versionOf);
    return { id, versions, current: versions.find((v) => v.file.sop === sopCurrent) ?? versions[0]! };
  });
  // The order of the SOP's own list: each instrument's row among the elements of that clause.
  const rank = (entry: InstrumentEntry) => {
    const { clause, element } = parseCitation(entry.current.file.basis);
    return texts.get(SOP)!.get(entry.current.file.sop)!.elements(clause).findIndex((e) => e.id === element);
  };
  instruments.sort((a, b) => rank(a) - rank(b));
  return { instruments, texts, sop, listsByVersion };
}

/**
 * Two versions of an instrument compared field by field, each basis in words without its version: what changed is
 * the element cited, not the version number. The comparison page and the list's "what changed" line both use it.
 */
export async function comparisonOf(before: InstrumentVersion, after: InstrumentVersion) {
  const { texts } = await loadInstruments();
  const codes = new Map((await loadDocuments()).map((d) => [d.id, d.code]));
  return compareInstruments(before.file, after.file, (file, text) => {
    const c = citationView(texts, file, text);
    return `${c.doc === SOP ? '' : `${codes.get(c.doc) ?? c.doc} `}${c.where}`;
  });
}

/** The data dictionary of one instrument version, each field's basis said in words. */
export async function dictionaryFor(version: InstrumentVersion) {
  const { texts } = await loadInstruments();
  const codes = new Map((await loadDocuments()).map((d) => [d.id, d.code]));
  const byField = new Map(version.file.sections.flatMap((s) => s.fields.map((f) => [f.id, f.basis] as const)));
  return dictionaryOf(version.view, (id) =>
    (byField.get(id) ?? [])
      .map((text) => citationView(texts, version.file, text))
      .map((c) => `${codes.get(c.doc) ?? c.doc} ${c.version} ${c.where}`)
      .join('; '),
  );
}

/**
 * Every instrument's current version as a search record source — title, text, address — for the search index
 * (`src/site/search-sources.ts`, kind "instrumen").
 */
export async function searchableInstruments(): Promise<{ title: string; text: string; url: string }[]> {
  const { instruments } = await loadInstruments();
  return instruments.map((entry) => ({ ...instrumentSearchText(entry.current.file, entry.current.facts), url: href(paths.instrument(entry.id)) }));
}

/**
 * Where the two forms the public tools fill are: the finder's surat rujukan (its letter part) and the
 * pre-screening's summary for staff, laid out as the lembar penerimaan — each the current version's form data,
 * which the tools fetch only when a person opens the form.
 */
export async function toolForms(): Promise<{ referralLetter?: { src: string; part: string }; intakeSummary?: string }> {
  const { instruments } = await loadInstruments();
  const src = (id: string) => {
    const entry = instruments.find((i) => i.id === id);
    return entry && href(paths.instrumentJson(entry.id, entry.current.file.sop));
  };
  const letter = src(REFERRAL_LETTER.instrument);
  const intake = src(INTAKE_SUMMARY.instrument);
  return { ...(letter ? { referralLetter: { src: letter, part: REFERRAL_LETTER.part } } : {}), ...(intake ? { intakeSummary: intake } : {}) };
}
