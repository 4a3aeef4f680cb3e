import { describe, expect, it } from 'vitest';
import { buildIndexFiles, SPLIT } from '../../../src/lib/search/index-build';
import { fixtureGroups, fixtureSearch, lexicon } from './fixture';

const urls = (results: { url: string }[]) => results.map((r) => r.url);

describe('search over the split index (a small site built in memory)', () => {
  it('lists the clause whose heading is the query before other clauses; a term asked for keeps its place', async () => {
    const { search } = fixtureSearch();
    const { results, total } = await search({ query: 'mediasi', scope: 'terkini', limit: 10 });
    expect(results.find((r) => r.kind === 'klausul')!.url).toBe('/dokumen/sop/0.2/#mediasi');
    // "mediasi" is a glossary term, so it is a term lookup: the entry keeps its place in score order.
    expect(urls(results).slice(0, 2)).toContain('/istilah/#mediasi');
    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'istilah').length).toBeLessThanOrEqual(2);
    expect(total).toBe(results.length);
  });

  it('shows at most two glossary entries, after every clause, when the query is not a term lookup', async () => {
    const { search } = fixtureSearch();
    const { results } = await search({ query: 'mediasi rujukan', scope: 'terkini', limit: 10 });
    const kinds = results.map((r) => r.kind);
    const firstTerm = kinds.indexOf('istilah');
    expect(firstTerm).toBeGreaterThan(0);
    expect(kinds.slice(firstTerm).every((k) => k === 'istilah')).toBe(true);
    expect(kinds.filter((k) => k === 'istilah')).toHaveLength(2);
  });

  it('is one list whatever the length shown: the dialog shows the beginning of what /cari/ shows', async () => {
    const { search } = fixtureSearch();
    for (const query of ['mediasi', 'mediasi rujukan', 'kasus']) {
      const long = await search({ query, scope: 'terkini', limit: 20 });
      const short = await search({ query, scope: 'terkini', limit: 2 });
      expect(urls(short.results)).toEqual(urls(long.results).slice(0, 2));
      expect(short.total).toBe(long.total);
    }
  });

  it('answers "apa itu …" with the glossary entry first', async () => {
    const { search } = fixtureSearch();
    const { results } = await search({ query: 'apa itu terminasi', scope: 'terkini', limit: 3 });
    expect(results[0]!.url).toBe('/istilah/#terminasi');
  });

  it('says where each result is: document, the headings it sits in, and the version only when it is not current', async () => {
    const { search } = fixtureSearch();
    const current = (await search({ query: 'terminasi', scope: 'terkini', limit: 10 })).results.find((r) => r.url === '/dokumen/sop/0.2/#terminasi')!;
    expect(current).toMatchObject({ source: 'SOP Layanan Pengaduan', title: 'Pasal 5 — Terminasi', within: 'BAB II — Tindak Lanjut', version: '' });
    const old = (await search({ query: 'penyempurnaan', scope: 'semua', limit: 10 })).results[0]!;
    expect(old).toMatchObject({ url: '/dokumen/sop/0.1/#penyempurnaan', version: '0.1' });
    expect(current.marks.title).toEqual([['Pasal 5 — ', false], ['Terminasi', true]]);
  });

  it('searches current versions by default, every version on request, or only the version being read', async () => {
    const { search } = fixtureSearch();
    expect((await search({ query: 'penyempurnaan', scope: 'terkini', limit: 10 })).results).toEqual([]);
    expect(urls((await search({ query: 'mediasi', scope: 'semua', limit: 10 })).results)).toContain('/dokumen/sop/0.1/#mediasi');
    const old = await search({ query: 'mediasi', scope: 'terkini', version: { document: 'sop', label: '0.1' }, limit: 10 });
    expect(urls(old.results)).toEqual(['/dokumen/sop/0.1/#mediasi']);
    expect(old.version).toEqual({ title: 'SOP Layanan Pengaduan', label: '0.1' });
    const current = await search({ query: 'mediasi', scope: 'terkini', version: { document: 'sop' }, limit: 10 });
    expect(urls(current.results).every((u) => u.startsWith('/dokumen/sop/0.2/'))).toBe(true);
    expect((await search({ query: 'mediasi', scope: 'terkini', version: { document: 'tidak-ada' }, limit: 10 })).results).toEqual([]);
  });

  it('finds a clause by its clause-level synonyms as if they were its heading', async () => {
    const { search } = fixtureSearch();
    expect((await search({ query: 'hak asuh', scope: 'terkini', limit: 1 })).results[0]!.url).toBe('/dokumen/sop/0.2/#mediasi');
  });

  it('finds a synonym phrase through its group: "mou" finds the clause on the nota kesepahaman', async () => {
    const { search } = fixtureSearch();
    const { results } = await search({ query: 'mou', scope: 'terkini', limit: 3 });
    expect(urls(results)).toContain('/dokumen/sop/0.2/#nota');
    expect(results.find((r) => r.url === '/dokumen/sop/0.2/#nota')!.matched).toEqual(expect.arrayContaining(['nota', 'sepaham']));
  });

  it('guesses at a typo only when the words as typed find little, loading the word files then', async () => {
    const { search, fetched } = fixtureSearch();
    await search({ query: 'mediasi', scope: 'terkini', limit: 10 });
    expect(fetched.some((f) => f.includes('/ejaan/'))).toBe(false);
    const { results } = await search({ query: 'terminsi', scope: 'terkini', limit: 10 });
    expect(results[0]!.url).toBe('/dokumen/sop/0.2/#terminasi');
    expect(fetched.some((f) => f.includes('/ejaan/'))).toBe(true);
  });

  it('completes the word being typed', async () => {
    const { search } = fixtureSearch();
    expect(urls((await search({ query: 'penyempur', scope: 'semua', limit: 3 })).results)).toContain('/dokumen/sop/0.1/#penyempurnaan');
  });

  it('does nothing for a query of fewer than two letters: no file is fetched', async () => {
    const { search, fetched } = fixtureSearch();
    for (const query of ['', ' ', 'a', '?!', 'ä ']) expect(await search({ query, scope: 'terkini', limit: 10 })).toEqual({ results: [], total: 0 });
    expect(fetched).toEqual([]);
  });

  it('fetches only what a query needs, each file once', async () => {
    const files = buildIndexFiles(fixtureGroups(), lexicon, { ...SPLIT, terms: 200, chunk: 2 });
    const { search, fetched } = fixtureSearch(files);
    await search({ query: 'terminasi', scope: 'terkini', limit: 1 });
    expect(fetched[0]).toBe('terkini/manifes.json');
    expect(fetched.filter((f) => f.includes('/hasil/'))).toHaveLength(1);
    expect(fetched.length).toBeLessThan([...files.keys()].filter((f) => f.startsWith('terkini/')).length / 2);
    const before = fetched.length;
    await search({ query: 'terminasi', scope: 'terkini', limit: 1 });
    expect(fetched.length).toBe(before);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it('every version reads the record files of current versions from `terkini` instead of writing them twice', async () => {
    const files = buildIndexFiles(fixtureGroups(), lexicon, { ...SPLIT, chunk: 2 });
    const terkini = JSON.parse(files.get('terkini/manifes.json')!) as { records: number };
    const semua = JSON.parse(files.get('semua/manifes.json')!) as { records: number; shared: { scope: string; chunks: number } };
    expect(semua.shared).toEqual({ scope: 'terkini', chunks: Math.floor(terkini.records / 2) });
    expect(semua.records).toBeGreaterThan(terkini.records);
    expect([...files.keys()].filter((f) => f.startsWith('semua/hasil/'))).not.toContain('semua/hasil/0.json');
    const { search, fetched } = fixtureSearch(files);
    const found = await search({ query: 'mediasi', scope: 'semua', limit: 10 });
    expect(urls(found.results)).toEqual(expect.arrayContaining(['/dokumen/sop/0.2/#mediasi', '/dokumen/sop/0.1/#mediasi']));
    expect(fetched.some((f) => f.startsWith('terkini/hasil/'))).toBe(true);
    expect(fetched.some((f) => f.startsWith('semua/hasil/'))).toBe(true);
  });

  it('finds no version of a document whose name is a word every object knows', async () => {
    const { search } = fixtureSearch();
    for (const document of ['constructor', 'toString', '__proto__'])
      expect((await search({ query: 'mediasi', scope: 'terkini', version: { document }, limit: 10 })).results).toEqual([]);
  });

  it('builds the same files from the same content, and a new version of the index from changed content', () => {
    const a = buildIndexFiles(fixtureGroups(), lexicon);
    expect(buildIndexFiles(fixtureGroups(), lexicon)).toEqual(a);
    const b = buildIndexFiles(fixtureGroups('Teks baru tentang mediasi.'), lexicon);
    const v = (files: Map<string, string>) => (JSON.parse(files.get('terkini/manifes.json')!) as { v: string }).v;
    expect(v(b)).not.toBe(v(a));
  });

  it('keeps the clause-level synonyms out of what the browser downloads', () => {
    const manifest = JSON.parse(buildIndexFiles(fixtureGroups(), lexicon).get('terkini/manifes.json')!) as { lexicon: object };
    expect(manifest.lexicon).not.toHaveProperty('clauses');
  });
});
