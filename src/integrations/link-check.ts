import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brokenLinks, readPageLinks } from '../lib/links/check-links';

/**
 * After the build, follows every link within the site — in documents, components and navigation — and
 * fails the build on one that leads to a missing page or a missing clause. Cross-document links point at
 * the current version of a document, so a clause removed in a new version is caught here.
 */
export function linkCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'pedoman-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
        const sitePath = (file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
        const pages = files.filter((f) => f.endsWith('.html')).map((f) => readPageLinks(sitePath(f), readFileSync(`${dist}/${f}`, 'utf8')));
        const assets = new Set(files.filter((f) => !f.endsWith('.html')).map((f) => `${base}${f}`));
        const broken = brokenLinks(pages, assets);
        if (broken.length === 0) {
          logger.info(`semua tautan internal di ${pages.length} halaman menuju ke halaman dan bagian yang ada`);
          return;
        }
        logger.error(`Tautan rusak (${broken.length}):\n${broken.map((b) => `  ${b.page}: "${b.href}" — ${b.reason}`).join('\n')}`);
        throw new AstroError(`Build dihentikan: ${broken.length} tautan internal rusak (rinciannya di atas).`);
      },
    },
  };
}
