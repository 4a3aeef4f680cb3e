// The search page, /cari/?q=…: a search that can be linked. Shows the results for the address's query.
import { el, resultList } from './render';
import { loadSearch } from './load';

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
const results = document.getElementById('hasil-cari');
const params = new URLSearchParams(location.search);
const query = (params.get('q') ?? '').slice(0, 200);
const everyVersion = params.get('semua') === '1';

if (form && results && query.trim()) {
  (form.elements.namedItem('q') as HTMLInputElement).value = query;
  (form.elements.namedItem('semua') as HTMLInputElement).checked = everyVersion;
  results.replaceChildren(el('p', { className: 'search-status' }, 'Memuat…'));
  loadSearch(form.dataset[everyVersion ? 'indexAll' : 'index']!)
    .then(({ search, payload }) => {
      const hits = search(query, everyVersion ? 'all' : 'current', 50);
      const status = el('p', { className: 'search-status' }, hits.length > 0 ? `${hits.length} hasil untuk “${query}”.` : `Tidak ada yang cocok dengan “${query}”.`);
      status.setAttribute('role', 'status');
      results.replaceChildren(status, hits.length > 0 ? resultList(hits, payload.lexicon) : el('div', { className: 'hint' }));
      if (hits.length === 0) document.getElementById('saran-cari')!.hidden = false;
    })
    .catch(() => results.replaceChildren(el('p', { className: 'banner banner-old' }, 'Pencarian tidak dapat dimuat. Periksa sambungan Anda, lalu coba lagi.')));
}

