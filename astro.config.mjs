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
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { quietBuild } from './src/integrations/quiet-build.ts';
import { offlineWorker } from './src/integrations/offline-worker.ts';
import { pdfOfRecord } from './src/integrations/pdf-of-record.ts';
import { metaDirectives, securityHeaders } from './src/security/policy.ts';

// Where the site is served (SITE_URL, BASE_PATH, PORT): see site.config.mjs.
import { basePath as base, siteUrl as site } from './site.config.mjs';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A build from another content tree (tests) keeps its own cache, so it never mixes with the site's.
  cacheDir: process.env.PEDOMAN_CONTENT_DIR ? 'node_modules/.cache/astro-fixture' : undefined,
  build: { format: 'directory' },
  // PDFs of record are printed before the link check, which follows the links to them.
  integrations: [contentGuard(), mdx(), preact(), offlineWorker(), pdfOfRecord(), linkCheck(), securityHeadersFile(), quietBuild()],
  // Astro hashes its own scripts and styles into each page's CSP; see src/security/policy.ts for the rest.
  security: { csp: { directives: [...metaDirectives] } },
  server: { headers: securityHeaders },
  markdown: {
    // No document shows code; Shiki's inline styles would not pass the CSP anyway.
    syntaxHighlight: false,
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [clauseAnchors, siteLinks(base), scrollableTables] }),
  },
});
