// What a page does behind a visitor's back, recorded while a test drives it: every request, every console
// error and uncaught exception, every Content-Security-Policy violation; and, at the end, cookies and storage.
import { expect, type Page } from '@playwright/test';

export interface Watch {
  requests: string[];
  /** Fails the test if anything left this site, broke, or was kept. `secrets` must appear in no request. */
  expectClean: (secrets?: string[]) => Promise<void>;
}

export async function watch(page: Page): Promise<Watch> {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return {
    requests,
    async expectClean(secrets = []) {
      const origin = new URL(page.url()).origin;
      expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')), 'requests to another origin').toEqual([]);
      for (const secret of secrets) expect(requests.filter((u) => decodeURIComponent(u).toLowerCase().includes(secret.toLowerCase())), `a request carrying "${secret}"`).toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), 'CSP violations').toEqual([]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length), 'localStorage and sessionStorage entries').toBe(0);
    },
  };
}
