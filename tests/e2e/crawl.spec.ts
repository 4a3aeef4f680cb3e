import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';
import { watch } from './watch';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Pages made from one template with other data (a clause's history, a province's services or poster, an
 * instrument version; a document's comparisons) form a family; each document's versions are scanned. The accessibility scan is the slow part of this crawl, so it runs on every
 * page of a family of up to eight and on four pages spread over a larger one (first, two between, last); every
 * page is still loaded and checked for everything else. The page types are also scanned at two widths in
 * accessibility.spec.ts.
 */
const familyOf = (path: string) =>
  path
    .split('/')
    .map((segment, i, all) => (i < 2 || (i === 2 && all[1] === 'dokumen') || ['riwayat', 'bandingkan', 'poster', 'proses', 'wilayah'].includes(segment) ? segment : /^\d[\d.]*$/.test(segment) ? ':versi' : ':x'))
    .join('/');
const families = Map.groupBy(builtPages, familyOf);
const scanned = new Set(
  [...families.values()].flatMap((members) => (members.length <= 8 ? members : [0, 1, 2, 3].map((k) => members[Math.round((k * (members.length - 1)) / 3)]!))),
);

test.describe('every built page, on a phone: one h1, unique ids, nothing sent elsewhere, nothing kept, no errors; axe-clean', () => {
  for (const path of builtPages) {
    test(path, async ({ page }) => {
      // An accessibility scan of a long document takes a while on a busy machine; the limit is for hangs.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      const watching = await watch(page);
      const response = await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (scanned.has(path)) {
        const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      await expect(page.locator('h1')).toHaveCount(1);
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      // The policy is in the page itself, so it holds on any host; the host adds what only a header can say.
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toMatch(/unsafe-(eval|inline)/);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response?.headers()['referrer-policy']).toBe('no-referrer');
      await watching.expectClean();
    });
  }
});
