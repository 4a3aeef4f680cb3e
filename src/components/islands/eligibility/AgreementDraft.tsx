// A printable first draft of one agreement of the fitting form, built from the answers: each section with the
// clauses of the guideline it follows, the minimum sections marked, blanks left for the parties. "Draf, bukan
// naskah resmi" heads the draft and, in print, every page (the `naskah` page's margins in global.css).
import { agreementsFor, draftAgreement } from '../../../lib/eligibility/agreement';
import type { Answers, Assessment } from '../../../lib/eligibility/assess';
import { dayText, today } from './day';
import { Cite } from './Cite';
import type { HeadingRef, ToolContext } from './context';

interface Props {
  ctx: ToolContext;
  answers: Answers;
  assessment: Assessment;
  agreement: string;
  show: (view: string) => void;
  heading: HeadingRef;
}

export function AgreementDraft({ ctx, answers, assessment, agreement, show, heading }: Props) {
  const draft = draftAgreement(ctx.data, answers, assessment, agreement);
  const all = agreementsFor(ctx.data, assessment.form);
  return (
    <div class="agreement-draft">
      <p class="no-print">
        <button type="button" class="link-button back-link" onClick={() => show('rencana')}>
          Kembali ke rencana kesiapan
        </button>
      </p>
      <p class="draft-stamp">Draf, bukan naskah resmi</p>
      <p class="result-kicker">
        Draf pertama dari cek kelayakan mitra · dibuat {dayText(today())} · mengikuti {ctx.guideline.title} versi {ctx.guideline.current.version} (draf)
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Draf {draft.title}
      </h1>
      {all.length > 1 && (
        <ul class="no-print draft-buttons" aria-label="Naskah dalam bentuk kemitraan ini">
          {all.map(({ agreement: a, title }, i) => (
            <li key={a.id}>
              <button type="button" class="secondary" aria-pressed={a.id === draft.agreement.id} onClick={() => show(a.id)}>
                {i + 1}. {title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="callout callout-penting">
        <p>
          Draf ini disusun otomatis dari jawaban Anda, sebagai bahan pembahasan dengan KPAI. Ini bukan naskah resmi dan bukan keputusan KPAI. Isian "………" diisi
          para pihak. Bagian bertanda "isi minimal" disebut pedoman sebagai isi paling sedikit naskah ini; yang bertanda "usulan draf" belum bersumber.
        </p>
      </div>
      <p class="agreement-heading">
        {draft.title.toUpperCase()} ANTARA KOMISI PERLINDUNGAN ANAK INDONESIA DAN ……… TENTANG ………
      </p>
      {draft.sections.map((section, i) => (
        <section key={section.id} class="agreement-section" aria-labelledby={`naskah-${section.id}`}>
          <h2 id={`naskah-${section.id}`}>
            Pasal {i + 1} — {section.title}
          </h2>
          <p class="criterion-meta">
            {section.required && <span class="tag">isi minimal</span>} Mengikuti:{' '}
            {section.cites.map((c, j) => (
              <span key={c.clause + j}>
                {j > 0 && '; '}
                <Cite ctx={ctx} href={c.clause} at={c.at} />
              </span>
            ))}
          </p>
          {section.blocks.map((block, j) =>
            'list' in block ? (
              <ol key={j} type="a">
                {block.list.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            ) : (
              <p key={j}>{block.text}</p>
            ),
          )}
        </section>
      ))}
      <p class="draft-stamp">Draf, bukan naskah resmi</p>
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          Cetak draf naskah
        </button>{' '}
        <button type="button" class="secondary" onClick={() => show('rencana')}>
          Kembali ke rencana kesiapan
        </button>
      </p>
    </div>
  );
}
