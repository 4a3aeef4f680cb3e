import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * Where a field named in a content error is written in a YAML file, so the message can say the line: a field
 * as the checks name it — `kpai.channels[0].source`, `butir ke-3.summary`, `routes[0].when` — is followed into
 * the file, the first part being an entry's id (or "butir ke-N") when the file is a list. A field the file does
 * not have (a missing one) is placed at the deepest part that is there. `lineOffset` counts lines before the
 * text, for frontmatter inside an MDX file.
 */
export function locateField(text: string, field: string, lineOffset = 0): { line: number; column: number } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) return undefined;
  let node = doc.contents as Node | null;
  let found: Node | null = null;
  const parts = field.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  for (let index = 0; index < parts.length && node; index++) {
    const part = parts[index]!;
    let next: unknown;
    if (isSeq(node)) {
      const n = part.match(/^\[(\d+)\]$/) ?? (index === 0 ? part.match(/^butir ke-(\d+)$/) : null);
      next = n ? node.items[Number(n[1]) - (part.startsWith('butir') ? 1 : 0)] : node.items.find((item) => isMap(item) && item.get('id') === part);
    } else if (isMap(node)) {
      next = node.get(part.replace(/^\[|\]$/g, ''), true);
    }
    if (!next || typeof next !== 'object') break;
    node = next as Node;
    found = node;
  }
  const at = found?.range?.[0];
  if (at === undefined) return undefined;
  const { line, col } = lines.linePos(at);
  return { line: line + lineOffset, column: col };
}
