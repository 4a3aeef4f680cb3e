import { paths } from '../../../lib/paths';
import type { ToolData } from '../../../schemas/eligibility';
import type { ClauseLabels, GuidelineVersions } from '../../../lib/eligibility/guideline';

/** What every part of the eligibility tool is given: the data, the guideline's versions, clause labels, and where the site lives. */
export interface ToolContext {
  data: ToolData;
  guideline: GuidelineVersions;
  labels: ClauseLabels;
  /** The site's base path, for links. */
  base: string;
}

/** A site-absolute path ("/dokumen/…") under the base path. */
export const siteLink = (ctx: ToolContext, path: string) => `${ctx.base}${path.replace(/^\//, '')}`;

/** The step-by-step page of a form of partnership. */
export const processLink = (ctx: ToolContext, form: string) => `${ctx.base}${paths.eligibilityProcess(form)}`;

export type HeadingRef = preact.RefObject<HTMLHeadingElement>;
