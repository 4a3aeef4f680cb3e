// The bodies of the tools' form offers, loaded when a person opens one (see FormOffer): fetch the form's data,
// fill it from the tool's answers, draw it, and print it on its own (instruments.css hides the rest of the page
// while it prints).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../schemas/contact';
import type { Question, RoutingModel } from '../../schemas/routing';
import type { Answers } from '../../lib/routing/answers';
import type { Place } from '../../lib/routing/place';
import type { Path } from '../../lib/routing/route';
import type { InstrumentView } from '../../lib/instruments/view';
import type { FormValues } from '../../lib/instruments/form-values';
import { partOf } from '../../lib/instruments/parts';
import { intakeInput, intakeSummaryNote, intakeSummaryValues } from '../../lib/instruments/intake-summary';
import { letterInput, letterSteps, localDate, referralLetterValues, urgentPath } from '../../lib/instruments/referral-letter';
import { formatDate } from '../../lib/format-date';
import { InstrumentSheet } from './InstrumentSheet';

/** Fetches a version's form data (`formulir.json`), and one printed part of it when asked. */
async function fetchView(src: string, part?: string): Promise<InstrumentView> {
  const response = await fetch(src);
  if (!response.ok) throw new Error(response.statusText);
  const view = (await response.json()) as InstrumentView;
  return part ? partOf(view, part) : view;
}

/** The filled form with its print button; printing shows only this form. */
function Printable({ view, values, filledFrom, name }: { view: InstrumentView; values: FormValues; filledFrom: string; name: string }) {
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const done = () => {
      delete document.documentElement.dataset.printForm;
      delete sheet.current?.dataset.printing;
    };
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);
  const printIt = () => {
    document.documentElement.dataset.printForm = '';
    sheet.current!.dataset.printing = '';
    print();
  };
  return (
    <>
      <p class="no-print">
        <button type="button" onClick={printIt}>
          Cetak {name}
        </button>
      </p>
      <div class="prefilled-sheet" ref={sheet}>
        <InstrumentSheet view={view} values={values} filledFrom={filledFrom} />
      </div>
    </>
  );
}

export interface LetterContext {
  src: string;
  part: string;
  model: Pick<RoutingModel, 'urgent'>;
  path: Path;
  place?: Place | undefined;
  contacts: ReadonlyMap<string, Contact>;
  clauseLabels: Readonly<Record<string, string>>;
}

/** The finder's surat rujukan, for the destination chosen among the path's referral steps. */
export async function referralLetterBody(context: LetterContext) {
  const view = await fetchView(context.src, context.part);
  const steps = letterSteps(context.path);
  return function ReferralLetter() {
    const [chosen, setChosen] = useState(steps[0]?.step.id);
    const step = steps.find((s) => s.step.id === chosen) ?? steps[0];
    if (!step) return <p>Jalur ini tidak mengirim ke lembaga yang dirujuk dengan surat.</p>;
    const input = letterInput(step, context.place, context.contacts, context.clauseLabels[step.step.clause], urgentPath(context.model, context.path), localDate(new Date()));
    return (
      <>
        {steps.length > 1 && (
          <p class="no-print">
            <label for="surat-tujuan">Surat rujukan untuk</label>{' '}
            <select id="surat-tujuan" value={step.step.id} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
              {steps.map((s) => (
                <option key={s.step.id} value={s.step.id}>
                  {s.destination!.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <Printable view={view} values={referralLetterValues(input)} name="surat rujukan" filledFrom={`Lembaga tujuan dan kontaknya diisi dari jalur rujukan Pedoman KPAI pada ${formatDate(input.today)}. Data Anak diisi petugas.`} />
      </>
    );
  };
}

export interface IntakeContext {
  src: string;
  questions: readonly Question[];
  answers: Answers;
  place: { province?: string | undefined; regency?: string | undefined };
}

/** The pre-screening's summary for staff, laid out as the lembar penerimaan. */
export async function intakeSummaryBody(context: IntakeContext) {
  const view = await fetchView(context.src);
  const values = intakeSummaryValues(intakeInput(context.questions, context.answers, context.place));
  const filledFrom = intakeSummaryNote(localDate(new Date()));
  return () => <Printable view={view} values={values} filledFrom={filledFrom} name="ringkasan untuk petugas" />;
}
