import type { HastPluginEntry } from 'satteri';
import { createClauseIds } from '../lib/documents/clause-id';

export const CLAUSE_LEVELS = ['h2', 'h3', 'h4'];

/**
 * Sätteri hast plugin: gives every clause heading its stable id (the author's `{#id}` or one derived from the
 * heading) and puts a link to it beside the heading. Runs before Astro's own heading-id plugin, which keeps
 * an id that is already set, so the table of contents uses the same ids.
 */
export const clauseAnchors: HastPluginEntry = () => {
  const nextId = createClauseIds();
  return {
    name: 'clause-anchors',
    element: {
      filter: CLAUSE_LEVELS,
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const explicit = typeof node.properties?.id === 'string' ? node.properties.id : undefined;
        const id = nextId(text, explicit);
        ctx.setProperty(node, 'id', id);
        const link = {
          type: 'element' as const,
          tagName: 'a',
          properties: { className: ['clause-link'], href: `#${id}`, dataClause: id },
          children: [
            { type: 'element' as const, tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text' as const, value: '#' }] },
            { type: 'element' as const, tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text' as const, value: `Tautan ke bagian: ${text}` }] },
          ],
        };
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['clause-heading'] }, children: [link] });
      },
    },
  };
};
