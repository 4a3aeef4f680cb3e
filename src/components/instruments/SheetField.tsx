// One field of a form as it prints: a line to write on, a date, tick boxes, handwriting lines, a signature box —
// blank, or with the value written in.
import type { FieldView } from '../../lib/instruments/view';
import { OTHER, otherKey, type FormValues } from '../../lib/instruments/form-values';
import { formatDate } from '../../lib/format-date';

function Label({ field }: { field: FieldView }) {
  return (
    <span class="f-label">
      {field.label}
      {field.required && <span class="req"> *</span>}
      {field.kind === 'centang' && (field.options?.length ?? 0) > 1 && <span class="f-how"> (centang semua yang sesuai)</span>}
      {field.kind === 'pilihan' && <span class="f-how"> (pilih satu)</span>}
    </span>
  );
}

export function Field({ field, values }: { field: FieldView; values: FormValues }) {
  const value = values[field.id];
  if (field.kind === 'pilihan' || field.kind === 'centang') {
    const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
    return (
      <div class="f f-choice">
        <Label field={field} />
        {field.hint && <span class="f-hint">{field.hint}</span>}
        <ul class={`f-options${(field.options?.length ?? 0) > 6 ? ' f-many' : ''}`}>
          {field.options?.map((o) => (
            <li key={o.code}>
              <Box on={chosen.has(o.code)} /> {o.label}
            </li>
          ))}
          {field.other && (
            <li>
              <Box on={chosen.has(OTHER)} /> {field.other}: <span class="f-line f-inline">{text(values[otherKey(field.id)])}</span>
            </li>
          )}
        </ul>
      </div>
    );
  }
  if (field.kind === 'uraian') {
    const written = text(value);
    const used = written ? written.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 80)), 0) : 0;
    return (
      <div class="f f-long">
        <Label field={field} />
        {field.hint && <span class="f-hint">{field.hint}</span>}
        <div class="f-lines">
          {written && <p class="f-written">{written}</p>}
          {Array.from({ length: Math.max(0, (field.lines ?? 4) - used) }, (_, i) => (
            <span key={i} class="f-rule" />
          ))}
        </div>
      </div>
    );
  }
  if (field.kind === 'tanda-tangan') {
    return (
      <div class="f f-sign">
        <Label field={field} />
        <span class="f-sign-box" />
        <span class="f-sign-name">
          Nama jelas: <span class="f-line f-inline" />
        </span>
      </div>
    );
  }
  const shown = field.kind === 'tanggal' ? text(value) && formatDate(text(value)) : text(value);
  return (
    <div class={`f f-${field.kind}`}>
      <Label field={field} />
      {field.hint && <span class="f-hint">{field.hint}</span>}
      <span class="f-line">{shown || (field.kind === 'tanggal' && <span class="f-date-guide">tgl / bln / thn</span>)}</span>
    </div>
  );
}

/** A tick box; a ticked one also says so in words, for screen readers. */
function Box({ on }: { on: boolean }) {
  return (
    <>
      <span class={`box${on ? ' on' : ''}`} aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {on && <span class="sr-only">(dicentang)</span>}
    </>
  );
}

export const text = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(', ') : (value ?? ''));

export function cellText(field: FieldView, value: string | string[] | undefined): string {
  const raw = text(value);
  if (field.kind === 'tanggal' && raw) return formatDate(raw);
  return field.options?.find((o) => o.code === raw)?.label ?? raw;
}
