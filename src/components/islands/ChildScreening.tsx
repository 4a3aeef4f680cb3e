// Child mode ("Untuk anak"): the pre-screening for a child — the questions in a child's words and fewer of them
// (src/lib/screening/child.ts), the SAME routing engine and result as the adult tool, told in a child's words,
// the promise of what stays secret, and a letter to a trusted adult. Answers and the letter live in this
// component's memory alone: never in the address, never in storage, never sent anywhere.
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScreeningFlow } from '../../schemas/screening';
import type { RoutingProps } from '../../site/referral';
import { childAnswers, childContext } from '../../lib/screening/child';
import { firstContacts, happenedText, letterParagraphs } from '../../lib/screening/child-letter';
import { start } from '../../lib/screening/machine';
import { screeningResult } from '../../lib/screening/result';
import { withBoundary } from './IslandBoundary';
import { PrintNotice } from './routing/PrintNotice';
import { StepPages } from './screening/StepPages';
import { focusHeading, useScreening } from './screening/useScreening';
import { ChildResultPage } from './child/ChildResultPage';
import { LetterPage } from './child/LetterPage';
import { StartPage } from './child/StartPage';

interface Props extends RoutingProps {
  flow: ScreeningFlow & { child: NonNullable<ScreeningFlow['child']> };
  base: string;
  dataUrl: string;
}

const TOOL = 'Untuk anak';

function ChildScreening({ flow, model, contacts, provinces, glosses, clauseLabels, base, dataUrl }: Props) {
  const { mode, context } = useMemo(() => childContext(model, flow), [model, flow]);
  const s = useScreening(context, provinces, dataUrl, TOOL);
  const [view, setView] = useState<'mulai' | 'pertanyaan' | 'surat'>('mulai');
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const contactById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const { page, state, place } = s;

  // The start and the letter are this island's own pages: moving between them and the questions focuses the
  // heading of the page shown, as each question page does.
  const shown = view === 'pertanyaan' ? `${page.kind}:${page.id}` : view;
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) return void (first.current = false);
    focusHeading(s.heading.current, TOOL);
  }, [view]);

  const answers = childAnswers(mode, state.answers);
  const result = view !== 'mulai' && page.kind === 'result' ? screeningResult(model, flow, answers, place) : undefined;
  const paragraphs = result ? letterParagraphs(flow.child.letter, choices, { kejadian: happenedText(mode.questions, state.answers), langkah: firstContacts(result.path, contactById) }, contacts) : [];
  const restart = () => {
    s.go(start);
    setChoices({});
    setView('mulai');
  };

  return (
    <div class="screening child-mode" data-step={shown}>
      {view === 'mulai' && <StartPage child={flow.child} clauseLabels={clauseLabels} base={base} heading={s.heading} ready={s.ready} begin={() => setView('pertanyaan')} />}
      {view === 'pertanyaan' && <StepPages context={context} s={s} provinces={provinces} contacts={contactById} checkTitle="Periksa jawabanmu" />}
      {view === 'pertanyaan' && result && (
        <>
          <PrintNotice contacts={contacts} />
          <ChildResultPage child={flow.child} result={result} place={place} contacts={contactById} glosses={glosses} clauseLabels={clauseLabels} base={base} heading={s.heading} writeLetter={() => setView('surat')} />
          <p class="no-print">
            <button type="button" class="secondary" onClick={() => print()}>
              Cetak hasil
            </button>{' '}
            <button type="button" class="secondary" onClick={restart}>
              Mulai lagi
            </button>
          </p>
          <p class="hint">Jawabanmu hanya ada di halaman ini. Jawaban hilang saat halaman ditutup, dan tidak dikirim ke mana pun.</p>
        </>
      )}
      {view === 'surat' && result && <LetterPage letter={flow.child.letter} choices={choices} setChoices={setChoices} paragraphs={paragraphs} heading={s.heading} back={() => setView('pertanyaan')} />}
    </div>
  );
}

export default withBoundary(ChildScreening, ({ base }) => (
  <ul>
    <li><a href={`${base}dokumen/panduan-pengaduan/#siapa-dapat-mengadu`}>Panduan Pengaduan</a>: kamu boleh mengadu sendiri</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>: nomor yang bisa kamu hubungi</li>
  </ul>
));
