// The widget's modes: classroom presentation, the printed handout, dark and light themes,
// Windows forced colours. axe runs on every one.
import { test, expect } from '@playwright/test';
import { CONTENT, expectNoAxeViolations, heading, live, message, open, pathway, stepTitles, watchErrors } from './helpers.js';

const titles = stepTitles('ex-vivo');
const px = (loc, prop) => loc.evaluate((el, prop) => parseFloat(getComputedStyle(el)[prop]), prop);

test.describe('presentation mode', () => {
  test('big type, few controls, presenter keys, B blanks, and the link to this step', async ({ page, context }, info) => {
    test.skip(info.project.name !== 'projector', 'projecting is a 1920x1080 screen');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    await open(page, '#/ex-vivo/3?mode=present');
    await expect(page.locator('.gte')).toHaveAttribute('data-mode', 'present');
    // Readable from the back of a room: body text at least 28 px on a 1080p screen.
    expect(await px(page.locator('.gte-lead'), 'fontSize')).toBeGreaterThanOrEqual(28);
    // Only the essentials: no tab strip, step list, treatment picker or Share panel.
    for (const hidden of ['.gte-tabs', '.gte-step-list', '.gte-therapy-picker', '.gte-share']) await expect(page.locator(hidden)).toBeHidden();
    // Presenter remotes send Page Down / Page Up. A step is two slides: its picture, then
    // its key facts; the Next button says which comes.
    await expect(page.locator('.gte-facts')).toBeHidden();
    await expect(page.getByRole('button', { name: /^Key facts/ })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.locator('.gte-facts')).toBeVisible();
    await expect(page.locator('.gte-diagram')).toBeHidden();
    expect(await px(page.locator('.gte-fact').first(), 'fontSize')).toBeGreaterThanOrEqual(28);
    await expect(heading(page)).toHaveText(titles[2]);
    await expect(heading(page)).toBeFocused();
    // Three facts a slide: this step's five take two.
    expect(pathway('ex-vivo').steps[2].facts.length).toBe(5);
    await expect(page.locator('.gte-fact:visible')).toHaveCount(3);
    await expect(page.locator('.gte-announce')).toHaveText(`Step 3 of ${titles.length}: ${titles[2]}, key facts`);
    await expect(page).toHaveURL(/#\/ex-vivo\/3\?mode=present$/);
    await expectNoAxeViolations(page, 'presentation, key facts');
    await expect(page.getByRole('button', { name: /^More key facts/ })).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.locator('.gte-fact:visible')).toHaveCount(2);
    await page.keyboard.press('PageDown');
    await expect(heading(page)).toHaveText(titles[3]);
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('.gte-diagram')).toBeVisible();
    await expect(page).toHaveURL(/#\/ex-vivo\/4\?mode=present$/);
    // Back retraces: the step before, at its last facts, then its picture.
    await page.keyboard.press('PageUp');
    await expect(heading(page)).toHaveText(titles[2]);
    await expect(page.locator('.gte-fact:visible')).toHaveCount(2);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(page.locator('.gte-diagram')).toBeVisible();
    await expect(heading(page)).toHaveText(titles[2]);
    // B blanks the whole screen, wherever the page is scrolled; any key brings it back
    // without moving.
    await page.evaluate(() => window.scrollTo(0, 600));
    await page.keyboard.press('b');
    await expect(page.locator('.gte-blank')).toBeVisible();
    const blank = await page.locator('.gte-blank').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height];
    });
    expect(blank).toEqual([0, 0, 1920, 1080]);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.gte-blank')).toHaveCount(0);
    await expect(heading(page)).toHaveText(titles[2]);
    // Copy link: the link to this step, in presentation, over the slide (which does not
    // move); the next move closes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = () => heading(page).evaluate((el) => el.getBoundingClientRect().top);
    const before = await top();
    await page.getByRole('button', { name: 'Copy link to this step' }).click();
    const field = page.getByLabel('Link to this step');
    await expect(field).toHaveValue(/\/#\/ex-vivo\/3\?mode=present$/);
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await field.inputValue());
    expect(await top(), 'the slide stays where it was').toBe(before);
    await expectNoAxeViolations(page, 'presentation, link copied');
    await page.keyboard.press('PageDown');
    await expect(field).toHaveCount(0);
    await page.keyboard.press('PageUp');
    await expect(heading(page)).toHaveText(titles[2]);
    // Teacher notes for this step.
    const notes = page.getByRole('link', { name: 'Teacher notes' });
    await expect(notes).toHaveAttribute('href', /teacher-notes\.html#ex-vivo-collect$/);
    await expectNoAxeViolations(page, 'presentation');
    // Exit returns to the reading layout at the same step.
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await expect(page.locator('.gte')).toHaveAttribute('data-mode', 'full');
    await expect(page).toHaveURL(/#\/ex-vivo\/3$/);
    errors();
  });

  test('a presented step fits the screen: its picture with the lead, then its key facts', async ({ page }, info) => {
    test.skip(info.project.name !== 'projector', 'projector sizes');
    test.setTimeout(120_000);
    const inView = (sel) => page.locator(sel).evaluateAll((els) => {
      const bar = document.querySelector('.gte-step-nav').getBoundingClientRect().top;
      return els.filter((el) => el.getClientRects().length > 0).map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.className || el.tagName, ok: r.top >= 0 && r.bottom <= bar + 0.5, top: Math.round(r.top), bottom: Math.round(r.bottom), bar: Math.round(bar) };
      });
    });
    for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      for (const id of ['ex-vivo', 'in-vivo', 'hsct']) {
        const n = stepTitles(id).length;
        for (let step = 1; step <= n; step++) {
          // A fresh page each time (a new hash alone would keep the last one's scroll).
          await page.goto('about:blank');
          await open(page, `#/${id}/${step}?mode=present`);
          const where = `${id}/${step} at ${size.width}`;
          // The picture slide: heading, picture, its frame line and controls, the lead.
          const picture = await inView('#gte-step-heading, .gte-diagram > .gte-scene, .gte-diagram > .gte-frame-line, .gte-diagram > .gte-button, .gte-diagram-more > .gte-button, .gte-key, .gte-lead');
          expect(picture.length, where).toBeGreaterThanOrEqual(9);
          expect(picture.filter((b) => !b.ok), `${where}: off the screen or under the bar`).toEqual([]);
          // The facts slides, three facts each: every fact on the screen.
          const count = pathway(id).steps[step - 1].facts.length;
          for (let slide = 1; slide <= Math.ceil(count / 3); slide++) {
            await page.keyboard.press('PageDown');
            await expect(page.locator('.gte')).toHaveAttribute('data-part', String(slide));
            const facts = await inView('#gte-step-heading, .gte-fact');
            expect(facts.length, `${where}, facts slide ${slide}`).toBe(1 + Math.min(3, count - 3 * (slide - 1)));
            expect(facts.filter((b) => !b.ok), `${where}, facts slide ${slide}: off the screen or under the bar`).toEqual([]);
          }
          await page.keyboard.press('PageDown');
          if (step < n) await expect(heading(page)).toHaveText(stepTitles(id)[step]);
        }
      }
    }
  });

  test('the Present button enters the presentation', async ({ page }, info) => {
    test.skip(info.project.name !== 'projector', 'the button is for wide screens');
    await open(page, '#/in-vivo/2');
    await page.getByRole('button', { name: 'Present' }).click();
    await expect(page.locator('.gte')).toHaveAttribute('data-mode', 'present');
    await expect(page).toHaveURL(/mode=present/);
    // B does nothing in the reading layout.
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await page.keyboard.press('b');
    await expect(page.locator('.gte-blank')).toHaveCount(0);
  });

  test('the teacher notes page has contents, every step with suggested answers, and links back to it', async ({ page }) => {
    const steps = stepTitles('ex-vivo').length + stepTitles('in-vivo').length + stepTitles('hsct').length;
    await page.goto('/teacher-notes.html');
    await expect(page.locator('section')).toHaveCount(steps);
    // A table of contents: every pathway and step, and the worksheet.
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents.locator('ol a')).toHaveCount(steps);
    await expect(contents.getByRole('link', { name: 'Student worksheet' })).toHaveAttribute('href', 'worksheet.html');
    // Every question has its suggested answer.
    const asked = await page.locator('section ol > li').count();
    expect(asked).toBeGreaterThanOrEqual(2 * steps);
    await expect(page.locator('section ol > li .gte-notes-answer')).toHaveCount(asked);
    // A readable line: at most about 75 characters.
    const measure = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize));
    expect(measure).toBeLessThanOrEqual(47);
    await expectNoAxeViolations(page, 'teacher notes');
    const collect = page.locator('#ex-vivo-collect');
    await expect(collect.locator('h3')).toHaveText(`3. ${titles[2]}`);
    expect(await collect.locator('ol li').count()).toBeGreaterThanOrEqual(2);
    await collect.getByRole('link').click();
    await expect(heading(page)).toHaveText(titles[2]);
    await expect(page.locator('.gte')).toHaveAttribute('data-mode', 'present');
  });

  test('the student worksheet: one printed page a pathway, a question from each step with room to write', async ({ page }) => {
    await page.goto('/worksheet.html');
    const sheets = page.locator('main > section');
    await expect(sheets).toHaveCount(3);
    for (const [i, id] of ['ex-vivo', 'in-vivo', 'hsct'].entries()) {
      const sheet = sheets.nth(i);
      await expect(sheet.locator('h2')).toHaveText(message(`pathway-${id}`));
      await expect(sheet.locator('ol > li')).toHaveCount(stepTitles(id).length);
      for (const h of await sheet.locator('.gte-write').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))) {
        expect(h, 'room to write').toBeGreaterThanOrEqual(60);
      }
    }
    await expectNoAxeViolations(page, 'worksheet');
    await page.emulateMedia({ media: 'print' });
    expect(await sheets.evaluateAll((els) => els.map((el) => getComputedStyle(el).breakAfter))).toEqual(['page', 'page', 'page']);
    // Printed on A4: three sheets, one a pathway.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
  });
});

