import type { Note, ToolData } from '../../schemas/eligibility';
import { evidenceFor, type Assessment, type CriterionResult } from './assess';

/** Why a criterion is on the action list, most pressing first. */
export const priorities = ['menghalangi', 'komitmen', 'dianjurkan'] as const;
export type Priority = (typeof priorities)[number];

export const priorityLabel: Record<Priority, string> = {
  menghalangi: 'Wajib: menghalangi kemitraan sampai terpenuhi',
  komitmen: 'Dipenuhi sementara dengan komitmen tertulis: masuk rencana perbaikan',
  dianjurkan: 'Dianjurkan: masuk rencana perbaikan bila belum terpenuhi',
};

export interface Action extends CriterionResult {
  priority: Priority;
  evidence: ToolData['criteria'][number]['evidence'];
  /** For "perlu bantuan": what the guideline says KPAI or other partners offer, or that it says nothing. */
  help?: Note;
}

/**
 * The readiness plan's "langkah berikutnya": every criterion not yet met, those that block a partnership first
 * (a required criterion not met), then those held by a written commitment, then recommended ones; within each,
 * the guideline's order. Criteria already met need no step.
 *
 * @example nextSteps(data, assess(data, answers), answers.kind).map((a) => a.criterion.id) // ['prosedur-pelaporan', 'kapasitas']
 */
export function nextSteps(data: ToolData, assessment: Assessment, kind: string): Action[] {
  const priorityOf = (r: CriterionResult): Priority | undefined =>
    r.status === 'terpenuhi' ? undefined : r.status === 'komitmen' ? 'komitmen' : r.level === 'wajib' ? 'menghalangi' : 'dianjurkan';
  return assessment.results
    .flatMap((r) => {
      const priority = priorityOf(r);
      if (!priority) return [];
      const help = r.readiness === 'bantuan' ? (r.criterion.help ?? data.noHelp) : undefined;
      return [{ ...r, priority, evidence: evidenceFor(r.criterion, kind), ...(help ? { help } : {}) }];
    })
    .sort((a, b) => priorities.indexOf(a.priority) - priorities.indexOf(b.priority));
}
