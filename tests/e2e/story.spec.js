// The whole story: all three pathways, the comparison, the Day-0 timeline, therapies,
// glossary popovers, sources. axe-core on every view (every step of all three pathways); phone and projector sizes.
import { test, expect } from '@playwright/test';
import {
  CONTENT, pathway as pathwayOf, stepTitles, message, expectNoAxeViolations, watchErrors, heading, open, plain, productCard, terms, tracker, view,
} from './helpers.js';

for (const pathway of ['ex-vivo', 'in-vivo', 'hsct']) {
  test(`keyboard walk through every ${pathway} step, axe clean on each`, async ({ page }) => {
    // An axe run per step: seven to nine of them take longer than one view's bound on a busy machine.
    test.setTimeout(90_000);
    const titles = stepTitles(pathway);
    const noErrors = watchErrors(page);
    await open(page, `#/${pathway}/1`);
    for (let i = 0; i < titles.length; i++) {
      await expect(heading(page)).toHaveText(titles[i]);
      await expect(page.getByText(`Step ${i + 1} of ${titles.length}`, { exact: true })).toBeVisible();
      await expectNoAxeViolations(page, `${pathway} step ${i + 1}`);
      await page.keyboard.press('ArrowRight');
    }
    await expect(page).toHaveURL(new RegExp(`#/${pathway}/${titles.length}$`));
    noErrors();
  });
}

test('the pathway tabs switch guides and mark the current one', async ({ page }) => {
  await open(page);
  const nav = page.getByRole('navigation', { name: message('views-label') });
  // Phones fold the links under one button that names the view shown.
  const menu = nav.getByRole('button', { name: message('pathway-ex-vivo.short') });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name: message('pathway-hsct.short') }).click();
  await expect(heading(page)).toHaveText(stepTitles('hsct')[0]);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(/#\/hsct\/1$/);
  await expect(nav.locator('[aria-current=page]')).toContainText(message('pathway-hsct.short'), { ignoreCase: true });
});

test('from a step, the same stage in another pathway is one link away', async ({ page }) => {
  const exVivo = stepTitles('ex-vivo');
  const hsct = stepTitles('hsct');
  await open(page, `#/ex-vivo/${exVivo.indexOf(message('step-ex-vivo-conditioning')) + 1}`);
  const jump = page.getByRole('navigation', { name: message('stage-jump-label') });
  await jump.getByRole('link', { name: new RegExp(message('pathway-hsct')) }).click();
  await expect(heading(page)).toHaveText(message('step-hsct-conditioning'));
  await expect(page).toHaveURL(new RegExp(`#/hsct/${hsct.indexOf(message('step-hsct-conditioning')) + 1}$`));
});

test('the comparison has every pathway as a column and no empty cell', async ({ page }) => {
  const noErrors = watchErrors(page);
  await open(page, '#/compare');
  await expect(heading(page)).toHaveText(message('page-compare'));
  const table = page.getByRole('table');
  for (const p of ['ex-vivo', 'in-vivo', 'hsct']) {
    await expect(table.getByRole('columnheader', { name: message(`pathway-${p}`) })).toBeAttached();
  }
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(12);
  const cells = await table.locator('tbody td').allInnerTexts();
  expect(cells.length).toBe((await rows.count()) * 3);
  for (const text of cells) expect(text.trim().length, 'a blank cell').toBeGreaterThan(10);
  await expect(table.getByText(message('compare-not-applicable')).first()).toBeVisible();
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'compare');
  noErrors();
});

