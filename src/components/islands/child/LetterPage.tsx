// The letter to a trusted adult: a few questions with choices (nothing to type), the letter as it reads, and
// buttons to copy or print it. The letter lives in this page's memory only: never stored, never sent.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { ChildModeData } from '../../../schemas/screening';
import { ChoiceGroup } from '../form/ChoiceGroup';
import { ReadAloud } from '../../ReadAloud';

interface Props {
  letter: ChildModeData['letter'];
  choices: Record<string, string[]>;
  setChoices: (choices: Record<string, string[]>) => void;
  /** The letter's paragraphs for these choices. */
  paragraphs: string[];
  heading: RefObject<HTMLHeadingElement>;
  back: () => void;
}

export function LetterPage({ letter, choices, setChoices, paragraphs, heading, back }: Props) {
  const [status, setStatus] = useState('');
  const toggle = (part: ChildModeData['letter']['parts'][number], id: string) => {
    const had = choices[part.id] ?? [];
    const next = part.type === 'single' ? [id] : had.includes(id) ? had.filter((o) => o !== id) : part.options.map((o) => o.id).filter((o) => o === id || had.includes(o));
    setChoices({ ...choices, [part.id]: next });
  };
  const copy = () =>
    navigator.clipboard.writeText(paragraphs.join('\n\n')).then(
      () => setStatus('Surat sudah disalin. Tempelkan di pesan untuk orang yang kamu percaya.'),
      () => setStatus('Surat tidak dapat disalin di peramban ini. Pakai tombol Cetak surat.'),
    );
  return (
    <div class="letter-page">
      <p class="no-print">
        <button type="button" class="link-button back-link" onClick={back}>
          Kembali ke hasil
        </button>
      </p>
      <h1 ref={heading} tabIndex={-1} class="no-print">
        {letter.title}
      </h1>
      <p class="no-print">{letter.intro}</p>
      <form class="letter-form no-print" onSubmit={(e) => e.preventDefault()}>
        {letter.parts.map((part) => (
          <ChoiceGroup key={part.id} id={`surat-${part.id}`} legend={part.legend} legendClass="field-label" hint={part.hint} type={part.type === 'single' ? 'radio' : 'checkbox'} options={part.options} chosen={choices[part.id] ?? []} onToggle={(id) => toggle(part, id)} />
        ))}
      </form>
      <h2 class="no-print">Suratmu</h2>
      <ReadAloud target="surat" what="suratmu" />
      <div class="letter-sheet" id="surat">
        {paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </div>
      <div class="result-actions no-print">
        <button type="button" onClick={copy}>
          Salin surat
        </button>{' '}
        <button type="button" class="secondary" onClick={() => print()}>
          Cetak surat
        </button>
        <p role="status" class="copied">
          {status}
        </p>
      </div>
      <p class="hint no-print">Surat ini hanya ada di halaman ini. Surat tidak disimpan dan tidak dikirim ke mana pun. Surat hilang saat halaman ditutup.</p>
    </div>
  );
}
