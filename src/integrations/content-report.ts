import { resolve } from 'node:path';
import { checkContent } from './read-content';
import { datedEntries } from '../lib/contacts/dated-entries';
import { staleEntries, type Dated } from '../lib/contacts/stale';
import type { ContentError } from '../lib/content/errors';
import { regionCodes } from '../site/regions';
import { readSteward } from '../lib/contacts/steward';

// The content check as the build, `astro check` and `npm run check` run it: read every content file, check it,
// and say what stops the build and what an editor should know. No Astro here, so it also runs on its own thread
// (content-check-thread.mjs) and in the command-line check (check-cli.ts).

/** The result of checking every content file: what stops the build, and what an editor should know. */
export interface ContentReport {
  errors: ContentError[];
  warnings: ContentError[];
  stale: Dated[];
}

/** Checks the content tree (`PEDOMAN_CONTENT_DIR`, else src/content) below `root`. */
export async function checkContentTree(root: string): Promise<ContentReport> {
  const contentDir = resolve(root, process.env.PEDOMAN_CONTENT_DIR ?? 'src/content');
  const { errors, warnings, files } = checkContent(contentDir, root, await regionCodes());
  // The data steward named in the environment (README, "Reporting a wrong number"): a half-written one stops the build.
  for (const problem of readSteward(process.env).problems) {
    errors.push({ file: '(lingkungan build)', field: problem.slice(0, problem.indexOf(':')), reason: problem.slice(problem.indexOf(':') + 2) });
  }
  const stale = errors.length === 0 ? staleEntries(datedEntries([files.contacts, files.services]), new Date().toISOString().slice(0, 10)) : [];
  return { errors, warnings, stale };
}
