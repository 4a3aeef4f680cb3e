import type { ToolData } from '../../../schemas/eligibility';
import { fieldId } from '../../../lib/eligibility/steps';
import { ChoiceGroup } from '../form/ChoiceGroup';
import type { HeadingRef } from './context';

export function KindStep({ data, kind, error, choose, heading }: { data: ToolData; kind?: string; error?: string; choose: (kind: string) => void; heading: HeadingRef }) {
  return (
    <ChoiceGroup
      id={fieldId('jenis')}
      name="jenis"
      legend={
        <h1 ref={heading} tabIndex={-1} class="question-title">
          Apa jenis lembaga Anda?
        </h1>
      }
      hint="Hanya kriteria yang berlaku bagi jenis lembaga Anda yang ditanyakan."
      error={error}
      type="radio"
      options={data.partnerKinds}
      chosen={kind ? [kind] : []}
      onToggle={choose}
    />
  );
}
