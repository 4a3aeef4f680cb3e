import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin: a wide table scrolls sideways inside its own box on a narrow screen. The box can take
 * keyboard focus and has a name, so people who do not use a mouse can scroll it too (WCAG 2.1.1). A group,
 * not a region: a page with many tables would otherwise have many landmarks of the same name.
 */
export const scrollableTables: HastPluginEntry = {
  name: 'scrollable-tables',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: 'Tabel; geser ke samping bila terpotong' },
        children: [],
      });
    },
  },
};
