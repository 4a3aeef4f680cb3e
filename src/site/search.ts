import { parse } from 'yaml';
import lexiconSource from '../content/search/synonyms.yaml?raw';
import { buildIndexFiles } from '../lib/search/index-build';
import type { Lexicon } from '../lib/search/normalise';
import { withStopwords } from '../lib/search/stopwords';
import { recordSources } from './search-sources';
import { searchLexicon } from '../schemas/search';

// Checked by the content guard before the build; parsed here for its defaults.
export const lexicon: Lexicon = withStopwords(searchLexicon.parse(parse(lexiconSource)));

let files: Promise<Map<string, string>> | undefined;

/** Every file of the search index (see src/lib/search/index-format.ts), built once per build. */
export function searchIndexFiles(): Promise<Map<string, string>> {
  files ??= Promise.all(recordSources.map(async ({ kind, load }) => ({ kind, sources: await load(lexicon) }))).then((groups) => buildIndexFiles(groups, lexicon));
  return files;
}
