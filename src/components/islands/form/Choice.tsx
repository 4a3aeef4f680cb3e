// One radio button or checkbox with its label and, under it, its hint, tied together for screen readers.
interface Props {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  value?: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: () => void;
  class?: string;
}

export function Choice({ id, name, type, value, label, hint, checked, onChange, class: className = 'choice' }: Props) {
  const hintId = hint ? `${id}-petunjuk` : undefined;
  return (
    <div class={className}>
      <input type={type} id={id} name={name} value={value} checked={checked} aria-describedby={hintId} onChange={onChange} />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
