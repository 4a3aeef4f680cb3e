// Search results as DOM, shared by the search dialog (as an ARIA listbox) and the /cari/ page (as links).
import type { Hit } from '../../lib/search/engine';
import { stem, words, type Lexicon } from '../../lib/search/normalise';

/** Text with the words whose root matched wrapped in <mark>. */
export function highlighted(text: string, matched: readonly string[], lexicon: Lexicon): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const roots = new Set(matched);
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    const word = words(piece)[0];
    if (word && roots.has(stem(word, lexicon))) fragment.append(Object.assign(document.createElement('mark'), { textContent: piece }));
    else fragment.append(piece);
  }
  return fragment;
}

/** Hits grouped by document (or part of the site), in the order of their best hit. */
export function grouped(hits: readonly Hit[]): [string, Hit[]][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.record.group, [...(groups.get(hit.record.group) ?? []), hit]);
  return [...groups];
}

/** A new element with properties and children: enough DOM building for the results, without a framework. */
function el(tag: 'input', props?: Partial<HTMLInputElement>, ...children: (Node | string)[]): HTMLInputElement;
function el(tag: 'dialog', props?: Partial<HTMLDialogElement>, ...children: (Node | string)[]): HTMLDialogElement;
function el(tag: string, props?: Record<string, unknown>, ...children: (Node | string)[]): HTMLElement;
function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** One result's visible content: where it is, then the snippet. */
export function resultBody(hit: Hit, lexicon: Lexicon): Node[] {
  const where = [hit.record.version].filter(Boolean).join('');
  return [
    el('span', { className: 'result-title' }, highlighted(hit.record.title, hit.matched, lexicon)),
    ...(where ? [el('span', { className: 'result-version' }, ` · ${where}`)] : []),
    el('span', { className: 'result-snippet' }, highlighted(hit.record.excerpt, hit.matched, lexicon)),
  ];
}

/** Results as groups of links, for the /cari/ page. */
export function resultList(hits: readonly Hit[], lexicon: Lexicon): HTMLElement {
  const list = el('div', { className: 'search-results' });
  for (const [group, groupHits] of grouped(hits)) {
    list.append(
      el('h2', { className: 'result-group' }, group),
      el('ul', {}, ...groupHits.map((hit) => el('li', {}, el('a', { href: hit.record.url, className: 'result' }, ...resultBody(hit, lexicon))))),
    );
  }
  return list;
}

export { el };
