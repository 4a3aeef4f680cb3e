// Shown when a result was assessed against an older version of the guideline: what changed in the criteria and
// the rules since, the comparison of the two versions, and a way to check the answers again.
import type { Answers } from '../../../lib/eligibility/assess';
import { applicableCriteria } from '../../../lib/eligibility/assess';
import { dayText } from './day';
import { recheckStep } from '../../../lib/eligibility/steps';
import type { ToolContext } from './context';

export function VersionNotice({ ctx, answers, since, recheck }: { ctx: ToolContext; answers: Answers; since: string; recheck: (step: string) => void }) {
  const { guideline, data } = ctx;
  const older = guideline.older.find((v) => v.version === since)!;
  const applies = new Set(applicableCriteria(data, answers.kind).map((c) => c.id));
  const changes = older.changes.filter((c) => !c.criterion || applies.has(c.criterion));
  return (
    <div class="banner banner-old version-notice" role="region" aria-labelledby="versi-berubah">
      <h2 id="versi-berubah">{guideline.title} sudah diperbarui</h2>
      <p>
        Hasil ini dinilai terhadap versi {since} ({dayText(older.date)}). Versi terkini adalah {guideline.current.version} ({dayText(guideline.current.date)}).{' '}
        {changes.length === 0 ? 'Kriteria yang berlaku bagi lembaga Anda tidak berubah.' : 'Yang berubah sejak itu:'}
      </p>
      {changes.length > 0 && (
        <ul>
          {changes.map((c) => (
            <li key={c.anchor}>
              {c.change === 'dihapus' ? c.title : <a href={`${guideline.href}#${c.anchor}`}>{c.title}</a>} ({c.change})
            </li>
          ))}
        </ul>
      )}
      <p>
        Hasil di bawah dihitung dengan kriteria versi {guideline.current.version}. Kriteria baru yang belum Anda jawab dianggap belum terpenuhi.{' '}
        <a href={older.compare}>
          Bandingkan versi {since} dan {guideline.current.version}
        </a>
      </p>
      <p class="no-print">
        <button type="button" onClick={() => recheck(recheckStep(data, answers, changes.flatMap((c) => (c.criterion ? [c.criterion] : []))))}>
          Periksa ulang dengan versi {guideline.current.version}
        </button>
      </p>
    </div>
  );
}
