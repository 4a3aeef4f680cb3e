import { LineCounter, parseDocument } from 'yaml';

/**
 * Where each value of a YAML text starts, by its path in the data: `lineFinder(text)(['sections', 1, 'fields', 0,
 * 'kind'])` is the line of that field's kind, or of its nearest parent that is written (for a missing field).
 */
export function lineFinder(text: string): (path: readonly PropertyKey[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}
