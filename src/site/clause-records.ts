// What the staff pages need to know about every clause: its history across versions (clause-history.ts) and
// what cites it (clause-uses.ts). Built once per build from the collections; the rules are in src/lib.
import { clauseHistories, hasChanged, type ClauseHistory } from '../lib/documents/clause-history';
import { movedIdsIn } from '../lib/documents/former-clauses';
import { documentCitations, eligibilityCitations, routingCitations, screeningCitations, usesIndex, type Citing, type UsesIndex } from '../lib/documents/clause-uses';
import { linksByClause } from '../lib/documents/clause-links';
import { paths } from '../lib/paths';
import { clausesFor, loadDocuments, loadEligibility, loadRoutingModel, loadScreeningFlow, type DocumentWithVersions } from './corpus';
import { href } from './href';

const histories = new Map<string, Promise<ClauseHistory[]>>();

/** The history of every clause of a document, oldest version first. */
export function historiesOf(doc: DocumentWithVersions): Promise<ClauseHistory[]> {
  if (!histories.has(doc.id)) {
    histories.set(
      doc.id,
      Promise.all([...doc.versions].reverse().map(async (v) => ({ ...v, clauses: await clausesFor(v) }))).then(clauseHistories),
    );
  }
  return histories.get(doc.id)!;
}

/** Clauses whose history has a page of its own: those that changed after they first appeared. */
export async function historyPages(doc: DocumentWithVersions): Promise<ClauseHistory[]> {
  return (await historiesOf(doc)).filter(hasChanged);
}

/**
 * Where the reader of a clause finds its history: its own page when it changed, else the version it has stood
 * in unchanged since (the history would say no more).
 */
export async function historyLinks(doc: DocumentWithVersions): Promise<Map<string, { href: string; text: string }>> {
  const links = new Map<string, { href: string; text: string }>();
  for (const history of await historiesOf(doc)) {
    const link = hasChanged(history)
      ? { href: href(paths.clauseHistory(doc.id, history.id)), text: 'Riwayat bagian ini' }
      : { href: `${href(paths.version(doc.id, history.events[0]!.version))}#${history.id}`, text: `Isinya belum pernah berubah sejak versi ${history.events[0]!.version}` };
    for (const id of history.ids) links.set(id, link);
  }
  return links;
}

/** Old ids that now stand elsewhere in a version: a link to one lands on the clause that holds it. */
export async function movedIdsFor(doc: DocumentWithVersions, version: string): Promise<Map<string, string>> {
  const oldestFirst = await Promise.all([...doc.versions].reverse().map(async (v) => ({ version: v.version, clauses: await clausesFor(v), formerClauses: v.formerClauses })));
  return movedIdsIn(oldestFirst, version);
}

let uses: Promise<UsesIndex> | undefined;

/** What cites each clause (`doc#clause`): the tools' data and the current versions of the other documents. */
export function loadUses(): Promise<UsesIndex> {
  uses ??= buildUses();
  return uses;
}

/** More citations, fed in by other parts of the site (case documentation instruments) before the index is built. */
const extraCitations: (() => Promise<Citing[]>)[] = [];
export const addCitations = (load: () => Promise<Citing[]>) => extraCitations.push(load);

async function buildUses(): Promise<UsesIndex> {
  const [documents, routing, screening, eligibility] = await Promise.all([loadDocuments(), loadRoutingModel(), loadScreeningFlow(), loadEligibility()]);
  const links = await Promise.all(
    documents.map(async (doc) => ({ doc: doc.id, title: `${doc.title} versi ${doc.current.version}`, links: linksByClause(doc.current.entry.body ?? '', await clausesFor(doc.current)) })),
  );
  const extra = (await Promise.all(extraCitations.map((load) => load()))).flat();
  return usesIndex([...routingCitations(routing), ...screeningCitations(screening), ...eligibilityCitations(eligibility), ...documentCitations(links), ...extra]);
}
