// The fitting form of partnership: why it fits, the process step by step, and the agreements it is made of, each
// of which can be drafted from the answers.
import type { Assessment } from '../../../lib/eligibility/assess';
import { agreementsFor } from '../../../lib/eligibility/agreement';
import { Cite } from './Cite';
import { processLink, type ToolContext } from './context';

export function FormSection({ ctx, assessment, openDraft }: { ctx: ToolContext; assessment: Assessment; openDraft: (agreement: string) => void }) {
  const { form } = assessment;
  const agreements = agreementsFor(ctx.data, form);
  return (
    <section aria-labelledby="bentuk-kemitraan">
      <h2 id="bentuk-kemitraan">Bentuk kemitraan yang sesuai</h2>
      <p>
        <strong>{form.title}.</strong> {form.why} <Cite ctx={ctx} href={form.clause} />
      </p>
      <p>
        <a href={processLink(ctx, form.id)}>Langkah demi langkah: dari permohonan sampai penandatanganan dan monitoring</a>
      </p>
      <p class="no-print">Susun draf pertama naskahnya dari jawaban Anda:</p>
      <ul class="no-print draft-buttons">
        {agreements.map(({ agreement, title }, i) => (
          <li key={agreement.id}>
            <button type="button" class="secondary" onClick={() => openDraft(agreement.id)}>
              {agreements.length > 1 ? `${i + 1}. ` : ''}Draf {title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
