// Check your answers: every answer with a button to change it, then the button to see the result.
import type { RefObject } from 'preact';
import type { Question } from '../../../schemas/routing';
import type { Answers } from '../../../lib/routing/answers';
import { answerText } from '../../../lib/routing/questions';

interface Props {
  questions: readonly Question[];
  answers: Answers;
  placeLabel: string;
  change: (id: string) => void;
  confirm: () => void;
  heading: RefObject<HTMLHeadingElement>;
}

export function CheckPage({ questions, answers, placeLabel, change, confirm, heading }: Props) {
  return (
    <div>
      <h1 ref={heading} tabIndex={-1}>
        Periksa jawaban Anda
      </h1>
      <dl class="summary-list">
        {questions.map((q) => (
          <div class="summary-row" key={q.id}>
            <dt>{q.summary}</dt>
            <dd>{answerText(q, answers[q.id] ?? [], placeLabel)}</dd>
            <dd>
              <button type="button" class="link-button" onClick={() => change(q.id)}>
                Ubah<span class="sr-only"> {q.summary.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <button type="button" onClick={confirm}>
          Lihat hasil
        </button>
      </p>
    </div>
  );
}
