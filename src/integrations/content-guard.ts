import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContent } from './read-content';
import { datedEntries } from '../lib/contacts/dated-entries';
import { staleEntries, type Dated } from '../lib/contacts/stale';
import { formatContentErrors, type ContentError } from '../lib/content/errors';
import { regionCodes } from '../site/regions';
import { readSteward } from '../lib/contacts/steward';

/** The result of checking every content file: what stops the build, and what an editor should know. */
export interface ContentReport {
  errors: ContentError[];
  warnings: ContentError[];
  stale: Dated[];
}

/** Checks the content tree (`PEDOMAN_CONTENT_DIR`, else src/content) below `root`. The build and `npm run check` share it. */
export async function checkContentTree(root: string): Promise<ContentReport> {
  const contentDir = resolve(root, process.env.PEDOMAN_CONTENT_DIR ?? 'src/content');
  const { errors, warnings, files } = checkContent(contentDir, root, await regionCodes());
  // The data steward named in the environment (README, "Reporting a wrong number"): a half-written one stops the build.
  for (const problem of readSteward(process.env).problems) {
    errors.push({ file: '(lingkungan build)', field: problem.slice(0, problem.indexOf(':')), reason: problem.slice(problem.indexOf(':') + 2) });
  }
  const stale = errors.length === 0 ? staleEntries(datedEntries([files.contacts, files.services]), new Date().toISOString().slice(0, 10)) : [];
  return { errors, warnings, stale };
}

/**
 * Checks all content before Astro builds anything, so a broken file stops the build with the file, the
 * line, the field and the reason — for every broken file at once. `PEDOMAN_CONTENT_DIR` points it at another
 * tree (the tests use it on deliberately broken fixtures).
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'pedoman-content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { errors, warnings, stale } = await checkContentTree(fileURLToPath(config.root));
        for (const w of warnings) logger.warn(`${w.file}: ${w.reason}`);
        if (stale.length > 0) logger.warn(staleSummary(stale));
        if (errors.length === 0) return;
        // Logged rather than thrown in full: Astro attaches a misleading "browser APIs" hint to any thrown
        // message that contains the word "document", and every path here does.
        logger.error(formatContentErrors(errors));
        if (command !== 'dev') {
          throw new AstroError(`Build dihentikan: ${errors.length} masalah isi (rinciannya di atas).`, 'Setiap baris menyebut berkas, baris, kolom, dan alasannya. Jalankan "npm run check" untuk memeriksa isi tanpa membangun halaman.');
        }
      },
    },
  };
}

/**
 * Contact details age: those last confirmed over a year ago — by the later of their source's date and the day
 * a person checked them — in one line for the build log; `npm run check -- --kontak-lama` lists them all.
 */
export function staleSummary(stale: readonly Dated[]): string {
  const sample = stale.slice(0, 3).map((e) => e.label);
  const more = stale.length > sample.length ? `, dan ${stale.length - sample.length} lainnya` : '';
  return `${stale.length} kontak terakhir dipastikan lebih dari 12 bulan yang lalu (${sample.join('; ')}${more}). Daftar lengkapnya: npm run check -- --kontak-lama`;
}

/** Every stale contact on its own line, with its dates: what to re-check. */
export function staleList(stale: readonly Dated[]): string {
  return [
    `${stale.length} kontak terakhir dipastikan lebih dari 12 bulan yang lalu. Hubungi kanalnya lalu isi checkedAt dengan tanggal pemeriksaan, atau ganti sumbernya dan sourceDate:`,
    ...stale.map((e) => `  ${e.file}: ${e.label} (sumber ${e.sourceDate}; ${e.checkedAt ? `diperiksa ${e.checkedAt}` : 'belum diperiksa langsung'})`),
  ].join('\n');
}
