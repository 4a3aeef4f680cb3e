// A question answered by radio buttons or checkboxes: one fieldset with its legend, hint and error, tied
// together for screen readers (the GOV.UK radios and checkboxes pattern). Used by all three tools.
import type { ComponentChildren } from 'preact';
import { Choice } from './Choice';
import { HintAndError } from './HintAndError';

export interface ChoiceOption {
  id: string;
  label: string;
  hint?: string;
  /** A "none of these" choice, set apart from the others. */
  exclusive?: boolean;
}

interface Props {
  /** The fieldset's id: the error summary links to it, and each input's id starts with it. */
  id: string;
  legend: ComponentChildren;
  /** Class of the legend: the page's question heading style, or a field label. */
  legendClass?: string;
  hint?: string;
  error?: string;
  type: 'radio' | 'checkbox';
  options: readonly ChoiceOption[];
  chosen: readonly string[];
  onToggle: (id: string) => void;
  /** Input name; the fieldset id when not given. */
  name?: string;
}

export function ChoiceGroup({ id, legend, legendClass, hint, error, type, options, chosen, onToggle, name = id }: Props) {
  const hintId = hint ? `${id}-petunjuk` : undefined;
  const errorId = error ? `${id}-galat` : undefined;
  return (
    <fieldset class={error ? 'field field-error' : 'field'} id={id} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend class={legendClass}>{legend}</legend>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <div class="choices">
        {options.map((option) => (
          <Choice
            key={option.id}
            class={option.exclusive && type === 'checkbox' ? 'choice choice-exclusive' : 'choice'}
            id={`${id}-${option.id}`}
            name={name}
            type={type}
            value={option.id}
            label={option.label}
            hint={option.hint}
            checked={chosen.includes(option.id)}
            onChange={() => onToggle(option.id)}
          />
        ))}
      </div>
    </fieldset>
  );
}
