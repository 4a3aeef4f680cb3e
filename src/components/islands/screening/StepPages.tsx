// The pages before the result, the same in the adult tool and in child mode: the back link, the error summary,
// one question, an interlude, or the check-your-answers page.
import type { Contact } from '../../../schemas/contact';
import type { Region } from '../../../lib/routing/place';
import { acknowledge, back, change, confirm } from '../../../lib/screening/machine';
import { pagesLeftAtMost } from '../../../lib/screening/pages';
import { ErrorSummary } from '../form/ErrorSummary';
import { CheckPage } from './CheckPage';
import { InterludePage } from './InterludePage';
import { QuestionPage } from './QuestionPage';
import type { ScreeningContext, useScreening } from './useScreening';

interface Props {
  context: ScreeningContext;
  s: ReturnType<typeof useScreening>;
  provinces: readonly Region[];
  contacts: ReadonlyMap<string, Contact>;
  /** "Periksa jawaban Anda", or in a child's words. */
  checkTitle: string;
}

export function StepPages({ context, s, provinces, contacts, checkTitle }: Props) {
  const { page, index, state, go, heading } = s;
  return (
    <>
      {index > 0 && (
        <p>
          <button type="button" class="link-button back-link" onClick={() => go(back(context, state))}>
            Kembali
          </button>
        </p>
      )}
      {s.error && <ErrorSummary title="Ada masalah" errors={[{ field: page.kind === 'question' && page.question.type === 'place' ? `${page.id}-provinsi` : page.id, message: s.error }]} attempt={s.attempt} />}
      {page.kind === 'question' && (
        <QuestionPage
          question={page.question}
          draft={s.draft}
          setDraft={s.setDraft}
          error={s.error}
          provinces={provinces}
          directory={s.directory}
          submit={s.submit}
          heading={heading}
          number={index + 1}
          left={pagesLeftAtMost(context.model, context.flow, page.id)}
          ready={s.ready}
          waiting={s.waiting}
        />
      )}
      {page.kind === 'interlude' && <InterludePage interlude={page.interlude} contacts={contacts} next={() => go(acknowledge(state, page.id))} heading={heading} />}
      {page.kind === 'check' && <CheckPage title={checkTitle} questions={context.model.questions} answers={state.answers} placeLabel={s.where} change={(id) => go(change(state, id))} confirm={() => go(confirm(state))} heading={heading} />}
    </>
  );
}
