// Fixes from walking the widget as a patient and as a teacher: each test pins one.
import { test, expect } from '@playwright/test';
import { stepTitles, message, watchErrors, heading, open } from './helpers.js';

const exVivo = stepTitles('ex-vivo');

test('a presenter key after scrolling down brings the new heading into view', async ({ page }) => {
  await open(page, '#/ex-vivo/2');
  await page.keyboard.press('PageDown'); // focus is now on the heading of step 3
  await expect(heading(page)).toBeFocused();
  await page.mouse.wheel(0, 900);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText(exVivo[3]);
  await expect(heading(page)).toBeInViewport();
});

test('step keys are left to the page on views without steps', async ({ page }) => {
  const noErrors = watchErrors(page);
  await open(page, '#/compare');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(heading(page)).toHaveText(message('page-compare'));
  noErrors();
});

test('arrow keys scroll the timeline picture instead of changing view', async ({ page }) => {
  await open(page, '#/timeline');
  const box = page.locator('.gte-timeline-scroll');
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText(message('page-timeline'));
  await expect(page).toHaveURL(/#\/timeline$/);
});

test('hiding a note puts focus on the heading, not on nothing', async ({ page }) => {
  await open(page, '#/ex-vivo/42');
  await page.getByRole('button', { name: message('note-dismiss') }).click();
  await expect(heading(page)).toBeFocused();
});

test('an unknown guide with a bad step starts at the beginning', async ({ page }) => {
  await open(page, '#/nope/99');
  await expect(heading(page)).toHaveText(exVivo[0]);
  await expect(page.getByRole('status')).toContainText('“nope”');
});

test('the tab title names the view', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  await expect(page).toHaveTitle(`Step 3 of ${exVivo.length}: ${exVivo[2]} – ${message('-app-name')}`);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveTitle(new RegExp(`^Step 4 of ${exVivo.length}: `));
});

test('the last step offers where to go next', async ({ page }) => {
  await open(page, `#/ex-vivo/${exVivo.length}`);
  const end = page.getByRole('navigation', { name: message('end-heading') });
  await end.getByRole('link', { name: message('end-compare') }).click();
  await expect(heading(page)).toHaveText(message('page-compare'));
});

test('a therapy of another pathway opens at the same stage, not at step 1', async ({ page }) => {
  const hsct = stepTitles('hsct');
  await open(page, `#/hsct/${hsct.indexOf(message('step-hsct-conditioning')) + 1}?therapy=casgevy`);
  await expect(heading(page)).toHaveText(message('step-ex-vivo-conditioning'));
  await expect(page.locator('.gte-therapy-card')).toContainText(message('therapy-casgevy'));
});

test('punctuation stays on the line of its glossary term', async ({ page }) => {
  await open(page, '#/ex-vivo/1');
  const wraps = page.locator('.gte-nowrap');
  expect(await wraps.count()).toBeGreaterThan(0);
  for (const text of await wraps.allInnerTexts()) expect(text).not.toMatch(/^\s|\s$/);
});

test('a term is live once per step, then plain words', async ({ page }) => {
  for (const [p, n] of [['ex-vivo', 9], ['hsct', 7], ['in-vivo', 7]]) {
    for (let i = 1; i <= n; i++) {
      await open(page, `#/${p}/${i}`);
      const ids = await page.locator('.gte-step .gte-term').evaluateAll((els) => els.map((e) => e.textContent));
      // Live terms on a step are distinct words (each term's first mention only).
      expect(new Set(ids.map((t) => t.toLowerCase())).size, `${p}/${i}`).toBe(ids.length);
    }
  }
});

test('on a phone a definition opens in place and stays on screen @touch', async ({ page }) => {
  await open(page, '#/hsct/1');
  const term = page.locator('.gte-term').last();
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize().width);
  expect(await popover.evaluate((el) => getComputedStyle(el).position)).toBe('static');
});
