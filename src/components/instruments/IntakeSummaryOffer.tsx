// The pre-screening's summary for staff: the answers laid out as KPAI's intake form (lembar penerimaan), so a
// child need not tell the story again. Printed on request; nothing is stored or sent, and no name is in it.
import type { Question } from '../../schemas/routing';
import type { Answers } from '../../lib/routing/answers';
import { intakeInput, intakeSummaryNote, intakeSummaryValues } from '../../lib/instruments/intake-summary';
import { localDate } from '../../lib/instruments/referral-letter';
import { PrefilledForm } from './PrefilledForm';

interface Props {
  /** Where the lembar penerimaan's data is (toolForms in src/site/instruments.ts). */
  src: string;
  questions: readonly Question[];
  answers: Answers;
  place: { province?: string; regency?: string };
}

export function IntakeSummaryOffer({ src, questions, answers, place }: Props) {
  return (
    <PrefilledForm
      src={src}
      values={intakeSummaryValues(intakeInput(questions, answers, place))}
      filledFrom={intakeSummaryNote(localDate(new Date()))}
      name="ringkasan untuk petugas"
      lead="Tunjukkan atau bawa ringkasan ini saat melapor, agar anak tidak perlu menceritakan semuanya dari awal. Isinya hanya jawaban Anda di halaman ini, tanpa nama. Bagian yang kosong diisi petugas."
    />
  );
}
