import type { AnswerResult, Criterion, CriterionChoice, Form, Level, Readiness, ToolData } from '../../schemas/eligibility';
import type { Verdict } from '../../schemas/eligibility-condition';
import { firstMatch } from '../rules/select';
import { holds, type RuleContext } from './condition';

export type { Verdict };
export type PlanAnswers = Readonly<Record<string, 'ya' | 'tidak'>>;

export interface Answers {
  kind: string;
  /** Criterion id → choice id. */
  criteria: Readonly<Record<string, string>>;
  /** Goals of Pasal 7 and fields of Pasal 25 chosen, by id. */
  goals: readonly string[];
  fields: readonly string[];
  plan: PlanAnswers;
}

export interface CriterionResult {
  criterion: Criterion;
  /** "wajib" or "dianjurkan" for this organisation and these plans. */
  level: Level;
  /** `belum` also covers an answer not given: not met until proven (Pasal 10 ayat (4)). */
  status: AnswerResult;
  /** How far along the organisation is; absent when the question was not answered. */
  readiness?: Readiness;
  choice?: CriterionChoice;
}

export interface Assessment {
  /** The kind of partner assessed. */
  kind: string;
  results: CriterionResult[];
  verdict: Verdict;
  /** The fitting form of partnership: the first form rule that holds. */
  form: Form;
}

export const verdictLabel: Record<Verdict, string> = {
  memenuhi: 'Memenuhi',
  'memenuhi-dengan-catatan': 'Memenuhi dengan catatan',
  'belum-memenuhi': 'Belum memenuhi',
};

/** The criteria that apply to a kind of partner, in the guideline's order. */
export function applicableCriteria(data: ToolData, kind: string): Criterion[] {
  return data.criteria.filter((c) => !c.appliesTo || c.appliesTo.includes(kind));
}

/** A criterion's level: fixed, or the first of its level rules that holds for these plans. */
export function levelOf(criterion: Criterion, context: RuleContext): Level {
  return typeof criterion.level === 'string' ? criterion.level : firstMatch(criterion.level, (when) => holds(when, context)).level;
}

/**
 * Assesses an organisation against the partnership criteria, as Pedoman Kemitraan Pasal 10 says: any required
 * criterion not met → "belum memenuhi"; a written commitment allowed in its place, or a recommended criterion
 * not met → "memenuhi dengan catatan"; otherwise "memenuhi". The form is the first form rule that holds
 * (Pasal 29–30).
 *
 * @example assess(data, { kind: 'lembaga-masyarakat', criteria: { legalitas: 'sudah', … }, goals, fields, plan }).verdict
 */
export function assess(data: ToolData, answers: Answers): Assessment {
  const context: RuleContext = { kind: answers.kind, plan: answers.plan };
  const results = applicableCriteria(data, answers.kind).map((criterion): CriterionResult => {
    const choice = criterion.choices.find((c) => c.id === answers.criteria[criterion.id]);
    return { criterion, level: levelOf(criterion, context), status: choice?.result ?? 'belum', readiness: choice?.readiness, choice };
  });
  const verdict: Verdict = results.some((r) => r.level === 'wajib' && r.status === 'belum')
    ? 'belum-memenuhi'
    : results.some((r) => r.status === 'komitmen' || (r.level === 'dianjurkan' && r.status === 'belum'))
      ? 'memenuhi-dengan-catatan'
      : 'memenuhi';
  const rule = firstMatch(data.formRules, (when) => holds(when, { ...context, verdict }));
  return { kind: answers.kind, results, verdict, form: data.forms.find((f) => f.id === rule.form)! };
}

/** The documents that show a criterion is met, for this kind of partner. */
export function evidenceFor(criterion: Criterion, kind: string): Criterion['evidence'] {
  return criterion.evidence.filter((e) => !e.kinds || e.kinds.includes(kind));
}
