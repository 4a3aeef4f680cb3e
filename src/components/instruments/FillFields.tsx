// The fields of a form as inputs, for fill mode: one input per field, a table of inputs for a table section.
// The form has no action and is never submitted (see InstrumentFill); nothing typed leaves page memory.
import { ChoiceGroup } from '../islands/form/ChoiceGroup';
import { FormTable } from './FormTable';
import type { FieldView, SectionView } from '../../lib/instruments/view';
import { OTHER, otherKey, type FormValues } from '../../lib/instruments/form-values';

/** Bounds on what can be typed: a line, or a longer text. */
export const MAX_LINE = 300;
export const MAX_TEXT = 4000;

export interface Change {
  values: FormValues;
  set: (key: string, value: string | string[]) => void;
}

const id = (key: string) => `isi-${key.replace(/[^a-z0-9-]/gi, '-')}`;

export function FillSection({ section, change }: { section: SectionView; change: Change }) {
  return (
    <fieldset class="fill-section">
      <legend>{section.title}</legend>
      {section.note && <p class="hint">{section.note}</p>}
      {section.rows ? <FillTable section={section} change={change} /> : section.fields.map((f) => <FillField key={f.id} field={f} change={change} />)}
    </fieldset>
  );
}

function FillField({ field, change: { values, set } }: { field: FieldView; change: Change }) {
  const label = `${field.label}${field.required ? ' (wajib)' : ''}`;
  if (field.kind === 'tanda-tangan') return <p class="fill-sign">{field.label}: ditandatangani di atas kertas setelah dicetak.</p>;
  if (field.options) {
    const chosen = [values[field.id] ?? []].flat();
    const options = [...field.options.map((o) => ({ id: o.code, label: o.label })), ...(field.other ? [{ id: OTHER, label: field.other }] : [])];
    const toggle = (code: string) =>
      set(field.id, field.kind === 'pilihan' ? [code] : chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
    return (
      <>
        <ChoiceGroup id={id(field.id)} legend={label} legendClass="fill-label" hint={field.hint} type={field.kind === 'pilihan' ? 'radio' : 'checkbox'} options={options} chosen={chosen} onToggle={toggle} />
        {field.other && chosen.includes(OTHER) && <Line label={`${field.label}: ${field.other}`} at={otherKey(field.id)} values={values} set={set} />}
      </>
    );
  }
  return <Line label={label} hint={field.hint} at={field.id} values={values} set={set} long={field.kind === 'uraian' ? (field.lines ?? 4) : undefined} date={field.kind === 'tanggal'} />;
}

interface LineProps {
  label: string;
  hint?: string | undefined;
  at: string;
  values: FormValues;
  set: Change['set'];
  long?: number | undefined;
  date?: boolean;
}

export function Line({ label, hint, at, values, set, long, date }: LineProps) {
  const value = String(values[at] ?? '');
  const onInput = (e: Event) => set(at, (e.currentTarget as HTMLInputElement).value);
  const hintId = hint ? `${id(at)}-petunjuk` : undefined;
  return (
    <div class="field">
      <label class="fill-label" for={id(at)}>
        {label}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {long ? (
        <textarea id={id(at)} rows={long} maxLength={MAX_TEXT} spellcheck={false} autoComplete="off" aria-describedby={hintId} value={value} onInput={onInput} />
      ) : (
        <input id={id(at)} type={date ? 'date' : 'text'} maxLength={MAX_LINE} spellcheck={false} autoComplete="off" aria-describedby={hintId} value={value} onInput={onInput} />
      )}
    </div>
  );
}

function FillTable({ section, change: { values, set } }: { section: SectionView; change: Change }) {
  const cell = (f: FieldView, row: number) => {
    const at = `${f.id}@${row}`;
    const name = `${f.label}, baris ${row + 1}`;
    const onInput = (e: Event) => set(at, (e.currentTarget as HTMLInputElement).value);
    const value = String(values[at] ?? '');
    if (f.kind === 'tanda-tangan') return <span class="hint">di atas kertas</span>;
    if (f.options)
      return (
        <select aria-label={name} value={value} onChange={onInput}>
          <option value="" />
          {f.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
      );
    return <input aria-label={name} type={f.kind === 'tanggal' ? 'date' : 'text'} maxLength={MAX_LINE} spellcheck={false} autoComplete="off" value={value} onInput={onInput} />;
  };
  return <FormTable section={section} class="f-table fill-table" cell={cell} />;
}
