// The search dialog: an ARIA combobox (input) with a listbox of results grouped by document. Loaded only when
// the reader opens search; the payload of current versions is fetched then, and every version only on request.
import { el, grouped, resultBody } from './render';
import { loadSearch } from './load';
import type { Hit } from '../../lib/search/engine';

let dialog: HTMLDialogElement | undefined;

export function openSearch(urls: { current: string; all: string; page: string }, initial = ''): void {
  dialog ??= build(urls);
  const input = dialog.querySelector('input[type="search"]') as HTMLInputElement;
  dialog.showModal();
  input.focus();
  if (initial) input.value = initial;
  else input.select();
  input.dispatchEvent(new Event('input'));
}

function build(urls: { current: string; all: string; page: string }): HTMLDialogElement {
  const input = el('input', { type: 'search', id: 'cari-masukan', autocomplete: 'off', spellcheck: false, maxLength: 200, placeholder: 'Misalnya: rujukan kekerasan seksual' });
  Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'cari-hasil', 'aria-describedby': 'cari-petunjuk' }).forEach(([k, v]) =>
    input.setAttribute(k, v),
  );
  const everyVersion = el('input', { type: 'checkbox', id: 'cari-semua-versi' });
  const listbox = el('div', { id: 'cari-hasil', className: 'search-listbox' });
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Hasil pencarian');
  const status = el('p', { className: 'search-status', id: 'cari-status' });
  status.setAttribute('role', 'status');
  const close = el('button', { type: 'button', className: 'secondary search-close' }, 'Tutup');
  const node = el(
    'dialog',
    { className: 'search-dialog', id: 'cari-dialog' },
    el('form', { method: 'dialog', className: 'search-form' }, el('label', { htmlFor: 'cari-masukan', className: 'field-label' }, 'Cari di semua dokumen'), input, close),
    el('p', { className: 'hint', id: 'cari-petunjuk' }, 'Panah atas dan bawah memilih hasil, Enter membukanya, Esc menutup.'),
    el('p', { className: 'search-scope' }, everyVersion, ' ', el('label', { htmlFor: 'cari-semua-versi' }, 'Cari juga di versi lama')),
    status,
    listbox,
  );
  node.setAttribute('aria-label', 'Pencarian');
  close.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => event.target === node && node.close());
  document.body.append(node);

  let options: { element: HTMLElement; url: string }[] = [];
  let active = -1;
  let run = 0;
  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.element.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  };

  const show = (hits: Hit[], query: string, lexicon: Parameters<typeof resultBody>[1]) => {
    listbox.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    grouped(hits).forEach(([group, groupHits], g) => {
      const label = el('div', { className: 'result-group', id: `cari-kelompok-${g}` }, group);
      label.setAttribute('role', 'presentation');
      const box = el('div', { className: 'result-box' }, label);
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', label.id);
      for (const hit of groupHits) {
        const option = el('div', { className: 'result', id: `cari-pilihan-${options.length}` }, ...resultBody(hit, lexicon));
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.url = hit.record.url;
        const index = options.length;
        option.addEventListener('click', () => location.assign(hit.record.url));
        option.addEventListener('mousemove', () => active !== index && setActive(index));
        options.push({ element: option, url: hit.record.url });
        box.append(option);
      }
      listbox.append(box);
    });
    input.setAttribute('aria-expanded', String(options.length > 0));
    if (!query.trim()) status.textContent = '';
    else if (hits.length > 0) status.textContent = `${hits.length} hasil untuk “${query}”.`;
    else {
      status.replaceChildren(
        `Tidak ada yang cocok dengan “${query}”. Coba kata lain atau lebih sedikit kata, centang "Cari juga di versi lama", atau buka `,
        el('a', { href: urls.page.replace(/\?.*$/, '').replace(/cari\/$/, 'dokumen/') }, 'daftar dokumen'),
        ' dan ',
        el('a', { href: urls.page.replace(/cari\/$/, 'istilah/') }, 'daftar istilah'),
        '.',
      );
    }
  };

  const search = async () => {
    const query = input.value;
    const mine = ++run;
    if (!query.trim()) return show([], '', { groups: [], roots: {} });
    status.textContent = 'Memuat…';
    try {
      const { search: find, payload } = await loadSearch(everyVersion.checked ? urls.all : urls.current);
      if (mine === run) show(find(query, everyVersion.checked ? 'all' : 'current'), query, payload.lexicon);
    } catch {
      if (mine === run) status.textContent = 'Pencarian tidak dapat dimuat. Periksa sambungan Anda, lalu coba lagi.';
    }
  };
  input.addEventListener('input', search);
  everyVersion.addEventListener('change', search);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active] ?? options[0];
      if (chosen) location.assign(chosen.url);
      else if (input.value.trim()) location.assign(`${urls.page}?q=${encodeURIComponent(input.value.trim())}`);
    } else if (event.key === 'Home' || event.key === 'End') {
      if (active >= 0 && options.length > 0) {
        event.preventDefault();
        setActive(event.key === 'Home' ? 0 : options.length - 1);
      }
    }
  });
  return node;
}
