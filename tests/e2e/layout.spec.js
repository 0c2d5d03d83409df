// Phone and projector: the layout fits, targets are big enough, touch swipes work,
// and the page reflows at 320 CSS px. Screenshots land in test-results/ for a human look.
import { test, expect } from '@playwright/test';
import { CONTENT, stepTitles, heading, message, open, expectNoAxeViolations } from './helpers.js';

const titles = stepTitles('ex-vivo');

async function noHorizontalScroll(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, 'page scrolls sideways').toBeLessThanOrEqual(client);
}

test('fits the screen, with large enough controls, on every step', async ({ page }, info) => {
  await open(page);
  for (let i = 0; i < titles.length; i++) {
    await noHorizontalScroll(page);
    for (const name of [/Previous(?! picture)/, /Next(?! picture)/]) {
      const box = await page.getByRole('button', { name }).boundingBox();
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
      expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
    }
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Home');
  await page.screenshot({ path: info.outputPath(`step1-${info.project.name}.png`), fullPage: false });
});

// What must be above the Previous/Next bar on a phone's first screen, from step 2 on
// (step 1 opens with the pathway's summary and "at a glance"): the heading, the picture,
// its caption and controls, and the first line of the step's explanation.
for (const [width, height] of [[360, 740], [320, 640]]) {
  test(`on a ${width} x ${height} phone, the first screen of a step shows its heading, picture, caption and the start of its explanation`, async ({ page }, info) => {
    test.skip(info.project.name !== 'phone', 'a phone screen');
    await page.setViewportSize({ width, height });
    const parts = '#gte-step-heading, .gte-diagram > .gte-scene, .gte-diagram > .gte-frame-line, .gte-diagram > .gte-play';
    const missed = [];
    for (const id of ['ex-vivo', 'in-vivo', 'hsct']) {
      const n = stepTitles(id).length;
      for (let step = 2; step <= n; step++) {
        await page.goto('about:blank');
        await open(page, `#/${id}/${step}`);
        const boxes = await page.evaluate((sel) => {
          const bar = Math.round(document.querySelector('.gte-step-nav').getBoundingClientRect().top);
          const boxes = [...document.querySelectorAll(sel)].map((el) => ({ what: el.className || el.id, bottom: Math.round(el.getBoundingClientRect().bottom) }));
          // The lead's first line box: the first of its text's rectangles.
          const lead = document.querySelector('.gte-lead');
          const range = document.createRange();
          range.selectNodeContents(lead);
          const first = range.getClientRects()[0];
          boxes.push({ what: 'first line of the lead', bottom: Math.round(first.bottom), height: Math.round(first.height) });
          return boxes.map((b) => ({ ...b, bar }));
        }, parts);
        expect(boxes.length).toBe(5);
        // A line box is a real line of text, not an empty fragment.
        expect(boxes[4].height).toBeGreaterThan(12);
        missed.push(...boxes.filter((b) => b.bottom > b.bar).map((b) => ({ at: `${id}/${step}`, ...b })));
      }
    }
    expect(missed, 'under the Previous/Next bar on the first screen').toEqual([]);
  });
}

test('every view is one tap away: on a phone one button opens the list, on a projector the tabs show', async ({ page }, info) => {
  await open(page, '#/in-vivo/3');
  const nav = page.getByRole('navigation', { name: message('views-label') });
  const links = nav.getByRole('link');
  // Its name says what it is, then the view shown.
  const menu = nav.getByRole('button', { name: `${message('views-label')}: ${message('pathway-in-vivo.short')}`, exact: true });
  // Each pathway is named plainly first, then by the term a care team may use.
  const names = CONTENT.pathways.map((p) => `${message(`pathway-${p.id}.short`)} ${message(`pathway-${p.id}`)}`);
  const pages = ['compare', 'timeline', 'glossary', 'sources'].map((p) => message(`page-${p}`));
  if (info.project.name === 'phone') {
    // The picker folds under the button after step 1, as the summary does.
    await expect(page.getByLabel(message('therapy-picker-label'))).toBeHidden();
    await expect(links.first()).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByLabel(message('therapy-picker-label'))).toBeVisible();
  } else {
    await expect(menu).toBeHidden();
  }
  await expect(links).toHaveText([...names, ...pages]);
  // Every link whole inside the screen: no row hides views off to the side.
  const width = page.viewportSize().width;
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, await link.textContent()).toBeLessThanOrEqual(width);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }
  await expect(nav.locator('[aria-current=page]')).toHaveText(names[1]);
  if (info.project.name === 'phone') await expectNoAxeViolations(page, 'the views list open');
  await links.filter({ hasText: pages[2] }).click();
  await expect(heading(page)).toHaveText(message('page-glossary'));
  if (info.project.name === 'phone') {
    // The choice closes the list; the button now names the glossary.
    const again = nav.getByRole('button', { name: `${message('views-label')}: ${pages[2]}`, exact: true });
    await expect(again).toHaveAttribute('aria-expanded', 'false');
    await expect(links.first()).toBeHidden();
    // The link of the view shown closes the list too.
    await again.click();
    await links.filter({ hasText: pages[2] }).click();
    await expect(again).toHaveAttribute('aria-expanded', 'false');
    // By keyboard: Escape from a link in the open list closes it and focus goes back to
    // the button (the link is hidden with the list); the view shown stays.
    await again.focus();
    await page.keyboard.press('Enter');
    await expect(again).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(again).toHaveAttribute('aria-expanded', 'false');
    await expect(again).toBeFocused();
    await expect(heading(page)).toHaveText(message('page-glossary'));
  }
});

