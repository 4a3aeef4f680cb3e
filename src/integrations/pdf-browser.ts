import { existsSync } from 'node:fs';

/** The Chromium that prints the PDFs of record: Debian's, or CHROME_PATH. */
export const chromiumPath = (): string => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Whether this build makes a PDF of every version: only with a Chromium to print them, and not when PDF=0 (the
 * benchmark's generated corpus, a quick local build). Pages link a PDF only when one is made, so a build on a
 * machine without Chromium works and has no broken link.
 */
export function pdfsThisBuild(): boolean {
  return process.env.PDF !== '0' && existsSync(chromiumPath());
}
