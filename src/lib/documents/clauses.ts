import { clauseNumber, createClauseIds } from './clause-id';

/** One clause of a version: a heading and the text up to the next heading, as plain text for comparing. */
export interface Clause {
  id: string;
  depth: number;
  /** The heading as written, with its number ("Pasal 13 — Penelaahan"). */
  heading: string;
  /** The author's number ("Pasal 13"), empty when there is none. */
  number: string;
  /** The id of the clause this one sits in (the BAB of a Pasal), if any. */
  parent?: string;
  /** The clause's own text, without its heading, paragraphs separated by blank lines. */
  text: string;
}

/** How a component that refers to data reads in plain text, e.g. `<Contact id="kpai" />` → "[Kontak: Pengaduan KPAI]". */
export type RefLabel = (component: string, id: string) => string;

const defaultLabel: RefLabel = (component, id) => `[${component}: ${id}]`;

/**
 * Splits an MDX body into clauses at its level 2–4 headings, the same headings (and so the same ids) the
 * renderer gives anchors. Markup is reduced to the words a reader sees, so a comparison shows changes
 * in wording rather than in syntax.
 */
export function clausesOf(body: string, label: RefLabel = defaultLabel): Clause[] {
  const nextId = createClauseIds();
  const clauses: Clause[] = [];
  const open: Clause[] = [];
  for (const section of headingSections(body)) {
    const text = plainText(section.heading, label);
    const clause: Clause = { id: nextId(text, section.explicitId), depth: section.depth, heading: text, number: clauseNumber(text), text: plainText(section.lines.join('\n'), label) };
    while (open.length > 0 && open.at(-1)!.depth >= clause.depth) open.pop();
    if (open.at(-1)) clause.parent = open.at(-1)!.id;
    clauses.push(clause);
    open.push(clause);
  }
  return clauses;
}

/**
 * Each clause's own MDX source, with the same ids as `clausesOf`: for readers that need the structure plain
 * text loses (which numbered list is a `<Steps>` procedure, where a table starts).
 */
export function clauseSources(body: string): { id: string; source: string }[] {
  const nextId = createClauseIds();
  return headingSections(body).map((s) => ({ id: nextId(plainText(s.heading), s.explicitId), source: s.lines.join('\n') }));
}

interface HeadingSection {
  depth: number;
  heading: string;
  explicitId?: string;
  lines: string[];
}

/** The body cut at its level 2–4 headings outside code blocks; what comes before the first heading is dropped. */
function headingSections(body: string): HeadingSection[] {
  const sections: HeadingSection[] = [];
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const heading = inCode ? null : line.match(/^(#{2,4})\s+(.*?)\s*(?:\{#([^}\s]+)\})?\s*$/);
    if (heading) sections.push({ depth: heading[1]!.length, heading: heading[2]!, ...(heading[3] ? { explicitId: heading[3] } : {}), lines: [] });
    else sections.at(-1)?.lines.push(line);
  }
  return sections;
}

/** Markdown and MDX reduced to what a reader sees, paragraphs separated by one blank line. */
export function plainText(markdown: string, label: RefLabel = defaultLabel): string {
  return markdown
    .replace(/<(\w+)\s+id="([^"]*)"[^>]*?\/>/g, (_, component: string, id: string) => label(component, id))
    .replace(/<Callout\s+type="(\w+)"\s*>/g, (_, type: string) => `${type.charAt(0).toUpperCase()}${type.slice(1)}:`)
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}.*(?:\n|$)/gm, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Clauses read back from JSON (a version's `klausul.json`), checked field by field so a damaged or foreign
 * file fails with a message instead of drawing a wrong comparison. Kept free of zod: it runs in the browser.
 */
export function parseClauses(json: unknown): Clause[] {
  if (!Array.isArray(json)) throw new TypeError('daftar klausul harus berupa larik');
  return json.map((item: unknown, i) => {
    const c = item as Record<string, unknown>;
    const ok =
      c !== null &&
      typeof c === 'object' &&
      typeof c.id === 'string' &&
      typeof c.depth === 'number' &&
      typeof c.heading === 'string' &&
      typeof c.number === 'string' &&
      typeof c.text === 'string' &&
      (c.parent === undefined || typeof c.parent === 'string');
    if (!ok) throw new TypeError(`klausul ke-${i + 1} tidak lengkap`);
    return c as unknown as Clause;
  });
}
