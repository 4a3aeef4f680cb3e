import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentRedirects, type Redirect } from '../lib/documents/page-plan';
import { readPlan } from './read-plan';
import { REDIRECT_SCRIPT, redirectPageHtml } from '../lib/documents/redirect-page';
import { permanentUrl } from '../lib/permanent-url';
import { metaDirectives } from '../security/policy';
import { finishWrites, openBuildWrites, resetBuildWrites, startWrites } from './write-files';

/**
 * Writes the small pages that answer at addresses which are no longer pages of their own (the current version's
 * fixed address; see `src/lib/documents/page-plan.ts`), before the link check follows them. They are plain
 * files, not routes: a thousand of them cost Astro's whole page pipeline each, and a template nothing. They need only the content's plan, so they are written in the background
 * from the start of the build (src/integrations/write-files.ts). `astro dev` serves the same pages.
 */
const REDIRECTS = 'halaman-pengalih';

export function redirectPages(): AstroIntegration {
  let base = '/';
  let contentDir = '';
  let outDir = '';
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
        outDir = fileURLToPath(config.outDir);
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
      'astro:build:start': () => resetBuildWrites(),
      'astro:build:setup': () => {
        const writes = openBuildWrites(outDir);
        if (!writes.pending.has(REDIRECTS)) startWrites(writes, REDIRECTS, redirects().map((r) => [`${r.from}index.html`, page(r)] as const));
      },
      'astro:build:done': async ({ logger }) => {
        logger.info(`${await finishWrites(REDIRECTS)} alamat lama dialihkan dengan halaman kecil`);
      },
    },
  };
}
