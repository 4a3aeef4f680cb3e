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

  it('reads paths with a query or dot segments the way a browser does', () => {
    const pages = [page('/dokumen/sop/', ['penelaahan'], []), page('/', [], ['/dokumen/sop/?dari=0.1#penelaahan', '/dokumen/lain/../sop/#penelaahan', '/dokumen/sop/?x#hilang'])];
    expect(brokenLinks(pages).map((b) => b.href)).toEqual(['/dokumen/sop/?x#hilang']);
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

describe('links through a redirect page', () => {
  const redirect = (path: string, to: string) => ({ ...page(path, [], [to]), redirect: to });

  it('looks for the clause where the redirect lands', () => {
    const pages = [
      page('/dokumen/sop/', ['penelaahan'], []),
      redirect('/dokumen/sop/0.2/', '/dokumen/sop/'),
      page('/', [], ['/dokumen/sop/0.2/#penelaahan', '/dokumen/sop/0.2/#hilang']),
    ];
    expect(brokenLinks(pages)).toEqual([{ page: '/', href: '/dokumen/sop/0.2/#hilang', reason: 'bagian #hilang tidak ada di /dokumen/sop/' }]);
  });

  it('reports a redirect to a page that does not exist', () => {
    expect(brokenLinks([redirect('/lama/', '/baru/')])).toEqual([{ page: '/lama/', href: '/baru/', reason: 'halaman /baru/ tidak ada' }]);
  });

  it('stops following two pages that send the reader to each other', () => {
    const pages = [redirect('/a/', '/b/'), redirect('/b/', '/a/'), page('/', [], ['/a/#x'])];
    expect(brokenLinks(pages).map((b) => b.reason)).toEqual([expect.stringMatching(/^bagian #x tidak ada di \/[ab]\/$/)]);
  });
});

describe('readPageLinks on a redirect page', () => {
  it('reads where the page sends the reader', () => {
    const html = '<head><meta http-equiv="refresh" content="0; url=/dokumen/sop/"></head><body><a href="/dokumen/sop/" data-redirect>Buka</a></body>';
    expect(readPageLinks('/dokumen/sop/0.2/', html)).toMatchObject({ redirect: '/dokumen/sop/', hrefs: ['/dokumen/sop/'] });
  });
});
