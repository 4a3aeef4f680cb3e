import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { formatContentErrors } from '../lib/content/errors';
import { staleSummary } from '../lib/contacts/stale';
import { checkContentTree, type ContentReport } from './content-report';
import { contentChecked, setContentVerdict } from './content-verdict';

/**
 * Checks all content before Astro builds anything from it, so a broken file stops the build with the file, the
 * line, the field and the reason — for every broken file at once. `PEDOMAN_CONTENT_DIR` points it at another tree (the
 * tests use it on deliberately broken fixtures).
 *
 * The check runs on a thread of its own from the moment the config is read. At 1,000 documents it takes about a
 * second and a half, which the main thread spends meanwhile on the routes, Vite and loading the content. A loader
 * that fails gives the check's verdict instead of its own error (src/content.config.ts), and `astro:build:start`
 * waits for the verdict, so nothing is built from content that has not passed.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'pedoman-content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        setContentVerdict(checkInBackground(fileURLToPath(config.root)).then((report) => verdictOf(report, command, logger), (error: Error) => error));
      },
      'astro:build:start': () => contentChecked(),
    },
  };
}

/** Logs what the check found; returns the error that stops the build (never in `astro dev`, which shows the site as far as it can). */
function verdictOf({ errors, warnings, stale }: ContentReport, command: string, logger: AstroIntegrationLogger): Error | undefined {
  for (const w of warnings) logger.warn(`${w.file}: ${w.reason}`);
  if (stale.length > 0) logger.warn(staleSummary(stale));
  if (errors.length === 0) return undefined;
  // Logged rather than thrown in full: Astro attaches a misleading "browser APIs" hint to any thrown
  // message that contains the word "document", and every path here does.
  logger.error(formatContentErrors(errors));
  if (command === 'dev') return undefined;
  return new AstroError(`Build dihentikan: ${errors.length} masalah isi (rinciannya di atas).`, 'Setiap baris menyebut berkas, baris, kolom, dan alasannya. Jalankan "npm run check" untuk memeriksa isi tanpa membangun halaman.');
}

/**
 * The check on its own thread; where that thread cannot start (a Node that cannot read TypeScript by itself),
 * on this one, as before.
 */
function checkInBackground(root: string): Promise<ContentReport> {
  const inline = () => checkContentTree(root);
  return new Promise<ContentReport>((done) => {
    const thread = new Worker(new URL('./content-check-thread.mjs', import.meta.url), { workerData: { root } });
    let answered = false;
    thread.once('message', (report: ContentReport) => {
      answered = true;
      done(report);
    });
    // A failure of the thread itself (not a content mistake: those are in the report) falls back to this thread,
    // once: a thread that fails emits 'error' and then 'exit', and the check is not worth running twice.
    thread.once('error', () => undefined);
    thread.once('exit', () => answered || done(inline()));
  });
}
