// npm run bench: builds the site and prints what each kind of page costs a reader, so figures can be compared
// across commits. `--json` prints the same figures as JSON. Timings live here, never in tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { join, relative } from 'node:path';
import { onDemandWeight, pageWeight, scriptClosure } from './page-weight.mjs';
import { generateCorpus } from './generate-corpus.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { printAnchors, runAnchors } from './anchors.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const base = process.env.BASE_PATH || '/';
const asJson = process.argv.includes('--json');
const withCorpus = !process.argv.includes('--no-corpus');
const withLighthouse = !process.argv.includes('--no-lighthouse');
let searchBench;
// Beside Starlight: `--no-anchors` skips it; `--anchors=100,1000` sets the corpus sizes, `--pairs=N` the pairs.
const withAnchors = !process.argv.includes('--no-anchors');
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;

/** Runs `astro build`, optionally from another content tree into another folder; returns seconds. */
function timedBuild(env = {}, outDir) {
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    // A large corpus logs a bundler warning per MDX file; keep all of it rather than fail on a full buffer.
    maxBuffer: 2 ** 30,
  });
  if (build.status !== 0) {
    console.error(build.error ?? '', build.stdout.slice(-5000), build.stderr.slice(-5000));
    process.exit(1);
  }
  // The PDFs of record are printed inside the build (src/integrations/pdf-of-record.ts), which says how long it took.
  const pdf = build.stdout.match(/(\d+) PDF naskah \((\d+) dicetak, \d+ dari cache\) dalam ([\d.]+) detik/);
  if (pdf) pdfFigures = { pdfs: Number(pdf[1]), printed: Number(pdf[2]), seconds: Number(pdf[3]) };
  return (performance.now() - started) / 1000;
}

/** What printing the PDFs of record cost in the site's build: the bench clears their cache so all are printed. */
let pdfFigures;
rmSync(join(root, 'node_modules/.cache/pedoman-pdf'), { recursive: true, force: true });

function folderSize(dir) {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
  return { files: files.length, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
}

const buildSeconds = timedBuild();

/** Which kind of page a built file is. */
function kindOf(path) {
  if (path === 'index.html') return 'beranda';
  if (path === '404.html') return '404';
  if (path === 'dokumen/index.html') return 'daftar dokumen';
  if (/^dokumen\/[^/]+\/riwayat\/index\.html$/.test(path)) return 'riwayat';
  if (/^dokumen\/[^/]+\/riwayat\/[^/]+\/index\.html$/.test(path)) return 'riwayat bagian';
  if (/^dokumen\/[^/]+\/bandingkan\/index\.html$/.test(path)) return 'pilih perbandingan';
  if (/^dokumen\/[^/]+\/bandingkan\/[^/]+\/index\.html$/.test(path)) return 'perbandingan';
  if (/^dokumen\/[^/]+\/\d[\d.]*\/index\.html$/.test(path)) return 'versi tetap';
  if (/^dokumen\/[^/]+\/index\.html$/.test(path)) return 'dokumen (terkini)';
  if (/^layanan\/[^/]+\/index\.html$/.test(path)) return 'layanan provinsi';
  if (/^instrumen\/(?!daftar-kode\/)[^/]+\/(\d[\d.]*\/)?index\.html$/.test(path)) return 'formulir';
  if (/^instrumen\/[^/]+\/bandingkan\//.test(path)) return 'perbandingan formulir';
  if (/^cek-mitra\/proses\/[^/]+\/index\.html$/.test(path)) return 'langkah kemitraan';
  if (/^layanan\/[^/]+\/poster\/index\.html$/.test(path)) return 'poster provinsi';
  return path.replace(/\/?index\.html$/, '') || path;
}

/** An address that answers with a small redirect page (the current version's fixed address, for one). */
const isRedirect = (file) => readFileSync(join(dist, file), 'utf8').includes('<meta http-equiv="refresh"');

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ path: file, kind: isRedirect(file) ? 'pengalihan' : kindOf(file), ...pageWeight(dist, base, join(dist, file)) }));

