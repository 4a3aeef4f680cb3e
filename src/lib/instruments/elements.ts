import { slug } from 'github-slugger';
import { plainText } from '../documents/clauses';

/**
 * One citable part of a clause: an ayat "(2)", a letter "a." or a numbered item in it, or a row of a table.
 * Instruments cite these, so a form's field can say exactly which words of the SOP require it.
 */
export interface ClauseElement {
  /** Within its clause: "2" (ayat), "2.a" (huruf), "2.3" (angka or langkah), "2.penerimaan" (a table row), "a". */
  id: string;
  /** As a citation says it: "ayat (2) huruf a", "ayat (2) langkah 3", "ayat (2) unsur “Penerimaan”". */
  label: string;
  /** What it says, as plain text. */
  text: string;
  /** What it says as written, Markdown kept (for the links in it). */
  source: string;
  /** The ayat it sits in. */
  parent?: string;
  /** A table row's cells, by column heading, as written (Markdown kept, for the links in them). */
  cells?: Record<string, string>;
}

/**
 * The elements of one clause, read from its MDX source (see `clauseSources`): ayat, the lettered and numbered
 * items and table rows in them. Numbered items inside `<Steps>` are "langkah", elsewhere "angka".
 *
 * @example elementsOf('(2) Memuat:\n\na. nama;\n\nb. usia.').map((e) => e.id) // ['2', '2.a', '2.b']
 */
export function elementsOf(source: string): ClauseElement[] {
  const elements: ClauseElement[] = [];
  const used = new Set<string>();
  let ayat: string | undefined;
  let inSteps = false;
  let header: string[] | undefined;
  const add = (key: string, label: string, source: string, cells?: Record<string, string>) => {
    const inAyat = ayat !== undefined && key !== `(${ayat})`;
    const base = key === `(${ayat})` ? ayat! : inAyat ? `${ayat}.${key}` : key;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    elements.push({ id, label: inAyat ? `ayat (${ayat}) ${label}` : label, text: plainText(source), source, ...(inAyat ? { parent: ayat } : {}), ...(cells ? { cells } : {}) });
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    // A quotation belongs to the element that introduces it ("Petugas menyampaikan:" and the words to say).
    const quoted = line.match(/^>\s?(.*)$/);
    const last = elements.at(-1);
    if (quoted && last) {
      last.source = `${last.source}\n${quoted[1]}`;
      last.text = plainText(last.source.replace(/\n/g, ' '));
      continue;
    }
    if (!line.startsWith('|')) header = undefined;
    if (/^<Steps>/.test(line)) inSteps = true;
    if (/^<\/Steps>/.test(line)) inSteps = false;
    const ayatMatch = line.match(/^\((\d+)\)\s+(.*)$/);
    if (ayatMatch) {
      ayat = ayatMatch[1]!;
      add(`(${ayat})`, `ayat (${ayat})`, ayatMatch[2]!);
      continue;
    }
    const letter = line.match(/^([a-z])\.\s+(.*)$/);
    if (letter) {
      add(letter[1]!, `huruf ${letter[1]}`, letter[2]!);
      continue;
    }
    const numbered = line.match(/^(\d+)\.\s+(.*)$/);
    if (numbered) {
      add(numbered[1]!, `${inSteps ? 'langkah' : 'angka'} ${numbered[1]}`, numbered[2]!);
      continue;
    }
    if (line.startsWith('|')) {
      const cells = tableCells(line);
      if (!header) header = cells;
      else if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) {
        const first = plainText(cells[0] ?? '');
        const byColumn = Object.fromEntries(header.map((h, i) => [plainText(h), cells[i] ?? '']));
        add(slug(first) || 'baris', `${plainText(header[0] ?? 'baris').toLowerCase()} “${first}”`, `${cells[0] ?? ''}: ${cells.slice(1).join('; ')}`, byColumn);
      }
    }
  }
  return elements;
}

/** The cells of a Markdown table row, without the outer pipes. */
function tableCells(line: string): string[] {
  return line
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim());
}

/**
 * What citing an element asks of a form: its own items when it has any (an ayat's rows, letters or steps), else
 * the element itself. With no element, every element of the clause that has no items of its own.
 */
export function requiredParts(elements: readonly ClauseElement[], elementId?: string): ClauseElement[] {
  const hasItems = (id: string) => elements.some((e) => e.parent === id);
  if (elementId === undefined) return elements.filter((e) => !hasItems(e.id));
  const own = elements.filter((e) => e.parent === elementId);
  if (own.length > 0) return own;
  const self = elements.find((e) => e.id === elementId);
  return self ? [self] : [];
}
