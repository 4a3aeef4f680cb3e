// The actions under a tool's result: copy (a summary or a link), print, start again; with a status line that
// says whether the copy worked.
import { useState } from 'preact/hooks';

interface Props {
  copyLabel: string;
  /** What to copy, and what to say when it was copied. */
  copy: () => { text: string; done: string };
  printLabel: string;
  restart: () => void;
}

export function ResultActions({ copyLabel, copy, printLabel, restart }: Props) {
  const [status, setStatus] = useState('');
  const onCopy = () => {
    const { text, done } = copy();
    navigator.clipboard.writeText(text).then(
      () => setStatus(done),
      () => setStatus('Tidak dapat menyalin di peramban ini; gunakan Cetak, atau salin dari bilah alamat.'),
    );
  };
  return (
    <div class="result-actions no-print">
      <button type="button" onClick={onCopy}>
        {copyLabel}
      </button>{' '}
      <button type="button" class="secondary" onClick={() => print()}>
        {printLabel}
      </button>{' '}
      <button type="button" class="secondary" onClick={restart}>
        Mulai lagi
      </button>
      <p role="status" class="copied">
        {status}
      </p>
    </div>
  );
}
