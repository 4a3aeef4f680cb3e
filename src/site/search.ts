import { parse } from 'yaml';
import lexiconSource from '../content/search/synonyms.yaml?raw';
import { buildPayload, type SearchPayload } from '../lib/search/engine';
import type { Lexicon } from '../lib/search/normalise';
import { allSources } from '../lib/search/sources';
import { paths } from '../lib/paths';
import { clausesFor, loadDocuments, loadEligibility, loadGlossary, loadScreeningFlow } from './corpus';
import { href } from './href';

export const lexicon = parse(lexiconSource) as Lexicon;

let payloads: Promise<{ current: SearchPayload; all: SearchPayload }> | undefined;

/** The two search payloads: current versions (loaded when search opens) and every version (loaded on request). */
export function searchPayloads(): Promise<{ current: SearchPayload; all: SearchPayload }> {
  payloads ??= buildPayloads();
  return payloads;
}

async function buildPayloads(): Promise<{ current: SearchPayload; all: SearchPayload }> {
  const [documents, glossary, flow, eligibility] = await Promise.all([loadDocuments(), loadGlossary(), loadScreeningFlow(), loadEligibility()]);
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
      { title: 'Cek ke mana melapor', url: href(paths.screening()), text: ['Penapisan pengaduan: apakah ini untuk KPAI, seberapa mendesak, apa yang perlu disiapkan.', ...flow.nodes.map((n) => n.title)].join(' ') },
      { title: 'Cek kelayakan mitra', url: href(paths.eligibility()), text: ['Penilaian mandiri calon mitra KPAI: kriteria, bentuk kemitraan, dokumen.', ...eligibility.criteria.map((c) => `${c.title}. ${c.question}`)].join(' ') },
    ],
    terms: glossary.map((t) => ({ term: t.term, ...(t.expansion ? { expansion: t.expansion } : {}), definition: t.definition, url: href(`${paths.glossary()}#${t.id}`) })),
  };
  const sources = allSources(searchable, extras);
  return { current: buildPayload(sources.filter((s) => s.record.current), lexicon), all: buildPayload(sources, lexicon) };
}
