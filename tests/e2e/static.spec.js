// Static first: every view is real HTML before any wasm runs (static/guide/, the first view
// in index.html; tests/generate/pages.rs). Readers with scripts off read every view and move
// between them by links; a deep link never shows another step, not even for one frame; the
// live widget takes over without moving anything; a wasm that fails or breaks leaves the
// static guide working, with a note.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect } from '@playwright/test';
import { CONTENT, expectNoAxeViolations, heading, live, message, pathway } from './helpers.js';

const WASM = '**/gene-therapy-explainer_bg.wasm';
const first = CONTENT.views[0];
const stepTitle = (id, n) => pathway(id).steps[n - 1].title;

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false });

  test('every view is its own readable page, with its stills, and no control that needs a script', async ({ page }) => {
    test.setTimeout(60_000);
    for (const v of CONTENT.views) {
      const res = await page.goto(`/${v.page}`);
      expect(res.status(), v.page).toBe(200);
      await expect(heading(page), v.page).toHaveText(v.heading);
      await expect(page, v.page).toHaveTitle(new RegExp(`${v.heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // Nothing a script would have to work is offered; what is shown works.
      await expect(page.locator('.gte button:not(.gte-term):visible, .gte select:visible'), v.page).toHaveCount(0);
      // Every word stays: a glossary term's words show, as a plain word.
      for (const term of await page.locator('.gte-term').all()) await expect(term, v.page).toBeVisible();
      if (v.hash.split('/').length === 3) {
        // A step: its picture as stills (every key frame), and no moving one.
        await expect(page.locator('.gte-diagram.gte-still .gte-board > li').first(), v.page).toBeVisible();
        await expect(page.locator('.gte-diagram:not(.gte-still)'), v.page).toBeHidden();
        // (In <noscript>, which Playwright's text search skips: found by its place.)
        await expect(page.locator('noscript > .gte-static-note'), v.page).toBeVisible();
        await expect(page.locator('noscript > .gte-static-note'), v.page).toHaveText(message('static-no-script'));
      }
    }
  });

  test('every link on every static page leads to a page that is there', async ({ page, request }) => {
    test.setTimeout(120_000);
    const seen = new Set();
    for (const v of ['index.html', ...CONTENT.views.map((x) => x.page)]) {
      await page.goto(`/${v}`);
      const hrefs = await page.locator('#gene-therapy-explainer a[href]').evaluateAll((as) => as.map((a) => a.href));
      for (const href of hrefs) {
        const url = new URL(href);
        if (url.origin !== new URL(page.url()).origin) continue;
        url.hash = '';
        if (seen.has(url.href)) continue;
        seen.add(url.href);
        expect((await request.get(url.href)).status(), `${href} on ${v}`).toBe(200);
      }
    }
    // Every view, the handout, and the other pages are among them.
    for (const v of CONTENT.views) expect([...seen].some((u) => u.endsWith(`/${v.page}`)), v.page).toBe(true);
    expect([...seen].some((u) => u.includes('/handout/'))).toBe(true);
  });

  test('each kind of link moves between the views: next, previous, the step list, the tabs, the stage and page jumps', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(first.heading);
    await page.locator('.gte-step-nav').getByRole('link', { name: message('nav-next') }).click();
    await expect(page).toHaveURL(/\/guide\/ex-vivo-2\.html$/);
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 2));
    await page.locator('.gte-step-nav').getByRole('link', { name: message('nav-previous') }).click();
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 1));
    await page.locator('.gte-step-list').getByRole('link', { name: new RegExp(stepTitle('ex-vivo', 5)) }).click();
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 5));
    // The views list, open without a script, at both sizes.
    const tabs = page.getByRole('navigation', { name: message('views-label') });
    await tabs.getByRole('link', { name: new RegExp(pathway('in-vivo').name) }).click();
    await expect(heading(page)).toHaveText(stepTitle('in-vivo', 1));
    await tabs.getByRole('link', { name: message('page-glossary') }).click();
    await expect(heading(page)).toHaveText(message('page-glossary'));
    // A jump within the page is a plain in-page link.
    const jump = page.locator('a.gte-jump-to').first();
    const target = (await jump.getAttribute('href')).slice(1);
    await jump.click();
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
    // The last step's stage links lead into the other pathways.
    await page.goto('/guide/ex-vivo-9.html');
    const stage = page.locator('a.gte-jump-link').first();
    const href = await stage.getAttribute('href');
    await stage.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace('.', '\\.')}$`));
    await expect(heading(page)).toBeVisible();
  });
});

