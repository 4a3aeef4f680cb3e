// Search latency, measured in Node with the browser's own search code: on the real index, and on a generated
// corpus of 10,000 clauses. Compiled and run by bench/run.mjs.
import { readFileSync } from 'node:fs';
import { buildPayload, createSearch, type SearchPayload } from '../src/lib/search/engine';
import type { SearchSource } from '../src/lib/search/records';

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function time(search: ReturnType<typeof createSearch>, queries: string[], rounds: number) {
  queries.forEach((q) => search(q)); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const start = performance.now();
      search(q);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return { queries: times.length, p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

export function run(payloadFile: string, queries: string[]) {
  const real = JSON.parse(readFileSync(payloadFile, 'utf8')) as SearchPayload;
  const words = Object.values(real.vocabularyIndex).flatMap((index) => (index.records as { v: string }[]).map((r) => r.v));
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = () => words[Math.floor(next() * words.length)]!;
  const sources: SearchSource[] = Array.from({ length: 10_000 }, (_, i) => ({
    record: { group: `Dokumen ${i % 50}`, version: 'Versi 1.0', current: true, title: `Pasal ${i} — ${pick()} ${pick()}`, excerpt: '', url: `/x/${i}` },
    heading: `${pick()} ${pick()}`,
    text: Array.from({ length: 90 }, pick).join(' '),
  }));
  const startBuild = performance.now();
  const large = buildPayload(sources, real.lexicon);
  const buildMs = performance.now() - startBuild;
  const startLoad = performance.now();
  const largeSearch = createSearch(large);
  const loadMs = performance.now() - startLoad;
  const synthetic = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `${pick()} ${pick()}` : i % 3 === 1 ? pick() : `${pick().slice(0, -1)}x`));
  return {
    real: time(createSearch(real), queries, 20),
    large: { clauses: sources.length, buildMs, loadMs, ...time(largeSearch, [...queries, ...synthetic], 5) },
  };
}
