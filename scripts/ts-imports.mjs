// Lets Node's own module loader read the site's TypeScript as it is written. Relative imports in src/ name no
// extension ('./corpus'); Vite resolves them, Node does not. Astro loads astro.config.mjs with Node first and,
// when that fails, starts a Vite server only to load the config and the ~100 modules of its integrations: 1.2 s
// instead of 0.6 s at the start of every build and `astro check`. With this hook Node's loader (which strips the types
// itself from Node 22.18) succeeds. The content check's thread uses it too (src/integrations/content-check-thread.mjs).
//
// Only a relative import that Node cannot find is retried, as `.ts`, `.tsx` or a folder's `index.ts`; every other
// import resolves exactly as before. On a Node without `module.registerHooks` (before 22.15) it does nothing and
// Astro's Vite loader takes over, as it always did.
import module from 'node:module';

const TRIED = ['.ts', '.tsx', '/index.ts'];
const DONE = Symbol.for('pedoman.ts-imports');

/** Registers the hook once per thread; true when Node's loader can now read the site's TypeScript. */
export function resolveTsImports() {
  if (globalThis[DONE]) return true;
  if (typeof module.registerHooks !== 'function' || !process.features.typescript) return false;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        const missing = error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT';
        if (!missing || !/^\.\.?\//.test(specifier) || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
        for (const tail of TRIED) {
          try {
            return nextResolve(specifier.replace(/\/$/, '') + tail, context);
          } catch {
            // not this one: try the next
          }
        }
        throw error;
      }
    },
  });
  globalThis[DONE] = true;
  return true;
}
