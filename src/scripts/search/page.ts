// The search page, /cari/?q=…: a search that can be linked. Shows the same list as the dialog, in the same
// order, twenty at a time; the scope is in the address too (`cakupan`, and `dokumen`/`versi` for one version).
import { el, resultList } from './render';
import { searcherAt } from './load';
import { scopeFromParams, searchRequest } from '../../lib/search/scope';
import { searchable } from '../../lib/search/normalise';

const PAGE = 20;
const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const results = document.getElementById('hasil-cari');
const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').slice(0, 200);
const state = scopeFromParams(params);

if (form && results) {
  (form.elements.namedItem('q') as HTMLInputElement).value = query;
  if (state.version) {
    // The version a reader came from is a third choice, kept when the form is sent again.
    const { document: doc, label } = state.version;
    form.querySelector('.search-scope')!.append(
      el('span', {}, el('input', { type: 'radio', name: 'cakupan', id: 'cakupan-versi', value: 'versi' }), ' ', el('label', { htmlFor: 'cakupan-versi' }, 'Versi yang tadi dibaca')),
      el('input', { type: 'hidden', name: 'dokumen', value: doc }),
      ...(label ? [el('input', { type: 'hidden', name: 'versi', value: label })] : []),
    );
  }
  (form.querySelector(`input[name="cakupan"][value="${state.scope}"]`) as HTMLInputElement).checked = true;
  if (searchable(query)) show(PAGE);
  else if (query.trim()) results.replaceChildren(el('p', { className: 'search-status' }, 'Ketik paling sedikit dua huruf.'));
}

function show(limit: number, focusFrom?: number): void {
  if (focusFrom === undefined) results!.replaceChildren(el('p', { className: 'search-status' }, 'Memuat…'));
  searcherAt(form!.dataset.index!)(searchRequest(query, state, limit))
    .then(({ results: found, total, version }) => {
      if (version) document.querySelector('label[for="cakupan-versi"]')!.textContent = `Versi yang tadi dibaca: ${version.title} ${version.label}`;
      const status = el('p', { className: 'search-status' }, total > 0 ? `${total} hasil untuk “${query}”.` : `Tidak ada yang cocok dengan “${query}”.`);
      status.setAttribute('role', 'status');
      const more = el('button', { type: 'button', className: 'secondary' }, `Tampilkan ${Math.min(PAGE, total - found.length)} hasil lagi`);
      more.addEventListener('click', () => show(limit + PAGE, found.length));
      results!.replaceChildren(status, ...(total > 0 ? [resultList(found)] : []), ...(total > found.length ? [more] : []));
      // After "show more", the first new result takes focus, so a keyboard user goes on where the list grew.
      if (focusFrom !== undefined) results!.querySelectorAll<HTMLElement>('.search-results a')[focusFrom]?.focus();
      if (total === 0) document.getElementById('saran-cari')!.hidden = false;
    })
    .catch(() => results!.replaceChildren(el('p', { className: 'banner banner-old' }, 'Pencarian tidak dapat dimuat. Periksa sambungan Anda, lalu coba lagi.')));
}
