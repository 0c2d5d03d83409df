// Walking the ex vivo pathway as a reader would: keyboard only, deep links, history,
// bad links, swipe. Runs at phone and projector sizes; axe on every step is story.spec.js's walk.
import { test, expect } from '@playwright/test';
import { stepTitles, expectNoAxeViolations, watchErrors, heading, open } from './helpers.js';

const titles = stepTitles('ex-vivo');
const total = titles.length;

test('the ex vivo pathway has nine steps', () => {
  expect(total).toBe(9);
});

test('keyboard only: Tab to Next and Enter through every step', async ({ page }) => {
  // axe runs on every one of these steps in story.spec.js's keyboard walk, a test of its own.
  const noErrors = watchErrors(page);
  await open(page);
  for (let i = 0; i < total; i++) {
    await expect(heading(page)).toHaveText(titles[i]);
    await expect(page.getByText(`Step ${i + 1} of ${total}`, { exact: true })).toBeVisible();
    await expect(page.locator('.gte-scene[role=img]')).toBeVisible();
    if (i === total - 1) break;
    // Tab forward until the Next button has focus, as a keyboard user would.
    let presses = 0;
    while (!(await page.evaluate(() => document.activeElement?.classList.contains('gte-next')))) {
      await page.keyboard.press('Tab');
      expect(++presses, 'Next is reachable with Tab').toBeLessThan(40);
    }
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('.gte-announce')).toHaveText(`Step ${i + 2} of ${total}: ${titles[i + 1]}`);
    await expect(page).toHaveURL(new RegExp(`#/ex-vivo/${i + 2}$`));
  }
  await expect(page.getByRole('button', { name: /Next(?! picture)/ })).toBeDisabled();
  noErrors();
});

test('arrow, Page Up/Down, Home and End keys move between steps, and do not scroll the page', async ({ page }) => {
  const noErrors = watchErrors(page);
  await open(page, '#/ex-vivo/1');
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText(titles[1]);
  await page.keyboard.press('PageDown');
  await expect(heading(page)).toHaveText(titles[2]);
  await page.keyboard.press('PageUp');
  await expect(heading(page)).toHaveText(titles[1]);
  await page.keyboard.press('End');
  await expect(heading(page)).toHaveText(titles[total - 1]);
  await expect(heading(page)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText(titles[total - 2]);
  await page.keyboard.press('Home');
  await expect(heading(page)).toHaveText(titles[0]);
  await expect(page.getByRole('button', { name: /Previous(?! picture)/ })).toBeDisabled();
  // The key was the widget's: the browser did not also handle it (no passive-listener error).
  noErrors();
});

test('Previous and Next buttons by their accessible names, and the step list jumps', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /Next(?! picture)/ }).click();
  await expect(heading(page)).toHaveText(titles[1]);
  await page.getByRole('button', { name: /Previous(?! picture)/ }).click();
  await expect(heading(page)).toHaveText(titles[0]);
  const list = page.getByRole('navigation', { name: 'All steps' });
  await list.getByRole('button', { name: `7. ${titles[6]}` }).click();
  await expect(heading(page)).toHaveText(titles[6]);
  await expect(heading(page)).toBeFocused();
  await expect(list.locator('[aria-current=step]')).toHaveText(`7. ${titles[6]}`);
  await expect(page).toHaveURL(/#\/ex-vivo\/7$/);
});

test('a deep link opens its step without moving focus or showing a note', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  await expect(heading(page)).toHaveText(titles[2]);
  await expect(page.getByText(`Step 3 of ${total}`, { exact: true })).toBeVisible();
  await expect(heading(page)).not.toBeFocused();
  await expect(page.locator('.gte-note')).toHaveCount(0);
});

test('browser back and forward move between steps', async ({ page }) => {
  await open(page, '#/ex-vivo/1');
  await page.getByRole('button', { name: /Next(?! picture)/ }).click();
  await page.getByRole('button', { name: /Next(?! picture)/ }).click();
  await expect(page).toHaveURL(/#\/ex-vivo\/3$/);
  await page.goBack();
  await expect(heading(page)).toHaveText(titles[1]);
  await expect(page).toHaveURL(/#\/ex-vivo\/2$/);
  await page.goBack();
  await expect(heading(page)).toHaveText(titles[0]);
  await page.goForward();
  await expect(heading(page)).toHaveText(titles[1]);
  await expect(heading(page)).toBeFocused();
});

test('editing the hash while open goes to that step', async ({ page }) => {
  await open(page);
  await page.evaluate(() => { location.hash = '#/ex-vivo/6'; });
  await expect(heading(page)).toHaveText(titles[5]);
});

const badLinks = [
  { hash: '#/ex-vivo/0', step: 1, note: /no step “0”/ },
  { hash: '#/ex-vivo/99', step: total, note: /no step “99”.*9 steps/ },
  { hash: '#/ex-vivo/three', step: 1, note: /no step “three”/ },
  { hash: '#/gene-magic/4', step: 4, note: /couldn't find a guide called “gene-magic”/ },
  { hash: '#/ex-vivo/2/extra/bits', step: 1, note: /couldn't read that link/ },
  { hash: '#/%3Cimg%20src%3Dx%3E/2', step: 2, note: /“<img src=x>”/ },
];

for (const { hash, step, note } of badLinks) {
  test(`bad link ${hash} shows step ${step} and a note`, async ({ page }) => {
    const noErrors = watchErrors(page);
    await open(page, hash);
    await expect(heading(page)).toHaveText(titles[step - 1]);
    const box = page.getByRole('status').filter({ hasText: note });
    await expect(box).toBeVisible();
    // The URL now names what is shown, without adding a history entry.
    await expect(page).toHaveURL(new RegExp(`#/ex-vivo/${step}$`));
    await expect(page.locator('img')).toHaveCount(0);
    await expectNoAxeViolations(page, `bad link ${hash}`);
    await page.getByRole('button', { name: 'Hide this note' }).click();
    await expect(page.locator('.gte-note')).toHaveCount(0);
    noErrors();
  });
}

test('fast key presses on a slow device are never undone by late URL events', async ({ page }) => {
  await open(page, '#/ex-vivo/1');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
  // A bound, not a wait: a 6× slower CPU shared by two test workers needs longer than 5 s.
  await expect(heading(page)).toHaveText(titles[total - 1], { timeout: 30000 });
  await expect(page).toHaveURL(new RegExp(`#/ex-vivo/${total}$`));
  // Back returns to an earlier step that was on screen (steps passed faster than the
  // screen redrew never entered the history), with URL and heading in agreement.
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`#/ex-vivo/${total}$`));
  const n = Number(new URL(page.url()).hash.split('/').pop());
  await expect(heading(page)).toHaveText(titles[n - 1], { timeout: 30000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});
