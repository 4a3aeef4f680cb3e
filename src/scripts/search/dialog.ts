// The search dialog: an ARIA combobox (input) with a listbox of results in the order they rank, the best
// first — the same list as /cari/ shows. Loaded only when the reader opens search; the index files a query
// needs are fetched as it is typed.
import { el, resultBody } from './render';
import { searcherAt } from './load';
import { scopeParams, searchRequest, versionRead, type ScopeChoice, type ScopeState } from '../../lib/search/scope';
import { searchable } from '../../lib/search/normalise';

/** Results shown in the dialog; /cari/ shows more of the same list. */
const SHOWN = 10;
let dialog: HTMLDialogElement | undefined;

export function openSearch(urls: { index: string; page: string }, initial = ''): void {
  dialog ??= build(urls);
  const input = dialog.querySelector('input[type="search"]') as HTMLInputElement;
  dialog.showModal();
  input.focus();
  if (initial) input.value = initial;
  else input.select();
  input.dispatchEvent(new Event('input'));
}

function build(urls: { index: string; page: string }): HTMLDialogElement {
  const reading = versionRead(location.pathname.slice(urls.index.replace(/cari\/indeks\/$/, '').length));
  const input = el('input', { type: 'search', id: 'cari-masukan', autocomplete: 'off', spellcheck: false, maxLength: 200, placeholder: 'Misalnya: rujukan kekerasan seksual' });
  Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'cari-hasil', 'aria-describedby': 'cari-petunjuk' }).forEach(([k, v]) =>
    input.setAttribute(k, v),
  );
  const choices: [ScopeChoice, string][] = [['terkini', 'Versi terkini'], ['semua', 'Semua versi'], ...(reading ? [['versi', 'Versi yang sedang dibaca'] as [ScopeChoice, string]] : [])];
  const scopes = el(
    'fieldset',
    { className: 'search-scope' },
    el('legend', {}, 'Cari di'),
    ...choices.map(([value, label]) => el('span', {}, el('input', { type: 'radio', name: 'cari-cakupan', id: `cari-cakupan-${value}`, value, checked: value === 'terkini' }), ' ', el('label', { htmlFor: `cari-cakupan-${value}` }, label))),
  );
  const listbox = el('div', { id: 'cari-hasil', className: 'search-listbox' });
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Hasil pencarian');
  const status = el('p', { className: 'search-status', id: 'cari-status' });
  status.setAttribute('role', 'status');
  const more = el('p', { className: 'search-more', hidden: true });
  const close = el('button', { type: 'button', className: 'secondary search-close' }, 'Tutup');
  const node = el(
    'dialog',
    { className: 'search-dialog', id: 'cari-dialog' },
    el('form', { method: 'dialog', className: 'search-form' }, el('label', { htmlFor: 'cari-masukan', className: 'field-label' }, 'Cari di semua dokumen'), input, close),
    el('p', { className: 'hint', id: 'cari-petunjuk' }, 'Panah atas dan bawah memilih hasil, Enter membukanya, Esc menutup.'),
    scopes,
    status,
    listbox,
    more,
  );
  node.setAttribute('aria-label', 'Pencarian');
  close.addEventListener('click', () => node.close());
  node.addEventListener('click', (event) => event.target === node && node.close());
  document.body.append(node);

  let options: { element: HTMLElement; url: string }[] = [];
  let active = -1;
  let run = 0;
  const state = (): ScopeState => ({ scope: (scopes.querySelector('input:checked') as HTMLInputElement).value as ScopeChoice, ...(reading ? { version: reading } : {}) });
  const pageUrl = (query: string) => `${urls.page}?q=${encodeURIComponent(query.trim())}${scopeParams(state())}`;
  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (!option) return input.removeAttribute('aria-activedescendant');
    option.element.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  };

  const show = (answer: Awaited<ReturnType<ReturnType<typeof searcherAt>>>, query: string) => {
    // A reader who has already moved to a result keeps it when the list is redrawn (the answer to the last
    // letters typed often arrives after they pressed an arrow key), as long as that result is still listed.
    const kept = options[active]?.url;
    options = answer.results.map((result, index) => {
      const option = el('div', { className: 'result', id: `cari-pilihan-${index}` }, ...resultBody(result));
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.url = result.url;
      option.addEventListener('click', () => location.assign(result.url));
      option.addEventListener('mousemove', () => active !== index && setActive(index));
      return { element: option, url: result.url };
    });
    listbox.replaceChildren(...options.map((o) => o.element));
    active = -1;
    setActive(options.findIndex((o) => o.url === kept));
    input.setAttribute('aria-expanded', String(options.length > 0));
    more.hidden = answer.total <= options.length;
    more.replaceChildren(el('a', { href: pageUrl(query) }, `Lihat semua ${answer.total} hasil di halaman Cari`));
    if (!searchable(query)) status.textContent = query.trim() ? 'Ketik paling sedikit dua huruf.' : '';
    else if (answer.total > 0) status.textContent = `${answer.total} hasil untuk “${query}”${answer.version ? ` di ${answer.version.title} versi ${answer.version.label}` : ''}.`;
    else {
      status.replaceChildren(
        `Tidak ada yang cocok dengan “${query}”. Coba kata lain atau lebih sedikit kata, pilih "Semua versi", atau buka `,
        el('a', { href: urls.page.replace(/cari\/$/, 'dokumen/') }, 'daftar dokumen'),
        ' dan ',
        el('a', { href: urls.page.replace(/cari\/$/, 'istilah/') }, 'daftar istilah'),
        '.',
      );
    }
  };

  const search = async () => {
    const query = input.value;
    const mine = ++run;
    if (!searchable(query)) return show({ results: [], total: 0 }, query);
    status.textContent = 'Memuat…';
    try {
      const answer = await searcherAt(urls.index)(searchRequest(query, state(), SHOWN));
      if (mine === run) show(answer, query);
    } catch {
      if (mine === run) status.textContent = 'Pencarian tidak dapat dimuat. Periksa sambungan Anda, lalu coba lagi.';
    }
  };
  input.addEventListener('input', search);
  scopes.addEventListener('change', search);
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
      else if (searchable(input.value)) location.assign(pageUrl(input.value));
    } else if ((event.key === 'Home' || event.key === 'End') && active >= 0 && options.length > 0) {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : options.length - 1);
    }
  });
  return node;
}
