// A text field that filters a list as the person types (the ARIA 1.2 combobox with a listbox popup). Up and
// Down move through the matches, Enter picks one (or the only match), Escape closes the list, and typing a name exactly picks it
// too. Used for province and regency: a native <select> of 514 places cannot be searched.
import { useMemo, useState } from 'preact/hooks';
import { filterOptions, type Option } from '../../../lib/referral/filter-options';
import { HintAndError } from './HintAndError';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

export function Combobox({ id, label, hint, error, options, value, onChange, disabled }: Props) {
  const chosen = options.find((o) => o.value === value);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // While the person types, the text is theirs; otherwise the field shows the chosen option.
  const text = typed ?? chosen?.label ?? '';
  const matches = useMemo(() => filterOptions(options, typed ?? ''), [options, typed]);
  const listId = `${id}-daftar`;
  const hintId = hint ? `${id}-petunjuk` : undefined;
  const errorId = error ? `${id}-galat` : undefined;
  const statusId = `${id}-status`;

  const pick = (option: Option) => {
    onChange(option.value);
    setTyped(undefined);
    setOpen(false);
    setActive(-1);
  };
  const onInput = (e: Event) => {
    const next = (e.target as HTMLInputElement).value;
    setTyped(next);
    setActive(-1);
    const exact = options.find((o) => o.label.toLowerCase() === next.trim().toLowerCase());
    // A name typed in full is chosen, and the list closes so it does not cover the page below; typing on reopens it.
    setOpen(!exact);
    onChange(exact?.value ?? '');
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? -1 : (i + step + matches.length) % matches.length));
    } else if (e.key === 'Enter' && open && (matches[active] || matches.length === 1)) {
      // Enter picks the highlighted match, or the only one left.
      e.preventDefault();
      pick(matches[active] ?? matches[0]!);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const onBlur = () => {
    setOpen(false);
    setActive(-1);
    // Leaving the field with a name that is not on the list leaves nothing chosen, and says so on submit.
    if (typed !== undefined && !options.some((o) => o.label.toLowerCase() === typed.trim().toLowerCase())) onChange('');
    setTyped(undefined);
  };
  const expanded = open && !disabled;
  return (
    <div class={error ? 'field combobox field-error' : 'field combobox'}>
      <label for={id} class="field-label">
        {label}
      </label>
      <HintAndError hint={hint} hintId={hintId} error={error} errorId={errorId} />
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        maxLength={80}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${id}-pilihan-${active}` : undefined}
        aria-describedby={[hintId, errorId, statusId].filter(Boolean).join(' ')}
        value={text}
        disabled={disabled}
        onInput={onInput}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={onBlur}
      />
      <ul id={listId} role="listbox" aria-label={label} class="combobox-list" hidden={!expanded}>
        {matches.map((option, i) => (
          <li
            key={option.value}
            id={`${id}-pilihan-${i}`}
            role="option"
            aria-selected={i === active}
            class={option.value === value ? 'combobox-option chosen' : 'combobox-option'}
            // Chosen on mousedown, before the field loses focus and closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            {option.label}
          </li>
        ))}
      </ul>
      <p id={statusId} class="sr-only" aria-live="polite">
        {expanded ? (matches.length === 0 ? 'Tidak ada yang cocok.' : `${matches.length} pilihan.`) : ''}
      </p>
      {expanded && matches.length === 0 && <p class="hint">Tidak ada yang cocok dengan "{typed}".</p>}
    </div>
  );
}
