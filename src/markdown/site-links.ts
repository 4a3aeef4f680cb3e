import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin: authors link within the site by its own paths (`/dokumen/panduan-rujukan/#uptd-ppa`);
 * this puts them under the configured base path so the same text works at a domain's root or in a sub-folder.
 */
export function siteLinks(base: string): HastPluginEntry {
  const prefix = base.replace(/\/?$/, '/');
  return {
    name: 'site-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const target = node.properties?.href;
        if (prefix === '/' || typeof target !== 'string' || !target.startsWith('/') || target.startsWith('//')) return;
        ctx.setProperty(node, 'href', `${prefix}${target.slice(1)}`);
      },
    },
  };
}
