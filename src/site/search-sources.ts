// Everything search finds, in ONE list. To make something new searchable (for example the case documentation
// instruments at /instrumen/), add one entry: a kind and a loader that returns its records. The index keeps
// the kinds in this order, the glossary last.
import { clauseSources, type SearchSource } from '../lib/search/records';
import { instrumentSource, placeSource, termSource, toolSource, type RecordKind } from '../lib/search/sources';
import { toolTexts } from '../lib/search/tool-texts';
import type { Lexicon } from '../lib/search/normalise';
import { paths } from '../lib/paths';
import { clausesFor, loadDocuments, loadEligibility, loadGlossary, loadRoutingModel } from './corpus';
import { loadProvinceDirectories } from './referral';
import { searchableInstruments } from './instruments';
import { href } from './href';
import { readingHref } from './pages';

export interface RecordSource {
  kind: RecordKind;
  load: (lexicon: Lexicon) => Promise<SearchSource[]>;
}

export const recordSources: RecordSource[] = [
  {
    // Every clause of every version, linked where the version is read (the current one at the document's own
    // address, not through its redirect); a clause's own synonyms come from synonyms.yaml (`clauses`).
    kind: 'klausul',
    load: async (lexicon) => {
      const keywordsOf = (document: string, clause: string) => (lexicon.clauses?.[`${document}#${clause}`] ?? []).join(', ');
      const documents = await loadDocuments();
      const perVersion = await Promise.all(
        documents.flatMap((doc) =>
          doc.versions.map(async (v) =>
            clauseSources(doc, { label: v.version, current: v === doc.current, url: readingHref(doc, v.version), clauses: await clausesFor(v) }, keywordsOf),
          ),
        ),
      );
      return perVersion.flat();
    },
  },
  {
    kind: 'alat',
    load: async () => {
      const [routing, eligibility] = await Promise.all([loadRoutingModel(), loadEligibility()]);
      return [
        toolSource({ title: toolTexts.screening.title, url: href(paths.screening()), text: [toolTexts.screening.text, ...routing.questions.map((q) => q.title)].join(' ') }),
        toolSource({ title: toolTexts.finder.title, url: href(paths.finder()), text: [toolTexts.finder.text, ...routing.questions.flatMap((q) => q.options.map((o) => o.label))].join(' ') }),
        toolSource({ title: toolTexts.eligibility.title, url: href(paths.eligibility()), text: [toolTexts.eligibility.text, ...eligibility.criteria.map((c) => `${c.title}. ${c.question}`)].join(' ') }),
      ];
    },
  },
  {
    kind: 'layanan',
    load: async () =>
      (await loadProvinceDirectories()).map((p) => placeSource({ name: p.name, regencies: p.regencies.length, services: p.directory.services, url: href(paths.provinceServices(p.slug)) })),
  },
  {
    // The case documentation instruments: each current form, by its title, purpose and field labels.
    kind: 'instrumen',
    load: async () => (await searchableInstruments()).map(instrumentSource),
  },
  {
    kind: 'istilah',
    load: async () =>
      (await loadGlossary()).map((t) => termSource({ term: t.term, ...(t.expansion ? { expansion: t.expansion } : {}), definition: t.definition, url: href(`${paths.glossary()}#${t.id}`) })),
  },
];
