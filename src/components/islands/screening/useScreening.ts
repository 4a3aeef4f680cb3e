// The pre-screening's page-by-page state, shared by the adult tool and child mode: the answers (in memory only),
// the answer being chosen on the current page, its error, the place's directory, and focus moved to each new
// page's heading. The step machine (src/lib/screening/machine.ts) decides which page shows.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../../schemas/routing';
import type { Interlude } from '../../../schemas/screening';
import type { Region } from '../../../lib/routing/place';
import { answerProblem } from '../../../lib/routing/questions';
import { placeLabel, placeOf } from '../../../lib/routing/place';
import { answer, current, start, type ScreeningState } from '../../../lib/screening/machine';
import { useDirectory } from '../routing/useDirectory';

export type ScreeningContext = { model: { questions: Question[] }; flow: { interludes: Interlude[] } };

export function useScreening(context: ScreeningContext, provinces: readonly Region[], dataUrl: string, toolName: string) {
  const [state, setStateOnly] = useState<ScreeningState>(start);
  // The answer being chosen belongs to its page: a page shown again starts from its saved answer. Derived here,
  // not reset in an effect, so an effect that runs late (a busy phone) cannot wipe what was just typed.
  const [chosen, setChosen] = useState<{ page: string; value: string[] }>({ page: '', value: [] });
  // Moving to another page forgets an answer chosen but not saved, in the same render.
  const setState = (next: ScreeningState) => {
    setChosen({ page: '', value: [] });
    setStateOnly(next);
  };
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Buttons stay disabled until the tool runs in the browser: a form sent before that would put an answer in
  // the address bar.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const { page, index } = current(context, state);
  const draft = page.kind !== 'question' ? [] : chosen.page === page.id ? chosen.value : [...(state.answers[page.id] ?? [])];
  const setDraft = (value: string[]) => setChosen({ page: page.id, value });
  const placeQuestion = context.model.questions.find((q) => q.type === 'place');
  const placeAnswer = placeQuestion ? (page.id === placeQuestion.id ? draft : state.answers[placeQuestion.id]) : undefined;
  const directory = useDirectory(dataUrl, placeAnswer?.[0]);
  const place = placeOf(state.answers[placeQuestion?.id ?? ''], typeof directory === 'object' ? directory : undefined);
  const where = placeLabel(state.answers[placeQuestion?.id ?? ''], provinces, place);

  // Each page moves focus to its heading, so a screen reader starts reading the new page; reading aloud stops.
  // A layout effect: focus moves in the same task as the page appears, so it can never land late, after the
  // person has already tapped into the new page's first field (a busy phone), and take their typing away.
  const first = useRef(true);
  useLayoutEffect(() => {
    setError(undefined);
    window.speechSynthesis?.cancel();
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading(heading.current, toolName);
  }, [page.kind, page.id]);

  // A province's list may still be loading when "Lanjutkan" is pressed (a slow connection): the press is kept
  // and the tool goes on by itself once the list has come or failed, instead of asking for a second press.
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    if (!waiting || directory === 'memuat') return;
    setWaiting(false);
    if (page.kind === 'question') setState(answer(state, page.id, draft));
  }, [waiting, directory]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (page.kind !== 'question') return;
    const problem = answerProblem(page.question, draft);
    setAttempt((n) => n + 1);
    if (problem) return setError(problem);
    setError(undefined);
    if (page.question.type === 'place' && directory === 'memuat') return setWaiting(true);
    setState(answer(state, page.id, draft));
  };

  return { state, go: setState, page, index, draft, setDraft, error, attempt, heading, ready, directory, place, where, submit, waiting };
}

/** Moves focus to a page's heading and names the browser tab after it. */
export function focusHeading(heading: HTMLHeadingElement | null, toolName: string): void {
  heading?.focus();
  document.title = `${heading?.textContent ?? ''} — ${toolName} — Pedoman KPAI`;
}
