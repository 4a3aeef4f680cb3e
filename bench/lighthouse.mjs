// Lighthouse (mobile preset, Debian's Chromium) over one page of each type, served by `astro preview`.
// Lighthouse brings ~390 MB of dependencies, so it is installed on first use into bench/.out/lighthouse and
// never in the project's own install.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const VERSION = '13.5.0';

function lighthouseBin(root) {
  const prefix = join(root, 'bench/.out/lighthouse');
  const bin = join(prefix, 'node_modules/.bin/lighthouse');
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    console.error(`Installing lighthouse@${VERSION} into ${prefix} (first run only)…`);
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `lighthouse@${VERSION}`], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('could not install lighthouse');
  }
  return bin;
}

async function startPreview(root, port) {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('astro preview did not start');
}

/** Scores (0–100) and metrics for each page: `pages` maps a page type to its path. */
export async function runLighthouse(root, pages, { port = 4329 } = {}) {
  const bin = lighthouseBin(root);
  const server = await startPreview(root, port);
  const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
  try {
    return Object.entries(pages).map(([type, path]) => {
      const out = join(root, `bench/.out/lighthouse-${type.replace(/\W+/g, '-')}.json`);
      const once = () =>
        spawnSync(bin, [`http://127.0.0.1:${port}${path}`, '--output=json', `--output-path=${out}`, `--chrome-flags=${chromeFlags}`, '--quiet'], {
          env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
          encoding: 'utf8',
        });
      // Lighthouse sometimes fails to record the trace itself (NO_NAVSTART, "Please run Lighthouse again"): that
      // says nothing about the page, so such a run is repeated, up to three in all; any other failure is reported.
      let run = once();
      for (let attempt = 1; attempt < 3 && run.status !== 0 && /run Lighthouse again|NO_NAVSTART|NO_FCP/.test(run.stderr + run.stdout); attempt++) run = once();
      if (run.status !== 0) return { type, path, error: (run.stderr || run.stdout).trim().split('\n').at(-1) };
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
      const audit = (id) => report.audits[id]?.numericValue ?? NaN;
      return {
        type,
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: audit('first-contentful-paint'),
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        totalBytes: audit('total-byte-weight'),
      };
    });
  } finally {
    server.kill();
  }
}
