import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus.mjs';

// A page does not grow when documents are added: the site is built twice from a fixture corpus (the site's own
// documents plus 20, then plus 60 generated ones, each with two versions) and the same pages weigh the same bytes
// in both. Only /dokumen/, where the full list lives, grows. (Timings are the bench's; this counts bytes.)
const root = join(import.meta.dirname, '../..');
const SMALL = 20;
const LARGE = 60; // 27 and 67 documents in all: both beyond what a sidebar names, counted with the same digits

function buildWith(documents: number): string {
  const content = join(root, `node_modules/.cache/fixture-content/growth-${documents}`);
  const out = join(root, `node_modules/.cache/fixture-build/growth-${documents}`);
  generateCorpus(content, { documents, versions: 2, clauses: 6 });
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, PEDOMAN_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
  });
  if (run.status !== 0) throw new Error(`build with ${documents} generated documents failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return out;
}

const bytes = (dist: string, page: string) => readFileSync(join(dist, page)).length;
let small = '';
let large = '';

beforeAll(() => {
  small = buildWith(SMALL);
  large = buildWith(LARGE);
}, 300_000);

describe('pages do not grow with the number of documents', () => {
  it.each([
    'index.html',
    'dokumen/sop-pengaduan/index.html',
    'dokumen/pedoman-kemitraan/0.1/index.html',
    'dokumen/dokumen-5/index.html',
    'dokumen/dokumen-5/1.0/index.html',
    'dokumen/dokumen-5/riwayat/index.html',
    'dokumen/dokumen-5/bandingkan/index.html',
    'dokumen/dokumen-5/bandingkan/1.0...1.1/index.html',
    'kontak/index.html',
  ])(`%s weighs the same with ${LARGE - SMALL} more documents`, (page) => {
    expect(bytes(large, page), page).toBe(bytes(small, page));
  });

  it('a document writes the same files, of the same size, whatever the number of other documents', () => {
    const files = (dist: string) => readdirSync(join(dist, 'dokumen/dokumen-5'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|json)$/.test(f)).sort();
    expect(files(large)).toEqual(files(small));
    expect(files(large).map((f) => bytes(large, `dokumen/dokumen-5/${f}`))).toEqual(files(small).map((f) => bytes(small, `dokumen/dokumen-5/${f}`)));
  });

  it('the full list at /dokumen/ names every document', () => {
    const cards = (dist: string) => readFileSync(join(dist, 'dokumen/index.html'), 'utf8').match(/<li class="card"/g)?.length;
    expect(cards(small)).toBe(7 + SMALL);
    expect(cards(large)).toBe(7 + LARGE);
  });

  it('a reading page’s sidebar names a few documents and links to the full list', () => {
    const html = readFileSync(join(large, 'dokumen/dokumen-50/index.html'), 'utf8');
    const sidebar = html.match(/<nav class="doc-sidebar"[\s\S]*?<\/nav>/)![0];
    expect(sidebar.match(/<li>/g)).toHaveLength(8);
    expect(sidebar).toContain('aria-current="page"><span class="code">UJI-50</span>');
    expect(sidebar).toContain(`<a href="/dokumen/">Semua ${7 + LARGE} dokumen</a>`);
  });
});
