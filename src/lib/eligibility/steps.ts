// The step machine of the self-assessment: which steps an organisation of a kind sees, what is still missing on
// a step, and where a restored set of answers resumes. Pure, so the island only shows what this decides.
import type { ToolData } from '../../schemas/eligibility';
import { applicableCriteria, type Answers } from './assess';

/** Answers as they are being given: the kind may not be chosen yet. */
export type Draft = Partial<Pick<Answers, 'kind'>> & Omit<Answers, 'kind'>;

export const emptyDraft: Draft = { criteria: {}, goals: [], fields: [], plan: {} };

/** A missing answer, with the id of the fieldset it belongs to (the error summary links there). */
export interface Missing {
  field: string;
  message: string;
}

/** The fieldset id of a question; criterion and plan ids share one namespace with these (the content check sees to it). */
export const fieldId = (question: string) => `tanya-${question}`;

/** The steps for an organisation of this kind: kind, each theme with criteria that apply, goals and fields, plans, result. */
export function stepsFor(data: ToolData, kind: string | undefined): string[] {
  const applicable = kind ? applicableCriteria(data, kind) : [];
  const themes = data.themes.filter((t) => applicable.some((c) => c.theme === t.id)).map((t) => t.id);
  return ['jenis', ...themes, 'tujuan', 'rencana', 'hasil'];
}

/** Changing the kind keeps only the answers to criteria that still apply, so the shared link stays readable. */
export function withKind(data: ToolData, draft: Draft, kind: string): Draft {
  const applies = new Set(applicableCriteria(data, kind).map((c) => c.id));
  return { ...draft, kind, criteria: Object.fromEntries(Object.entries(draft.criteria).filter(([id]) => applies.has(id))) };
}

/** What is still unanswered on a step, in the order the questions are shown. */
export function missingAnswers(data: ToolData, draft: Draft, step: string): Missing[] {
  if (step === 'jenis') return draft.kind ? [] : [{ field: fieldId('jenis'), message: 'Pilih jenis lembaga Anda.' }];
  if (step === 'tujuan') {
    return [
      ...(draft.goals.length ? [] : [{ field: fieldId('tujuan'), message: 'Pilih sekurang-kurangnya satu tujuan kemitraan.' }]),
      ...(draft.fields.length ? [] : [{ field: fieldId('bidang'), message: 'Pilih sekurang-kurangnya satu bidang kegiatan.' }]),
    ];
  }
  if (step === 'rencana') return data.plan.filter((p) => !draft.plan[p.id]).map((p) => ({ field: fieldId(p.id), message: `Pilih jawaban: ${p.question}` }));
  if (!draft.kind) return [];
  return applicableCriteria(data, draft.kind)
    .filter((c) => c.theme === step && !draft.criteria[c.id])
    .map((c) => ({ field: fieldId(c.id), message: `Pilih jawaban untuk "${c.title}".` }));
}

/** The first step still missing an answer, or the result when none is. */
export function firstOpenStep(data: ToolData, draft: Draft): string {
  return stepsFor(data, draft.kind).find((step) => step !== 'hasil' && missingAnswers(data, draft, step).length > 0) ?? 'hasil';
}

/** The step after this one, once it is complete; the step before it. */
export function nextStep(data: ToolData, draft: Draft, step: string): string {
  const steps = stepsFor(data, draft.kind);
  return steps[Math.min(steps.indexOf(step) + 1, steps.length - 1)]!;
}

export function previousStep(data: ToolData, draft: Draft, step: string): string {
  const steps = stepsFor(data, draft.kind);
  return steps[Math.max(steps.indexOf(step) - 1, 0)]!;
}

/** The answers are complete: every step before the result has nothing missing. */
export const isComplete = (data: ToolData, draft: Draft): draft is Answers => firstOpenStep(data, draft) === 'hasil';

/** Where a re-check starts: the step of the first of these criteria that applies, else the first step of criteria. */
export function recheckStep(data: ToolData, draft: Draft, criteria: readonly string[]): string {
  const changed = draft.kind ? applicableCriteria(data, draft.kind).find((c) => criteria.includes(c.id)) : undefined;
  return changed?.theme ?? stepsFor(data, draft.kind)[1]!;
}
