import type { Clause } from './clauses';

const HEADING = /^#{2,4}\s/;
const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\bhref="([^"]+)"/g;

/**
 * The links written in a version's body, each with the clause it is written in (the clauses as `clausesOf` gives
 * them for the same body, in order), so "dipakai oleh" can name the citing clause, not only the document.
 *
 * @example linksByClause('### Pasal 1 {#a}\n\nLihat [UPTD PPA](/dokumen/panduan-rujukan/#uptd-ppa).', clauses)
 * // [{ href: '/dokumen/panduan-rujukan/#uptd-ppa', fromClause: 'a', fromHeading: 'Pasal 1' }]
 */
export function linksByClause(body: string, clauses: readonly Clause[]): { href: string; fromClause?: string; fromHeading?: string }[] {
  const links: { href: string; fromClause?: string; fromHeading?: string }[] = [];
  let n = -1;
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    if (inCode) continue;
    if (HEADING.test(line)) n++;
    const clause = clauses[n];
    for (const [, markdown, html] of line.matchAll(LINK)) {
      links.push({ href: (markdown ?? html)!, ...(clause ? { fromClause: clause.id, fromHeading: clause.heading } : {}) });
    }
  }
  return links;
}
