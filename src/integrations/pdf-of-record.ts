import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { recordTemplates } from '../lib/pdf/record-lines';
import { chromiumPath, pdfsThisBuild } from './pdf-browser';

/** A version page's link to its PDF, with what the PDF's margins say (src/components/VersionFiles.astro). */
const PDF_LINK = /<a href="([^"]+\.pdf)" data-pdf-stamp="([^"]*)" data-pdf-status="([^"]*)"(?: data-pdf-url="([^"]*)")?/;
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png' };
const ORIGIN = 'http://pdf.pedoman.invalid';

/** The page as its PDF of record: marked for the print stylesheet, with the clause list after the version's details. */
function asRecord(html: string): string {
  const toc = html.match(/<nav class="doc-toc"[\s\S]*?<\/nav>/)?.[0] ?? '';
  return html
    .replace('<html lang="id"', '<html lang="id" class="pdf-record"')
    .replace(toc, '')
    .replace('<div class="prose doc-body">', `${toc}<div class="prose doc-body">`);
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/**
 * After the build, prints each version's page to its PDF of record with Debian's Chromium (playwright-core): the
 * same HTML and print stylesheet a reader prints, marked `pdf-record` so it also shows the clause list and every
 * clause's id, with the draft notice, the version's stamp and status on every page and its permanent URL (only
 * when SITE_URL is set). JavaScript is off, so the PDF is the page as it is without it. Pages are served from the
 * build folder, not over the network. A PDF whose page, stylesheets and margins are unchanged is taken from the
 * cache (node_modules/.cache/pedoman-pdf), so a rebuild prints only what changed. Without Chromium (or with PDF=0)
 * nothing is printed and no page links a PDF: the build says so and goes on.
 */
export function pdfOfRecord(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'pedoman-pdf-of-record',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        cacheDir = join(fileURLToPath(config.root), 'node_modules/.cache/pedoman-pdf');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pdfsThisBuild()) {
          logger.warn(
            process.env.PDF === '0'
              ? 'PDF naskah tidak dibuat (PDF=0); halaman versi tidak menautkan PDF.'
              : `PDF naskah tidak dibuat: Chromium tidak ada di ${chromiumPath()} (pasang dengan "apt-get install chromium", atau tunjuk dengan CHROME_PATH). Situs tetap lengkap; halaman versi tidak menautkan PDF.`,
          );
          return;
        }
        const started = Date.now();
        const dist = fileURLToPath(dir);
        const jobs = new Map<string, { page: string; stamp: string; status: string; url?: string }>();
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.startsWith('dokumen/') || !file.endsWith('index.html')) continue;
          const found = readFileSync(join(dist, file), 'utf8').match(PDF_LINK);
          if (!found || jobs.has(found[1]!)) continue;
          jobs.set(found[1]!, { page: `${base}${file.replace(/index\.html$/, '')}`, stamp: unescape(found[2]!), status: unescape(found[3]!), ...(found[4] ? { url: unescape(found[4]) } : {}) });
        }
        // Each PDF's key: its page as printed, its stylesheets and its margins. An unchanged one comes from the cache.
        const planned = [...jobs].map(([target, { page: path, ...stamp }]) => {
          const templates = recordTemplates(stamp);
          const html = asRecord(readFileSync(join(dist, path.slice(base.length), 'index.html'), 'utf8'));
          const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!.slice(base.length)), 'utf8'));
          const key = createHash('sha256').update([html, ...css, templates.header, templates.footer].join('\0')).digest('hex');
          return { out: join(dist, decodeURIComponent(target.slice(base.length))), path, templates, cached: join(cacheDir, `${key}.pdf`) };
        });
        const queue = planned.filter((job) => !existsSync(job.cached));
        const printed = queue.length;
        if (queue.length > 0) {
          mkdirSync(cacheDir, { recursive: true });
          // Loaded only when PDFs are printed: playwright-core takes a tenth of a second to load, for nothing with
          // PDF=0. Required, not imported: where Vite's module runner loaded this file, it is closed by now.
          const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
          const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
          try {
            const context = await browser.newContext({ javaScriptEnabled: false });
            // The built files answer every request: nothing leaves the machine.
            await context.route('**/*', async (route) => {
              const url = new URL(route.request().url());
              if (url.origin !== ORIGIN) return route.abort();
              let path = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
              if (url.pathname.endsWith('/')) path = join(path, 'index.html');
              if (!existsSync(path)) return route.fulfill({ status: 404 });
              let body: string | Buffer = readFileSync(path);
              if (path.endsWith('.html')) body = asRecord(body.toString('utf8'));
              return route.fulfill({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body });
            });
            const worker = async () => {
              const page = await context.newPage();
              for (let job = queue.shift(); job; job = queue.shift()) {
                await page.goto(`${ORIGIN}${job.path}`, { waitUntil: 'load' });
                const { header, footer } = job.templates;
                await page.pdf({ path: job.cached, format: 'A4', printBackground: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: footer, tagged: true, margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' } });
              }
              await page.close();
            };
            await Promise.all([worker(), worker()]);
          } finally {
            await browser.close();
          }
        }
        for (const job of planned) {
          mkdirSync(dirname(job.out), { recursive: true });
          copyFileSync(job.cached, job.out);
        }
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        logger.info(`${jobs.size} PDF naskah (${printed} dicetak, ${jobs.size - printed} dari cache) dalam ${seconds} detik`);
      },
    },
  };
}
