// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { clauseAnchors } from './src/markdown/clause-anchors.ts';
import { siteLinks } from './src/markdown/site-links.ts';
import { scrollableTables } from './src/markdown/scrollable-tables.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { metaDirectives, securityHeaders } from './src/security/policy.ts';

/**
 * Astro marks each MDX entry's asset module "use astro:head-inject", a directive it handles itself; the bundler
 * warns about it once per version (a thousand warnings for a thousand documents, burying real ones). This drops
 * only that warning, in every build environment (Astro sets each environment's bundler options itself).
 */
function quietHeadInject() {
  /** @type {(warning: { code?: string; message: string }, warn: (w: unknown) => void) => void} */
  const onwarn = (warning, warn) => {
    if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
    warn(warning);
  };
  return { name: 'pedoman-quiet-head-inject', configEnvironment: () => ({ build: { rolldownOptions: { onwarn } } }) };
}

// Where the site is served: set SITE_URL (e.g. https://pedoman.example.id) and, under a sub-path, BASE_PATH.
const site = process.env.SITE_URL || `http://127.0.0.1:${process.env.PORT || 4321}`;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A build from another content tree (tests) keeps its own cache, so it never mixes with the site's.
  cacheDir: process.env.PEDOMAN_CONTENT_DIR ? 'node_modules/.cache/astro-fixture' : undefined,
  build: { format: 'directory' },
  // MDX `optimize`: the static parts of a document compile to HTML strings instead of a call per element, so a
  // thousand documents bundle, load and render faster and in less memory (the pages come out byte for byte the same).
  // Preact's JSX transform (Babel) only where JSX is: the islands (.tsx); it used to parse every .ts file too.
  // Redirect pages are written before the link check, which follows them.
  integrations: [contentGuard(), mdx({ optimize: true }), preact({ include: ['**/*.tsx'] }), redirectPages(), linkCheck(), securityHeadersFile()],
  // Astro hashes its own scripts and styles into each page's CSP; see src/security/policy.ts for the rest.
  security: { csp: { directives: [...metaDirectives] } },
  server: { headers: securityHeaders },
  vite: { plugins: [quietHeadInject()] },
  markdown: {
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [clauseAnchors, siteLinks(base), scrollableTables] }),
  },
});
