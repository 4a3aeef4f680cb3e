import { slug } from 'github-slugger';

/**
 * Numbering that authors put in front of a heading ("BAB II —", "Pasal 4.", "3.2", "a.", "(1)").
 * It changes when clauses are re-ordered, so it never takes part in a clause id.
 */
const NUMBERING =
  /^\s*(?:(?:bab|bagian|pasal|paragraf|lampiran)\s+[0-9ivxlcdm]+[a-z]?|\(?[0-9]+(?:\.[0-9]+)*\.?\)?|\(?[a-z]\)|[a-z]\.)\s*[—–:.\-]?\s*/i;

/** The number an author gave a clause ("Pasal 4", "3.2"), for citations; empty when there is none. */
export function clauseNumber(headingText: string): string {
  const match = headingText.match(NUMBERING);
  return match ? match[0].replace(/[\s—–:\-]+$/, '').replace(/\.$/, '').trim() : '';
}

/** The heading without its number ("Pasal 13 — Penelaahan" → "Penelaahan"): what renumbering leaves alone. */
export function clauseTitle(headingText: string): string {
  const number = clauseNumber(headingText);
  return number ? headingText.slice(headingText.indexOf(number) + number.length).replace(/^[\s—–:.\-]+/, '') : headingText;
}

/**
 * The id a clause gets when its author set none: the slug of its heading without the numbering,
 * so "3.2 Penelaahan Pengaduan" and, after re-ordering, "4.1 Penelaahan Pengaduan" share `penelaahan-pengaduan`.
 *
 * @example deriveClauseId('BAB II — Alur Layanan') // 'alur-layanan'
 */
export function deriveClauseId(headingText: string): string {
  const withoutNumber = headingText.replace(NUMBERING, '');
  const id = slug(withoutNumber.trim() || headingText).replace(/^-+|-+$/g, '');
  return id || 'bagian';
}

export class DuplicateClauseIdError extends Error {
  readonly id: string;
  constructor(id: string) {
    super(`id klausul "${id}" dipakai lebih dari sekali dalam versi yang sama`);
    this.id = id;
  }
}

/**
 * Hands out the clause ids of one version in document order. An explicit id is kept as written and must be
 * unique; a derived id that collides gets a suffix (-2, -3, …), as GitHub does for repeated headings.
 */
export function createClauseIds(): (headingText: string, explicitId?: string) => string {
  const used = new Set<string>();
  return (headingText, explicitId) => {
    if (explicitId) {
      if (used.has(explicitId)) throw new DuplicateClauseIdError(explicitId);
      used.add(explicitId);
      return explicitId;
    }
    const base = deriveClauseId(headingText);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
