// Search figures for `npm run bench`: bytes from opening search to the first results, and query time, on the
// real site and on the 1,000-document corpus of ../shared/bench-anchors (which also measures Starlight's
// Pagefind on the same corpus, so the two compare in one run). Compiled and run by bench/run.mjs; timings
// are measured in Node with the browser's own search code (src/lib/search), the index read from dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { clausesOf } from '../src/lib/documents/clauses';
import { currentVersion, newestFirst } from '../src/lib/documents/versions';
import { buildIndexFiles } from '../src/lib/search/index-build';
import { clauseSources } from '../src/lib/search/records';
import { createSearcher } from '../src/lib/search/searcher';
import { withStopwords } from '../src/lib/search/stopwords';
import type { Lexicon } from '../src/lib/search/normalise';
import { firstQuery, indexFromDist, searchCode } from './search-files';

const KB = 1024;

// Queries on the generated corpus, whose documents are written from a few hundred common words: the words
// a reader of such guidelines types, alone and together, and misspelt. Common words are the worst case —
// their postings run to thousands of records.
const generatedQueries = [
  'perlindungan', 'perlindungan anak', 'pengaduan', 'pengaduan anak', 'layanan kekerasan', 'rujukan', 'korban kekerasan seksual',
  'hak anak atas pendidikan', 'pengasuhan keluarga', 'petugas pendamping', 'sekolah', 'polisi', 'data pribadi anak', 'mediasi',
  'kesehatan jiwa', 'anak jalanan', 'pernikahan usia anak', 'akta kelahiran', 'panti asuhan', 'rehabilitasi sosial',
  'pemantauan dan evaluasi', 'standar prosedur', 'koordinasi lembaga', 'rencana intervensi', 'asesmen risiko', 'pelatihan petugas',
  'perlindugan', 'pengadaun', 'kekersan', 'rujukn', 'pendampin', 'disabilitas inklusi', 'bantuan sosial tunai', 'media sosial internet',
  'apa itu mediasi', 'ke mana melapor kekerasan', 'berapa lama pengaduan diproses', 'dinas sosial', 'uptd ppa', 'hak asuh',
];

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

function spread(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0 };
}

/** Every index file of a scope: how many, and their gzip bytes in all. */
function indexSize(dist: string, scope: string) {
  const dir = join(dist, 'cari/indeks', scope);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
  return { files: files.length, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0) };
}

/** Bytes and time for a list of queries over one built site. */
export async function measure(dist: string, queries: string[], rounds: number) {
  const code = searchCode(dist);
  const first = [];
  for (const query of queries) first.push(await firstQuery(dist, code, query));
  const worst = first.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  // Time: files served from memory, so only the browser's own work counts — parsing what it fetched, ranking,
  // arranging. A first query parses its files (cold); typing on reuses them (warm).
  const { load } = indexFromDist(dist, { measure: false });
  await Promise.all(queries.map((query) => createSearcher(load)({ query, scope: 'terkini', limit: 10 })));
  // Wall time, and CPU time beside it: on a shared machine the wall clock also measures the neighbours.
  const cold: number[] = [];
  const warm: number[] = [];
  const coldCpu: number[] = [];
  const warmCpu: number[] = [];
  const timed = async (run: () => Promise<unknown>, wall: number[], cpu: number[]) => {
    const start = performance.now();
    const used = process.cpuUsage();
    await run();
    const { user, system } = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  };
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      const search = createSearcher(load);
      await timed(() => search({ query, scope: 'terkini', limit: 10 }), cold, coldCpu);
      await timed(() => search({ query, scope: 'terkini', limit: 10 }), warm, warmCpu);
    }
  }
  return {
    queries: queries.length,
    code,
    bytes: { ...spread(first.map((f) => f.bytes)), worst: { query: worst.query, files: worst.files, typo: worst.typo } },
    files: spread(first.map((f) => f.files)),
    coldMs: spread(cold),
    warmMs: spread(warm),
    coldCpuMs: spread(coldCpu),
    warmCpuMs: spread(warmCpu),
    load: loadavg()[0]!,
    index: { terkini: indexSize(dist, 'terkini'), semua: indexSize(dist, 'semua') },
  };
}

/**
 * How long building the index takes for a content tree, in Node, apart from the rest of the build: every
 * clause of every version, which is nearly all of it (the tools, places and terms are a few hundred records).
 */
