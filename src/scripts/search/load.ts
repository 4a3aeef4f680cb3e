// One searcher per page, over the index files fetched from the site (src/lib/search/searcher.ts). The
// manifest is checked with the server each time the page first needs it; every other file is named with
// the manifest's version, so a browser never mixes the files of two builds.
import { createSearcher } from '../../lib/search/searcher';

let searcher: ReturnType<typeof createSearcher> | undefined;

/** `base`: the address of the index folder (`…/cari/indeks/`). */
export function searcherAt(base: string): ReturnType<typeof createSearcher> {
  searcher ??= createSearcher((path, v) =>
    fetch(`${base}${path}${v ? `?v=${v}` : ''}`, v ? {} : { cache: 'no-cache' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))),
  );
  return searcher;
}
