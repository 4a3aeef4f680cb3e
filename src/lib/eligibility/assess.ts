import type { Criterion, EligibilityData } from '../../schemas/eligibility';

export type PlanAnswers = Readonly<Record<string, 'ya' | 'tidak'>>;

export interface Answers {
  kind: string;
  /** Criterion id → choice id. */
  criteria: Readonly<Record<string, string>>;
  plan: PlanAnswers;
}

export type Verdict = 'memenuhi' | 'memenuhi-dengan-catatan' | 'belum-memenuhi';

export interface CriterionResult {
  criterion: Criterion;
  /** "wajib" or "dianjurkan" for this organisation and these plans. */
  level: 'wajib' | 'dianjurkan';
  /** `belum` also covers an answer not given or not yet certain: not met until proven (Pasal 10 ayat (4)). */
  status: 'terpenuhi' | 'komitmen' | 'belum';
}

export interface Assessment {
  results: CriterionResult[];
  verdict: Verdict;
  /** The fitting form of partnership, with why it fits. */
  form: EligibilityData['forms'][number];
  /** Documents to prepare, each with the criterion that asks for it. */
  documents: { criterion: Criterion; evidence: string }[];
}

export const verdictLabel: Record<Verdict, string> = {
  memenuhi: 'Memenuhi',
  'memenuhi-dengan-catatan': 'Memenuhi dengan catatan',
  'belum-memenuhi': 'Belum memenuhi',
};

/** The criteria that apply to a kind of partner, in the guideline's order. */
export function applicableCriteria(data: EligibilityData, kind: string): Criterion[] {
  return data.criteria.filter((c) => !c.appliesTo || c.appliesTo.includes(kind));
}

/** A criterion that is only recommended becomes required when the work involves children directly or their data. */
export function levelOf(criterion: Criterion, plan: PlanAnswers): 'wajib' | 'dianjurkan' {
  return criterion.requiredWhenChildContact && plan['kontak-anak'] === 'ya' ? 'wajib' : criterion.level;
}

/**
 * Assesses an organisation against the partnership criteria, as Pedoman Kemitraan Pasal 10 says: any required
 * criterion not met → "belum memenuhi"; a written commitment allowed in its place, or a recommended criterion
 * not met → "memenuhi dengan catatan"; otherwise "memenuhi". Also picks the form of partnership (Pasal 29–30).
 *
 * @example assess(data, { kind: 'lembaga-masyarakat', criteria: { legalitas: 'ya', … }, plan: { rinci: 'ya', … } }).verdict
 */
export function assess(data: EligibilityData, answers: Answers): Assessment {
  const results = applicableCriteria(data, answers.kind).map((criterion): CriterionResult => {
    const choice = criterion.choices.find((c) => c.id === answers.criteria[criterion.id]);
    return { criterion, level: levelOf(criterion, answers.plan), status: choice?.result ?? 'belum' };
  });
  const verdict: Verdict = results.some((r) => r.level === 'wajib' && r.status === 'belum')
    ? 'belum-memenuhi'
    : results.some((r) => r.status === 'komitmen' || (r.level === 'dianjurkan' && r.status === 'belum'))
      ? 'memenuhi-dengan-catatan'
      : 'memenuhi';
  const form = (id: string) => data.forms.find((f) => f.id === id)!;
  const plan = answers.plan;
  const fitting =
    answers.kind === 'pemerintah-daerah'
      ? 'daerah'
      : verdict === 'memenuhi-dengan-catatan'
        ? 'pks-perbaikan'
        : plan['beberapa-unit'] === 'ya'
          ? 'mou-pimpinan'
          : plan['kontak-anak'] === 'ya' || plan.pembiayaan === 'ya' || plan.rinci === 'ya'
            ? 'pks'
            : 'mou-lalu-pks';
  return { results, verdict, form: form(fitting), documents: results.map(({ criterion }) => ({ criterion, evidence: criterion.evidence })) };
}
