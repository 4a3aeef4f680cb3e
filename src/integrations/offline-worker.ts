import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { offlineManifest } from '../lib/offline/manifest';

/**
 * After the build, writes `sw.js`: the service worker of "Simpan untuk dibaca luring" (src/offline/sw.ts, with
 * Workbox's precaching), bundled with esbuild and given the list of what it keeps — the pages the site lists in
 * `luring/daftar.json` and every file those pages need — each with a fingerprint of its bytes, so a saved copy
 * updates itself when a page changes. Nothing runs in the browser until a reader opts in.
 */
export function offlineWorker(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'pedoman-offline-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const list = JSON.parse(readFileSync(`${dist}/luring/daftar.json`, 'utf8')) as { built: string; documents: string[]; fallback: string; pages: string[] };
        const read = (file: string) => (existsSync(`${dist}/${file}`) ? readFileSync(`${dist}/${file}`, 'utf8') : undefined);
        const md5 = (text: string) => createHash('md5').update(text).digest('hex');
        const manifest = offlineManifest(list.pages, read, base, md5);
        await build({
          entryPoints: [`${root}/src/offline/sw.ts`],
          outfile: `${dist}/sw.js`,
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2020',
          legalComments: 'none',
          logLevel: 'warning',
          define: {
            'process.env.NODE_ENV': '"production"',
            'self.__WB_MANIFEST': JSON.stringify(manifest),
            'self.__OFFLINE_INFO': JSON.stringify({ built: list.built, documents: list.documents, fallback: `${base}${list.fallback}`, base }),
          },
        });
        logger.info(`sw.js: ${manifest.length} berkas untuk dibaca luring (${list.documents.length} dokumen), dibuat hanya bila pembaca memilih menyimpan`);
      },
    },
  };
}
