// Complaint pre-screening: the routing questions one per page (the GOV.UK question-page pattern), a
// check-your-answers page, and a result that says who to contact and why — from the same routing engine as the
// finder. The step machine is src/lib/screening/machine.ts; this only shows its pages. Answers live in this
// component's memory alone: never in the address, never in storage, never sent anywhere.
import { useMemo } from 'preact/hooks';
import type { ScreeningFlow } from '../../schemas/screening';
import type { RoutingProps } from '../../site/referral';
import type { ClusterId } from '../../schemas/vocabularies';
import { glosser, segmentsText } from '../../lib/routing/plain-words';
import { start } from '../../lib/screening/machine';
import { screeningResult } from '../../lib/screening/result';
import { screeningText } from '../../lib/screening/copy-text';
import { ResultActions } from './ResultActions';
import { withBoundary } from './IslandBoundary';
import { PrintNotice } from './routing/PrintNotice';
import { ResultPage } from './screening/ResultPage';
import { StepPages } from './screening/StepPages';
import { useScreening } from './screening/useScreening';
import { FormOffer } from '../instruments/FormOffer';

interface Props extends RoutingProps {
  flow: ScreeningFlow;
  /** Where "start again" and clause links point, under the site's base path. */
  base: string;
  /** Where a province's directory is, with `{code}` for its code. */
  dataUrl: string;
  /** KPAI's cluster names (src/schemas/vocabularies.ts), given by the page so they are not code. */
  clusterLabels: Readonly<Record<ClusterId, string>>;
  /** Where the lembar penerimaan's data is, for the summary for staff the result offers (see toolForms). */
  intake?: string | undefined;
}

function Screening({ flow, model, contacts, provinces, glosses, clauseLabels, base, dataUrl, clusterLabels, intake }: Props) {
  const context = { model, flow };
  const s = useScreening(context, provinces, dataUrl, 'Cek ke mana melapor');
  const contactById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const { page, state, place, where } = s;
  const result = page.kind === 'result' ? screeningResult(model, flow, state.answers, place) : undefined;
  // The province as chosen, even when its directory could not be loaded (the staff summary still names it).
  const province = place?.province.name ?? provinces.find((p) => p.code === state.answers[model.questions.find((q) => q.type === 'place')?.id ?? '']?.[0])?.name;
  return (
    <div class="screening" data-step={`${page.kind}:${page.id}`}>
      <StepPages context={context} s={s} provinces={provinces} contacts={contactById} checkTitle="Periksa jawaban Anda" />
      {result && (
        <>
          <PrintNotice contacts={contacts} />
          <ResultPage result={result} place={place} contacts={contactById} glosses={glosses} clauseLabels={clauseLabels} base={base} heading={s.heading} clusterLabels={clusterLabels} />
          {intake && (
            <FormOffer
              name="ringkasan untuk petugas"
              lead="Tunjukkan atau bawa ringkasan ini saat melapor, agar anak tidak perlu menceritakan semuanya dari awal. Isinya hanya jawaban Anda di halaman ini, tanpa nama. Bagian yang kosong diisi petugas."
              load={() =>
                import('../instruments/offers').then((m) =>
                  m.intakeSummaryBody({ src: intake, questions: model.questions, answers: state.answers, place: { province, regency: place?.regency?.name } }),
                )
              }
            />
          )}
          <ResultActions
            copyLabel="Salin ringkasan"
            copy={() => {
              const explain = glosser(glosses);
              return { text: screeningText(model.questions, state.answers, where, result, contacts, (t) => segmentsText(explain(t))), done: 'Ringkasan sudah disalin.' };
            }}
            printLabel="Cetak"
            restart={() => s.go(start)}
          />
          <p class="hint">Jawaban Anda hanya ada di halaman ini. Jawaban hilang saat halaman ditutup, dan tidak pernah dikirim ke mana pun.</p>
        </>
      )}
    </div>
  );
}

export default withBoundary(Screening, ({ base }) => (
  <ul>
    <li><a href={`${base}dokumen/panduan-pengaduan/#lembaga-lain-dulu`}>Panduan Pengaduan</a>: kapan ke KPAI, kapan ke lembaga lain dulu</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>, dengan sumber setiap nomor</li>
  </ul>
));
