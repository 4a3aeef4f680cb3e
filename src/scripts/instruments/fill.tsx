// Fill mode, loaded only when asked for: mounts the form as inputs over the blank form. Closing it, or the page
// being hidden (closed, reloaded, left, or put in the back-forward cache), unmounts it and what was typed is gone.
import { render } from 'preact';
import { IslandBoundary } from '../../components/islands/IslandBoundary';
import { InstrumentFill } from '../../components/instruments/InstrumentFill';
import type { InstrumentView } from '../../lib/instruments/view';

export function openFill(root: HTMLElement, view: InstrumentView, onClosed: () => void): void {
  const page = root.closest('.instrument-doc');
  const close = () => {
    render(null, root);
    page?.classList.remove('filling');
    removeEventListener('pagehide', close);
    onClosed();
  };
  page?.classList.add('filling');
  addEventListener('pagehide', close);
  render(
    <IslandBoundary fallback={<p>Cetak formulir kosong, lalu isi dengan tangan.</p>}>
      <InstrumentFill view={view} onClose={close} />
    </IslandBoundary>,
    root,
  );
}
