import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';
import { watch } from './watch';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe('every built page, on a phone: axe-clean, one h1, unique ids, nothing sent elsewhere, nothing kept, no errors', () => {
  for (const path of builtPages) {
    test(path, async ({ page }) => {
      // An accessibility scan of a long document takes a while on a busy machine; the limit is for hangs.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      const watching = await watch(page);
      const response = await page.goto(path);
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
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