const byKind = new Map();
for (const page of pages) byKind.set(page.kind, [...(byKind.get(page.kind) ?? []), page]);
// For each kind, the heaviest page: budgets are about the worst case.
const rows = [...byKind].map(([kind, list]) => {
  const worst = list.reduce((a, b) => (a.html.gzip + a.css.gzip + a.js.gzip >= b.html.gzip + b.css.gzip + b.js.gzip ? a : b));
  return { kind, pages: list.length, example: worst.path, ...worst };
});

const docs = pages.filter((p) => p.words !== undefined);
const near2000 = docs.reduce((a, b) => (Math.abs(a.words - 2000) <= Math.abs(b.words - 2000) ? a : b));
const result = {
  buildSeconds: Number(buildSeconds.toFixed(2)),
  pages: pages.length,
  pdfOfRecord: pdfFigures,
  byKind: rows,
  documentOf2000Words: {
    path: near2000.path,
    words: near2000.words,
    htmlCssGzip: near2000.html.gzip + near2000.css.gzip,
    jsGzip: near2000.js.gzip,
    totalGzip: near2000.html.gzip + near2000.css.gzip + near2000.js.gzip,
  },
};

// Search: bytes to the first results and query time, on the site and on 1,000 documents (bench/search-bench.ts).
{
  const out = join(root, 'bench/.out/search-bench.mjs');
  await esbuild({ entryPoints: [join(root, 'bench/search-bench.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent', packages: 'external' });
  searchBench = await import(out);
  result.search = await searchBench.run(root, { corpus: withCorpus });
}

// The referral finder: what its page costs before a province is chosen, what choosing one adds, and how
// long route() takes over every situation in every place that routes differently.
{
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const page = pageWeight(dist, base, join(dist, 'cari-rujukan/index.html'));
  const provinceFiles = readdirSync(join(dist, 'cari-rujukan/wilayah')).map((f) => ({ code: f.replace('.json', ''), gzip: gz(join(dist, 'cari-rujukan/wilayah', f)) }));
  provinceFiles.sort((a, b) => a.gzip - b.gzip);
  const largest = provinceFiles.at(-1);
  const out = join(root, 'bench/.out/referral-bench.mjs');
  await esbuild({ entryPoints: [join(root, 'bench/referral-bench.ts')], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent', packages: 'external' });
  const { run } = await import(out);
  result.finder = {
    beforeProvince: { htmlCssGzip: page.html.gzip + page.css.gzip, jsGzip: page.js.gzip },
    province: { largest, median: provinceFiles[Math.floor(provinceFiles.length / 2)], count: provinceFiles.length },
    route: await run(root),
  };
}

// The case documentation instruments: a blank form page, and what fill mode loads when asked for.
{
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const forms = pages.filter((p) => p.kind === 'formulir');
  const fill = readdirSync(join(dist, '_astro')).find((f) => /^fill\..*\.js$/.test(f));
  const files = new Set();
  scriptClosure(dist, base, join(dist, '_astro', fill), files);
  result.instruments = {
    forms: forms.length,
    heaviestForm: forms.reduce((a, b) => (a.html.gzip >= b.html.gzip ? a : b)).path,
    blankJsGzip: Math.max(...forms.map((p) => p.js.gzip)),
    fillModeJsGzip: [...files].reduce((sum, f) => sum + gz(f), 0),
  };
}

// The eligibility self-assessment: what its page loads, and what opening the result adds.
{
  const file = join(dist, 'cek-mitra/index.html');
  result.eligibility = { onLoad: pageWeight(dist, base, file).js, resultOpens: onDemandWeight(dist, base, file) };
}

// Lighthouse, mobile preset: one page of each type.
if (withLighthouse) {
  result.lighthouse = await runLighthouse(root, {
    beranda: '/',
    'dokumen (terkini)': '/dokumen/sop-pengaduan/',
    'versi tetap': '/dokumen/pedoman-kemitraan/0.1/',
    riwayat: '/dokumen/sop-pengaduan/riwayat/',
    perbandingan: '/dokumen/sop-pengaduan/bandingkan/0.1...0.2/',
    'pilih perbandingan': '/dokumen/sop-pengaduan/bandingkan/',
    cari: '/cari/?q=rujukan',
    penapisan: '/penapisan/',
    'cek-mitra': '/cek-mitra/',
    'langkah kemitraan': '/cek-mitra/proses/pks/',
    'cari-rujukan': '/cari-rujukan/',
    layanan: '/layanan/',
    'layanan provinsi': '/layanan/jawa-barat/',
    kontak: '/kontak/',
    istilah: '/istilah/',
    formulir: '/instrumen/lembar-penerimaan/',
    'angka pengaduan': '/angka-pengaduan/',
  });
}

// Growth with versions: the same 50 documents with 5, 10 and 20 versions each. Linear growth means the
// seconds and bytes per version stay about the same from row to row.
if (withCorpus) {
  result.generatedCorpus = [5, 10, 20].map((versions) => {
    const dir = join(root, `bench/.out/corpus-${versions}`);
    const out = join(root, `bench/.out/dist-${versions}`);
    generateCorpus(dir, { documents: 50, versions });
    // No PDFs for the generated corpus: printing is measured on the site's own build above.
    const seconds = timedBuild({ PEDOMAN_CONTENT_DIR: dir, PDF: '0' }, out);
    const size = folderSize(out);
    return { documents: 50, versions, buildSeconds: Number(seconds.toFixed(1)), files: size.files, megabytes: Number((size.bytes / 2 ** 20).toFixed(1)) };
  });
}

// This site beside Astro Starlight on the bench-anchors corpus (a thousand documents of ~2,000 words), last:
// it takes a few minutes of alternated cold builds.
if (withAnchors) {
  result.beside = runAnchors(root, { sizes: option('anchors', '1000').split(',').map(Number), pairs: Number(option('pairs', '3')) });
}

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`Build: ${result.buildSeconds} s for ${result.pages} pages\n`);
  if (pdfFigures) console.log(`PDFs of record: ${pdfFigures.pdfs} printed with Chromium in ${pdfFigures.seconds} s of that build (cache cleared; an unchanged page reuses its PDF)\n`);
  console.log('Heaviest page of each kind (KB; raw / gzip)');
  console.log(`${'kind'.padEnd(18)} ${'pages'.padStart(5)}   ${'HTML'.padStart(15)}   ${'CSS'.padStart(15)}   ${'JS'.padStart(15)}   ${'total gzip'.padStart(10)}  example`);
  for (const r of rows) {
    const total = r.html.gzip + r.css.gzip + r.js.gzip;
    console.log(
      `${r.kind.padEnd(18)} ${String(r.pages).padStart(5)}   ${kb(r.html.raw)} /${kb(r.html.gzip)}   ${kb(r.css.raw)} /${kb(r.css.gzip)}   ${kb(r.js.raw)} /${kb(r.js.gzip)}   ${kb(total).padStart(10)}  ${relative('.', r.example)}`,
    );
  }
  const d = result.documentOf2000Words;
  console.log(`\nDocument nearest 2,000 words: ${d.path} (${d.words} words)`);
  console.log(`  HTML+CSS ${kb(d.htmlCssGzip)} KB gzip (target ≤ 20), JS ${kb(d.jsGzip)} KB gzip (no framework; target ≤ 1 for reading enhancement, ≤ 2 with the search opener), total ${kb(d.totalGzip)} KB`);
  console.log('  Reference: Starlight loads 68.6 KB gzip for one document page (29 KB of it JavaScript); goal is a third of that.');
  console.log(`\n${searchBench.report(result.search)}`);
  const i = result.instruments;
  console.log('\nCase documentation instruments (/instrumen/)');
  console.log(`  ${i.forms} form pages; blank form JS at most ${kb(i.blankJsGzip)} KB gzip (target ≤ 1.5); fill mode, loaded when asked, ${kb(i.fillModeJsGzip)} KB gzip (target ≤ 15); heaviest page ${i.heaviestForm}`);
  const f = result.finder;
  console.log('\nReferral finder (/cari-rujukan/)');
  console.log(`  before a province is chosen: HTML+CSS ${kb(f.beforeProvince.htmlCssGzip)} KB gzip, JS ${kb(f.beforeProvince.jsGzip)} KB gzip (target JS ≤ 23)`);
  console.log(`  choosing a province adds one file: largest ${kb(f.province.largest.gzip)} KB gzip (province ${f.province.largest.code}), median ${kb(f.province.median.gzip)} KB (target ≤ 10 each)`);
  const p = f.route;
  console.log(`  route() over ${p.paths.toLocaleString("en")} situations (${p.combinations.toLocaleString("en")} combinations of answers × ${p.places} places): p50 ${p.p50Us.toFixed(1)} µs, p99 ${p.p99Us.toFixed(1)} µs, max ${p.maxUs.toFixed(0)} µs, ${p.overOneMs} at 1 ms or more, ${p.slowWhenRetimed} still when timed again (slowest ${p.slowestRetimedUs.toFixed(0)} µs; target: every path < 1 ms); ${(p.totalMs / 1000).toFixed(1)} s in all, ${p.meanSteps.toFixed(1)} steps on average`);
  const e = result.eligibility;
  console.log('\nPartner eligibility (/cek-mitra/)');
  console.log(`  on load: JS ${kb(e.onLoad.raw)} KB raw, ${kb(e.onLoad.gzip)} KB gzip (target ≤ 15); opening the result adds ${kb(e.resultOpens.raw)} KB raw, ${kb(e.resultOpens.gzip)} KB gzip (target ≤ 8)`);
  if (result.lighthouse) {
    console.log('\nLighthouse, mobile preset (goal: 100 in every category)');
    console.log(`${'page type'.padEnd(20)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'best'.padStart(4)} ${'seo'.padStart(4)}   ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(6)} ${'CLS'.padStart(6)} ${'KB'.padStart(7)}`);
    for (const r of result.lighthouse) {
      if (r.error) {
        console.log(`${r.type.padEnd(20)} failed: ${r.error}`);
        continue;
      }
      console.log(
        `${r.type.padEnd(20)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r.bestPractices).padStart(4)} ${String(r.seo).padStart(4)}   ${r.fcpMs.toFixed(0).padStart(7)} ${r.lcpMs.toFixed(0).padStart(7)} ${r.tbtMs.toFixed(0).padStart(6)} ${r.cls.toFixed(3).padStart(6)} ${(r.totalBytes / 1024).toFixed(1).padStart(7)}`,
      );
    }
  }
  if (result.generatedCorpus) {
    console.log('\nGenerated corpus (plus the site\'s own documents): growth with versions should be linear');
    console.log(`${'documents × versions'.padEnd(22)} ${'build s'.padStart(8)} ${'files'.padStart(7)} ${'MB'.padStart(7)}   ${'s per 1,000 versions'.padStart(20)} ${'MB per 1,000 versions'.padStart(22)}`);
    for (const c of result.generatedCorpus) {
      const perThousand = 1000 / (c.documents * c.versions);
      console.log(`${`${c.documents} × ${c.versions}`.padEnd(22)} ${c.buildSeconds.toFixed(1).padStart(8)} ${String(c.files).padStart(7)} ${c.megabytes.toFixed(1).padStart(7)}   ${(c.buildSeconds * perThousand).toFixed(1).padStart(20)} ${(c.megabytes * perThousand).toFixed(1).padStart(22)}`);
    }
  }
  if (result.beside) printAnchors(result.beside);
}
