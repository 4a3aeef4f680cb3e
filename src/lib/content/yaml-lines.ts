import { LineCounter, parseDocument } from 'yaml';

/** A YAML file's data, with the line each value starts on, so an error can say where to look. */
export interface YamlWithLines {
  data: unknown;
  /** The 1-based line of the value at `path`, or of its nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The parser's first error, in its own words, with its line. */
  error?: { line: number; message: string };
}

export function parseWithLines(text: string): YamlWithLines {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const first = doc.errors[0];
  if (first) return { data: undefined, lineOf, error: { line: lineCounter.linePos(first.pos[0]).line, message: first.message.split('\n')[0]! } };
  return { data: doc.toJS(), lineOf };
}
