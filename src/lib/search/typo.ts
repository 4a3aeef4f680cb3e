import Fuse from 'fuse.js/basic';

// A typo changes a word by a letter or two: the nearest words of about the typed length, best first.
const options = { threshold: 0.34, includeScore: true, minMatchCharLength: 3 };

/**
 * The words of one word file that are nearest to a typed word, by fuse.js. Loaded only when the words as
 * typed find little, so a query without a typo never downloads fuse.js.
 *
 * @example nearestWords(['pengaduan', 'pengadilan'])('pengadaun') // ['pengaduan', …]
 */
export function nearestWords(list: readonly string[]): (word: string) => string[] {
  const fuse = new Fuse(list, options);
  return (word) =>
    fuse
      .search(word, { limit: 6 })
      .filter((r) => Math.abs(r.item.length - word.length) <= 2)
      .slice(0, 3)
      .map((r) => r.item);
}
