// Search results as DOM, shared by the search dialog (options of a listbox) and the /cari/ page (links):
// both show the same list, from the same function, in the same order.
import type { DisplayResult, Segment } from '../../lib/search/display';

/** A new element with properties and children: enough DOM building for the results, without a framework. */
function el(tag: 'input', props?: Partial<HTMLInputElement>, ...children: (Node | string)[]): HTMLInputElement;
function el(tag: 'dialog', props?: Partial<HTMLDialogElement>, ...children: (Node | string)[]): HTMLDialogElement;
function el(tag: string, props?: Record<string, unknown>, ...children: (Node | string)[]): HTMLElement;
function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const marked = (pieces: Segment[]) => pieces.map(([text, mark]) => (mark ? el('mark', {}, text) : text));

/** Where a result is: its document (or part of the site), the headings it sits in, and its version when
 *  that is not the current one. */
export function whereOf(r: DisplayResult): string {
  return [r.source, r.within, r.version ? `Versi ${r.version} (bukan versi terkini)` : ''].filter(Boolean).join(' · ');
}

/** One result's visible content: the clause number and heading, where it is, then the snippet. */
export function resultBody(r: DisplayResult): Node[] {
  return [
    el('span', { className: 'result-title' }, ...marked(r.marks.title)),
    el('span', { className: 'result-where' }, whereOf(r)),
    ...(r.excerpt ? [el('span', { className: 'result-snippet' }, ...marked(r.marks.excerpt))] : []),
  ];
}

/** Results as a numbered list of links, for the /cari/ page. */
export function resultList(results: readonly DisplayResult[]): HTMLElement {
  return el('ol', { className: 'search-results' }, ...results.map((r) => el('li', {}, el('a', { href: r.url, className: 'result' }, ...resultBody(r)))));
}

export { el };