test('the handout is a page of its own: every step with a still, its sources, the questions, the dates, the link back', async ({ page, baseURL }) => {
  await page.addInitScript(() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; });
  await page.goto('/handout/ex-vivo.html');
  const handout = page.locator('.gte-handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(`${message('handout-title')}: ${message('pathway-ex-vivo')}`);
  await expect(handout.locator('.gte-handout-step h2')).toHaveText(titles.map((t, i) => `${i + 1}. ${t}`));
  // A still of each step's picture, named, with its last frame's words.
  await expect(handout.locator('.gte-handout-step .gte-scene[role=img]')).toHaveCount(titles.length);
  await expect(handout.locator('.gte-handout-step figcaption').first()).not.toBeEmpty();
  await expect(handout.locator('.gte-handout-step').first().locator('cite').first()).not.toBeEmpty();
  const asks = Object.keys(CONTENT.messages).filter((k) => k.startsWith('handout-ex-vivo.ask-'));
  await expect(handout.locator('.gte-handout-questions li')).toHaveText(asks.map(message));
  await expect(handout).toContainText(message('reviewed').split('{')[0].trim());
  // print.js writes the link back out in full, as paper needs it.
  const back = handout.locator('.gte-handout-questions a');
  await expect(back).toHaveText(`${baseURL}index.html#/ex-vivo/1`);
  await expectNoAxeViolations(page, 'handout page');
  const print = page.getByRole('button', { name: message('handout-print-now') });
  await print.click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(handout.locator('.gte-handout-step').first()).toBeVisible();
});

