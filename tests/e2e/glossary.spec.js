// Glossary terms in running text: punctuation keeps to its term's line, a term is live
// once per step, and on a phone its definition opens in place. The long pages' ways in:
// the comparison's list of questions, the glossary's A to Z.
import { test, expect } from '@playwright/test';
import { CONTENT, expectNoAxeViolations, message, open } from './helpers.js';

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

// Long pages have a way in. The hash is the guide's own address, so these are buttons that
// move focus (and the view) to their target, not `#` links.
test('the comparison lists its questions, and each one jumps to its row', async ({ page }) => {
  await open(page, '#/compare');
  const rows = page.locator('.gte-compare tbody th[scope=row]');
  await expect(rows.first()).toBeAttached();
  const questions = await rows.allTextContents();
  await page.getByText(message('compare-jump')).click();
  const jumps = page.locator('.gte-jump').getByRole('button');
  await expect(jumps).toHaveText(questions);
  // Open, the list fits the screen: every question wraps inside it, none is cut.
  const right = await page.locator('.gte-jump').evaluate((list) => list.getBoundingClientRect().right);
  for (const box of await jumps.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
    expect(box, 'a question runs past its list').toBeLessThanOrEqual(right + 0.5);
  }
  await expectNoAxeViolations(page, 'the questions listed');
  for (const k of [questions.length - 1, Math.floor(questions.length / 2)]) {
    await jumps.nth(k).click();
    await expect(rows.nth(k)).toBeFocused();
    await expect(rows.nth(k)).toBeInViewport();
  }
  await expect(page).toHaveURL(/#\/compare$/);
});

test('the glossary has an A to Z, each letter a jump to its first term', async ({ page }) => {
  await open(page, '#/glossary');
  const names = page.locator('.gte-glossary dt');
  await expect(names.first()).toBeAttached();
  const all = await names.allTextContents();
  const letters = [...new Set(all.map((n) => n[0].toUpperCase()))];
  const az = page.getByRole('navigation', { name: message('glossary-jump') }).getByRole('button');
  await expect(az).toHaveText(letters);
  for (const letter of [letters[letters.length - 1], letters[1]]) {
    await az.filter({ hasText: new RegExp(`^${letter}$`) }).click();
    const first = names.nth(all.findIndex((n) => n[0].toUpperCase() === letter));
    await expect(first).toBeFocused();
    await expect(first).toBeInViewport();
  }
  await expect(page).toHaveURL(/#\/glossary$/);
  await expectNoAxeViolations(page, 'glossary A to Z');
});
