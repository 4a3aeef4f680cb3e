// Drives both public tools with the same answers, by the labels a person sees, for the browser tests. Answers
// are given by option id (as in tools/routing/situations.yaml) and turned into labels from the same data.
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getProvinces, getRegencies } from 'idn-area-data';
import { canonicalSituation, question } from '../../src/schemas/routing';

const content = join(import.meta.dirname, '../../src/content/tools/routing');
export const questions = question.array().parse(parse(readFileSync(join(content, 'questions.yaml'), 'utf8')));
export const situations = canonicalSituation.array().parse(parse(readFileSync(join(content, 'situations.yaml'), 'utf8')));
export type Answers = Record<string, string[]>;

const label = (questionId: string, optionId: string) => questions.find((q) => q.id === questionId)!.options.find((o) => o.id === optionId)!.label;

/** How child mode words an option: its child label, from the same data. */
export const childLabel = (questionId: string, optionId: string) => {
  const said = questions.find((q) => q.id === questionId)!.child!.options[optionId]!;
  return typeof said === 'string' ? said : said.label;
};

/** The answers child mode uses for the questions it does not ask, from the same data. */
export const childFixed: Answers = Object.fromEntries(questions.flatMap((q) => (q.child?.skip ? [[q.id, q.child.skip]] : [])));

/** The province's and regency's names for a Kemendagri code, as the place fields list them. */
export async function placeNames(code: string): Promise<{ province: string; regency?: string }> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const province = provinces.find((p) => p.code === code.slice(0, 2))!.name;
  return { province, regency: code.length > 2 ? regencies.find((r) => r.code === code)!.name : undefined };
}

/** Chooses a place in the two searchable fields; "tidak-tahu" when the code is not given. */
async function choosePlace(scope: Page | Locator, code: string | undefined) {
  const province = scope.getByRole('combobox', { name: 'Provinsi' });
  if (!code) {
    await province.fill('Saya tidak tahu, atau di luar Indonesia');
    await province.press('Escape');
    return;
  }
  const names = await placeNames(code);
  await province.fill(names.province);
  await province.press('Escape');
  const regency = scope.getByRole('combobox', { name: 'Kabupaten/kota (bila Anda tahu)' });
  if (!names.regency) return;
  await expect(regency).toBeEnabled();
  await regency.fill(names.regency);
  await regency.press('Escape');
}

/** Ticks the answers to one question inside `scope`; a question left out is answered with its "none" option. */
async function tick(scope: Page | Locator, questionId: string, given: string[] | undefined, labelOf = label) {
  const q = questions.find((x) => x.id === questionId)!;
  const ids = given ?? [q.options.find((o) => o.exclusive || o.id === 'tidak-tahu')?.id ?? q.options.at(-1)!.id];
  for (const id of ids) await scope.getByLabel(labelOf(questionId, id), { exact: true }).check();
}

export async function openScreening(page: Page) {
  await page.goto('/penapisan/');
  await expect(page.getByRole('button', { name: 'Lanjutkan', exact: true })).toBeEnabled();
}

/** Answers the pre-screening one page at a time, reads the check page, and opens the result. */
export async function screeningResult(page: Page, answers: Answers, place?: string) {
  await openScreening(page);
  await answerPages(page, answers, place, label);
}

export async function openChildMode(page: Page) {
  await page.goto('/penapisan/anak/');
  await expect(page.getByRole('button', { name: 'Mulai', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
}

/** Child mode with the same answers, by the child's words: only the questions a child is asked. */
export async function childResult(page: Page, answers: Answers, place?: string) {
  await openChildMode(page);
  await answerPages(page, answers, place, childLabel);
}

/** The child's result: the destinations of the steps told in a child's words. */
export async function childDestinations(page: Page): Promise<string[]> {
  return (await page.locator('.child-steps > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-tujuan') ?? ''))).filter(Boolean);
}

async function answerPages(page: Page, answers: Answers, place: string | undefined, labelOf: typeof label) {
  for (let guard = 0; guard < 20; guard++) {
    if (await page.getByRole('button', { name: 'Lihat hasil' }).isVisible()) break;
    if (await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).isVisible()) {
      await page.getByRole('button', { name: 'Lanjutkan pertanyaan' }).click();
      continue;
    }
    const form = page.locator('.screening form');
    const id = await form.locator('fieldset').first().getAttribute('id');
    const q = questions.find((x) => x.id === id)!;
    if (q.type === 'place') await choosePlace(form, place);
    else await tick(form, q.id, answers[q.id], labelOf);
    const step = await page.locator('.screening').getAttribute('data-step');
    await page.getByRole('button', { name: 'Lanjutkan', exact: true }).click();
    // The place page may wait for its province's list before it goes on by itself.
    await expect(page.locator('.screening')).not.toHaveAttribute('data-step', step ?? '');
  }
  await page.getByRole('button', { name: 'Lihat hasil' }).click();
  await expect(page.locator('.screening-result')).toBeVisible();
}

export async function openFinder(page: Page) {
  await page.goto('/cari-rujukan/');
  await expect(page.getByRole('button', { name: 'Tampilkan jalur rujukan' })).toBeEnabled();
}

/** Fills the finder's one page with the same answers and shows the path. */
export async function finderResult(page: Page, answers: Answers, place?: string) {
  await openFinder(page);
  const form = page.locator('.finder-form');
  for (const q of questions) {
    if (q.type === 'place') await choosePlace(form, place);
    else await tick(form.locator(`fieldset#${q.id}`), q.id, answers[q.id]);
  }
  await page.getByRole('button', { name: 'Tampilkan jalur rujukan' }).click();
  await expect(page.locator('.referral-result')).toBeVisible();
}

/** The destination of the first step shown that sends the person somewhere, and every destination shown. */
export async function shownDestinations(page: Page): Promise<string[]> {
  return (await page.locator('.path-steps:not(.child-steps) > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-tujuan') ?? ''))).filter(Boolean);
}

/** Holds back a province's file, as a slow connection would, until `release` is called. */
export async function holdProvinceFile(page: Page, code: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/cari-rujukan/wilayah/${code}.json`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
