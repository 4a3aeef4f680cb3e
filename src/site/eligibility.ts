// What the eligibility pages need beyond the criteria data: the guideline's versions, what changed in the
// criteria since each older one (from the comparison engine, at build time), and the number of every clause the
// data cites, so the tool can say "Pasal 11" without knowing how the guideline is numbered.
import type { EligibilityData } from '../schemas/eligibility';
import { clauseLinkParts } from '../lib/documents/clause-link';
import { compareClauses } from '../lib/documents/compare';
import { clauseTitle } from '../lib/documents/clause-id';
import { compareVersionLabels } from '../lib/documents/versions';
import { eligibilityLinks } from '../lib/eligibility/check-data';
import { changesSince } from '../lib/eligibility/version-changes';
import type { ClauseLabels, GuidelineVersions } from '../lib/eligibility/guideline';
import { paths } from '../lib/paths';
import { clausesFor, loadDocuments, loadEligibility } from './corpus';
import { href } from './href';

export interface EligibilityView {
  data: EligibilityData;
  guideline: GuidelineVersions;
  labels: ClauseLabels;
}

export async function loadEligibilityView(): Promise<EligibilityView> {
  const [data, documents] = await Promise.all([loadEligibility(), loadDocuments()]);
  const guide = documents.find((d) => d.id === data.guideline)!;
  const current = await clausesFor(guide.current);
  // The rules a result rests on besides its criteria: how the verdict is reached, and how a form is chosen.
  const anchor = (link: string) => clauseLinkParts(link)!.clause;
  const rules = [...new Set([data.verdictClause, ...data.forms.map((f) => f.clause)].map(anchor))];
  const older = await Promise.all(
    guide.versions
      .filter((v) => compareVersionLabels(v.version, guide.current.version) < 0)
      .map(async (v) => ({
        version: v.version,
        date: v.effectiveDate ?? v.date,
        changes: changesSince(data, compareClauses(await clausesFor(v), current), rules),
        compare: href(paths.compare(guide.id, v.version, guide.current.version)),
      })),
  );

  const labels: ClauseLabels = {};
  for (const { href: link } of eligibilityLinks(data)) {
    const { doc, clause } = clauseLinkParts(link)!;
    const owner = documents.find((d) => d.id === doc)!;
    const found = (await clausesFor(owner.current)).find((c) => c.id === clause)!;
    labels[link] = { number: found.number, title: clauseTitle(found.heading), document: owner.title };
  }
  return {
    data,
    guideline: { title: guide.title, href: href(paths.document(guide.id)), current: { version: guide.current.version, date: guide.current.effectiveDate ?? guide.current.date }, older },
    labels,
  };
}
