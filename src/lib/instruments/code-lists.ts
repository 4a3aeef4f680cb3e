import { slug } from 'github-slugger';
import type { Flow } from '../../schemas/flow';
import { clusters } from '../../schemas/vocabularies';
import type { VersionText } from './texts';

/** One allowed value: the code a register stores and the words a form prints. */
export interface Code {
  code: string;
  label: string;
}

/** A list of allowed values, and where the site already keeps it. */
export interface CodeList {
  id: string;
  title: string;
  /** Where the values come from, in words, for the form's basis and the data dictionary. */
  source: string;
  values: Code[];
}

/** The complaint flow whose steps are the stages of a case, and the step whose branches are the follow-up kinds. */
export const CASE_FLOW = 'alur-pengaduan';
export const FOLLOW_UP_STEP = 'penentuan-tindak-lanjut';

/**
 * Lists whose values the SOP itself enumerates in a sentence, found by the words that introduce them, so a
 * renumbered ayat still works and a reworded one stops the build instead of drifting from the text.
 */
const ENUMERATED = [
  {
    id: 'status-tahapan',
    title: 'Status tahapan',
    clause: 'pencatatan-registrasi',
    after: /status tahapan(?:,? yaitu| adalah) salah satu dari:\s*/i,
  },
  {
    id: 'saluran',
    title: 'Saluran pengaduan',
    clause: 'penerimaan',
    after: /saluran resmi KPAI, yaitu\s*/i,
    // Other ways in are recorded "dengan saluran "…"", in any clause: cases KPAI takes up from the media, reports
    // forwarded through another system.
    quoted: /dicatat (?:sebagai Pengaduan )?dengan saluran "([^"]+)"/i,
  },
] as const;

/** Lists whose values are the rows of a table in the SOP, found by the heading of the table's first column. */
const TABULATED = [{ id: 'tingkat-urgensi', title: 'Tingkat urgensi', clause: 'skala-urgensi', column: /^Tingkat$/i }] as const;

export interface CodeListProblem {
  list: string;
  reason: string;
}

/**
 * Every code list an instrument may name, each from its one source: KPAI's clusters and PKA categories from the
 * pre-screening's cluster list; stages and follow-up kinds from the complaint flow (`flows.yaml`); channels and
 * case statuses from the sentences of the SOP version that enumerate them.
 */
export function codeListsFor(sop: VersionText, flows: readonly Flow[]): { lists: Map<string, CodeList>; problems: CodeListProblem[] } {
  const problems: CodeListProblem[] = [];
  const lists: CodeList[] = [
    {
      id: 'klaster',
      title: 'Klaster',
      source: 'lima klaster data pengaduan KPAI: empat klaster Pemenuhan Hak Anak (PHA) dan Perlindungan Khusus Anak (PKA)',
      values: [
        ...entries('pha-').map(({ code, label }) => ({ code, label })),
        { code: 'pka', label: 'PKA — Perlindungan Khusus Anak' },
      ],
    },
    {
      id: 'kategori-pka',
      title: 'Kategori Perlindungan Khusus Anak',
      source: '15 bentuk Perlindungan Khusus, Pasal 59 ayat (2) Undang-Undang Nomor 35 Tahun 2014',
      values: entries('pka-').map(({ code, label }) => ({ code, label: label.replace(/^PKA — /, '') })),
    },
  ];

  const flow = flows.find((f) => f.id === CASE_FLOW);
  const branching = flow?.steps.find((s) => s.id === FOLLOW_UP_STEP);
  if (!flow || !branching) {
    const reason = `daftar tahap dan tindak lanjut dibaca dari alur "${CASE_FLOW}" dan langkah "${FOLLOW_UP_STEP}" di flows.yaml, yang tidak ada`;
    problems.push({ list: 'tahap', reason }, { list: 'tindak-lanjut', reason });
  } else {
    const labelOf = new Map(flow.steps.map((s) => [s.id, s.label]));
    lists.push(
      { id: 'tahap', title: 'Tahap', source: `langkah alur "${flow.title}"`, values: flow.steps.map((s) => ({ code: s.id, label: s.label })) },
      {
        id: 'tindak-lanjut',
        title: 'Tindak lanjut',
        source: `cabang langkah "${branching.label}" dalam alur "${flow.title}"`,
        values: branching.next.map((n) => ({ code: n.to, label: labelOf.get(n.to) ?? n.to })),
      },
    );
  }

  for (const spec of ENUMERATED) {
    const elements = sop.elements(spec.clause);
    const holder = elements.find((e) => spec.after.test(e.text));
    const clause = sop.clauses.find((c) => c.id === spec.clause);
    if (!holder || !clause) {
      problems.push({ list: spec.id, reason: `daftar kode "${spec.id}" dibaca dari kalimat di bagian "${spec.clause}" SOP versi ${sop.version}, yang tidak ditemukan` });
      continue;
    }
    const listed = enumeration(holder.text.split(spec.after)[1] ?? '');
    const everywhere = 'quoted' in spec ? sop.clauses.flatMap((c) => sop.elements(c.id)) : [];
    const quoted = 'quoted' in spec ? everywhere.flatMap((e) => [...e.text.matchAll(new RegExp(spec.quoted, 'gi'))].map((m) => m[1]!)) : [];
    lists.push({
      id: spec.id,
      title: spec.title,
      source: `SOP Layanan Pengaduan versi ${sop.version}, ${clause.number || clause.heading} ${holder.label}`,
      // One value once, though several clauses name it ("pemantauan media" in Pasal 10 and Pasal 25A of SOP 0.3).
      values: [...new Map([...listed, ...quoted].map((label) => [slug(label), { code: slug(label), label }])).values()],
    });
  }
  for (const spec of TABULATED) {
    const rows = sop.elements(spec.clause).filter((e) => e.cells && spec.column.test(Object.keys(e.cells)[0] ?? ''));
    const clause = sop.clauses.find((c) => c.id === spec.clause);
    if (!clause || rows.length === 0) {
      problems.push({ list: spec.id, reason: `daftar kode "${spec.id}" dibaca dari tabel bagian "${spec.clause}" SOP versi ${sop.version}, yang tidak ditemukan` });
      continue;
    }
    const label = (row: (typeof rows)[number]) => Object.values(row.cells!)[0]!;
    lists.push({
      id: spec.id,
      title: spec.title,
      source: `SOP Layanan Pengaduan versi ${sop.version}, ${clause.number || clause.heading} ${rows[0]!.parent ? `ayat (${rows[0]!.parent})` : ''}`.trim(),
      values: rows.map((row) => ({ code: slug(label(row)), label: label(row) })),
    });
  }
  return { lists: new Map(lists.map((l) => [l.id, l])), problems };
}

function entries(prefix: string): Code[] {
  return Object.entries(clusters)
    .filter(([code]) => code.startsWith(prefix))
    .map(([code, label]) => ({ code, label }));
}

/**
 * The items of an enumeration in a sentence, up to its full stop.
 *
 * @example enumeration('diterima, ditelaah, atau dibuka kembali. Lain.') // ['diterima', 'ditelaah', 'dibuka kembali']
 */
export function enumeration(sentence: string): string[] {
  const upToStop = sentence.split(/\.(?:\s|$)/)[0] ?? '';
  return upToStop
    .split(/,\s*/)
    .map((item) => item.replace(/^(?:dan|atau|serta)\s+/i, '').trim())
    .filter(Boolean);
}
