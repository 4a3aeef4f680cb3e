/** How many documents a list on every page (a reading page's sidebar, a door of the home page) names at most. */
export const FEW = 8;

/**
 * The documents a list that must not grow with the site names: all of them while there are at most `limit`;
 * beyond that, the first in the registry's order, always with the `active` one (the document being read) in
 * the last place, and a count of the rest, which the full, filterable list at `/dokumen/` shows.
 *
 * @example firstFew(tenDocs, 3, 'doc-9') // { shown: [doc-1, doc-2, doc-9], more: 7 }
 */
export function firstFew<T extends { id: string }>(documents: readonly T[], limit = FEW, active?: string): { shown: T[]; more: number } {
  if (documents.length <= limit) return { shown: [...documents], more: 0 };
  const first = documents.slice(0, limit);
  const reading = active === undefined || first.some((doc) => doc.id === active) ? undefined : documents.find((doc) => doc.id === active);
  if (reading) first.splice(limit - 1, 1, reading);
  return { shown: first, more: documents.length - limit };
}
