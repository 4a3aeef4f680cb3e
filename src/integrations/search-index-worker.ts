import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles src/integrations/search-index-thread.ts (with the pure search code it imports) into one script a worker
 * thread runs as it is: the worker cannot load the project's TypeScript, and the bundle takes a few hundredths of
 * a second. Without esbuild (an install without development tools) it gives none, and the index is built on the
 * main thread as before: slower, the same files.
 */
export async function bundleSearchIndexThread(root: URL): Promise<string | undefined> {
  const outfile = join(fileURLToPath(root), 'node_modules/.cache/pedoman-build/search-index-thread.mjs');
  try {
    const { build } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    await build({
      entryPoints: [join(fileURLToPath(root), 'src/integrations/search-index-thread.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  } catch {
    return undefined;
  }
}
