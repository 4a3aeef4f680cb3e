import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

// "Bacakan" reads with the device's own voice: a stand-in speechSynthesis records what would be spoken, in which
// language and voice, so the test hears what a person would. Without a voice the button is not there at all.

async function fakeVoices(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((list) => {
    const spoken: { text: string; lang: string; voice?: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const synth = {
      speaking: false,
      getVoices: () => list,
      speak(u: SpeechSynthesisUtterance) {
        spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as unknown as { name: string } | null)?.name });
      },
      cancel() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      lang = '';
      voice: unknown = null;
      onend: unknown;
      onerror: unknown;
      constructor(text: string) {
        this.text = text;
      }
    };
  }, voices);
}

type Said = { text: string; lang: string; voice?: string };
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Said[] }).spoken);
/** What has been spoken, once something has: the speaking code loads when the button is first pressed. */
async function spoken(page: Page): Promise<Said[]> {
  await expect.poll(async () => (await recorded(page)).length).toBeGreaterThan(0);
  return recorded(page);
}

test('without a voice on the device there is no Bacakan button', async ({ page }) => {
  await fakeVoices(page, []);
  await page.goto('/penapisan/');
  await expect(page.locator('.read-aloud').first()).toBeAttached();
  await expect(page.getByRole('button', { name: /^Bacakan/ })).toHaveCount(0);
});

test('on a question, by keyboard: reads the question and its choices in an Indonesian voice, and nothing is sent', async ({ page }) => {
  await fakeVoices(page, [{ lang: 'en-US', name: 'English' }, { lang: 'id-ID', name: 'Bahasa Indonesia' }]);
  await page.goto('/penapisan/');
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const button = page.getByRole('button', { name: 'Bacakan pertanyaan ini dan pilihannya' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const [said] = await spoken(page);
  expect(said).toMatchObject({ lang: 'id-ID', voice: 'Bahasa Indonesia' });
  expect(said!.text).toContain('Apakah ada anak yang dalam bahaya sekarang?');
  expect(said!.text).toContain('Ya, anak dalam bahaya sekarang. Tidak. Saya tidak tahu');
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  // Only this site's own code for speaking was loaded; nothing left the device.
  expect(requests.every((p) => p.startsWith('/_astro/'))).toBe(true);
});

test('on the emergency strip of a reading page: reads the numbers, not the source notes', async ({ page }) => {
  await fakeVoices(page, [{ lang: 'id_ID', name: 'Indonesia' }]);
  await page.goto('/dokumen/sop-pengaduan/');
  await page.locator('.emergency').getByRole('button', { name: 'Bacakan nomor darurat' }).click();
  const [said] = await spoken(page);
  expect(said!.text).toMatch(/^Anak dalam bahaya sekarang\? Hubungi: Polisi 110\. SAPA 129\./);
  expect(said!.text).not.toContain('Untuk anak');
  expect(said!.voice).toBe('Indonesia');
});

test('on a result: reads the outcome and its steps, without sources and clause links', async ({ page }) => {
  await fakeVoices(page, [{ lang: 'id-ID', name: 'Bahasa Indonesia' }]);
  await page.goto('/penapisan/anak/');
  await page.getByRole('button', { name: 'Mulai' }).click();
  for (const label of ['Tidak', 'Aku dirundung (di-bully) oleh anak lain', 'Di sekolah negeri']) {
    await page.getByLabel(label, { exact: true }).check();
    await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  }
  await page.getByRole('combobox', { name: 'Provinsi' }).fill('Saya tidak tahu, atau di luar Indonesia');
  await page.getByRole('combobox', { name: 'Provinsi' }).press('Escape');
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await page.getByLabel('Tidak ada, atau aku tidak tahu', { exact: true }).check();
  await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await page.getByRole('button', { name: 'Bacakan hasil ini' }).click();
  const [said] = await spoken(page);
  expect(said!.text).toContain('Siapa yang bisa menolongmu');
  expect(said!.text).toContain('Ceritakan kepada tim anti-kekerasan di sekolahmu (TPPK)');
  expect(said!.text).not.toContain('Sumber:');
  expect(said!.text).not.toContain('Dasar:');
});
