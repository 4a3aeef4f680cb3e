// The finder's offer of a surat rujukan: for the destination chosen among the path's referral steps, the letter
// with the destination, its channel and that channel's source date filled in from the directory. For staff;
// nothing is stored or sent, and nothing about the child is in it — the officer writes that on paper.
import { useState } from 'preact/hooks';
import type { Contact } from '../../schemas/contact';
import type { RoutingModel } from '../../schemas/routing';
import type { Place } from '../../lib/routing/place';
import type { Path } from '../../lib/routing/route';
import { letterInput, letterSteps, localDate, referralLetterValues, urgentPath } from '../../lib/instruments/referral-letter';
import { formatDate } from '../../lib/format-date';
import { PrefilledForm } from './PrefilledForm';

interface Props {
  /** Where the surat rujukan's data is, and its letter part (toolForms in src/site/instruments.ts). */
  form: { src: string; part: string };
  model: Pick<RoutingModel, 'urgent'>;
  path: Path;
  place?: Place | undefined;
  contacts: ReadonlyMap<string, Contact>;
  clauseLabels: Readonly<Record<string, string>>;
}

export function ReferralLetterOffer({ form, model, path, place, contacts, clauseLabels }: Props) {
  const steps = letterSteps(path);
  const [chosen, setChosen] = useState(steps[0]?.step.id);
  const step = steps.find((s) => s.step.id === chosen) ?? steps[0];
  if (!step) return null;
  const input = letterInput(step, place, contacts, clauseLabels[step.step.clause], urgentPath(model, path), localDate(new Date()));
  return (
    <div class="letter-offer">
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
      <PrefilledForm
        src={form.src}
        part={form.part}
        values={referralLetterValues(input)}
        filledFrom={`Lembaga tujuan dan kontaknya diisi dari jalur rujukan Pedoman KPAI pada ${formatDate(input.today)}. Data Anak diisi petugas.`}
        name="surat rujukan"
        lead="Untuk petugas KPAI atau KPAD: surat rujukan kepada lembaga ini, dengan kontak dan tanggal sumbernya dari direktori. Data Anak ditulis petugas; tidak ada yang disimpan atau dikirim."
      />
    </div>
  );
}
