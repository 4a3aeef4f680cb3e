// The content check on a thread of its own (src/integrations/content-guard.ts starts it): it reads and checks
// every content file while Astro loads its routes and starts Vite on the main thread. Plain JavaScript, so the
// thread starts without a compiler; it reads the check's TypeScript with Node's own loader.
import { parentPort, workerData } from 'node:worker_threads';
import { resolveTsImports } from '../../scripts/ts-imports.mjs';

if (!resolveTsImports()) throw new Error('Node ini tidak dapat membaca TypeScript sendiri');
const { checkContentTree } = await import('./content-report.ts');
parentPort.postMessage(await checkContentTree(workerData.root));
