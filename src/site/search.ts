import { parse } from 'yaml';
import lexiconSource from '../content/search/synonyms.yaml?raw';
import { buildIndexFiles, type SourceGroup } from '../lib/search/index-build';
import type { Lexicon } from '../lib/search/normalise';
import { withStopwords } from '../lib/search/stopwords';
import { recordSources } from './search-sources';
import { searchLexicon } from '../schemas/search';

// Checked by the content guard before the build; parsed here for its defaults.
export const lexicon: Lexicon = withStopwords(searchLexicon.parse(parse(lexiconSource)));

/** What search finds, by kind, in the order of src/site/search-sources.ts: what the index is built from. */
export const searchSourceGroups = (): Promise<SourceGroup[]> => Promise.all(recordSources.map(async ({ kind, load }) => ({ kind, sources: await load(lexicon) })));

let files: Promise<Map<string, string>> | undefined;

/** Every file of the search index (see src/lib/search/index-format.ts), built once: for the dev server. A build
 *  builds and writes them on a thread of its own (src/pages/berkas-data.txt.ts). */
export function searchIndexFiles(): Promise<Map<string, string>> {
  files ??= searchSourceGroups().then((groups) => buildIndexFiles(groups, lexicon));
  return files;
}
