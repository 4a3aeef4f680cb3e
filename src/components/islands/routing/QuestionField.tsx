// One routing question as a form field: radio buttons, checkboxes, or the place fields. The pre-screening shows
// one per page with the question as the page's heading; the finder shows them all, each as a labelled group.
import type { ComponentChildren } from 'preact';
import type { Question } from '../../../schemas/routing';
import { toggle } from '../../../lib/routing/questions';
import type { Region } from '../../../lib/routing/place';
import { ChoiceGroup } from '../form/ChoiceGroup';
import { PlaceField } from './PlaceField';
import type { DirectoryState } from './useDirectory';

interface Props {
  question: Question;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  provinces: readonly Region[];
  directory: DirectoryState;
  disabled?: boolean;
  /** The question's title as the page's heading (pre-screening); a field label otherwise. */
  heading?: ComponentChildren;
}

export function QuestionField({ question, value, onChange, error, provinces, directory, disabled, heading }: Props) {
  if (question.type === 'place') {
    return (
      <PlaceField
        question={question}
        provinces={provinces}
        value={value}
        onChange={onChange}
        directory={directory}
        error={error}
        disabled={disabled}
        legend={heading ?? question.title}
        legendClass={heading ? undefined : 'field-label'}
      />
    );
  }
  return (
    <ChoiceGroup
      id={question.id}
      legend={heading ?? question.title}
      legendClass={heading ? undefined : 'field-label'}
      hint={question.hint}
      error={error}
      type={question.type === 'single' ? 'radio' : 'checkbox'}
      options={question.options}
      chosen={value}
      onToggle={(id) => onChange(toggle(question, value, id))}
    />
  );
}
