import { getCollection, type CollectionEntry } from 'astro:content';
import { currentVersion, newestFirst } from '../lib/documents/versions';
import { clausesOf, type Clause } from '../lib/documents/clauses';
import type { VersionFrontmatter } from '../schemas/document';
import type { DocumentEntry } from '../schemas/registry';
import type { Contact } from '../schemas/contact';
import type { Flow } from '../schemas/flow';
import type { GlossaryEntry } from '../schemas/glossary';
import type { ScreeningFlow } from '../schemas/screening';
import type { EligibilityData } from '../schemas/eligibility';
import type { CanonicalSituation, RoutingModel, RoutingRules } from '../schemas/routing';
import type { RegionalService } from '../schemas/service';
import type { FiguresData } from '../schemas/figures';

/**
 * The day of the build (YYYY-MM-DD): a version enacted for a later day is "akan berlaku" until then. A static
 * page says what was true when it was built, so a site with a coming version is rebuilt on its effective date.
 */
export const buildDay = process.env.PEDOMAN_TODAY ?? new Date().toISOString().slice(0, 10);

/** One version's frontmatter, with the collection entry to render it. */
export type VersionEntry = VersionFrontmatter & { entry: CollectionEntry<'versions'> };

export interface DocumentWithVersions extends DocumentEntry {
  /** Newest first. */
  versions: VersionEntry[];
  current: VersionEntry;
}

let documents: Promise<DocumentWithVersions[]> | undefined;

/** The registry joined with its versions, in the registry's order. The content guard has already
 *  proved that every document has a version, so `current` always exists. Read once per build (a thousand
 *  documents are joined by some thirty pages and routes); the dev server reads the store afresh each time,
 *  so an edited file shows on the next request. */
export function loadDocuments(): Promise<DocumentWithVersions[]> {
  if (import.meta.env.DEV) return joinDocuments();
  documents ??= joinDocuments();
  return documents;
}

async function joinDocuments(): Promise<DocumentWithVersions[]> {
  const [registry, entries] = await Promise.all([getCollection('documents'), getCollection('versions')]);
  const byDocument = new Map<string, VersionEntry[]>();
  for (const entry of entries) {
    const version: VersionEntry = { ...entry.data, entry };
    const own = byDocument.get(version.document);
    if (own) own.push(version);
    else byDocument.set(version.document, [version]);
  }
  return registry
    .map(({ data }) => {
      const own = newestFirst(byDocument.get(data.id) ?? []);
      const current = currentVersion(own, buildDay);
      if (!current) throw new Error(`Dokumen "${data.id}" tidak punya versi`);
      return { ...data, versions: own, current };
    })
    .sort((a, b) => a.order - b.order);
}

/** getStaticPaths for a page per document (`/dokumen/<doc>/…/`). */
export async function pathPerDocument() {
  return (await loadDocuments()).map((doc) => ({ params: { doc: doc.id }, props: { doc } }));
}

export async function loadContacts(): Promise<Contact[]> {
  return (await getCollection('contacts')).map((entry) => entry.data);
}

export async function loadGlossary(): Promise<GlossaryEntry[]> {
  return (await getCollection('glossary')).map((entry) => entry.data).sort((a, b) => a.term.localeCompare(b.term, 'id'));
}

/** One entry by id, for components that refer to data. The content guard has checked every reference,
 *  so a miss here is a bug, not an author's mistake. */
export async function findById<T extends { id: string }>(load: () => Promise<T[]>, id: string, what: string): Promise<T> {
  const found = (await load()).find((entry) => entry.id === id);
  if (!found) throw new Error(`${what} "${id}" tidak ditemukan`);
  return found;
}

export async function loadFlows(): Promise<Flow[]> {
  return (await getCollection('flows')).map((entry) => entry.data);
}

let refLabels: Promise<(component: string, id: string) => string> | undefined;

/** How `<Contact>`, `<Term>` and `<Flow>` read in a version's plain text: by their names, not their ids. */
function loadRefLabels() {
  refLabels ??= Promise.all([loadContacts(), loadGlossary(), loadFlows()]).then(([contacts, terms, flows]) => {
    const names = new Map<string, string>([
      ...contacts.map((c): [string, string] => [`Contact:${c.id}`, `[Kartu kontak: ${c.name}]`]),
      ...terms.map((t): [string, string] => [`Term:${t.id}`, t.term]),
      ...flows.map((f): [string, string] => [`Flow:${f.id}`, `[Diagram alur: ${f.title}]`]),
    ]);
    return (component: string, id: string) => names.get(`${component}:${id}`) ?? id;
  });
  return refLabels;
}

const clauseCache = new Map<string, Clause[]>();

/** The clauses of one version, from its source: what comparisons, citations and search are built from. */
export async function clausesFor(version: VersionEntry): Promise<Clause[]> {
  const key = version.entry.id;
  if (!clauseCache.has(key)) clauseCache.set(key, clausesOf(version.entry.body ?? '', await loadRefLabels()));
  return clauseCache.get(key)!;
}

export async function loadScreeningFlow(): Promise<ScreeningFlow> {
  const [entry] = await getCollection('screening');
  const { id: _id, ...flow } = entry!.data;
  return flow as ScreeningFlow;
}

export async function loadEligibility(): Promise<EligibilityData> {
  const [entry] = await getCollection('eligibility');
  const { id: _id, ...data } = entry!.data;
  return data as EligibilityData;
}

/** The routing model both public tools read, in file order. */
export async function loadRoutingModel(): Promise<RoutingModel> {
  const [[questions], destinations, steps, [rules]] = await Promise.all([
    getCollection('routingQuestions'),
    getCollection('routingDestinations'),
    getCollection('routingSteps'),
    getCollection('routingRules'),
  ]);
  const { id: _id, ...lists } = rules!.data;
  return { questions: questions!.data.questions, destinations: destinations.map((e) => e.data), steps: steps.map((e) => e.data), ...(lists as RoutingRules) };
}

export async function loadSituations(): Promise<CanonicalSituation[]> {
  return (await getCollection('routingSituations')).map((e) => e.data);
}

/** The regional directory in file order. */
export async function loadRegionalServices(): Promise<RegionalService[]> {
  return (await getCollection('services')).map((entry) => entry.data);
}

/** KPAI's published complaint figures. The page needs them: a content tree without the file stops the build here. */
export async function loadFigures(): Promise<FiguresData> {
  const [entry] = await getCollection('figures');
  if (!entry) throw new Error('Angka pengaduan tidak ditemukan: buat src/content/figures/complaints.yaml (lihat README, "Angka pengaduan").');
  const { id: _id, ...data } = entry.data;
  return data as FiguresData;
}
