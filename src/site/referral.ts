import { clausesFor, loadContacts, loadDocuments, loadGlossary, loadRegionalServices, loadRoutingModel } from './corpus';
import { loadRegions, type Province } from './regions';
import { directoryOf, type ProvinceDirectory, type Region } from '../lib/routing/place';
import { clauseLinkParts } from '../lib/documents/clause-link';
import type { Contact } from '../schemas/contact';
import type { RoutingModel } from '../schemas/routing';
import type { ScreeningFlow } from '../schemas/screening';
import type { Gloss } from '../lib/routing/plain-words';

export type ProvincePage = Province & { directory: ProvinceDirectory };

/** Every province with its slice of the regional directory, in Kemendagri order. */
export async function loadProvinceDirectories(): Promise<ProvincePage[]> {
  const [provinces, services] = await Promise.all([loadRegions(), loadRegionalServices()]);
  return provinces.map((province) => ({ ...province, directory: directoryOf(province, services) }));
}

/** What both public tools are given: one routing model, and what it needs to be shown. */
export interface RoutingProps {
  model: RoutingModel;
  /** The national contacts the model and the pre-screening can show. */
  contacts: Contact[];
  provinces: Region[];
  /** Glossary entries the tools explain on first use. */
  glosses: Gloss[];
  /** How each cited clause reads as a link: "Panduan Rujukan, Pasal 7 — UPTD PPA". */
  clauseLabels: Record<string, string>;
}

export async function routingProps(flow?: ScreeningFlow): Promise<RoutingProps> {
  const [model, contacts, provinces, glossary] = await Promise.all([loadRoutingModel(), loadContacts(), loadRegions(), loadGlossary()]);
  const used = new Set([
    ...model.destinations.flatMap((d) => [...d.contacts, ...(d.fallback ? [d.fallback] : [])]),
    ...model.steps.flatMap((s) => s.contacts ?? []),
    ...(flow?.interludes.flatMap((i) => i.contacts) ?? []),
    ...contacts.filter((c) => c.emergency).map((c) => c.id),
  ]);
  const hrefs = [
    ...model.steps.flatMap((s) => [s.clause, ...(s.guide ? [s.guide] : [])]),
    ...model.destinations.map((d) => d.clause),
    ...(flow?.kpai.flatMap((k) => k.clauses.map((c) => c.href)) ?? []),
  ];
  return {
    model,
    contacts: contacts.filter((c) => used.has(c.id)),
    provinces: provinces.map(({ code, name }) => ({ code, name })),
    glosses: glossary.map(({ id, term, expansion, aliases }) => ({ id, term, ...(expansion ? { expansion } : {}), ...(aliases.length ? { aliases } : {}) })),
    clauseLabels: await clauseLabels(hrefs),
  };
}

/** How each clause reads as a link, from the documents' current versions, so it follows renumbering. */
async function clauseLabels(hrefs: readonly string[]): Promise<Record<string, string>> {
  const documents = await loadDocuments();
  const labels: Record<string, string> = {};
  for (const href of new Set(hrefs)) {
    const parts = clauseLinkParts(href);
    const doc = documents.find((d) => d.id === parts?.doc);
    const clause = doc && (await clausesFor(doc.current)).find((c) => c.id === parts?.clause);
    labels[href] = clause ? `${doc.title}, ${clause.heading}` : href;
  }
  return labels;
}
