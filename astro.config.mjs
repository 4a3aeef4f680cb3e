// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { resolveTsImports } from './scripts/ts-imports.mjs';

// The site's own modules are imported once Node can resolve their extensionless imports (scripts/ts-imports.mjs
// says why): Astro then loads this file with Node alone, instead of starting a Vite server for it.
resolveTsImports();
const [
  { clauseAnchors },
  { siteLinks },
  { scrollableTables },
  { contentGuard },
  { linkCheck },
  { redirectPages },
  { dataFiles },
  { securityHeadersFile },
  { quietBuild },
  { offlineWorker },
  { pdfOfRecord },
  { metaDirectives, securityHeaders },
] = await Promise.all([
  import('./src/markdown/clause-anchors.ts'),
  import('./src/markdown/site-links.ts'),
  import('./src/markdown/scrollable-tables.ts'),
  import('./src/integrations/content-guard.ts'),
  import('./src/integrations/link-check.ts'),
  import('./src/integrations/redirect-pages.ts'),
  import('./src/integrations/data-files.ts'),
  import('./src/integrations/security-headers.ts'),
  import('./src/integrations/quiet-build.ts'),
  import('./src/integrations/offline-worker.ts'),
  import('./src/integrations/pdf-of-record.ts'),
  import('./src/security/policy.ts'),
]);

// Where the site is served (SITE_URL, BASE_PATH, PORT): see site.config.mjs.
import { basePath as base, siteUrl as site } from './site.config.mjs';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // A build from another content tree (tests) keeps its own cache, so it never mixes with the site's.
  cacheDir: process.env.PEDOMAN_CONTENT_DIR ? 'node_modules/.cache/astro-fixture' : undefined,
  // Two pages at a time: while one page's folder and file are written (Astro awaits both before the next page),
  // the next one renders. Three alternating pairs of 1,000-document builds: 0.3-0.8 s faster each time.
  build: { format: 'directory', concurrency: 2 },
  // The browser bundles load their on-demand chunks with a plain import(): Vite's module-preload helper weighed
  // 0.9 KB gzip on every page, almost half a reading page's JavaScript budget, to preload the chunks of a search
  // dialog that loads on demand anyway (and fill mode's chunks into every blank instrument form). With module preloading off, the helper is never given anything to preload
  // (the site's CSS is in each page's own <link>), so a one-line helper does the same job.
  vite: {
    // The build's own bundle (the prerender environment, used only to write the pages and then deleted) puts the
    // documents in a few chunks of up to 8 MB, instead of two modules per version file (the MDX and Astro's
    // wrapper, `?astroPropagatedAssets`, each loaded with its own import()). At 1,000 documents that is 129 files
    // to write, load and delete instead of about 1,150; three alternating pairs of builds took 17.1-17.4 s
    // against 20.1-20.5 s. Every page renders all of them anyway; the browser's bundle is not affected.
    environments: {
      prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'dokumen', test: /\.mdx(\?|$)/, maxSize: 8_000_000 }] } } } } },
    },
    plugins: [
      // @astrojs/preact always hands @preact/preset-vite a Babel config, which makes it run Babel over every
      // island only to turn JSX into preact/jsx-runtime calls. Vite's own transform does the same with the JSX
      // options the preset sets (automatic runtime, importSource "preact"), so Babel's pass is taken out: about
      // 0.4 s of a 1,000-document build. Babel would only add hook names for Preact's devtools in `astro dev`.
      {
        name: 'pedoman-preact-jsx-without-babel',
        configResolved(config) {
          const babel = config.plugins.find((plugin) => plugin.name === 'vite:preact-jsx');
          if (babel) delete babel.transform;
        },
      },
      {
        name: 'pedoman-plain-dynamic-import',
        enforce: 'pre',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
        load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : undefined),
      },
    ],
  },
  // MDX `optimize`: the static parts of a document compile to HTML strings instead of a call per element, so a
  // thousand documents bundle, load and render faster and in less memory (the pages come out byte for byte the same).
  // Preact's JSX plugin only where JSX is: the islands (.tsx); it used to run Babel over every .ts file too.
  // Data files, redirect pages and PDFs of record are written before the link check, which follows the links to them.
  integrations: [contentGuard(), mdx({ optimize: true }), preact({ include: ['**/*.tsx'] }), dataFiles(), redirectPages(), offlineWorker(), pdfOfRecord(), linkCheck(), securityHeadersFile(), quietBuild()],
  // Astro hashes its own scripts and styles into each page's CSP; see src/security/policy.ts for the rest.
  security: { csp: { directives: [...metaDirectives] } },
  server: { headers: securityHeaders },
  markdown: {
    // No document shows code; Shiki's inline styles would not pass the CSP anyway.
    syntaxHighlight: false,
    processor: satteri({ features: { headingAttributes: true }, hastPlugins: [clauseAnchors, siteLinks(base), scrollableTables] }),
  },
});
