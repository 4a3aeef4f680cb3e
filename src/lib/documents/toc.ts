export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * Nests a document's flat heading list for a table of contents, keeping only depths `from`..`to`.
 * A heading deeper than the one before it becomes its child; a jump of several levels still nests
 * one level, so no entry is lost.
 */
export function nestHeadings(headings: readonly Heading[], from = 2, to = 3): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth < from || heading.depth > to) continue;
    const entry: TocEntry = { ...heading, children: [] };
    while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(entry);
    stack.push(entry);
  }
  return root;
}