export function timeIndexBuild(content: string, lexiconFile: string) {
  const registry = parse(readFileSync(join(content, 'documents.yaml'), 'utf8')) as { id: string; title: string }[];
  const sources = registry.flatMap((doc) => {
    const versions = readdirSync(join(content, 'documents', doc.id)).map((file) => {
      const [, frontmatter, body] = readFileSync(join(content, 'documents', doc.id, file), 'utf8').match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      return { ...(parse(frontmatter!) as { version: string; status: 'draf' }), body: body! };
    });
    const current = currentVersion(versions);
    return newestFirst(versions).flatMap((v) => clauseSources(doc, { label: v.version, current: v === current, url: `/dokumen/${doc.id}/${v.version}/`, clauses: clausesOf(v.body) }));
  });
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const started = performance.now();
  const cpu = process.cpuUsage();
  const files = buildIndexFiles([{ kind: 'klausul', sources }], withStopwords(parse(readFileSync(lexiconFile, 'utf8')) as Lexicon));
  const used = process.cpuUsage(cpu);
  return { records: sources.length, files: files.size, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Builds the project on the kit's 1,000-document corpus into bench/.out (about as long as a site build of
 *  that size); returns the build folder, or undefined with a reason when the kit is not beside the project. */
function buildAnchorCorpus(root: string, documents: number): { dist?: string; content?: string; note?: string; seconds?: number } {
  const kit = join(root, '../shared/bench-anchors');
  if (!existsSync(join(kit, 'gen-corpus.mjs'))) return { note: `${kit} not found: the 1,000-document figures need the bench-anchors kit beside the project` };
  const corpus = join(root, `bench/.out/anchors-corpus-${documents}`);
  const content = join(root, `bench/.out/anchors-content-${documents}`);
  const dist = join(root, `bench/.out/anchors-dist-${documents}`);
  const node = (args: string[], env: Record<string, string> = {}) => {
    const run = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, encoding: 'utf8', maxBuffer: 2 ** 30 });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  };
  if (!existsSync(join(corpus, `dokumen-${String(documents).padStart(4, '0')}.md`))) node([join(kit, 'gen-corpus.mjs'), corpus, String(documents)]);
  node([join(kit, 'to-project.mjs'), root, corpus, content, '1']);
  rmSync(dist, { recursive: true, force: true });
  const started = performance.now();
  // No PDFs of record: search reads the pages and the index only (printing is measured on the site's own build).
  node(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { PEDOMAN_CONTENT_DIR: content, PDF: '0' });
  return { dist, content, seconds: (performance.now() - started) / 1000 };
}

/** The kit's browser measurement of bytes per query, project beside Starlight, when Starlight was built for
 *  this corpus by `../shared/bench-anchors/compare-build.sh 1000`. */
function starlightComparison(root: string, dist: string, documents: number): string {
  const kit = join(root, '../shared/bench-anchors');
  const anchors = process.env.ANCHORS || join(process.env.HOME ?? '', '.cache/pedoman-anchors');
  const starlight = process.env.STARLIGHT_DIST || join(anchors, `starlight-dist-${documents}`);
  if (!existsSync(starlight) || !statSync(starlight).isDirectory()) {
    return `Starlight not built for ${documents} documents at ${starlight}: run ANCHORS=${anchors} ../shared/bench-anchors/compare-build.sh ${documents} 1 once for the comparison`;
  }
  const lines: string[] = [];
  const port = Number(process.env.PORT ?? 4321);
  for (const query of ['perlindungan', 'pengaduan anak']) {
    const run = spawnSync(process.execPath, [join(kit, 'search-bytes.mjs'), String(documents), query], {
      cwd: root,
      // Ports beside this checkout's own PORT, so benches of several checkouts on one machine do not collide.
      env: { ...process.env, ANCHORS: anchors, STARLIGHT_DIST: starlight, PROJECT_DIST: dist, PAIRS: '1', PORT_STARLIGHT: String(port + 1000), PORT_PROJECT: String(port + 1001) },
      encoding: 'utf8',
    });
    const median = run.stdout.match(/search bytes Starlight ([\d.]+) KiB, project ([\d.]+) KiB/);
    lines.push(median ? `"${query}": Starlight ${median[1]} KiB, this search ${median[2]} KiB (${(Number(median[2]) / Number(median[1])).toFixed(2)}×)` : `"${query}": search-bytes.mjs failed: ${(run.stderr || run.stdout).slice(-500)}`);
  }
  return lines.join('\n');
}

