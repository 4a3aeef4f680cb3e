import type { Question } from '../../schemas/routing';
import { UNKNOWN_PLACE } from './answers';

/**
 * What is wrong with an answer to a question, in the words the form shows; undefined when it will do. The same
 * rules in both tools: one choice for a single-choice question, at least one for a multiple-choice one (each
 * has a "none of these" option), a province or "Saya tidak tahu" for the place.
 */
export function answerProblem(question: Question, given: readonly string[] | undefined): string | undefined {
  const chosen = given ?? [];
  if (question.type === 'place') {
    return chosen.length === 0 || chosen[0] === '' ? 'Pilih provinsi dari daftar, atau "Saya tidak tahu".' : undefined;
  }
  const valid = chosen.filter((id) => question.options.some((o) => o.id === id));
  if (question.type === 'single') return valid.length === 1 ? undefined : 'Pilih salah satu jawaban.';
  return valid.length > 0 ? undefined : 'Pilih paling sedikit satu jawaban.';
}

/**
 * The answer after ticking or unticking an option: a single-choice question takes the option; a
 * multiple-choice one toggles it, where a "none of these" option clears the others and any other clears it.
 * The result keeps the questions' order, so answers read the same however they were ticked.
 */
export function toggle(question: Question, chosen: readonly string[], id: string): string[] {
  if (question.type !== 'multiple') return [id];
  const option = question.options.find((o) => o.id === id);
  if (!option) return [...chosen];
  const next = new Set(chosen);
  if (next.has(id)) next.delete(id);
  else {
    if (option.exclusive) next.clear();
    else for (const o of question.options) if (o.exclusive) next.delete(o.id);
    next.add(id);
  }
  return question.options.map((o) => o.id).filter((o) => next.has(o));
}

/** The answer in words, as the person gave it: labels joined, or the place by its name (`placeLabel`). */
export function answerText(question: Question, given: readonly string[], placeLabel: string): string {
  if (question.type === 'place') return given[0] === UNKNOWN_PLACE ? 'Tidak tahu, atau di luar Indonesia' : placeLabel;
  return question.options
    .filter((o) => given.includes(o.id))
    .map((o) => o.label)
    .join('; ');
}

/** Only the answers that name a question and its options; what else arrives (a tampered or stale state) is dropped. */
export function cleanAnswers(questions: readonly Question[], answers: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const clean: Record<string, string[]> = {};
  for (const q of questions) {
    const given = answers[q.id];
    if (!given) continue;
    const kept = q.type === 'place' ? given.filter((code) => code === UNKNOWN_PLACE || /^\d{2}(?:\.\d{2})?$/.test(code)).slice(0, 2) : given.filter((id) => q.options.some((o) => o.id === id));
    if (kept.length > 0) clean[q.id] = kept;
  }
  return clean;
}
