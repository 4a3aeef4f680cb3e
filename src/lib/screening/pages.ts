import type { Question, RoutingModel } from '../../schemas/routing';
import type { Interlude, ScreeningFlow } from '../../schemas/screening';
import type { Answers } from '../routing/answers';
import { holds } from '../routing/condition';

export type Page =
  | { kind: 'question'; id: string; question: Question }
  | { kind: 'interlude'; id: string; interlude: Interlude }
  | { kind: 'check'; id: 'periksa' }
  | { kind: 'result'; id: 'hasil' };

/**
 * The pre-screening's pages for these answers: each routing question, one per page, in the model's order; after
 * a question, each interlude whose condition its answers meet; then the check-your-answers page and the result.
 * Rebuilt from the answers every time (smart answers fold the answers; nothing else is stored).
 */
export function pagesFor(model: Pick<RoutingModel, 'questions'>, flow: Pick<ScreeningFlow, 'interludes'>, answers: Answers): Page[] {
  const pages: Page[] = [];
  for (const question of model.questions) {
    pages.push({ kind: 'question', id: question.id, question });
    for (const interlude of flow.interludes) {
      // Interludes read the answers only; the place does not decide them.
      if (interlude.after === question.id && answers[question.id] && holds(interlude.when, answers, new Set())) {
        pages.push({ kind: 'interlude', id: interlude.id, interlude });
      }
    }
  }
  pages.push({ kind: 'check', id: 'periksa' }, { kind: 'result', id: 'hasil' });
  return pages;
}

/**
 * At most how many pages remain after `page` before the result: honest progress for a flow whose length
 * depends on the answers (an interlude counts if it may still appear).
 */
export function pagesLeftAtMost(model: Pick<RoutingModel, 'questions'>, flow: Pick<ScreeningFlow, 'interludes'>, page: string): number {
  const order = model.questions.map((q) => q.id);
  const index = order.indexOf(page);
  if (index < 0) return page === 'periksa' ? 1 : 0;
  const later = order.slice(index + 1);
  const interludes = flow.interludes.filter((i) => i.after === page || later.includes(i.after)).length;
  return later.length + interludes + 1;
}
