// A form a tool fills from its answers — the finder's surat rujukan, the pre-screening's summary for staff — shown
// when asked for and printed on its own: while it prints, the rest of the page is hidden (see instruments.css).
// The form's data and drawing code load only when it is opened, so the tools stay light. The request for the
// form carries nothing the person answered; the values stay in page memory, never stored or sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { InstrumentView } from '../../lib/instruments/view';
import type { FormValues } from '../../lib/instruments/form-values';
import { partOf } from '../../lib/instruments/parts';

type Sheet = ComponentType<{ view: InstrumentView; values?: FormValues; filledFrom?: string }>;

interface Props {
  /** Where the form's data is (`formulir.json` of an instrument version), and which printed part, if one. */
  src: string;
  part?: string | undefined;
  values: FormValues;
  /** Printed under the form's title: where the values came from. */
  filledFrom: string;
  /** "surat rujukan", "ringkasan untuk petugas". */
  name: string;
  /** One sentence on what it is for and who it is for. */
  lead: string;
}

type Loaded = { view: InstrumentView; Sheet: Sheet } | 'memuat' | 'gagal' | undefined;

export function PrefilledForm({ src, part, values, filledFrom, name, lead }: Props) {
  const box = useRef<HTMLDetailsElement>(null);
  const [loaded, setLoaded] = useState<Loaded>();
  const load = () => {
    if (loaded && loaded !== 'gagal') return Promise.resolve();
    setLoaded('memuat');
    return Promise.all([fetch(src).then((r) => (r.ok ? (r.json() as Promise<InstrumentView>) : Promise.reject(new Error(r.statusText)))), import('./InstrumentSheet')])
      .then(([view, module]) => setLoaded({ view: part ? partOf(view, part) : view, Sheet: module.InstrumentSheet }))
      .catch(() => setLoaded('gagal'));
  };
  useEffect(() => {
    const done = () => {
      delete document.documentElement.dataset.printForm;
      delete box.current?.dataset.printing;
    };
    addEventListener('afterprint', done);
    return () => removeEventListener('afterprint', done);
  }, []);
  const printIt = () => {
    box.current!.open = true;
    void load().then(() =>
      requestAnimationFrame(() => {
        document.documentElement.dataset.printForm = '';
        box.current!.dataset.printing = '';
        print();
      }),
    );
  };
  return (
    <details class="prefilled" ref={box} onToggle={() => box.current?.open && void load()}>
      <summary>Lihat {name} (siap cetak)</summary>
      <p>{lead}</p>
      <p class="no-print">
        <button type="button" onClick={printIt}>
          Cetak {name}
        </button>
      </p>
      <div class="prefilled-sheet" aria-live="polite">
        {loaded === 'memuat' && <p>Memuat formulir…</p>}
        {loaded === 'gagal' && <p class="error-message">Formulir tidak dapat dimuat. Periksa sambungan Anda, lalu tutup dan buka lagi bagian ini.</p>}
        {typeof loaded === 'object' && <loaded.Sheet view={loaded.view} values={values} filledFrom={filledFrom} />}
      </div>
    </details>
  );
}
