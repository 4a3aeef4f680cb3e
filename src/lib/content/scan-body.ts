import { createClauseIds, DuplicateClauseIdError } from '../documents/clause-id';

/** What the content checks need from an MDX body, found line by line outside code blocks. */
export interface BodyScan {
  /** Explicit clause ids (`## Heading {#id}`), in order, with their 1-based line. */
  clauseIds: { id: string; line: number }[];
  /** Every clause's id, explicit or derived from its heading, as the pages will have them. */
  anchors: Set<string>;
  /** Every clause's id with its heading as written, in order (what a missing-clause message names). */
  headings: { id: string; heading: string }[];
  /** Links written in the body, `[text](href)` or `href="…"`, with their line. */
  links: { href: string; line: number }[];
  /** Data that components refer to by id: `<Contact id="…">`, `<Term id="…">`, `<Flow id="…">`. */
  refs: { component: ReferringComponent; id: string; line: number }[];
}

export const referringComponents = ['Contact', 'Term', 'Flow'] as const;
export type ReferringComponent = (typeof referringComponents)[number];

const REF = new RegExp(`<(${referringComponents.join('|')})\\s+id="([^"]*)"`, 'g');

const LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\bhref="([^"]+)"/g;

export function scanBody(source: string): BodyScan {
  const scan: BodyScan = { clauseIds: [], refs: [], anchors: new Set(), headings: [], links: [] };
  const ids = createClauseIds();
  let inCode = false;
  source.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) return;
    const id = text.match(/^#{1,6}\s.*\{#([^}\s]+)\}\s*$/)?.[1];
    if (id) scan.clauseIds.push({ id, line });
    const heading = text.match(/^#{2,4}\s+(.*?)\s*(?:\{#[^}\s]+\})?\s*$/)?.[1];
    if (heading) {
      try {
        const anchor = ids(heading, id);
        scan.anchors.add(anchor);
        scan.headings.push({ id: anchor, heading });
      } catch (error) {
        // A repeated explicit id is its own mistake, reported by the check that looks for it.
        if (!(error instanceof DuplicateClauseIdError)) throw error;
      }
    }
    for (const [, markdown, html] of text.matchAll(LINK)) scan.links.push({ href: (markdown ?? html)!, line });
    for (const [, component, refId] of text.matchAll(REF)) {
      scan.refs.push({ component: component as ReferringComponent, id: refId!, line });
    }
  });
  return scan;
}
