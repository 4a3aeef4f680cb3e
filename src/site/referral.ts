import { clausesFor, loadDocuments, loadReferralRules, loadRegionalServices } from './corpus';
import { loadRegions, type Province } from './regions';
import { directoryOf, type ProvinceDirectory } from '../lib/referral/place';
import { clauseLinkParts } from '../lib/documents/clause-link';

export type ProvincePage = Province & { directory: ProvinceDirectory };

/** Every province with its slice of the regional directory, in Kemendagri order. */
export async function loadProvinceDirectories(): Promise<ProvincePage[]> {
  const [provinces, services] = await Promise.all([loadRegions(), loadRegionalServices()]);
  return provinces.map((province) => ({ ...province, directory: directoryOf(province, services) }));
}

/**
 * How each clause the referral steps cite reads as a link: "Panduan Rujukan, Pasal 7 — UPTD PPA". Taken
 * from the documents' current versions, so the label follows the text when it is renumbered.
 */
export async function clauseLabels(): Promise<Record<string, string>> {
  const [rules, documents] = await Promise.all([loadReferralRules(), loadDocuments()]);
  const labels: Record<string, string> = {};
  for (const href of rules.steps.flatMap((s) => [s.clause, ...(s.guide ? [s.guide] : [])])) {
    const parts = clauseLinkParts(href);
    const doc = documents.find((d) => d.id === parts?.doc);
    const clause = doc && (await clausesFor(doc.current)).find((c) => c.id === parts?.clause);
    labels[href] = clause ? `${doc.title}, ${clause.heading}` : href;
  }
  return labels;
}
