/**
 * The document and clause a clause link names: `/dokumen/panduan-rujukan/#uptd-ppa` → `{ doc: 'panduan-rujukan',
 * clause: 'uptd-ppa' }`; anything else → undefined.
 */
export function clauseLinkParts(href: string): { doc: string; clause: string } | undefined {
  const [, doc, clause] = href.match(/^\/dokumen\/([^/]+)\/#(.+)$/) ?? [];
  return doc && clause ? { doc, clause } : undefined;
}
