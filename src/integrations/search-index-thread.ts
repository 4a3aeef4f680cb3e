// The search index, built and written on a thread of its own during a build: the entry point that
// src/integrations/search-index-worker.ts bundles (esbuild) and runs as a worker. Its input is what the route
// src/pages/berkas-data.txt.ts gathered from the content; nothing here reads the content itself.
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndexFiles, type SourceGroup } from '../lib/search/index-build';
import type { Lexicon } from '../lib/search/normalise';
import { paths } from '../lib/paths';
import { writeFilesNow } from './write-files';

const { groups, lexicon, root } = workerData as { groups: SourceGroup[]; lexicon: Lexicon; root: string };
const files = buildIndexFiles(groups, lexicon);
parentPort!.postMessage(writeFilesNow(root, [...files].map(([file, text]) => [`${paths.searchIndex()}${file}`, text] as const)));
