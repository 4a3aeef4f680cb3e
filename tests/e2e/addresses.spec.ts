import { expect, test, type Page } from '@playwright/test';
import { documents } from './site-map';

// Every address the site has published still answers. The current version's text is read at the document's own
// address, so its fixed address answers with a small redirect page instead of a second copy of the page: with
// JavaScript the clause asked for comes along, without it the reader still lands on the right page.

const kicker = (page: Page) => page.locator('.doc-kicker');
/** The version a document's own address shows: its current one. */
async function currentOf(page: Page, doc: string): Promise<string> {
  await page.goto(`/dokumen/${doc}/`);
  return (await kicker(page).textContent())!.replace(/^.*Versi /, '');
}

test.describe('every version’s fixed address lands on that version’s text', () => {
  for (const doc of documents) {
    test(doc.id, async ({ page }) => {
      const current = await currentOf(page, doc.id);
      for (const version of doc.versions) {
        await page.goto(`/dokumen/${doc.id}/${version}/`);
        // The current version's address sends the reader to the document's address; any other is its own page.
        await expect(page).toHaveURL(version === current ? new RegExp(`/dokumen/${doc.id}/$`) : new RegExp(`/dokumen/${doc.id}/${version.replace('.', '\\.')}/$`));
        await expect(kicker(page)).toHaveText(new RegExp(`· Versi ${version.replace('.', '\\.')}$`));
        await expect(page.locator('h1')).toHaveText(doc.title);
      }
    });
  }
});

test('a citation of the current version’s fixed address lands on the clause', async ({ page }) => {
  const current = await currentOf(page, 'panduan-rujukan');
  await page.goto(`/dokumen/panduan-rujukan/${current}/#sapa-129`);
  await expect(page).toHaveURL(/\/dokumen\/panduan-rujukan\/#sapa-129$/);
  await expect(page.locator('#sapa-129')).toBeInViewport();
  await expect(page.locator(':target')).toHaveAttribute('id', 'sapa-129');
});

test('without JavaScript, the current version’s fixed address still lands on its text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/dokumen/pedoman-kemitraan/${await currentOf(page, 'pedoman-kemitraan')}/`);
  await expect(page).toHaveURL(/\/dokumen\/pedoman-kemitraan\/$/);
  await expect(page.locator('h1')).toHaveText('Pedoman Kemitraan');
  await expect(page.locator('#nota-kesepahaman')).toBeAttached();
  await context.close();
});

test('the redirect page says where it leads, in words, within the page’s own security policy', async ({ page, request }) => {
  const current = await currentOf(page, 'pedoman-kemitraan');
  const response = await request.get(`/dokumen/pedoman-kemitraan/${current}/`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/dokumen/pedoman-kemitraan/">');
  expect(html).toContain('<a href="/dokumen/pedoman-kemitraan/" data-redirect>Buka Pedoman Kemitraan</a>');
  expect(html).toContain(`Versi ${current} adalah versi terkini`);
  expect(html).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self'/);
  // A few hundred bytes, not a second copy of the document.
  expect(Buffer.byteLength(html)).toBeLessThan(3000);
});

// Every document of the site has two versions or more, so each has a comparison chooser; a single-version document
// has none (tests/unit/documents/page-plan.test.ts and read-plan.test.ts).
