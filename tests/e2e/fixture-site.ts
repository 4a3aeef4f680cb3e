// A second copy of the site, built from the real content with one document's versions replaced by a fixture's,
// and served on its own port: for tests of what a reader sees when a document has a history the real content
// does not (yet) have. PEDOMAN_CONTENT_DIR points the build at the copy, as in tests/content/build-guard.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

export interface FixtureSite {
  url: string;
  close: () => Promise<void>;
}

/** Builds the site with `documents/<doc>/` taken from `tests/fixtures/<fixture>/<doc>/`, and serves it on `port`. */
export async function fixtureSite(fixture: string, doc: string, port: number): Promise<FixtureSite> {
  const work = join(root, 'node_modules/.cache', `site-${fixture}`);
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'src/content'), content, { recursive: true });
  rmSync(join(content, 'documents', doc), { recursive: true });
  cpSync(join(root, 'tests/fixtures', fixture, doc), join(content, 'documents', doc), { recursive: true });
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], {
    cwd: root,
    env: { ...process.env, PEDOMAN_CONTENT_DIR: content, PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PDF: '0' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);

  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(dist) && existsSync(file);
    response.writeHead(found ? 200 : 404, { 'content-type': types[extname(found ? file : '.html')] ?? 'application/octet-stream' });
    response.end(readFileSync(found ? file : join(dist, '404.html')));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
