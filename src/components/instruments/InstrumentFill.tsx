// Fill, then print — nothing kept. A warning first; then the form as inputs, with the filled sheet ready for the
// printer; "Kosongkan" wipes it. Values live only in this component's state: no name that a form could submit, no
// storage, nothing in the address, nothing sent. The page unmounts it when it is hidden (see scripts/instruments).
import { useEffect, useRef, useState } from 'preact/hooks';
import { InstrumentSheet } from './InstrumentSheet';
import { FillSection, Line } from './FillFields';
import type { InstrumentView } from '../../lib/instruments/view';
import { HEADER_KEYS, type FormValues } from '../../lib/instruments/form-values';

interface Props {
  view: InstrumentView;
  /** Back to the blank form; what was typed is gone. */
  onClose: () => void;
}

export function InstrumentFill({ view, onClose }: Props) {
  const [filling, setFilling] = useState(false);
  const [values, setValues] = useState<FormValues>({});
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [filling]);
  const set = (key: string, value: string | string[]) => setValues((old) => ({ ...old, [key]: value }));
  const clear = () => {
    setValues({});
    setStatus('Isian sudah dikosongkan. Tidak ada yang tersimpan.');
  };
  const change = { values, set };

  if (!filling) {
    return (
      <div class="fill-warning banner" role="region" aria-labelledby="isi-peringatan">
        <h2 id="isi-peringatan" tabIndex={-1} ref={heading}>
          Sebelum mengisi di layar
        </h2>
        <ul>
          <li>Isian hanya ada di memori halaman ini. Isian tidak disimpan, tidak dikirim, dan tidak masuk ke alamat halaman.</li>
          <li>Isian hilang bila halaman ditutup, dimuat ulang, atau Anda berpindah halaman. Cetak dulu sebelum pergi.</li>
          <li>Jangan mengisi di komputer bersama, dan jangan tinggalkan layar yang terbuka.</li>
          <li>Setelah mencetak, tekan “Kosongkan”. Simpan hasil cetak sebagai dokumen rahasia dalam Berkas Kasus; jangan menyimpannya sebagai PDF di folder bersama.</li>
        </ul>
        <p>
          <button type="button" onClick={() => setFilling(true)}>
            Saya mengerti, mulai mengisi
          </button>{' '}
          <button type="button" class="secondary" onClick={onClose}>
            Batal
          </button>
        </p>
      </div>
    );
  }

  const actions = (
    <p class="fill-actions">
      <button type="button" onClick={() => print()}>
        Cetak isian
      </button>{' '}
      <button type="button" class="secondary" onClick={clear}>
        Kosongkan
      </button>{' '}
      <button type="button" class="secondary" onClick={onClose}>
        Selesai: kosongkan dan kembali
      </button>
    </p>
  );
  return (
    <>
      <form class="fill-form no-print" autoComplete="off" aria-labelledby="isi-judul" onSubmit={(e) => e.preventDefault()}>
        <h2 id="isi-judul" tabIndex={-1} ref={heading}>
          Mengisi: {view.title}
        </h2>
        <p class="fill-reminder">Tidak disimpan dan tidak dikirim. Cetak, lalu tekan “Kosongkan”.</p>
        {actions}
        {view.header.length > 0 && (
          <fieldset class="fill-section">
            <legend>Kepala formulir</legend>
            <Line label={view.header[0]!} at={HEADER_KEYS.number} values={values} set={set} />
            <Line label={view.header[1]!} at={HEADER_KEYS.date} values={values} set={set} date />
            <Line label={view.header[2]!} at={HEADER_KEYS.officer} values={values} set={set} />
          </fieldset>
        )}
        {view.parts.map((part) => (
          <div key={part.title}>
            {part.title && <h3>{part.title}</h3>}
            {part.sections.map((s) => (
              <FillSection key={s.id} section={s} change={change} />
            ))}
          </div>
        ))}
        {actions}
        <p role="status" class="copied">
          {status}
        </p>
      </form>
      <div class="print-only fill-print">
        <InstrumentSheet view={view} values={values} />
      </div>
    </>
  );
}