test('the Day-0 timeline says every bar in words and draws it on one honest scale', async ({ page }) => {
  await open(page, '#/timeline');
  await expect(heading(page)).toHaveText(message('page-timeline'));
  // Its words are fetched when the page first opens: count once they are here.
  const rows = page.locator('.gte-tl-row');
  await expect(rows.first()).toBeVisible();
  const keys = Object.keys(CONTENT.messages).filter((k) => /^timeline-(ex-vivo|in-vivo|hsct)-/.test(k));
  await expect(rows).toHaveCount(keys.length);
  // Each row: its sentence, and its bar (a picture of the same words, hidden from readers).
  for (const row of await rows.all()) {
    await expect(row.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(await row.locator('svg rect:not(.gte-tl-break)').count()).toBeGreaterThanOrEqual(1);
  }
  await expect(rows.filter({ hasText: message('timeline-hsct-engraftment') })).toContainText('from 10 days after to 21 days after');
  for (const p of ['ex-vivo', 'in-vivo', 'hsct']) {
    await expect(page.getByRole('heading', { name: message(`pathway-${p}`), level: 3 })).toBeVisible();
  }
  // One product a group, in order of first mention (content/timeline.toml), the general last.
  const inVivo = page.getByRole('region', { name: message('pathway-in-vivo') });
  await expect(inVivo.getByRole('heading', { level: 4 })).toHaveText(
    ['zolgensma', 'luxturna', 'hemgenix', 'roctavian'].map((t) => message(`therapy-${t}`)).concat(message('timeline-general')),
  );
  // A pathway whose bars are all general has no group heading.
  await expect(page.getByRole('region', { name: message('pathway-hsct') }).getByRole('heading', { level: 4 })).toHaveCount(0);
  // The scale is straight near Day 0: 3-5 weeks in hospital are drawn shorter than the
  // months of making cells.
  const width = async (key) => (await rows.filter({ hasText: message(key) }).locator('svg rect:not(.gte-tl-break)').first().boundingBox()).width;
  expect(await width('timeline-ex-vivo-hospital')).toBeLessThan(await width('timeline-ex-vivo-making'));
  // "Day 0" is written on its line.
  const line = await page.locator('.gte-tl-axis .gte-tl-day0').boundingBox();
  const zero = await page.locator('.gte-tl-axis .gte-tl-zero').boundingBox();
  expect(Math.abs(zero.x - (line.x + line.width / 2))).toBeLessThan(3);
  await expect(page.locator('.gte-tl-axis .gte-tl-zero')).toHaveText(message('timeline-day-zero'));
  // No sideways scrolling on a phone: the words wrap and the bars stretch.
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'timeline');
});

test('the timeline follows the chosen treatment: its pathway and its own bars first', async ({ page }) => {
  await open(page, '#/timeline?therapy=luxturna');
  const lanes = page.locator('.gte-tl-lane');
  await expect(lanes.first().getByRole('heading', { level: 3 })).toHaveText(message('pathway-in-vivo'));
  await expect(lanes.first().getByRole('heading', { level: 4 }).first())
    .toHaveText(message('timeline-yours').replace('{$name}', message('therapy-luxturna')));
  await expect(lanes.first().locator('.gte-tl-group').first()).toContainText(message('timeline-in-vivo-second-eye'));
  // A product the sources give no dates for says so, and shows the others'.
  await open(page, '#/timeline?therapy=vyjuvek');
  await expect(lanes.first().locator('.gte-tl-none')).toHaveText(message('timeline-none').replace('{$name}', message('therapy-vyjuvek')));
  // So does a CAR-T product, on the ex vivo lane.
  await open(page, '#/timeline?therapy=kymriah');
  await expect(lanes.first().getByRole('heading', { level: 3 })).toHaveText(message('pathway-ex-vivo'));
  await expect(lanes.first().locator('.gte-tl-none')).toHaveText(message('timeline-none').replace('{$name}', message('therapy-kymriah')));
});

test('glossary terms open by keyboard, close with Escape, and the glossary lists them', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  // The first term, held by the popover it controls (open, it no longer matches `terms`).
  const id = await terms(page).first().getAttribute('aria-controls');
  const term = view(page).getByRole('button').and(page.locator(`[aria-controls="${id}"]`));
  const popover = page.locator(`#${id}`);
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(popover).toBeVisible();
  await expect(popover.locator('cite').first()).toBeVisible();
  await expectNoAxeViolations(page, 'open term');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(term).toBeFocused();
  await expect(heading(page)).toHaveText(stepTitles('ex-vivo')[2]);

  await open(page, '#/glossary');
  const entries = page.getByRole('term');
  expect(await entries.count()).toBeGreaterThanOrEqual(13);
  await expect(entries.filter({ hasText: message('term-apheresis') })).toBeVisible();
  await expectNoAxeViolations(page, 'glossary');
});

// @pointer: scheduled for the projector only (a phone has no hover).
test('a term opens on hover and stays open while the pointer moves onto it (WCAG 1.4.13) @pointer', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  const term = terms(page).first();
  const popover = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await term.hover();
  await expect(popover).toBeVisible();
  await popover.hover();
  await expect(popover).toBeVisible();
  await page.mouse.move(5, 5);
  await expect(popover).toHaveCount(0);
});

test('a tap opens a term and a second tap closes it @touch', async ({ page }) => {
  await open(page, '#/ex-vivo/3');
  // The first term, by the popover it controls (open, it no longer matches `terms`).
  const id = await terms(page).first().getAttribute('aria-controls');
  const term = view(page).getByRole('button').and(page.locator(`[aria-controls="${id}"]`));
  await term.tap();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await term.tap();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
});

