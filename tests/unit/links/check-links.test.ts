import { describe, expect, it } from 'vitest';
import { brokenLinks, readPageLinks } from '../../../src/lib/links/check-links';

const page = (path: string, ids: string[], hrefs: string[]) => ({ path, ids: new Set(ids), hrefs });

describe('brokenLinks', () => {
  const site = [
    page('/', ['isi'], ['#isi', '/dokumen/', '/dokumen/sop/#penelaahan', 'tel:129', 'https://example.org/x', 'mailto:a@b.id']),
    page('/dokumen/', [], ['/dokumen/sop/', 'sop/#penelaahan', '/favicon.svg']),
    page('/dokumen/sop/', ['penelaahan'], ['#penelaahan', '/dokumen/rujukan/#uptd-ppa', '/dokumen/hilang/', '#tidak-ada']),
  ];

  it('finds links to missing pages and missing clauses, and only those', () => {
    expect(brokenLinks(site, new Set(['/favicon.svg']))).toEqual([
      { page: '/dokumen/sop/', href: '/dokumen/rujukan/#uptd-ppa', reason: 'halaman /dokumen/rujukan/ tidak ada' },
      { page: '/dokumen/sop/', href: '/dokumen/hilang/', reason: 'halaman /dokumen/hilang/ tidak ada' },
      { page: '/dokumen/sop/', href: '#tidak-ada', reason: 'bagian #tidak-ada tidak ada di /dokumen/sop/' },
    ]);
  });

  it('resolves relative links and encoded fragments', () => {
    const pages = [page('/a/', ['bagian-é'], ['#bagian-%C3%A9', '../a/#bagian-é'])];
    expect(brokenLinks(pages)).toEqual([]);
  });

  it('treats an unknown asset as missing', () => {
    expect(brokenLinks([page('/', [], ['/logo.png'])])).toEqual([{ page: '/', href: '/logo.png', reason: 'halaman /logo.png tidak ada' }]);
  });
});

describe('readPageLinks', () => {
  it('reads ids and hrefs from HTML, unescaping entities and ignoring scripts', () => {
    const html = '<h2 id="a">A</h2><a class="x" href="/b/?q=1&amp;r=2#c">b</a><script>const s = `<a href="/no/">`;</script>';
    const links = readPageLinks('/p/', html);
    expect([...links.ids]).toEqual(['a']);
    expect(links.hrefs).toEqual(['/b/?q=1&r=2#c']);
  });
});
