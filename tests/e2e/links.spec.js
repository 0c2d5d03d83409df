// Links in and out: a bad link's nearest view and note, the tab title, where the last step
// leads, a product's link to another pathway.
import { test, expect } from '@playwright/test';
import { stepTitles, message, heading, open } from './helpers.js';

const exVivo = stepTitles('ex-vivo');

test('an unknown guide with a bad step starts at the beginning', async ({ page }) => {
  await open(page, '#/nope/99');
  await expect(heading(page)).toHaveText(exVivo[0]);
  await expect(page.getByRole('status')).toContainText('“nope”');
});

test('the tab title names the view', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  const view = message('live-step').replace('{$current}', '3').replace('{$total}', exVivo.length).replace('{$title}', exVivo[2]);
  await expect(page).toHaveTitle(message('document-title').replace('{$view}', view));
  expect(message('document-title'), 'the title names the guide').toContain(message('app-title'));
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
  await expect(page.getByRole('complementary', { name: new RegExp(message('therapy-casgevy')) })).toBeVisible();
});
