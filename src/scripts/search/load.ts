// Loads a search payload once per scope and builds its search function.
import { createSearch, type Search, type SearchPayload } from '../../lib/search/engine';

const loaded = new Map<string, Promise<{ search: Search; payload: SearchPayload }>>();

/** `url` of the payload JSON (current versions, or every version). */
export function loadSearch(url: string): Promise<{ search: Search; payload: SearchPayload }> {
  if (!loaded.has(url)) {
    loaded.set(
      url,
      fetch(url)
        .then((r) => (r.ok ? (r.json() as Promise<SearchPayload>) : Promise.reject(new Error(String(r.status)))))
        .then((payload) => ({ search: createSearch(payload), payload })),
    );
  }
  return loaded.get(url)!;
}