test('choosing a therapy walks its pathway with its own details', async ({ page }) => {
  await open(page, '#/ex-vivo/1');
  await page.getByLabel(message('therapy-picker-label')).selectOption('luxturna');
  await expect(page).toHaveURL(/#\/in-vivo\/1\?therapy=luxturna$/);
  await expect(heading(page)).toHaveText(stepTitles('in-vivo')[0]);
  await expect(productCard(page, message('therapy-luxturna'))).toBeVisible();
  // At delivery, the scene brings Luxturna's route forward.
  const delivery = pathwayOf('in-vivo').steps.findIndex((st) => st.title === message('step-in-vivo-delivery'));
  await open(page, `#/in-vivo/${delivery + 1}?therapy=luxturna`);
  const picture = page.getByRole('img', { name: message(`diagram-${pathwayOf('in-vivo').steps[delivery].diagram}.title`), exact: true });
  await expect(picture).toHaveAttribute('data-highlight', 'subretinal');
  await expectNoAxeViolations(page, 'therapy walk');
});

// A product's details (all its words but its name) are not in the wasm: they are fetched,
// once, when a reader first chooses a product, and a failed fetch is said on the card.
test('a product\'s details are fetched once, when one is first chosen', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/later/')) fetched.push(r.url()); });
  await open(page, '#/ex-vivo/1');
  await expect(heading(page)).toHaveText(stepTitles('ex-vivo')[0]);
  expect(fetched, 'nothing fetched for the general pathway').toEqual([]);
  await page.getByLabel(message('therapy-picker-label')).selectOption('casgevy');
  const card = productCard(page, message('therapy-casgevy'));
  await expect(card).toContainText(plain(message('therapy-casgevy-assessment')));
  await card.getByText(message('therapy-card-more').replace('{$name}', message('therapy-casgevy'))).click();
  await expect(card).toContainText(message('therapy-casgevy.generic'));
  await page.getByLabel(message('therapy-picker-label')).selectOption('lyfgenia');
  const following = page.getByRole('complementary', { name: message('therapy-card-following').replace('{$name}', message('therapy-lyfgenia')) });
  await expect(following).toContainText(message('therapy-card-more').replace('{$name}', message('therapy-lyfgenia')));
  expect(fetched.length, 'fetched once for every product').toBe(1);
  expect(fetched[0]).toMatch(/\/later\/en\.txt$/);
});

test('when a product\'s details cannot be fetched, its card says so and the step still reads', async ({ page }) => {
  await page.route('**/later/**', (route) => route.abort());
  await open(page, '#/ex-vivo/4?therapy=casgevy');
  await expect(heading(page)).toHaveText(stepTitles('ex-vivo')[3]);
  await expect(page.getByRole('status').filter({ hasText: message('therapy-details-failed').replace('{$name}', message('therapy-casgevy')) })).toBeVisible();
  await expect(view(page)).toContainText(plain(message('step-ex-vivo-lab.lead')).slice(0, 60));
  await expectNoAxeViolations(page, 'product details not fetched');
  // The comparison comes with the same words: its page says so too.
  await open(page, '#/compare');
  await expect(page.getByRole('status').filter({ hasText: message('page-failed') })).toBeVisible();
  await expect(heading(page)).toBeVisible();
  // And the timeline, whose bars' labels come with them.
  await open(page, '#/timeline');
  await expect(page.getByRole('status').filter({ hasText: message('page-failed') })).toBeVisible();
});

test('an unknown therapy gives the general pathway and a note', async ({ page }) => {
  await open(page, '#/ex-vivo/2?therapy=miracle-cure');
  await expect(heading(page)).toHaveText(stepTitles('ex-vivo')[1]);
  await expect(page.getByRole('status')).toContainText('“miracle-cure”');
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/ex-vivo\/2$/);
});

test('the sources page lists every source with what it supports, and the disclaimer shows', async ({ page }) => {
  await open(page, '#/sources');
  await expect(heading(page)).toHaveText(message('page-sources'));
  await expect(page.locator('.gte-sources-page > li')).not.toHaveCount(0);
  await expect(page.getByText(message('source-idf'))).toBeVisible();
  await expect(page.getByText(message('disclaimer'))).toBeVisible();
  await expect(page.getByText(/Last checked on \d{4}-\d{2}-\d{2}: on that day/)).toBeVisible();
  await expectNoAxeViolations(page, 'sources');
});

for (const pathway of ['ex-vivo', 'hsct']) {
  test(`the "where are the cells now" tracker follows every ${pathway} step`, async ({ page }) => {
    const cells = pathwayOf(pathway).steps.map((s) => s.cells);
    expect(cells.every(Boolean), `every ${pathway} step says where the cells are`).toBe(true);
    await open(page, `#/${pathway}/1`);
    for (let i = 0; i < cells.length; i++) {
      const where = message(`tracker-${cells[i]}`);
      await expect(tracker(page).getByRole('listitem').and(page.locator('[aria-current=location]'))).toHaveText(where);
      await expect(page.locator('.gte-diagram-desc')).toContainText(where);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test('the in vivo pathway has no cell tracker: no cells leave the body', async ({ page }) => {
  await open(page, '#/in-vivo/3');
  await expect(tracker(page)).toHaveCount(0);
});
