// One question of the pre-screening, as its own page: the question is the page's heading, with its hint, the
// choices, and a button to go on (the GOV.UK question page).
import type { RefObject } from 'preact';
import type { Question } from '../../../schemas/routing';
import type { Region } from '../../../lib/routing/place';
import { QuestionField } from '../routing/QuestionField';
import type { DirectoryState } from '../routing/useDirectory';

interface Props {
  question: Question;
  draft: readonly string[];
  setDraft: (value: string[]) => void;
  error?: string;
  provinces: readonly Region[];
  directory: DirectoryState;
  submit: (e: Event) => void;
  heading: RefObject<HTMLHeadingElement>;
  number: number;
  left: number;
  ready: boolean;
}

export function QuestionPage({ question, draft, setDraft, error, provinces, directory, submit, heading, number, left, ready }: Props) {
  return (
    <form onSubmit={submit} noValidate>
      <p class="progress">
        Langkah {number} · paling banyak {left} langkah lagi
      </p>
      <QuestionField
        question={question}
        value={draft}
        onChange={setDraft}
        error={error}
        provinces={provinces}
        directory={directory}
        heading={
          <h1 ref={heading} tabIndex={-1} class="question-title">
            {question.title}
          </h1>
        }
      />
      <p>
        <button type="submit" disabled={!ready}>
          Lanjutkan
        </button>
      </p>
    </form>
  );
}
