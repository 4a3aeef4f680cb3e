import { Worker } from 'node:worker_threads';
import { isAbsolute, relative, resolve } from 'node:path';

// The worker's whole program: plain synchronous writes, each folder made once. It is given as text (an eval'd
// worker) so that it runs as it is, whether the caller is an integration (loaded by Node, or by Vite's module
// runner on a Node that cannot read TypeScript) or bundled into the build's prerender chunk (a route).
const WORKER = `
const { workerData, parentPort } = require('node:worker_threads');
const { mkdirSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const made = new Set();
for (const [file, text] of workerData) {
  const folder = dirname(file);
  if (!made.has(folder)) { mkdirSync(folder, { recursive: true }); made.add(folder); }
  writeFileSync(file, text);
}
parentPort.postMessage(workerData.length);
`;

/** Each file's full path below `root`; a path that would leave it (absolute, or with `..`) is refused. */
export function placeFiles(root: string, files: Iterable<readonly [path: string, text: string]>): [string, string][] {
  const placed: [string, string][] = [];
  for (const [path, text] of files) {
    const full = resolve(root, path);
    const inside = relative(root, full);
    if (path === '' || isAbsolute(path) || inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`Alamat berkas tidak sah: "${path}"`);
    placed.push([full, text]);
  }
  return placed;
}

/**
 * Writes files below `root` on a thread of their own, and resolves with how many were written. Thousands of
 * small files cost the system more than the build's own work on them; on the second core they are written
 * while the build goes on (pages are rendered on the first), instead of after it.
 */
export function writeFilesInBackground(root: string, files: Iterable<readonly [path: string, text: string]>): Promise<number> {
  const placed = placeFiles(root, files);
  return new Promise((done, fail) => {
    const worker = new Worker(WORKER, { eval: true, workerData: placed });
    worker.once('message', (count: number) => done(count));
    worker.once('error', fail);
    worker.once('exit', (code) => code === 0 || fail(new Error(`Penulisan berkas berhenti (kode ${code})`)));
  });
}

/** What the build writes in the background, by name, and where: shared by the integrations that start or await
 *  writes and by the route that starts the data files', through globalThis (each has its own copy of this module). */
interface BuildWrites {
  outDir: string;
  pending: Map<string, Promise<number>>;
}
const KEY = Symbol.for('pedoman.build-writes');
/** The batch of the data files (src/pages/berkas-data.txt.ts), and the file listing them below the output folder. */
export const DATA_FILES = 'berkas-data.txt';
const registry = globalThis as { [KEY]?: BuildWrites };

/** Forgets an earlier build's writes: called as a build starts, before any are started. */
export function resetBuildWrites(): void {
  delete registry[KEY];
}

/** The build's register of background writes, opened by whichever integration comes first once the output
 *  folder has been emptied (`astro:build:setup`). */
export function openBuildWrites(outDir: string): BuildWrites {
  registry[KEY] ??= { outDir, pending: new Map() };
  return registry[KEY];
}

export const buildWrites = (): BuildWrites | undefined => registry[KEY];

/** Starts a named batch of writes in the background. A failure is kept for `finishWrites`, never left unhandled. */
export function startWrites(writes: BuildWrites, name: string, files: Iterable<readonly [string, string]>): void {
  const written = writeFilesInBackground(writes.outDir, files);
  written.catch(() => undefined);
  writes.pending.set(name, written);
}

/** Waits for a named batch: how many files it wrote (none when it was never started). */
export async function finishWrites(name: string): Promise<number | undefined> {
  return buildWrites()?.pending.get(name);
}
