// A form a tool fills from its answers — the finder's surat rujukan, the pre-screening's summary for staff —
// offered behind a disclosure. Everything else (the form's data, the code that fills and draws it, the print
// button) loads only when a person opens it, so the tools stay within their JavaScript budget. The request for
// the form carries nothing the person answered; the values stay in page memory, never stored or sent.
import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

interface Props {
  /** "surat rujukan", "ringkasan untuk petugas". */
  name: string;
  /** One sentence on what it is for and who it is for. */
  lead: string;
  /** Loads the form's body, already given what it fills the form from. */
  load: () => Promise<ComponentType>;
}

export function FormOffer({ name, lead, load }: Props) {
  const [Body, setBody] = useState<ComponentType | 'memuat' | 'gagal'>();
  const open = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || (Body && Body !== 'gagal')) return;
    setBody('memuat');
    load().then(
      (loaded) => setBody(() => loaded),
      () => setBody('gagal'),
    );
  };
  return (
    <details class="prefilled" onToggle={open}>
      <summary>Lihat {name} (siap cetak)</summary>
      <p>{lead}</p>
      <div aria-live="polite">
        {Body === 'memuat' && <p>Memuat formulir…</p>}
        {Body === 'gagal' && <p class="error-message">Formulir tidak dapat dimuat. Periksa sambungan Anda, lalu tutup dan buka lagi bagian ini.</p>}
        {typeof Body === 'function' && <Body />}
      </div>
    </details>
  );
}
