// A case documentation instrument as it prints: blank (lines to write on, boxes to tick) or with values (from fill
// mode or a tool). Rendered to static HTML on the instrument pages and in the browser by fill mode and the tools.
// Every printed page repeats the form's name above and the confidentiality rule, version and address below: a
// table's head and foot repeat on each page when it is printed (the foot comes last, so it is also read last).
import type { FieldView, InstrumentView, PartView, SectionView } from '../../lib/instruments/view';
import { HEADER_KEYS, OTHER, otherKey, type FormValues } from '../../lib/instruments/form-values';
import { formatDate } from '../../lib/format-date';

interface Props {
  view: InstrumentView;
  values?: FormValues;
  /** Where the values came from, printed under the title ("Diisi dari …"). */
  filledFrom?: string;
}

export function InstrumentSheet({ view, values = {}, filledFrom }: Props) {
  return (
    <div class={`sheet sheet-${view.orientation}`}>
      {view.parts.map((part) => (
        <Part key={part.title} view={view} part={part} values={values} filledFrom={filledFrom} />
      ))}
    </div>
  );
}

function Part({ view, part, values, filledFrom }: { view: InstrumentView; part: PartView; values: FormValues; filledFrom?: string | undefined }) {
  const name = part.title ? `${view.title}: ${part.title}` : view.title;
  return (
    <section class="sheet-part" aria-label={`Formulir ${name}`}>
      <table class="sheet-frame" role="none">
        <thead>
          <tr>
            <td>
              <p class="sheet-running">
                KPAI · {name} · versi {view.version}
              </p>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <h2 class="sheet-title">
                {view.title}
                {part.title && <span class="sheet-part-title">{part.title}</span>}
              </h2>
              {filledFrom && <p class="sheet-source">{filledFrom}</p>}
              {part.outside && <p class="sheet-outside">Dikirim ke luar KPAI: tulis inisial Anak, bukan nama lengkap, kecuali lembaga tujuan memerlukannya untuk memberi layanan.</p>}
              {view.header.length > 0 && <Header labels={view.header} values={values} />}
              {part.sections.map((section, i) => (
                <Section key={section.id} number={i + 1} section={section} values={values} />
              ))}
              <p class="sheet-legend">
                <span aria-hidden="true">*</span> wajib diisi.{ticks(part) && ' □ centang yang sesuai.'}
              </p>
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <td>
              <div class="sheet-foot">
                <p>
                  <strong>Rahasia.</strong> {view.footer.rule}
                </p>
                <p>
                  {view.footer.stamp}
                  {view.footer.url && <> · {view.footer.url}</>}
                </p>
              </div>
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

function Header({ labels, values }: { labels: string[]; values: FormValues }) {
  const date = text(values[HEADER_KEYS.date]);
  const [number, dated, officer] = labels;
  return (
    <dl class="sheet-ids">
      <div>
        <dt>{number}</dt>
        <dd class="f-line">{text(values[HEADER_KEYS.number])}</dd>
      </div>
      <div>
        <dt>{dated}</dt>
        <dd class="f-line">{date && formatDate(date)}</dd>
      </div>
      <div>
        <dt>{officer}</dt>
        <dd class="f-line">{text(values[HEADER_KEYS.officer])}</dd>
      </div>
    </dl>
  );
}

function Section({ number, section, values }: { number: number; section: SectionView; values: FormValues }) {
  return (
    <div class="sheet-section">
      <h3>
        {number}. {section.title}
      </h3>
      {section.note && <p class="sheet-note">{section.note}</p>}
      {section.quote && (
        <figure class="sheet-quote">
          <blockquote>{section.quote.text}</blockquote>
          <figcaption>{section.quote.cite}</figcaption>
        </figure>
      )}
      {section.rows ? <Table section={section} values={values} /> : section.fields.map((f) => <Field key={f.id} field={f} values={values} />)}
    </div>
  );
}

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

function Field({ field, values }: { field: FieldView; values: FormValues }) {
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

function Table({ section, values }: { section: SectionView; values: FormValues }) {
  const coded = section.fields.filter((f) => f.options);
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="group" aria-label={`${section.title}; geser ke samping bila terpotong`}>
        <table class="f-table">
          <thead>
            <tr>
              <th scope="col">No.</th>
              {section.fields.map((f) => (
                <th key={f.id} scope="col">
                  {f.label}
                  {f.required && <span class="req"> *</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: section.rows ?? 0 }, (_, row) => (
              <tr key={row}>
                <td>{row + 1}</td>
                {section.fields.map((f) => (
                  <td key={f.id}>{cellText(f, values[`${f.id}@${row}`])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {coded.length > 0 && (
        <dl class="f-codes">
          {coded.map((f) => (
            <div key={f.id}>
              <dt>{f.label}:</dt>
              <dd>{f.options!.map((o) => (o.code === o.label.toLowerCase() ? o.label : `${o.code} = ${o.label}`)).join('; ')}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
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

/** Whether a part has tick boxes to explain (a table's choices are written as codes instead). */
const ticks = (part: PartView) => part.sections.some((s) => !s.rows && s.fields.some((f) => f.options));

const text = (value: string | string[] | undefined): string => (Array.isArray(value) ? value.join(', ') : (value ?? ''));

function cellText(field: FieldView, value: string | string[] | undefined): string {
  const raw = text(value);
  if (field.kind === 'tanggal' && raw) return formatDate(raw);
  return field.options?.find((o) => o.code === raw)?.label ?? raw;
}
