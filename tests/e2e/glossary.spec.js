// Glossary terms in running text: punctuation keeps to its term's line, a term is live
// once per step, and on a phone its definition opens in place.
import { test, expect } from '@playwright/test';
import { CONTENT, open } from './helpers.js';

test('punctuation stays on the line of its glossary term', async ({ page }) => {
  await open(page, '#/ex-vivo/1');
  const wraps = page.locator('.gte-nowrap');
  expect(await wraps.count()).toBeGreaterThan(0);
  for (const text of await wraps.allInnerTexts()) expect(text).not.toMatch(/^\s|\s$/);
});

test('a term is live once per step, then plain words', async ({ page }) => {
  let live = 0;
  for (const { id: p, steps } of CONTENT.pathways) {
    for (let i = 1; i <= steps.length; i++) {
      await open(page, `#/${p}/${i}`);
      // A live term is a button that opens its definition (aria-expanded).
      const terms = page.locator('.gte-step').getByRole('button', { expanded: false });
      const ids = await terms.evaluateAll((els) => els.map((e) => e.textContent));
      // Live terms on a step are distinct words (each term's first mention only).
      expect(new Set(ids.map((t) => t.toLowerCase())).size, `${p}/${i}`).toBe(ids.length);
      live += ids.length;
    }
  }
  expect(live, 'live glossary terms on the steps').toBeGreaterThan(0);
});

test('on a phone a definition opens in place and stays on screen @touch', async ({ page }) => {
  await open(page, '#/hsct/1');
  const term = page.locator('.gte-step').getByRole('button', { expanded: false }).last();
  // Its popover's id first: once open, the term no longer matches `expanded: false`.
  const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await term.scrollIntoViewIfNeeded();
  await term.tap();
  await expect(popover).toBeVisible();
  const box = await popover.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize().width);
  expect(await popover.evaluate((el) => getComputedStyle(el).position)).toBe('static');
});
