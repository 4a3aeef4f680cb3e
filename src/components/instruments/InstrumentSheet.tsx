// A case documentation instrument as it prints: blank (lines to write on, boxes to tick) or with values (from fill
// mode or a tool). Rendered to static HTML on the instrument pages and in the browser by fill mode and the tools.
// Every printed page repeats the form's name above and the confidentiality rule, version and address below: a
// table's head and foot repeat on each page when it is printed (the foot comes last, so it is also read last).
import type { InstrumentView, PartView, SectionView } from '../../lib/instruments/view';
import { HEADER_KEYS, type FormValues } from '../../lib/instruments/form-values';
import { Field, cellText, text } from './SheetField';
import { formatDate } from '../../lib/format-date';
import { FormTable } from './FormTable';

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

function Table({ section, values }: { section: SectionView; values: FormValues }) {
  const coded = section.fields.filter((f) => f.options);
  return (
    <>
      <FormTable section={section} class="f-table" cell={(f, row) => cellText(f, values[`${f.id}@${row}`])} />
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

/** Whether a part has tick boxes to explain (a table's choices are written as codes instead). */
const ticks = (part: PartView) => part.sections.some((s) => !s.rows && s.fields.some((f) => f.options));

