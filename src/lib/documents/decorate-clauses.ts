/** What is added around the clause headings of a rendered version, by clause id. Values are HTML, already escaped. */
export interface ClauseDecorations {
  /** Old ids that now stand at this clause: each becomes an anchor just before its heading, so old links land here. */
  aliases?: ReadonlyMap<string, readonly string[]>;
  /** HTML put right after the clause's heading (what cites it). */
  after?: ReadonlyMap<string, string>;
  /** Attributes added to the clause's own link (its citation menu reads them), names without `data-`. */
  data?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

// The heading block written by src/markdown/clause-anchors.ts: a div with the heading and the clause's own link.
const HEADING_BLOCK = /<div class="clause-heading"><h([2-4]) id="([^"]+)"[\s\S]*?<\/div>/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * Adds to a version's rendered HTML, at each clause heading, what only the whole site knows: the old ids that
 * now land there, what cites the clause, and where its history is. Works on the HTML the Markdown pipeline wrote,
 * so the text is rendered once and the same everywhere.
 */
export function decorateClauses(html: string, { aliases, after, data }: ClauseDecorations): string {
  return html.replace(HEADING_BLOCK, (block, _depth: string, id: string) => {
    const anchors = (aliases?.get(id) ?? []).map((old) => `<span id="${escapeHtml(old)}" class="clause-alias"></span>`).join('');
    const attributes = Object.entries(data?.get(id) ?? {})
      .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
      .join('');
    const withData = attributes ? block.replace(`data-clause="${id}"`, `data-clause="${id}"${attributes}`) : block;
    return `${anchors}${withData}${after?.get(id) ?? ''}`;
  });
}
