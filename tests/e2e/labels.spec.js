// The parts' names on the pictures (issue 13): every label of every labelled scene is
// inside its picture, overlaps no other label and is big enough to read (12 px on a phone,
// 24 px projected in the presentation); "Labels" hides and shows them by keyboard; the
// caption names them for those who cannot see the picture.
import { test, expect } from '@playwright/test';
import { CONTENT, expectNoAxeViolations, message, open, ownPictures } from './helpers.js';

const labelled = CONTENT.pathways.flatMap((p) =>
  p.steps.map((s, i) => ({ pathway: p.id, step: i + 1, ...s })).filter((s) => s.labels.length > 0));
// Each product's own picture, once, with its labels.
const own = ownPictures();

test('every label sits inside its picture, apart from the others, big enough to read', async ({ page }) => {
  expect(labelled.length, 'labelled scenes').toBeGreaterThan(0);
  expect(own.length, 'products\' own pictures').toBeGreaterThan(0);
  const projector = page.viewportSize().width >= 1900;
  for (const s of [...labelled, ...own]) {
    expect(s.labels.length, `${s.diagram} has labels`).toBeGreaterThan(0);
    // The storyboard's first picture is the labelled one (reduced motion shows it too).
    const product = s.therapy ? `&therapy=${s.therapy}` : '';
    await open(page, `#/${s.pathway}/${s.step}?motion=still${product}${projector ? '&mode=present' : ''}`);
    const name = message('diagram-still').replace('{$title}', message(`diagram-${s.diagram}.title`)).replace('{$current}', '1');
    const picture = page.getByRole('img', { name, exact: true });
    const labels = picture.locator('.gte-label');
    await expect(labels).toHaveText(s.labels);
    const boxes = await labels.evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, r: r.right, b: r.bottom, size: parseFloat(getComputedStyle(el).fontSize), text: el.textContent };
    }));
    const frame = await picture.evaluate((el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, r: r.right, b: r.bottom }; });
    const where = `${s.pathway}/${s.step}${product}`;
    for (const [i, a] of boxes.entries()) {
      expect(a.size, `${where} "${a.text}": font size`).toBeGreaterThanOrEqual(projector ? 24 : 12);
      expect(a.x >= frame.x - 1 && a.r <= frame.r + 1 && a.y >= frame.y - 1 && a.b <= frame.b + 1,
        `${where} "${a.text}" leaves the picture`).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.r <= b.x || b.r <= a.x || a.b <= b.y || b.b <= a.y;
        expect(apart, `${where}: "${a.text}" overlaps "${b.text}"`).toBe(true);
      }
    }
  }
});

test('"Labels" hides and shows the names by keyboard, and the caption names the parts', async ({ page }) => {
  const s = labelled[0];
  await open(page, `#/${s.pathway}/${s.step}`);
  const figure = page.getByRole('figure');
  const toggle = page.getByRole('button', { name: message('diagram-labels') });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.locator('.gte-label').first()).toBeVisible();
  await expect(page.locator('.gte-diagram-desc')).toContainText(s.labels.join(', '));
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(figure.locator('.gte-label').first()).toBeHidden();
  await expect(toggle).toBeFocused();
  // The choice holds on the next step.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: message('diagram-labels') })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: message('diagram-labels') }).click();
  await expect(page.getByRole('figure').locator('.gte-label').first()).toBeVisible();
  await expectNoAxeViolations(page, `labelled ${s.pathway}/${s.step}`);
});

// The key (WCAG 1.4.1): each picture that draws cells or vectors says what each kind is,
// with a small drawing of it, and the kinds differ in shape as well as colour.
test('each picture with cells or vectors has a key of what each kind is', async ({ page }) => {
  const keyed = CONTENT.pathways.flatMap((p) =>
    p.steps.map((s, i) => ({ pathway: p.id, step: i + 1, ...s })).filter((s) => s.key.length > 0));
  expect(keyed.length, 'scenes with a key').toBeGreaterThan(10);
  for (const s of keyed) {
    await open(page, `#/${s.pathway}/${s.step}`);
    const key = page.getByRole('figure').getByRole('list', { name: message('diagram-key') });
    await expect(key.getByRole('listitem')).toHaveText(s.key);
    // Each entry's drawing is there and big enough to see beside its words.
    for (const box of await key.locator('svg').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
      expect(box, `${s.pathway}/${s.step}: a key drawing`).toBeGreaterThanOrEqual(16);
    }
  }
  // Without colour the kinds still differ: their drawings have different shapes.
  const shapes = await page.evaluate(() => [...document.querySelectorAll('.gte-key svg')]
    .map((svg) => svg.innerHTML.replace(/ class="[^"]*"/g, '')));
  expect(new Set(shapes).size, 'kinds told apart by shape').toBe(shapes.length);
  await expectNoAxeViolations(page, 'a keyed picture');
});

// A product whose method differs shows its own picture at that step, with its own words
// and key: gene editing for Casgevy, T cells for the CAR-T products.
test('a product\'s own picture replaces the general one where its method differs', async ({ page }) => {
  const own = CONTENT.therapies.flatMap((t) => Object.entries(t.scenes).map(([step, scene]) => ({ therapy: t, step, scene })));
  expect(own.map((o) => o.scene.diagram)).toEqual(expect.arrayContaining(['lab-edit', 'collect-t-cells', 'lab-car-t']));
  for (const { therapy, step, scene } of own) {
    const p = CONTENT.pathways.find((x) => x.id === therapy.pathway);
    const n = p.steps.findIndex((s) => s.id === step) + 1;
    const general = p.steps[n - 1];
    await open(page, `#/${p.id}/${n}?therapy=${therapy.id}&motion=still`);
    const figure = page.getByRole('figure');
    await expect(figure.getByRole('img').first(), `${therapy.id} at ${step}`).toHaveAttribute('data-scene', scene.diagram);
    await expect(figure.getByRole('listitem').filter({ hasText: scene.frames[0] })).toHaveCount(1);
    await expect(figure.getByRole('list', { name: message('diagram-key') }).getByRole('listitem')).toHaveText(scene.key);
    // Without the product, the same step shows the general picture.
    await open(page, `#/${p.id}/${n}?motion=still`);
    await expect(page.getByRole('figure').getByRole('img').first()).toHaveAttribute('data-scene', general.diagram);
  }
  await open(page, '#/ex-vivo/4?therapy=casgevy');
  await expectNoAxeViolations(page, 'Casgevy\'s own picture');
});
