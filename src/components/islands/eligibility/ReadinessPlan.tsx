// The readiness plan: the verdict under the guideline, how ready the organisation is, the fitting form and how to
// get there, the next steps with target dates, child safeguarding readiness, and every criterion. Printable.
import { verdictLabel, type Assessment } from '../../../lib/eligibility/assess';
import { readinessCounts } from '../../../lib/eligibility/readiness';
import { dayText, today } from './day';
import { ResultActions } from '../ResultActions';
import { Cite } from './Cite';
import { CriteriaTable } from './CriteriaTable';
import { FormSection } from './FormSection';
import { NextSteps } from './NextSteps';
import { Safeguarding } from './Safeguarding';
import { VersionNotice } from './VersionNotice';
import type { ResultProps } from './Result';

interface Props extends ResultProps {
  assessment: Assessment;
  targets: Readonly<Record<string, string>>;
  setTarget: (criterion: string, date: string) => void;
  openDraft: (agreement: string) => void;
}

const verdictLead = {
  memenuhi: 'Semua kriteria yang berlaku terpenuhi.',
  'memenuhi-dengan-catatan': 'Tidak ada kriteria wajib yang gagal, tetapi ada yang dipenuhi dengan komitmen tertulis atau kriteria dianjurkan yang belum terpenuhi. Semuanya masuk rencana perbaikan dalam Perjanjian Kerja Sama.',
  'belum-memenuhi': 'Satu atau lebih kriteria wajib belum terpenuhi. Ini bukan penolakan tetap: selesaikan langkah berikutnya di bawah, lalu ajukan permohonan.',
} as const;

export function ReadinessPlan(props: Props) {
  const { ctx, answers, assessment, since, heading } = props;
  const { guideline, data } = ctx;
  const kind = data.partnerKinds.find((k) => k.id === answers.kind)!;
  const counts = readinessCounts(assessment.results);
  return (
    <div class="eligibility-result">
      <p class="result-kicker">
        Rencana kesiapan kemitraan KPAI · dibuat {dayText(today())} · dinilai terhadap {guideline.title} versi {since ?? guideline.current.version} (draf)
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {verdictLabel[assessment.verdict]}
      </h1>
      {since && <VersionNotice ctx={ctx} answers={answers} since={since} recheck={props.recheck} />}
      <p class="lead">
        {kind.label}. {verdictLead[assessment.verdict]} <Cite ctx={ctx} href={data.verdictClause} />
      </p>
      <p>
        Kesiapan Anda: {counts.sudah} kriteria sudah, {counts.disiapkan} sedang disiapkan, {counts.belum} belum, {counts.bantuan} perlu bantuan
        {counts.tidakDijawab > 0 && `, ${counts.tidakDijawab} belum dijawab`}.
      </p>
      <FormSection ctx={ctx} assessment={assessment} openDraft={props.openDraft} />
      <NextSteps ctx={ctx} answers={answers} assessment={assessment} targets={props.targets} setTarget={props.setTarget} />
      <Safeguarding ctx={ctx} assessment={assessment} />
      <CriteriaTable ctx={ctx} assessment={assessment} />
      <p class="hint">
        Penilaian mandiri ini membantu persiapan dan bukan keputusan KPAI. Semua kriteria dan sifatnya masih usulan draf, dan yang bertanda "usulan draf" belum
        bersumber.
      </p>
      <ResultActions copyLabel="Salin tautan hasil" copy={() => ({ text: location.href, done: 'Tautan hasil sudah disalin. Tanggal target tidak ikut tersalin.' })} printLabel="Cetak rencana kesiapan" restart={props.restart} />
    </div>
  );
}