export async function run(root: string, { corpus }: { corpus: boolean }) {
  const dist = join(root, 'dist');
  const queries = (parse(readFileSync(join(root, 'src/content/search/relevance.yaml'), 'utf8')) as { query: string }[]).map((r) => r.query);
  const real = await measure(dist, queries, 10);
  if (!corpus) return { real };
  const documents = 1000;
  const built = buildAnchorCorpus(root, documents);
  if (!built.dist) return { real, large: { note: built.note } };
  const large = await measure(built.dist, [...generatedQueries, ...queries], 3);
  const indexBuild = timeIndexBuild(built.content!, join(root, 'src/content/search/synonyms.yaml'));
  return { real, large: { documents, buildSeconds: built.seconds, indexBuild, ...large, starlight: starlightComparison(root, built.dist, documents) } };
}

type Figures = Awaited<ReturnType<typeof measure>>;

/** The search section of the bench's printout. */
export function report(search: Awaited<ReturnType<typeof run>>): string {
  const kb = (n: number) => (n / KB).toFixed(1);
  const ms = (n: number) => n.toFixed(2);
  const block = (title: string, f: Figures, target: number) => [
    title,
    `  first query, from opening search to the first results (code + index files, gzip): p50 ${kb(f.bytes.p50)} KB, p95 ${kb(f.bytes.p95)} KB, max ${kb(f.bytes.max)} KB ("${f.bytes.worst.query}", ${f.bytes.worst.files} files${f.bytes.worst.typo ? ', fuse.js loaded for a typo' : ''}) (target ≤ ${target})`,
    `  query time in the browser's own code (${f.queries} queries × rounds; target p95 ≤ 10 ms):`,
    `    first query (parses its files): wall p50 ${ms(f.coldMs.p50)} ms, p95 ${ms(f.coldMs.p95)} ms; CPU p50 ${ms(f.coldCpuMs.p50)} ms, p95 ${ms(f.coldCpuMs.p95)} ms`,
    `    typing on (files parsed):       wall p50 ${ms(f.warmMs.p50)} ms, p95 ${ms(f.warmMs.p95)} ms; CPU p50 ${ms(f.warmCpuMs.p50)} ms, p95 ${ms(f.warmCpuMs.p95)} ms   (load average ${f.load.toFixed(1)})`,
    `  index: current versions ${f.index.terkini.files} files, ${kb(f.index.terkini.gzip)} KB gzip in all; every version ${f.index.semua.files} files, ${kb(f.index.semua.gzip)} KB — a query fetches p50 ${f.files.p50}, at most ${f.files.max} of them`,
  ];
  const r = search.real;
  const lines = [
    'Search',
    `  code: ${kb(r.code.onOpen)} KB gzip when search opens, ${kb(r.code.typo)} KB more (fuse.js) on the first typo; ${kb(r.code.onOpen + r.code.typo)} KB in all (target ≤ 15)`,
    ...block('  real site', r, 40).map((l) => `  ${l}`),
  ];
  const large = search.large as (Figures & { documents: number; buildSeconds: number; indexBuild: { records: number; files: number; seconds: number; cpuSeconds: number }; starlight: string }) | { note: string } | undefined;
  if (large && 'note' in large) lines.push(`  1,000-document corpus: ${large.note}`);
  else if (large) {
    lines.push(...block(`  ${large.documents.toLocaleString('en')}-document generated corpus (bench-anchors; site built in ${large.buildSeconds.toFixed(0)} s)`, large, 150).map((l) => `  ${l}`));
    const b = large.indexBuild;
    lines.push(`    building the index of ${b.records.toLocaleString('en')} clauses (${b.files.toLocaleString('en')} files, both scopes): ${b.cpuSeconds.toFixed(1)} s of CPU (${b.seconds.toFixed(1)} s wall)`);
    lines.push('    Starlight (Pagefind) on the same corpus, measured in Chromium by bench-anchors/search-bytes.mjs:', ...large.starlight.split('\n').map((l) => `      ${l}`));
  }
  return lines.join('\n');
}
