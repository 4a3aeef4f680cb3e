// Child safeguarding readiness, its own section: policy, focal person, safe recruitment, training, code of
// conduct, reporting route, review — each read from the criterion that assesses it and linked to the Kode Etik.
import type { Assessment } from '../../../lib/eligibility/assess';
import { paths } from '../../../lib/paths';
import { readinessLabels } from '../../../schemas/vocabularies';
import { safeguardingReadiness } from '../../../lib/eligibility/safeguarding';
import { Cite } from './Cite';
import type { ToolContext } from './context';

export function Safeguarding({ ctx, assessment }: { ctx: ToolContext; assessment: Assessment }) {
  const rows = safeguardingReadiness(ctx.data, assessment);
  return (
    <section aria-labelledby="kesiapan-perlindungan-anak">
      <h2 id="kesiapan-perlindungan-anak">Kesiapan perlindungan anak</h2>
      <p class="hint">
        Dari kriteria perlindungan anak dalam pedoman, yang mengikuti empat standar Keeping Children Safe. Setiap bagian dinilai lewat kriteria yang disebut, dan
        terkait dengan pasal Kode Etik yang mengikat mitra.
      </p>
      <ul class="safeguards">
        {rows.map(({ safeguard, result }) => (
          <li key={safeguard.id}>
            <h3>
              {safeguard.title}: {result ? (result.readiness ? readinessLabels[result.readiness].toLowerCase() : 'belum dijawab') : 'tidak dinilai bagi jenis lembaga Anda'}
            </h3>
            <p>{safeguard.meaning}</p>
            <p class="criterion-meta">
              {result && (
                <>
                  Dinilai lewat kriteria {result.criterion.title.toLowerCase()} ({result.level}) · <Cite ctx={ctx} href={result.criterion.clause} /> ·{' '}
                </>
              )}
              Kode Etik:{' '}
              {safeguard.ethics.map((href, i) => (
                <span key={href}>
                  {i > 0 && ', '}
                  <Cite ctx={ctx} href={href} />
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
      <p>
        Untuk jalur pelaporan, cari UPTD PPA dan layanan lain di daerah Anda dengan <a href={`${ctx.base}${paths.finder()}`}>Cari jalur rujukan</a>.
      </p>
    </section>
  );
}
