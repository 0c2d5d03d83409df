// Keys and focus: presenter keys, keys left to the page where they mean nothing to the
// widget, a scrolling picture's arrows, focus after a note is hidden.
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
  // The comparison's words are fetched when the page first opens: the reader presses
  // Page Down once the table is there.
  await expect(page.getByRole('table')).toBeVisible();
  // ... and laid out, so there is a page below to scroll to.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeGreaterThan(500);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(heading(page)).toHaveText(message('page-compare'));
  noErrors();
});

test('hiding a note puts focus on the heading, not on nothing', async ({ page }) => {
  await open(page, '#/ex-vivo/42');
  await page.getByRole('button', { name: message('note-dismiss') }).click();
  await expect(heading(page)).toBeFocused();
});
