// The planned activities: the answers that decide whether safe personnel is required and which form fits.
import { fieldId, type Draft } from '../../../lib/eligibility/steps';
import { ChoiceGroup } from '../form/ChoiceGroup';
import type { HeadingRef, ToolContext } from './context';

interface Props {
  ctx: ToolContext;
  draft: Draft;
  errorFor: (field: string) => string | undefined;
  answer: (question: string, value: 'ya' | 'tidak') => void;
  heading: HeadingRef;
}

export function PlanStep({ ctx, draft, errorFor, answer, heading }: Props) {
  return (
    <>
      <h1 ref={heading} tabIndex={-1} class="question-title">
        Rencana kegiatan bersama
      </h1>
      <p class="hint">Jawaban ini menentukan bentuk kemitraan yang sesuai.</p>
      {ctx.data.plan.map((p) => (
        <ChoiceGroup
          key={p.id}
          id={fieldId(p.id)}
          name={p.id}
          legend={p.question}
          legendClass="criterion-question"
          hint={p.hint}
          error={errorFor(fieldId(p.id))}
          type="radio"
          options={[
            { id: 'ya', label: p.yes },
            { id: 'tidak', label: p.no },
          ]}
          chosen={draft.plan[p.id] ? [draft.plan[p.id]!] : []}
          onToggle={(value) => answer(p.id, value as 'ya' | 'tidak')}
        />
      ))}
    </>
  );
}
