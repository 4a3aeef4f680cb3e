import { parse } from 'yaml';
import lexiconSource from '../content/search/synonyms.yaml?raw';
import { buildPayload, type SearchPayload } from '../lib/search/engine';
import type { Lexicon } from '../lib/search/normalise';
import { allSources } from '../lib/search/sources';
import { toolTexts } from '../lib/search/tool-texts';
import { paths } from '../lib/paths';
import { clausesFor, loadDocuments, loadEligibility, loadGlossary, loadRoutingModel } from './corpus';
import { loadProvinceDirectories } from './referral';
import { href } from './href';

export const lexicon = parse(lexiconSource) as Lexicon;

let payloads: Promise<{ current: SearchPayload; all: SearchPayload }> | undefined;

/** The two search payloads: current versions (loaded when search opens) and every version (loaded on request). */
export function searchPayloads(): Promise<{ current: SearchPayload; all: SearchPayload }> {
  payloads ??= buildPayloads();
  return payloads;
}

async function buildPayloads(): Promise<{ current: SearchPayload; all: SearchPayload }> {
  const [documents, glossary, routing, eligibility, provinces] = await Promise.all([loadDocuments(), loadGlossary(), loadRoutingModel(), loadEligibility(), loadProvinceDirectories()]);
  const searchable = await Promise.all(
    documents.map(async (doc) => ({
      title: doc.title,
      versions: await Promise.all(
        doc.versions.map(async (v) => ({ label: v.version, current: v === doc.current, url: href(paths.version(doc.id, v.version)), clauses: await clausesFor(v) })),
      ),
    })),
  );
  const extras = {
    tools: [
      { title: toolTexts.screening.title, url: href(paths.screening()), text: [toolTexts.screening.text, ...routing.questions.map((q) => q.title)].join(' ') },
      { title: toolTexts.finder.title, url: href(paths.finder()), text: [toolTexts.finder.text, ...routing.questions.flatMap((q) => q.options.map((o) => o.label))].join(' ') },
      { title: toolTexts.eligibility.title, url: href(paths.eligibility()), text: [toolTexts.eligibility.text, ...eligibility.criteria.map((c) => `${c.title}. ${c.question}`)].join(' ') },
    ],
    terms: glossary.map((t) => ({ term: t.term, ...(t.expansion ? { expansion: t.expansion } : {}), definition: t.definition, url: href(`${paths.glossary()}#${t.id}`) })),
    places: provinces.map((p) => ({ name: p.name, regencies: p.regencies.map((r) => r.name), services: p.directory.services, url: href(paths.provinceServices(p.slug)) })),
  };
  const sources = allSources(searchable, extras);
  return { current: buildPayload(sources.filter((s) => s.record.current), lexicon), all: buildPayload(sources, lexicon) };
}
