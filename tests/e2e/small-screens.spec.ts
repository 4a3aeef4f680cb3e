import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { childLabel, finderResult, questions } from './routing-driver';

// A phone 320 or 360 px wide with text at 200 %: nothing scrolls sideways on any page type or at any step of the
// tools, the quick-exit bar keeps to about 15 % of the screen, and every target is at least 24 × 24 px wherever the
// page is scrolled. The larger text is the reader's own setting, injected as `html { font-size: 200% }`.
test.use({ bypassCSP: true });

const LARGE_TEXT = 'html { font-size: 200% !important; }';
const screens = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
];

const pageTypes = {
  home: '/',
  'document list': '/dokumen/',
  document: '/dokumen/sop-pengaduan/',
  'fixed version': '/dokumen/panduan-rujukan/0.3/',
  'old version': '/dokumen/pedoman-kemitraan/0.1/',
  history: '/dokumen/pedoman-kemitraan/riwayat/',
  comparison: '/dokumen/sop-pengaduan/bandingkan/0.1...0.2/',
  'comparison chooser': '/dokumen/sop-pengaduan/bandingkan/',
  updates: '/pembaruan/',
  glossary: '/istilah/',
  contacts: '/kontak/',
  'service directory': '/layanan/',
  'province services': '/layanan/jawa-barat/',
  search: '/cari/?q=rujukan',
  safety: '/aman/',
  figures: '/angka-pengaduan/',
  'pre-screening': '/penapisan/',
  'child mode': '/penapisan/anak/',
  finder: '/cari-rujukan/',
  'partner self-assessment': '/cek-mitra/',
  '404': '/tidak-ada/',
};

async function open(page: Page, path: string) {
  await page.goto(path);
  await page.addStyleTag({ content: LARGE_TEXT });
}

/** What sticks out to the right of the screen, named so a failure says where. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed' && !el.closest('.table-scroll, .sr-only'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} > ${width})`);
  });
}

async function fits(page: Page, where: string) {
  expect(await overflow(page), `${where}: nothing wider than the screen`).toEqual([]);
}

/**
 * The target-size rule of WCAG 2.2 (2.5.8). Where something stays on screen as the page scrolls (the quick-exit
 * bar), targets pass beneath it, so the rule runs at the top, part way down and at the bottom; elsewhere the page
 * looks the same at any scroll position and once is enough.
 */
async function targetsEverywhere(page: Page, where: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const sticky = (await page.locator('.quick-exit').count()) > 0;
  for (const y of sticky ? [0, 40, 120, 400, Math.max(0, height - 800), height] : [0]) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => `${where} at ${y}px: ${n.target.join(' ')}`))).toEqual([]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

for (const screen of screens) {
  test.describe(`${screen.width} px wide, text at 200 %`, () => {
    test.use({ viewport: screen });

    for (const [name, path] of Object.entries(pageTypes)) {
      test(`${name}: no sideways scrolling, targets of 24 px everywhere`, async ({ page }) => {
        test.setTimeout(90_000); // a whole document at 320 px is long for the accessibility engine
        await open(page, path);
        await fits(page, name);
        await targetsEverywhere(page, name);
        const bar = page.locator('.quick-exit');
        if (await bar.count()) {
          const box = (await bar.boundingBox())!;
          expect(box.height, 'quick-exit bar height').toBeLessThanOrEqual(screen.height * 0.15);
          await page.evaluate(() => window.scrollTo(0, 600));
          expect((await bar.boundingBox())!.y, 'the quick-exit bar stays in reach when scrolled').toBeLessThanOrEqual(1);
        }
      });
    }

    test('every step of the pre-screening and of child mode, and the finder’s path', async ({ page }) => {
      test.setTimeout(120_000);
      const steps = async (label: (q: string, o: string) => string, answers: Record<string, string>) => {
        for (let guard = 0; guard < 20; guard++) {
          await fits(page, (await page.locator('h1').first().textContent()) ?? '');
          if (await page.getByRole('button', { name: 'Lihat hasil' }).isVisible()) break;
          if (await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).isVisible()) {
            await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).click();
            continue;
          }
          const id = (await page.locator('.screening form fieldset').first().getAttribute('id'))!;
          if (questions.find((q) => q.id === id)!.type === 'place') {
            await page.getByRole('combobox', { name: 'Provinsi' }).fill('Jawa Barat');
            await page.getByRole('combobox', { name: 'Provinsi' }).press('Escape');
            await page.getByRole('combobox', { name: /^Kabupaten\/kota/ }).fill('Kota Bekasi');
            await page.getByRole('combobox', { name: /^Kabupaten\/kota/ }).press('Escape');
          } else await page.getByLabel(label(id, answers[id]!), { exact: true }).check();
          await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
        }
        await page.getByRole('button', { name: 'Lihat hasil' }).click();
        await expect(page.locator('.screening-result')).toBeVisible();
        await fits(page, 'hasil');
        await targetsEverywhere(page, 'hasil');
      };
      const answers = { bahaya: 'ya', usia: 'anak', 'apa-terjadi': 'kekerasan-seksual', 'di-mana': 'sekolah-negeri', keadaan: 'saksi-terancam', penanganan: 'belum' };
      await open(page, '/penapisan/');
      await steps((q, o) => questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.label, answers);

      await open(page, '/penapisan/anak/');
      await fits(page, 'mulai');
      await page.getByRole('button', { name: 'Mulai' }).click();
      await steps(childLabel, answers);
      await page.locator('.adult-steps summary').click();
      await fits(page, 'langkah lengkap');
      await page.getByRole('button', { name: 'Buat surat untuk orang dewasa yang kamu percaya' }).click();
      await page.getByLabel('Orang dewasa lain yang aku percaya', { exact: true }).check();
      await page.getByLabel('Temani aku meminta bantuan', { exact: true }).check();
      await fits(page, 'surat');
      await targetsEverywhere(page, 'surat');

      await finderResult(page, { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['tidak-ada'], penanganan: ['belum'] }, '32.75');
      await page.addStyleTag({ content: LARGE_TEXT });
      await fits(page, 'jalur rujukan');
      await targetsEverywhere(page, 'jalur rujukan');
    });
  });
}
