// The goals of the partnership (Pasal 7) and the fields of the joint work (Pasal 25): what the draft agreement's
// purpose and scope say.
import { fieldId, type Draft } from '../../../lib/eligibility/steps';
import { ChoiceGroup } from '../form/ChoiceGroup';
import { Cite } from './Cite';
import type { HeadingRef, ToolContext } from './context';

interface Props {
  ctx: ToolContext;
  draft: Draft;
  errorFor: (field: string) => string | undefined;
  toggle: (list: 'goals' | 'fields', id: string) => void;
  heading: HeadingRef;
}

export function PurposeStep({ ctx, draft, errorFor, toggle, heading }: Props) {
  const { goals, fields } = ctx.data;
  return (
    <>
      <h1 ref={heading} tabIndex={-1} class="question-title">
        Tujuan dan bidang kerja sama
      </h1>
      {([['goals', 'tujuan', goals], ['fields', 'bidang', fields]] as const).map(([list, id, pick]) => (
        <div class="criterion" key={id}>
          <ChoiceGroup
            id={fieldId(id)}
            legend={pick.question}
            legendClass="criterion-question"
            hint={pick.hint}
            error={errorFor(fieldId(id))}
            type="checkbox"
            options={pick.options}
            chosen={draft[list]}
            onToggle={(option) => toggle(list, option)}
          />
          <p class="criterion-meta">
            Dari <Cite ctx={ctx} href={pick.clause} />
          </p>
        </div>
      ))}
    </>
  );
}
