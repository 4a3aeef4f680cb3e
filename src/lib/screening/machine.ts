import type { RoutingModel } from '../../schemas/routing';
import type { ScreeningFlow } from '../../schemas/screening';
import type { Answers } from '../routing/answers';
import { pagesFor, type Page } from './pages';

/**
 * Where a person is in the pre-screening. Only the answers are kept (in the page's memory); which page shows is
 * worked out from them: the first page not yet done, unless the person went back to one (`revisit`).
 */
export interface ScreeningState {
  answers: Answers;
  /** Interludes the person has read and continued from. */
  read: readonly string[];
  /** A page the person went back to, or chose to change from the check page. */
  revisit?: string;
  /** The person has checked the answers and asked for the result. */
  confirmed: boolean;
}

export const start: ScreeningState = { answers: {}, read: [], confirmed: false };

type Context = { model: Pick<RoutingModel, 'questions'>; flow: Pick<ScreeningFlow, 'interludes'> };

/** The page to show, and every page up to it (for the back link and progress). */
export function current({ model, flow }: Context, state: ScreeningState): { page: Page; pages: Page[]; index: number } {
  const pages = pagesFor(model, flow, state.answers);
  const done = (p: Page) => (p.kind === 'question' ? state.answers[p.id] !== undefined : p.kind === 'interlude' ? state.read.includes(p.id) : p.kind === 'check' ? state.confirmed : false);
  const revisit = state.revisit ? pages.findIndex((p) => p.id === state.revisit) : -1;
  const index = revisit >= 0 ? revisit : pages.findIndex((p) => !done(p));
  return { page: pages[index]!, pages, index };
}

/**
 * After answering a question: on to the first page not yet done. After a change asked for from the check page
 * that is the check page again, or first a page the change brought (an interlude not yet read).
 */
export function answer(state: ScreeningState, questionId: string, given: readonly string[]): ScreeningState {
  return { ...state, answers: { ...state.answers, [questionId]: [...given] }, revisit: undefined, confirmed: false };
}

export function acknowledge(state: ScreeningState, interludeId: string): ScreeningState {
  return { ...state, read: [...new Set([...state.read, interludeId])], revisit: undefined };
}

/** One page back: from the result to the check page, otherwise to the page before this one. */
export function back(context: Context, state: ScreeningState): ScreeningState {
  const { page, pages, index } = current(context, state);
  if (page.kind === 'result') return { ...state, confirmed: false, revisit: undefined };
  const previous = pages[Math.max(index - 1, 0)]!;
  return { ...state, revisit: previous.id };
}

/** Go to one question to change its answer (from the check page); answering returns to the first page not done. */
export function change(state: ScreeningState, questionId: string): ScreeningState {
  return { ...state, revisit: questionId, confirmed: false };
}

export function confirm(state: ScreeningState): ScreeningState {
  return { ...state, confirmed: true, revisit: undefined };
}
