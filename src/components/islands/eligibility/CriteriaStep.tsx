// One theme's criteria, each a question with the four grades of readiness (and a written commitment where the
// clause allows one), its level for these plans, and the clause it comes from.
import { applicableCriteria, levelOf } from '../../../lib/eligibility/assess';
import { fieldId, type Draft } from '../../../lib/eligibility/steps';
import { ChoiceGroup } from '../form/ChoiceGroup';
import { Cite } from './Cite';
import type { HeadingRef, ToolContext } from './context';

interface Props {
  ctx: ToolContext;
  theme: string;
  draft: Draft;
  errorFor: (field: string) => string | undefined;
  choose: (criterion: string, choice: string) => void;
  heading: HeadingRef;
}

export function CriteriaStep({ ctx, theme, draft, errorFor, choose, heading }: Props) {
  const criteria = applicableCriteria(ctx.data, draft.kind!).filter((c) => c.theme === theme);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} class="question-title">
        {ctx.data.themes.find((t) => t.id === theme)!.title}
      </h1>
      <p class="hint">Pilih jawaban yang paling sesuai dengan keadaan lembaga Anda sekarang. Kriteria baru terpenuhi bila buktinya sudah ada.</p>
      {criteria.map((c) => (
        <div class="criterion" key={c.id}>
          <p class="criterion-meta">
            {c.title} · <strong>{levelOf(c, { kind: draft.kind!, plan: draft.plan })}</strong> · <Cite ctx={ctx} href={c.clause} />
          </p>
          <ChoiceGroup
            id={fieldId(c.id)}
            name={c.id}
            legend={c.question}
            legendClass="criterion-question"
            hint={c.hint}
            error={errorFor(fieldId(c.id))}
            type="radio"
            options={c.choices}
            chosen={draft.criteria[c.id] ? [draft.criteria[c.id]!] : []}
            onToggle={(choice) => choose(c.id, choice)}
          />
        </div>
      ))}
    </>
  );
}
