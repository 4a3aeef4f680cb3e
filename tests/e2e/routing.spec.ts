import { expect, test } from '@playwright/test';
import { finderResult, screeningResult, shownDestinations, situations } from './routing-driver';

// Both public tools ask the same questions and show who to contact from one routing engine. For the canonical
// situations marked for the browser, both must show the same path — the same first destination the table
// expects, and the same steps in the same order — as a person sees them on the page.
for (const row of situations.filter((s) => s.browser)) {
  test(`both tools send "${row.story}" first to ${row.first}, with the same steps`, async ({ page }) => {
    test.setTimeout(60_000);
    await screeningResult(page, row.answers, row.place);
    const fromScreening = await shownDestinations(page);
    const screeningSteps = await page.locator('.path-steps > li > h3').allTextContents();
    await finderResult(page, row.answers, row.place);
    const fromFinder = await shownDestinations(page);
    expect(fromScreening[0]).toBe(row.first);
    expect(fromFinder[0]).toBe(row.first);
    expect(fromFinder).toEqual(fromScreening);
    expect(await page.locator('.path-steps > li > h3').allTextContents()).toEqual(screeningSteps);
    for (const m of row.mentions) expect(fromFinder).toContain(m);
  });
}