test('without scripts the handout reads all the same, with no dead Print button', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/handout/hsct.html');
  await expect(page.locator('.gte-handout-step')).toHaveCount(stepTitles('hsct').length);
  await expect(page.getByRole('button', { name: message('handout-print-now') })).toHaveCount(0);
  await context.close();
});

test('printing a step prints the step, without the controls around it', async ({ page }) => {
  await open(page, '#/ex-vivo/4');
  await page.emulateMedia({ media: 'print' });
  await expect(heading(page)).toBeVisible();
  await expect(page.locator('.gte-diagram .gte-scene')).toBeVisible();
  for (const hidden of ['.gte-step-nav', '.gte-tabs', '.gte-present-bar', '.gte-therapy-picker', '.gte-step-list', '.gte-diagram > .gte-button']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
});

test.describe('themes', () => {
  test('dark follows the system and passes axe', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, '#/hsct/2');
    expect(await page.locator('.gte').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 23, 29)');
    // The picture is a dim slab with dark name chips, not a white one (axe checks the chips' contrast).
    expect(await page.locator('.gte-diagram > .gte-scene').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 42, 54)');
    await expectNoAxeViolations(page, 'dark');
  });

  test('theme=light overrides a dark system, theme=dark a light one', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/?theme=light#/ex-vivo/2');
    await expect(live(page)).toHaveCount(1);
    await expect(heading(page)).toBeVisible();
    expect(await page.locator('.gte').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/?theme=dark#/compare');
    await expect(live(page)).toHaveCount(1);
    await expect(heading(page)).toBeVisible();
    expect(await page.locator('.gte').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(18, 23, 29)');
    await expectNoAxeViolations(page, 'dark comparison');
  });

  test('forced colours: the system colours win, current states stay visible, axe passes', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, '#/ex-vivo/2');
    const tab = page.locator('.gte-tab.gte-current');
    const [bg, fg] = await tab.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(bg).not.toBe(fg);
    await expectNoAxeViolations(page, 'forced colours');
  });
});
