import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentRedirects, type Redirect } from '../lib/documents/page-plan';
import { readPlan } from './read-plan';
import { REDIRECT_SCRIPT, redirectPageHtml } from '../lib/documents/redirect-page';
import { permanentUrl } from '../lib/permanent-url';
import { metaDirectives } from '../security/policy';

/**
 * Writes the small pages that answer at addresses which are no longer pages of their own (the current version's
 * fixed address, a single-version document's comparison chooser; see `src/lib/documents/page-plan.ts`), after
 * the build and before the link check follows them. They are plain files, not routes: two thousand of them cost
 * Astro's whole page pipeline each, and a template nothing. `astro dev` serves the same pages.
 */
export function redirectPages(): AstroIntegration {
  let base = '/';
  let contentDir = '';
  const policy = [...metaDirectives, `script-src 'self' 'sha256-${createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')}'`].join('; ');
  const page = (redirect: Redirect) => {
    const href = `${base}${redirect.to}`;
    return redirectPageHtml({ redirect, href, canonical: permanentUrl(redirect.to, process.env.SITE_URL, base), policy });
  };
  const redirects = () => readPlan(contentDir).flatMap(documentRedirects);
  return {
    name: 'pedoman-redirect-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        contentDir = resolve(fileURLToPath(config.root), process.env.PEDOMAN_CONTENT_DIR ?? 'src/content');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURI((request.url ?? '').split(/[?#]/)[0]!);
          const redirect = path.startsWith(`${base}dokumen/`) ? redirects().find((r) => `${base}${r.from}` === path) : undefined;
          if (!redirect) return next();
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(page(redirect));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const all = redirects();
        for (const redirect of all) {
          const folder = new URL(redirect.from, dir);
          mkdirSync(folder, { recursive: true });
          writeFileSync(new URL('index.html', folder), page(redirect));
        }
        logger.info(`${all.length} alamat lama dialihkan dengan halaman kecil`);
      },
    },
  };
}
