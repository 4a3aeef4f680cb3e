import type { CriterionChange } from './version-changes';

/** The guideline's versions as the tool is given them at build time. */
export interface GuidelineVersions {
  title: string;
  href: string;
  current: { version: string; date: string };
  /** Versions before the current one, newest first, each with what changed since and the page comparing them. */
  older: { version: string; date: string; changes: CriterionChange[]; compare: string }[];
}

/** The document, number ("Pasal 11") and title of every clause the data cites, by link. */
export type ClauseLabels = Record<string, { number: string; title: string; document: string }>;
