import { stopwords } from '@orama/stopwords/indonesian';
import type { Lexicon } from './normalise';

/**
 * The lexicon with the standard Indonesian stopwords (@orama/stopwords) added to its own. Done when the
 * index is built: the browser receives the whole list in the manifest, and its code carries none.
 */
export function withStopwords(lexicon: Lexicon): Lexicon {
  return { ...lexicon, stopwords: [...new Set([...stopwords, ...(lexicon.stopwords ?? [])])] };
}
