// "Simpan untuk dibaca luring": registers the service worker that saves the documents (src/offline/sw.ts), says
// what is saved, and removes it all on request. Loaded only when the reader chooses it, or when a saved copy
// already serves the page. Nothing is kept in cookies or storage: the saved pages are the only thing kept.
import { formatDate } from '../../lib/format-date';

const CACHE_PREFIX = 'pedoman-luring';
let section: HTMLElement;
let busy = false;

const $ = <T extends HTMLElement>(selector: string) => section.querySelector<T>(selector)!;
const say = (text: string) => ($('[data-offline-state]').textContent = text);
const scope = () => section.dataset.base ?? '/';

/** What the active worker says it keeps, or undefined when nothing is saved. */
async function saved(): Promise<{ documents: number; built: string } | undefined> {
  const registration = await navigator.serviceWorker.getRegistration(scope());
  const worker = registration?.active;
  if (!worker) return undefined;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage({ type: 'status' }, [channel.port2]);
    setTimeout(() => resolve(undefined), 3000);
  });
}

async function show(done?: string): Promise<void> {
  const kept = await saved();
  $('[data-offline-save]').hidden = !!kept;
  $('[data-offline-remove]').hidden = !kept;
  if (!kept) return void say(done ?? 'Belum disimpan di peramban ini.');
  say(
    `${done ?? ''}Tersimpan untuk dibaca luring: versi terkini ${kept.documents} dokumen, daftar istilah dan daftar kontak (situs per ${formatDate(kept.built)}). ` +
      'Simpanan diperbarui sendiri setiap kali Anda membuka situs ini dengan internet. Alat penapisan, pencari rujukan dan cek mitra tidak disimpan.',
  );
}

async function save(): Promise<void> {
  say('Menyimpan dokumen…');
  try {
    const registration = await navigator.serviceWorker.register(`${scope()}sw.js`, { scope: scope() });
    const worker = registration.installing ?? registration.waiting ?? registration.active;
    await new Promise<void>((resolve, reject) => {
      if (!worker || worker.state === 'activated') return resolve();
      worker.addEventListener('statechange', () => (worker.state === 'activated' ? resolve() : worker.state === 'redundant' && reject(new Error('redundant'))));
    });
    await show('Selesai. ');
  } catch {
    say('Dokumen belum dapat disimpan. Periksa sambungan internet, lalu coba lagi.');
  }
}

async function remove(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration(scope());
  await registration?.unregister();
  for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key);
  await show('Simpanan luring sudah dihapus dari peramban ini. ');
}

/** Wires the control (once) and saves now when the reader chose to, else says what is saved. */
export async function offlineControl(element: HTMLElement, chosen: boolean): Promise<void> {
  if (!section) {
    section = element;
    $('[data-offline-remove]').addEventListener('click', () => void remove());
  }
  if (busy) return;
  busy = true;
  await (chosen ? save() : show()).finally(() => (busy = false));
}
