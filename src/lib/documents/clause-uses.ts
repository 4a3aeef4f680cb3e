import type { EligibilityData } from '../../schemas/eligibility';
import type { RoutingModel } from '../../schemas/routing';
import type { ScreeningFlow } from '../../schemas/screening';
import { clauseLinkParts } from './clause-link';
import { paths } from '../paths';

/** What a clause is used by, so a reviewer sees what a change to it touches. */
export type UseGroup = 'rujukan' | 'penapisan' | 'kemitraan' | 'instrumen' | 'dokumen';

export interface ClauseUse {
  group: UseGroup;
  /** What uses it, in words: "Langkah rujukan “Lapor ke polisi”". */
  label: string;
  /** Site path (see `src/lib/paths.ts`) where that use can be seen. */
  path: string;
}

/** A citation found somewhere: the clause link as written and who wrote it. */
export interface Citing {
  /** `/dokumen/<doc>/#<clause>`. */
  href: string;
  use: ClauseUse;
}

export const groupLabel: Record<UseGroup, string> = {
  rujukan: 'Alat rujukan (penapisan dan pencari rujukan)',
  penapisan: 'Penapisan pengaduan',
  kemitraan: 'Cek kelayakan mitra',
  instrumen: 'Instrumen dokumentasi kasus',
  dokumen: 'Dokumen lain',
};

/** Every clause the routing model cites: each destination and each step, as both public tools show them. */
export function routingCitations(model: Pick<RoutingModel, 'destinations' | 'steps'>): Citing[] {
  const use = (label: string): ClauseUse => ({ group: 'rujukan', label, path: paths.finder() });
  return [
    ...model.destinations.map((d) => ({ href: d.clause, use: use(`Tujuan rujukan “${d.name}”`) })),
    ...model.steps.flatMap((s) => [
      { href: s.clause, use: use(`Langkah rujukan “${s.title}”`) },
      ...(s.guide ? [{ href: s.guide, use: use(`Langkah rujukan “${s.title}” (panduan untuk publik)`) }] : []),
    ]),
  ];
}

/** The pre-screening's own answers: what it says about KPAI's part, each citing its clauses. */
export function screeningCitations(flow: Pick<ScreeningFlow, 'kpai'>): Citing[] {
  return flow.kpai.flatMap((role) => role.clauses.map((c) => ({ href: c.href, use: { group: 'penapisan' as const, label: `Hasil penapisan “${role.verdict}”`, path: paths.screening() } })));
}

/** The eligibility self-assessment: the verdict rule, criteria, safeguarding, forms, form rules, drafts and process. */
export function eligibilityCitations(data: EligibilityData): Citing[] {
  const use = (label: string, path: string = paths.eligibility()): ClauseUse => ({ group: 'kemitraan', label, path });
  const formTitle = new Map(data.forms.map((f) => [f.id, f.title]));
  const formClause = new Map(data.forms.map((f) => [f.id, f.clause]));
  return [
    { href: data.verdictClause, use: use('Aturan penilaian kriteria (memenuhi, memenuhi dengan catatan, belum memenuhi)') },
    ...data.criteria.flatMap((c) => [
      { href: c.clause, use: use(`Kriteria “${c.title}”`) },
      ...(c.check.clause && c.check.clause !== c.clause ? [{ href: c.check.clause, use: use(`Kriteria “${c.title}”: cara KPAI memeriksa`) }] : []),
      ...(c.help?.clause ? [{ href: c.help.clause, use: use(`Kriteria “${c.title}”: bantuan yang ditawarkan`) }] : []),
    ]),
    ...data.safeguarding.flatMap((s) => s.ethics.map((href) => ({ href, use: use(`Kesiapan perlindungan anak “${s.title}”`) }))),
    ...data.forms.map((f) => ({ href: f.clause, use: use(`Bentuk kemitraan “${f.title}”`, paths.eligibilityProcess(f.id)) })),
    // A form rule chooses a form: it rests on the clause that describes that form.
    ...data.formRules.map((rule, i) => ({ href: formClause.get(rule.form)!, use: use(`Aturan pemilihan bentuk ke-${i + 1} (memilih ${formTitle.get(rule.form) ?? rule.form})`) })),
    ...data.agreements.flatMap((a) => [
      { href: a.clause, use: use(`Draf ${a.title}`) },
      ...a.sections.flatMap((s) => s.cites.map((c) => ({ href: c.clause, use: use(`Draf ${a.title}: bagian “${s.title}”`) }))),
    ]),
    ...data.process.flatMap((step) => step.cites.map((c) => ({ href: c.clause, use: use(`Tahap kemitraan “${step.title}”`, paths.eligibilityProcess((step.forms ?? data.forms.map((f) => f.id))[0]!)) }))),
  ].filter((c) => !!c.href);
}

/** A version's links to clauses of other documents, by the clause they are written in. */
export interface DocumentLinks {
  doc: string;
  title: string;
  /** Each link with the clause of the citing document it is written in. */
  links: readonly { href: string; fromClause?: string; fromHeading?: string }[];
}

/** Links between documents: a clause of one document that points at a clause of another. */
export function documentCitations(documents: readonly DocumentLinks[]): Citing[] {
  return documents.flatMap((d) =>
    d.links
      .filter((l) => clauseLinkParts(l.href) && clauseLinkParts(l.href)!.doc !== d.doc)
      .map((l) => ({
        href: l.href,
        use: { group: 'dokumen' as const, label: `${d.title}${l.fromHeading ? `, ${l.fromHeading}` : ''}`, path: `${paths.document(d.doc)}${l.fromClause ? `#${l.fromClause}` : ''}` },
      })),
  );
}

/** `doc#clause` → what uses it, each use once, grouped in the order of `groupLabel`. */
export type UsesIndex = ReadonlyMap<string, ClauseUse[]>;

export const useKey = (doc: string, clause: string) => `${doc}#${clause}`;

/**
 * The index every clause reads "dipakai oleh …" from. Pure: the site layer loads the data and hands in the
 * citations (`routingCitations`, `screeningCitations`, …); anything else that cites clauses adds its own list.
 */
export function usesIndex(citations: readonly Citing[]): UsesIndex {
  const index = new Map<string, ClauseUse[]>();
  const order = Object.keys(groupLabel);
  for (const { href, use } of citations) {
    const parts = clauseLinkParts(href);
    if (!parts) continue;
    const key = useKey(parts.doc, parts.clause);
    const list = index.get(key) ?? [];
    if (!list.some((u) => u.label === use.label && u.path === use.path)) list.push(use);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
  return index;
}
