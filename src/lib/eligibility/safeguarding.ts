import type { Safeguard, ToolData } from '../../schemas/eligibility';
import type { Assessment, CriterionResult } from './assess';

/** One part of child safeguarding readiness, with the result of the criterion that assesses it (absent when that
 *  criterion does not apply to this kind of partner). */
export interface SafeguardReadiness {
  safeguard: Safeguard;
  result?: CriterionResult;
}

/** The result's child safeguarding section: each part in the data's order, read from its criterion. */
export function safeguardingReadiness(data: ToolData, assessment: Assessment): SafeguardReadiness[] {
  const byCriterion = new Map(assessment.results.map((r) => [r.criterion.id, r]));
  return data.safeguarding.map((safeguard) => ({ safeguard, result: byCriterion.get(safeguard.criterion) }));
}
