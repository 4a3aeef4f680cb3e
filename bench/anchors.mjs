// This site beside Astro Starlight on the same generated corpus, measured by the kit that sits beside the project
// (../shared/bench-anchors, or BENCH_ANCHORS): cold builds of both, alternated, ratios taken within each pair, and
// the typical document page of each build weighed the same way. Returns this site's own figures too, so a person
// can compare them across commits. Everything the kit writes goes under $ANCHORS (see its README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** HTML pages, files and bytes of a build folder. */
function outputOf(dir) {
  let html = 0;
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (!stat.isFile()) continue;
    files++;
    bytes += stat.size;
    if (name.endsWith('.html')) html++;
  }
  return { html, files, bytes };
}

/**
 * Runs the kit for each corpus size. `pairs` counted pairs of cold builds per size (after one warm-up pair).
 * Returns `{ skipped }` when the kit is not beside the project.
 */
export function runAnchors(root, { sizes = [1000], pairs = 3 } = {}) {
  const kit = process.env.BENCH_ANCHORS ?? join(root, '../shared/bench-anchors');
  if (!existsSync(join(kit, 'compare-build.sh'))) return { skipped: `the Starlight comparison kit is not at ${kit} (set BENCH_ANCHORS)` };
  const anchors = process.env.ANCHORS ?? join(homedir(), '.cache/pedoman-anchors');
  // Starlight makes no PDFs, so the project builds without its PDFs of record here (PDF=0); what printing them
  // costs is measured on the site's own build and printed with its figures (bench/run.mjs).
  const env = { ...process.env, ANCHORS: anchors, PDF: '0' };
  return {
    kit,
    runs: sizes.map((documents) => {
      const build = spawnSync(join(kit, 'compare-build.sh'), [String(documents), String(pairs)], { cwd: root, env, encoding: 'utf8', maxBuffer: 2 ** 28 });
      const rowsFile = build.stdout?.match(/raw rows: (\S+)/)?.[1];
      if (build.status !== 0 || !rowsFile) throw new Error(`compare-build.sh ${documents} failed:\n${build.stdout?.slice(-3000)}\n${build.stderr?.slice(-3000)}`);
      const rows = readFileSync(rowsFile, 'utf8').trim().split('\n').slice(1).map((line) => {
        const [pair, side, wall, user, sys, rss] = line.split('\t');
        return { pair, side, wall: Number(wall), cpu: Number(user) + Number(sys), rssMiB: Number(rss) / 1024 };
      });
      const counted = rows.filter((r) => r.pair !== 'warmup');
      const side = (name) => counted.filter((r) => r.side === name);
      const perPair = side('project').map((p) => {
        const s = side('starlight').find((r) => r.pair === p.pair);
        return { wall: p.wall / s.wall, cpu: p.cpu / s.cpu, rss: p.rssMiB / s.rssMiB };
      });
      const weight = spawnSync(process.execPath, [join(kit, 'page-weight.mjs'), String(documents)], { cwd: root, env, encoding: 'utf8' });
      if (weight.status !== 0) throw new Error(`page-weight.mjs ${documents} failed:\n${weight.stderr}`);
      const pages = JSON.parse(readFileSync(join(anchors, 'results', `page-weight-n${documents}.json`), 'utf8'));
      const figures = (name, dist) => {
        const out = outputOf(dist);
        return {
          wall: median(side(name).map((r) => r.wall)),
          cpu: median(side(name).map((r) => r.cpu)),
          rssMiB: median(side(name).map((r) => r.rssMiB)),
          pages: out.html,
          outputMiB: out.bytes / 2 ** 20,
          perDocumentKiB: out.bytes / 1024 / documents,
          typicalPageGzipKiB: pages[name].total.gzip / 1024,
          typicalPage: pages[name].page,
        };
      };
      const starlight = figures('starlight', join(anchors, `starlight-dist-${documents}`));
      const project = figures('project', join(anchors, `project-dist-${documents}`));
      const range = (k) => [Math.min(...perPair.map((r) => r[k])), Math.max(...perPair.map((r) => r[k]))];
      return {
        documents,
        pairs: perPair.length,
        perPair,
        ratio: {
          wall: median(perPair.map((r) => r.wall)),
          wallRange: range('wall'),
          cpu: median(perPair.map((r) => r.cpu)),
          rss: median(perPair.map((r) => r.rss)),
          rssRange: range('rss'),
          perDocument: project.perDocumentKiB / starlight.perDocumentKiB,
          typicalPage: project.typicalPageGzipKiB / starlight.typicalPageGzipKiB,
        },
        starlight,
        project,
      };
    }),
  };
}

/** The figures as a table, for `npm run bench`. */
export function printAnchors(result) {
  if (result.skipped) {
    console.log(`\nBeside Starlight: skipped, ${result.skipped}.`);
    return;
  }
  const f = (x, d = 1, w = 8) => x.toFixed(d).padStart(w);
  console.log(`\nBeside Astro Starlight on the same generated corpus (${result.kit}): cold builds, alternated, after a warm-up pair`);
  console.log(`${'documents'.padEnd(10)} ${'side'.padEnd(10)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'peak MiB'.padStart(8)} ${'pages'.padStart(6)} ${'out MiB'.padStart(8)} ${'KiB/doc'.padStart(8)} ${'page gzip KiB'.padStart(14)}`);
  for (const r of result.runs) {
    for (const [name, s] of [['Starlight', r.starlight], ['this site', r.project]]) {
      console.log(`${String(name === 'Starlight' ? r.documents : '').padEnd(10)} ${name.padEnd(10)} ${f(s.wall)} ${f(s.cpu)} ${f(s.rssMiB, 0)} ${String(s.pages).padStart(6)} ${f(s.outputMiB)} ${f(s.perDocumentKiB)} ${f(s.typicalPageGzipKiB, 1, 14)}`);
    }
    const q = r.ratio;
    const range = ([a, b]) => (r.pairs > 1 ? ` (${a.toFixed(2)}–${b.toFixed(2)})` : '');
    console.log(`${''.padEnd(10)} ${'ratio'.padEnd(10)} wall ${q.wall.toFixed(2)}${range(q.wallRange)}, CPU ${q.cpu.toFixed(2)}, peak memory ${q.rss.toFixed(2)}${range(q.rssRange)}, output per document ${q.perDocument.toFixed(2)}, typical page ${q.typicalPage.toFixed(2)}`);
    console.log(`${''.padEnd(10)} ${''.padEnd(10)} (medians of ${r.pairs} per-pair ratios, this site / Starlight; pages: ${r.project.typicalPage} and ${r.starlight.typicalPage})`);
  }
  console.log('  Targets: wall ≤ 1.00 (on the way to 0.50), peak memory ≤ 1.00, output per document ≤ 1.00, typical page ≤ 23 KB gzip.');
}
