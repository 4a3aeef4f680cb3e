// The pre-screening's page-by-page state, shared by the adult tool and child mode: the answers (in memory only),
// the answer being chosen on the current page, its error, the place's directory, and focus moved to each new
// page's heading. The step machine (src/lib/screening/machine.ts) decides which page shows.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Question } from '../../../schemas/routing';
import type { Interlude } from '../../../schemas/screening';
import type { Region } from '../../../lib/routing/place';
import { answerProblem } from '../../../lib/routing/questions';
import { placeLabel, placeOf } from '../../../lib/routing/place';
import { answer, current, start, type ScreeningState } from '../../../lib/screening/machine';
import { useDirectory } from '../routing/useDirectory';

export type ScreeningContext = { model: { questions: Question[] }; flow: { interludes: Interlude[] } };

export function useScreening(context: ScreeningContext, provinces: readonly Region[], dataUrl: string, toolName: string) {
  const [state, setState] = useState<ScreeningState>(start);
  const [draft, setDraft] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Buttons stay disabled until the tool runs in the browser: a form sent before that would put an answer in
  // the address bar.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const { page, index } = current(context, state);
  const placeQuestion = context.model.questions.find((q) => q.type === 'place');
  const placeAnswer = placeQuestion ? (page.id === placeQuestion.id ? draft : state.answers[placeQuestion.id]) : undefined;
  const directory = useDirectory(dataUrl, placeAnswer?.[0]);
  const place = placeOf(state.answers[placeQuestion?.id ?? ''], typeof directory === 'object' ? directory : undefined);
  const where = placeLabel(state.answers[placeQuestion?.id ?? ''], provinces, place);

  // Each page moves focus to its heading, so a screen reader starts reading the new page; reading aloud stops.
  const first = useRef(true);
  useEffect(() => {
    setDraft(page.kind === 'question' ? [...(state.answers[page.id] ?? [])] : []);
    setError(undefined);
    window.speechSynthesis?.cancel();
    if (first.current) {
      first.current = false;
      return;
    }
    focusHeading(heading.current, toolName);
  }, [page.kind, page.id]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (page.kind !== 'question') return;
    const loading = page.question.type === 'place' && directory === 'memuat' ? 'Daftar kabupaten/kota masih dimuat. Tunggu sebentar, lalu tekan tombol lagi.' : undefined;
    const problem = answerProblem(page.question, draft) ?? loading;
    setAttempt((n) => n + 1);
    if (problem) return setError(problem);
    setState(answer(state, page.id, draft));
  };

  return { state, go: setState, page, index, draft, setDraft, error, attempt, heading, ready, directory, place, where, submit };
}

/** Moves focus to a page's heading and names the browser tab after it. */
export function focusHeading(heading: HTMLHeadingElement | null, toolName: string): void {
  heading?.focus();
  document.title = `${heading?.textContent ?? ''} — ${toolName} — Pedoman KPAI`;
}
