// A small site for the search tests: one document in two versions, a tool, three glossary terms. Built into
// index files in memory by the same code as the site, and searched through a loader that records each fetch.
import { buildIndexFiles, type SourceGroup } from '../../../src/lib/search/index-build';
import type { Lexicon } from '../../../src/lib/search/normalise';
import { clauseSources, type SearchableVersion } from '../../../src/lib/search/records';
import { createSearcher } from '../../../src/lib/search/searcher';
import { withStopwords } from '../../../src/lib/search/stopwords';
import { termSource, toolSource } from '../../../src/lib/search/sources';

export const lexicon: Lexicon = withStopwords({
  groups: [['mou', 'nota kesepahaman']],
  roots: {},
  lookup: ['apa itu', 'arti'],
  stopwords: ['arti'],
  clauses: { 'sop#mediasi': ['hak asuh'] },
});

const clause = (id: string, heading: string, text: string, parent?: string) => ({ id, depth: parent ? 3 : 2, heading, number: heading.split(' — ')[0]!, text, ...(parent ? { parent } : {}) });

const versions: SearchableVersion[] = [
  {
    label: '0.2',
    current: true,
    url: '/dokumen/sop/0.2/',
    clauses: [
      clause('tindak-lanjut', 'BAB II — Tindak Lanjut', ''),
      clause('mediasi', 'Pasal 4 — Mediasi', 'KPAI menengahi sengketa pengasuhan dan nafkah anak bila kedua pihak bersedia.', 'tindak-lanjut'),
      clause('terminasi', 'Pasal 5 — Terminasi', 'Kasus ditutup setelah mediasi selesai atau rujukan diterima lembaga tujuan.', 'tindak-lanjut'),
      clause('nota', 'Pasal 6 — Nota Kesepahaman', 'Nota kesepahaman dibuat dengan mitra untuk kerja sama jangka panjang.', 'tindak-lanjut'),
    ],
  },
  {
    label: '0.1',
    current: false,
    url: '/dokumen/sop/0.1/',
    clauses: [
      clause('mediasi', 'Pasal 3 — Mediasi', 'KPAI menengahi sengketa keluarga.'),
      clause('penyempurnaan', 'Pasal 9 — Penyempurnaan', 'Pedoman ini disempurnakan setiap tahun.'),
    ],
  },
];

export function fixtureGroups(text = versions[0]!.clauses[1]!.text): SourceGroup[] {
  const keywordsOf = (doc: string, id: string) => (lexicon.clauses?.[`${doc}#${id}`] ?? []).join(', ');
  const changed = versions.map((v, i) => (i === 0 ? { ...v, clauses: v.clauses.map((c) => (c.id === 'mediasi' ? { ...c, text } : c)) } : v));
  return [
    { kind: 'klausul', sources: changed.flatMap((v) => clauseSources({ id: 'sop', title: 'SOP Layanan Pengaduan' }, v, keywordsOf)) },
    { kind: 'alat', sources: [toolSource({ title: 'Cek ke mana melapor', text: 'Penapisan pengaduan: mediasi, rujukan, atau lapor polisi.', url: '/penapisan/' })] },
    {
      kind: 'istilah',
      sources: [
        termSource({ term: 'Mediasi', definition: 'Penyelesaian sengketa dengan penengah.', url: '/istilah/#mediasi' }),
        termSource({ term: 'Terminasi', definition: 'Penutupan kasus; mediasi atau rujukan sudah selesai.', url: '/istilah/#terminasi' }),
        termSource({ term: 'Nota Kesepahaman', expansion: 'Memorandum of Understanding (MoU)', definition: 'Naskah kerja sama umum; mediasi tidak diatur di sini.', url: '/istilah/#mou' }),
      ],
    },
  ];
}

/** The fixture's index files, and a searcher over them that lists the files it fetched. */
export function fixtureSearch(files = buildIndexFiles(fixtureGroups(), lexicon)) {
  const fetched: string[] = [];
  const search = createSearcher(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text) as unknown;
  });
  return { files, fetched, search };
}