test('on a phone, the first step shows the treatment picker without opening the list', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'a phone screen');
  await open(page, '#/ex-vivo/1');
  await expect(page.getByLabel(message('therapy-picker-label'))).toBeVisible();
});

test('Previous and Next stay in view on a phone and beside the content on a projector', async ({ page }, info) => {
  await open(page, '#/ex-vivo/4');
  const viewport = page.viewportSize();
  const next = await page.getByRole('button', { name: /Next(?! picture)/ }).boundingBox();
  if (info.project.name === 'phone') {
    // Sticky at the bottom: within thumb reach without scrolling.
    expect(next.y + next.height).toBeLessThanOrEqual(viewport.height);
    expect(next.y).toBeGreaterThan(viewport.height / 2);
  } else {
    // On a projector the whole step, diagram and controls fit on one screen.
    expect(next.y + next.height).toBeLessThanOrEqual(viewport.height);
    const size = await heading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(size, 'heading readable from the back of a room').toBeGreaterThanOrEqual(32);
  }
});

// No step scrolls sideways on a phone, down to 320 px: a long glossary term such as
// "graft-versus-host disease (GVHD)," wraps inside itself (only the punctuation after it
// stays on its line).
test('@touch no step of any pathway is wider than a 320 px phone', async ({ page }) => {
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 640 });
    for (const p of CONTENT.pathways) {
      for (let n = 1; n <= p.steps.length; n++) {
        await open(page, `#/${p.id}/${n}`);
        await noHorizontalScroll(page);
      }
    }
  }
});

test('reflows at 320 CSS px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, '#/ex-vivo/4');
  await noHorizontalScroll(page);
  await expectNoAxeViolations(page, '320 px');
});

// @touch: scheduled for the phone project only (see playwright.config.js).
test('a horizontal swipe moves between steps; a vertical one does not @touch', async ({ page }) => {
  await open(page, '#/ex-vivo/2');
  const cdp = await page.context().newCDPSession(page);
  // Aim at the middle of the diagram, which is part of the step.
  const scene = page.locator('.gte-scene');
  await scene.scrollIntoViewIfNeeded();
  const box = await scene.boundingBox();
  const y = Math.round(box.y + box.height / 2);
  async function drag(x1, y1, x2, y2) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x1, y: y1 }] });
    for (let k = 1; k <= 5; k++) {
      const p = { x: x1 + ((x2 - x1) * k) / 5, y: y1 + ((y2 - y1) * k) / 5 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
  await drag(300, y, 60, y); // finger moves left: next
  await expect(heading(page)).toHaveText(titles[2]);
  await drag(60, y, 300, y); // finger moves right: previous
  await expect(heading(page)).toHaveText(titles[1]);
  await drag(180, y + 60, 170, y - 60); // a scroll, not a swipe
  // Let two frames pass (any navigation would have rendered by then), then check.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page).toHaveURL(/#\/ex-vivo\/2$/);
  await expect(heading(page)).toHaveText(titles[1]);
});

// The handout is one link wherever the reader is: in the bar above the step on a wide
// screen, at the foot of the step on a phone (where that bar is hidden). It opens in a new
// tab, so the reader's place in the guide (or in a host's frame) stays.
test('"Printable handout" is reachable on a phone and on a projector, once, and opens the handout', async ({ page }) => {
  await open(page, '#/ex-vivo/2');
  const link = page.getByRole('link', { name: message('handout-print') });
  await expect(link).toHaveCount(1);
  await link.scrollIntoViewIfNeeded();
  await expect(link).toBeInViewport();
  await expect(link).toHaveAttribute('target', '_blank');
  const [handout] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(`${message('handout-title')}: ${message('pathway-ex-vivo')}`);
  await expect(heading(page)).toHaveText(titles[1]);
  // Not on a view without a pathway.
  await open(page, '#/glossary');
  await expect(page.getByRole('link', { name: message('handout-print') })).toHaveCount(0);
});
