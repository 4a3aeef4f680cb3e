import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { checkContentDir, datedEntries } from '../lib/content/read-corpus';
import { staleEntries } from '../lib/contacts/stale';
import { formatContentErrors } from '../lib/content/errors';
import { regionCodes } from '../site/regions';

/**
 * Checks all content before Astro builds anything, so a broken file stops the build with the file, the
 * field and the reason — for every broken file at once. `PEDOMAN_CONTENT_DIR` points it at another tree
 * (the tests use it on deliberately broken fixtures).
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'pedoman-content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = resolve(root, process.env.PEDOMAN_CONTENT_DIR ?? 'src/content');
        const errors = checkContentDir(contentDir, root, await regionCodes());
        if (errors.length === 0) {
          warnStale(contentDir, root, logger);
          return;
        }
        // Logged rather than thrown in full: Astro attaches a misleading "browser APIs" hint to any thrown
        // message that contains the word "document", and every path here does.
        logger.error(formatContentErrors(errors));
        if (command !== 'dev') {
          throw new AstroError(`Build dihentikan: ${errors.length} masalah isi (rinciannya di atas).`, 'Setiap baris menyebut berkas, kolom, dan alasannya. Lihat README, bagian "Menulis dan mengubah isi".');
        }
      },
    },
  };
}

/**
 * Contact details age: list those last confirmed over a year ago — by the later of their source's date and
 * the day a person checked them — so someone re-checks them.
 */
function warnStale(contentDir: string, root: string, logger: { warn: (message: string) => void }) {
  const stale = staleEntries(datedEntries(contentDir, root), new Date().toISOString().slice(0, 10));
  if (stale.length === 0) return;
  logger.warn(
    [
      `${stale.length} kontak terakhir dipastikan lebih dari 12 bulan yang lalu. Hubungi kanalnya lalu isi checkedAt dengan tanggal pemeriksaan, atau ganti sumbernya dan sourceDate:`,
      ...stale.map((e) => `  ${e.file}: ${e.label} (sumber ${e.sourceDate}; ${e.checkedAt ? `diperiksa ${e.checkedAt}` : 'belum diperiksa langsung'})`),
    ].join('\n'),
  );
}
