// What issue 11 made true for a reader: each product's "About" card reads at every width,
// each pathway and product answers the first questions at a glance, a product's walk marks
// the general facts that do not hold for it, and every source opens as a link.
import { test, expect } from '@playwright/test';
import { CONTENT, go, heading, message, open, pathway, stepTitles, expectNoAxeViolations } from './helpers.js';

/** Every product with its pathway, name and skipped facts (`step/fact`). */
const products = CONTENT.therapies;
const stepIds = (id) => pathway(id).steps.map((s) => s.id);

test.describe('the About card reads at every width', () => {
  for (const width of [320, 360, 1280]) {
    test(`every product's card at ${width} px @pointer`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const t of products) {
        await open(page, `#/${t.pathway}/2?therapy=${t.id}`);
        const card = page.getByRole('complementary', { name: new RegExp(t.name) });
        await card.getByText(`About ${t.name}`, { exact: true }).click();
        const boxes = await card.locator('dl.gte-therapy-facts').evaluate((dl) => ({
          list: dl.getBoundingClientRect().width,
          answers: [...dl.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect().width),
        }));
        expect(boxes.answers.length, `${t.id}: the card's answers`).toBeGreaterThanOrEqual(6);
        for (const w of boxes.answers) {
          expect(w, `${t.id} at ${width} px: an answer squeezed into a narrow column`).toBeGreaterThanOrEqual(boxes.list * 0.5);
        }
        const height = (await card.boundingBox()).height;
        expect(height, `${t.id} at ${width} px: the card's height`).toBeLessThan(2000);
      }
      await expectNoAxeViolations(page, `the About card at ${width} px`);
    });
  }
});

test('each pathway opens with its answers at a glance', async ({ page }) => {
  for (const pathway of ['ex-vivo', 'in-vivo', 'hsct']) {
    await open(page, `#/${pathway}/1`);
    const glance = page.getByRole('region', { name: message('glance-heading') });
    await expect(glance).toBeVisible();
    for (const q of ['time', 'hospital', 'risks', 'who', 'works']) {
      await expect(glance.getByRole('term').filter({ hasText: message(`glance-${q}`) })).toHaveCount(1);
    }
    await expect(glance.getByRole('definition')).toHaveCount(5);
    await expectNoAxeViolations(page, `${pathway} at a glance`);
  }
  // Later steps do not repeat it.
  await page.getByRole('button', { name: /Next(?! picture)/ }).click();
  await expect(heading(page)).toHaveText(stepTitles('hsct')[1]);
  await expect(page.locator('.gte-step .gte-glance')).toHaveCount(0);
});

test("a product's first step shows the product's own answers", async ({ page }) => {
  for (const t of products) {
    await open(page, `#/${t.pathway}/1?therapy=${t.id}`);
    const glance = page.getByRole('region', { name: `${t.name} at a glance` });
    await expect(glance.getByRole('definition').first()).toContainText(
      message(`therapy-${t.id}-glance.time`).slice(0, 20),
    );
  }
});

test("a product's walk marks every general fact that does not hold for it", async ({ page }) => {
  // Every skipped fact of every product: dozens of places, so a longer bound than one view's.
  test.setTimeout(90_000);
  const marked = products.filter((t) => t.skip.length > 0);
  await open(page);
  expect(marked.length, 'products with facts that do not apply').toBeGreaterThan(0);
  for (const t of marked) {
    const steps = stepIds(t.pathway);
    const byStep = new Map();
    for (const s of t.skip) byStep.set(s.split('/')[0], [...(byStep.get(s.split('/')[0]) ?? []), s]);
    for (const [step, facts] of byStep) {
      const at = steps.indexOf(step);
      await go(page, `#/${t.pathway}/${at + 1}?therapy=${t.id}`, pathway(t.pathway).steps[at].title);
      // The product's name first: it proves the view is this product's, then the count.
      await expect(page.locator('.gte-fact .gte-not-for').first()).toHaveText(`Not about ${t.name}:`);
      await expect(page.locator('.gte-fact .gte-not-for'), `${t.id} ${step}`).toHaveCount(facts.length);
    }
  }
  // Without a product nothing is marked.
  await open(page, '#/ex-vivo/4');
  await expect(page.locator('.gte-not-for')).toHaveCount(0);
});

test('every source opens as a link, with its date', async ({ page }) => {
  await open(page, '#/sources');
  const items = page.locator('.gte-sources-page > li');
  // What each source is comes with the words fetched when the page first opens.
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  expect(n).toBeGreaterThan(10);
  const links = page.locator('.gte-sources-page a.gte-source-link');
  await expect(links).toHaveCount(n);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
    expect(href).toMatch(/^https:\/\/[^ ]+\.[a-z]{2,}/);
  }
  await expect(page.locator('.gte-sources-page .gte-source-date')).toHaveCount(n);
  await expectNoAxeViolations(page, 'sources');
});

test('the footer says what its date means, and a product names its label check', async ({ page }) => {
  await open(page, '#/ex-vivo/3?therapy=casgevy');
  await expect(page.locator('.gte-footer')).toContainText('the words were read against the source texts');
  await expect(page.locator('.gte-therapy-checked')).toContainText(/Facts checked against .+ on \d{4}-\d{2}/);
});

test('the printed handout opens with the answers at a glance, the product’s when one is walked', async ({ page }) => {
  await page.goto('/handout/ex-vivo.html');
  const handout = page.locator('.gte-handout');
  await expect(handout.getByRole('heading', { name: message('glance-heading'), exact: true })).toBeVisible();
  await expect(handout.locator('.gte-glance dd')).toHaveCount(5);
  await expect(handout.locator('.gte-glance dd').first()).toContainText(message('glance-ex-vivo.time').slice(0, 20));
  const casgevy = products.find((t) => t.id === 'casgevy');
  // The widget links a product's walk to that product's handout.
  await open(page, '#/ex-vivo/4?therapy=casgevy');
  const link = page.getByRole('link', { name: message('handout-print') });
  await expect(link).toHaveAttribute('href', new URL('handout/casgevy.html', page.url()).href);
  await page.goto('/handout/casgevy.html');
  await expect(handout.getByRole('heading', { name: `${casgevy.name} at a glance` })).toBeVisible();
  await expect(handout.locator('.gte-glance dd').last()).toContainText(message('therapy-casgevy-glance.works').slice(0, 20));
  // The link back keeps the product.
  await expect(handout.locator('.gte-handout-questions a')).toHaveAttribute('href', '../index.html#/ex-vivo/1?therapy=casgevy');
});
