// The site's search payload built in Node from the content files, with the same code the build uses, so the
// relevance set and the benchmark measure what readers get.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { clausesOf } from '../../src/lib/documents/clauses';
import { currentVersion, newestFirst } from '../../src/lib/documents/versions';
import { buildPayload } from '../../src/lib/search/engine';
import type { Lexicon } from '../../src/lib/search/normalise';
import { allSources } from '../../src/lib/search/sources';
import { toolTexts } from '../../src/lib/search/tool-texts';
import { directoryOf } from '../../src/lib/routing/place';
import { regionalService } from '../../src/schemas/service';
import { loadRegions } from '../../src/site/regions';

const content = join(import.meta.dirname, '../../src/content');
const yaml = (file: string) => parse(readFileSync(join(content, file), 'utf8'));

export const lexicon = yaml('search/synonyms.yaml') as Lexicon;

const services = regionalService.array().parse(yaml('services/regional.yaml'));
const places = (await loadRegions()).map((p) => ({
  name: p.name,
  regencies: p.regencies.map((r) => r.name),
  services: directoryOf(p, services).services,
  url: `/layanan/${p.slug}/`,
}));

export function siteSources() {
  const registry = yaml('documents.yaml') as { id: string; title: string }[];
  const terms = yaml('glossary.yaml') as { id: string; term: string; expansion?: string; definition: string }[];
  const names = new Map<string, string>([
    ...(yaml('contacts.yaml') as { id: string; name: string }[]).map((c): [string, string] => [`Contact:${c.id}`, `[Kartu kontak: ${c.name}]`]),
    ...terms.map((t): [string, string] => [`Term:${t.id}`, t.term]),
  ]);
  const documents = registry.map((doc) => {
    const versions = readdirSync(join(content, 'documents', doc.id)).map((file) => {
      const source = readFileSync(join(content, 'documents', doc.id, file), 'utf8');
      const [, frontmatter, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      const fm = parse(frontmatter!) as { version: string; status: 'draf' };
      return { version: fm.version, status: fm.status, body: body! };
    });
    const current = currentVersion(versions);
    return {
      title: doc.title,
      versions: newestFirst(versions).map((v) => ({
        label: v.version,
        current: v === current,
        url: `/dokumen/${doc.id}/${v.version}/`,
        clauses: clausesOf(v.body, (component, id) => names.get(`${component}:${id}`) ?? id),
      })),
    };
  });
  return allSources(documents, {
    tools: [
      { ...toolTexts.screening, url: '/penapisan/' },
      { ...toolTexts.finder, url: '/cari-rujukan/' },
      { ...toolTexts.eligibility, url: '/cek-mitra/' },
    ],
    terms: terms.map((t) => ({ term: t.term, ...(t.expansion ? { expansion: t.expansion } : {}), definition: t.definition, url: `/istilah/#${t.id}` })),
    places,
  });
}

export const currentPayload = () => buildPayload(siteSources().filter((s) => s.record.current), lexicon);
