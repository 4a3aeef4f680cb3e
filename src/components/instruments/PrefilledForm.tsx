// A form a tool fills from its answers — the finder's surat rujukan, the pre-screening's summary for staff — shown
// on request and printed on its own: while it prints, the rest of the page is hidden (see instruments.css).
// Nothing is stored or sent; the values are the tool's answers, in page memory.
import { useEffect, useRef } from 'preact/hooks';
import { InstrumentSheet } from './InstrumentSheet';
import type { InstrumentView } from '../../lib/instruments/view';
import type { FormValues } from '../../lib/instruments/form-values';

interface Props {
  view: InstrumentView;
  values: FormValues;
  /** Printed under the form's title: where the values came from. */
  filledFrom: string;
  /** "surat rujukan", "ringkasan untuk petugas". */
  name: string;
  /** One sentence on what it is for and who it is for. */
  lead: string;
}

export function PrefilledForm({ view, values, filledFrom, name, lead }: Props) {
  const box = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const done = () => {
      delete document.documentElement.dataset.printForm;
      delete box.current?.dataset.printing;
    };
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);
  const printIt = () => {
    document.documentElement.dataset.printForm = '';
    box.current!.dataset.printing = '';
    print();
  };
  return (
    <details class="prefilled" ref={box}>
      <summary>Lihat {name} (siap cetak)</summary>
      <p>{lead}</p>
      <p class="no-print">
        <button type="button" onClick={printIt}>
          Cetak {name}
        </button>
      </p>
      <div class="prefilled-sheet">
        <InstrumentSheet view={view} values={values} filledFrom={filledFrom} />
      </div>
    </details>
  );
}