test.describe('with scripts on', () => {
  // axe cannot run with scripts off (its checks run in the page); a static view whose wasm
  // cannot start is the same markup, with the same controls hidden (`gte-static`).
  test('every static view passes axe when the live widget cannot start', async ({ page }) => {
    test.setTimeout(180_000);
    await page.route(WASM, (route) => route.abort());
    for (const v of CONTENT.views) {
      await page.goto(`/${v.page}`);
      await expect(heading(page), v.page).toHaveText(v.heading);
      await expect(page.getByText(message('static-failed')), v.page).toBeVisible();
      await expectNoAxeViolations(page, `${v.page}, static`);
    }
  });

  /** Records, from before the page's first script, what each painted frame shows. */
  const recordFrames = (page) => page.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      const h = document.querySelector('#gene-therapy-explainer h2');
      const waiting = document.documentElement.classList.contains('gte-wait');
      if (h || waiting) window.__frames.push(waiting ? 'wait' : h.textContent);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  /** Holds the wasm back until the returned function is called. */
  async function holdWasm(page) {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(WASM, async (route) => { await held; await route.continue(); });
    return release;
  }

  test('a deep link shows the view it asks for, or the loading line, never another step', async ({ page }) => {
    test.setTimeout(60_000);
    await recordFrames(page);
    await holdWasm(page);
    const asks = [
      ['#/in-vivo/3', stepTitle('in-vivo', 3)],
      ['?pathway=hsct&step=2', stepTitle('hsct', 2)],
      ['#/compare', message('page-compare')],
      ['#/ex-vivo/3?therapy=casgevy', null],
      ['?mode=present', null],
      ['#/ex-vivo/2?motion=still', null],
      ['#/ex-vivo/99', null],
      ['#/no-such-guide/2', null],
    ];
    for (const [ask, shown] of asks) {
      // From another document each time: a new hash alone would not load the page again.
      await page.goto('about:blank');
      await page.goto(`/${ask}`);
      if (shown) {
        await expect(heading(page), ask).toHaveText(shown);
        await expect(page.locator('html.gte-wait'), ask).toHaveCount(0);
        // The fetched view as the live one shows it: its moving picture, not its stills too.
        await expect(page.locator('.gte-board'), ask).toHaveCount(0);
      } else {
        await expect(page.getByText(message('static-loading')), ask).toBeVisible();
      }
      const frames = await page.evaluate(() => window.__frames);
      expect(frames.length, ask).toBeGreaterThan(0);
      for (const f of frames) expect(['wait', shown], `${ask}: a frame showed “${f}”`).toContain(f);
    }
  });

  test('the live widget takes over without moving anything, keeps focus and scroll, and answers the next key', async ({ page }) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(heading(page)).toHaveText(first.heading);
    const next = page.locator('.gte-step-nav .gte-next');
    await next.focus();
    await page.evaluate(() => window.scrollTo(0, 120));
    const before = await page.evaluate(() => [window.scrollY, document.activeElement.localName]);
    expect(before[1]).toBe('a');
    release();
    await expect(live(page)).toHaveCount(1);
    const after = await page.evaluate(() => [window.scrollY, document.activeElement.localName, document.activeElement.textContent]);
    expect(after[0]).toBe(before[0]);
    expect(after[1], 'the live Next has focus').toBe('button');
    expect(after[2]).toContain(message('nav-next'));
    expect(await page.evaluate(() => window.__shift), 'layout shift at the hand-over').toBe(0);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 2));
    await page.keyboard.press('ArrowRight');
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 3));
  });

  test('the custom element and the iframe show their own view before the wasm arrives', async ({ page }) => {
    await holdWasm(page);
    await page.goto('/hosts/two.html');
    // Each element's attributes name its view; the static page of that view stands in.
    await expect(page.locator('#first h2#gte-step-heading')).toHaveText(stepTitle('ex-vivo', 2));
    await expect(page.locator('#second h2#gte-step-heading')).toHaveText(stepTitle('in-vivo', 1));
    await expect(page.locator('#second .gte')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('#first .gte')).toHaveAttribute('data-mode', 'compact');
    await expect(page.locator('#first .gte-board')).toHaveCount(0);
    await expect(page.locator('[data-live]')).toHaveCount(0);
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(stepTitle('ex-vivo', 1));
    await expect(frame.locator('[data-live]')).toHaveCount(0);
    await page.goto('/hosts/csp.html');
    // Under a strict policy too (its frame asks for another pathway: that view's own page).
    const strict = page.frameLocator('iframe[data-gte-embed]');
    await expect(strict.locator('h2#gte-step-heading')).toHaveText(stepTitle('in-vivo', 1));
    await expect(page.locator('#strict h2#gte-step-heading')).toHaveText(stepTitle('hsct', 1));
  });

  test('when the wasm cannot load or run, the static guide stays, links work, and a note says so', async ({ page }) => {
    await page.route(WASM, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto('/#/ex-vivo/4');
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 4));
    await expect(page.getByText(message('static-failed'))).toBeVisible();
    // Nothing that needs the live widget is offered; the views list is open.
    await expect(page.locator('.gte button:not(.gte-term):visible, .gte select:visible')).toHaveCount(0);
    await expect(page.locator('.gte-term').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: message('views-label') }).getByRole('link', { name: message('page-glossary') })).toBeVisible();
    await page.locator('.gte-step-nav').getByRole('link', { name: message('nav-next') }).click();
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 5));
    await expect(page.getByText(message('static-failed'))).toBeVisible();
  });

  test('a browser without WebAssembly gets the static guide and the note', async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto('/');
    await expect(heading(page)).toHaveText(first.heading);
    await expect(page.getByText(message('static-failed'))).toBeVisible();
    await expectNoAxeViolations(page, 'the static guide with its note');
  });

  test('a fault while the guide runs brings back the static view under a note with Reload', async ({ page }) => {
    await page.goto('/');
    await expect(live(page)).toHaveCount(1);
    // A Rust panic in the wasm is a trap: it reaches the page as an uncaught RuntimeError.
    await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
    const panel = page.getByRole('alert').filter({ hasText: message('static-broken') });
    await expect(panel).toBeVisible();
    await expect(heading(page)).toHaveText(first.heading);
    await expectNoAxeViolations(page, 'the broken panel');
    await panel.getByRole('button', { name: message('static-reload') }).click();
    await expect(live(page)).toHaveCount(1);
    await expect(panel).toHaveCount(0);
  });

  test('from a folder (file://) the static pages open, link, and say the rest needs a server', async ({ page }) => {
    await page.goto(pathToFileURL(resolve('dist/index.html')).href);
    await expect(heading(page)).toHaveText(first.heading);
    await expect(page.getByText(message('static-file'))).toBeVisible();
    await expect(page.locator('.gte button:not(.gte-term):visible, .gte select:visible')).toHaveCount(0);
    await page.locator('.gte-step-nav').getByRole('link', { name: message('nav-next') }).click();
    await expect(heading(page)).toHaveText(stepTitle('ex-vivo', 2));
    await expect(page).toHaveURL(/\/guide\/ex-vivo-2\.html$/);
    await expect(page.getByText(message('static-file'))).toBeVisible();
  });
});
