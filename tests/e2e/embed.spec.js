// Embedding in someone else's page: the host pages in tests/hosts/ (served at /hosts/ and
// again under /deep/sub/path/ by tests/e2e/serve.mjs). The iframe embed with its height
// script and messages, two custom elements side by side, a strict CSP, a sub-path, and
// embed code with mistakes. Message format: ARCHITECTURE.md, "Embedding".
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, message, productCard, stepTitles, watchErrors } from './helpers.js';

const exTitles = stepTitles('ex-vivo');
const hsctTitles = stepTitles('hsct');
const inTitles = stepTitles('in-vivo');

/** Records, in every frame, the messages posted to it, layout shifts and CSP violations. */
async function record(page) {
  await page.addInitScript(() => {
    window.__messages = [];
    window.__cls = 0;
    window.__csp = [];
    addEventListener('message', (e) => window.__messages.push(e.data));
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const messages = (page, type) =>
  page.evaluate((type) => window.__messages.filter((m) => m && m.source === 'gene-therapy-explainer' && m.type === type), type);

/** Whether the iframe `selector` is as tall as the guide inside it (embed-resize.js). */
const frameFits = async (page, selector) => {
  const box = await page.locator(selector).boundingBox();
  const inner = await page.frameLocator(selector).locator('#gene-therapy-explainer')
    .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  return Math.abs(box.height - inner) <= 1;
};

/** Waits two frames, so pending layout-shift entries have been delivered. */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test.describe('iframe embed (plain article)', () => {
  test('the frame fits its content, shifts nothing, and reports events in the documented format', async ({ page }) => {
    await record(page);
    const errors = watchErrors(page);
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(exTitles[0]);

    await expect.poll(() => messages(page, 'ready')).toEqual([{
      source: 'gene-therapy-explainer', version: 1, instance: 'article-guide', type: 'ready',
      view: 'ex-vivo/1', pathway: 'ex-vivo', step: 1, total: exTitles.length,
    }]);
    // The iframe takes the height the widget reports: no inner scroll bar, no gap.
    const fits = async () => {
      const heights = await messages(page, 'height');
      const box = await page.locator('#guide').boundingBox();
      const inner = await frame.locator('#gene-therapy-explainer').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      return heights.length > 0 && Math.abs(box.height - inner) <= 1 && heights.at(-1).height === inner;
    };
    await expect.poll(fits).toBe(true);
    await settle(page);
    expect(await page.evaluate(() => window.__cls), 'layout shift while loading').toBe(0);

    // A move: the event, then the height follows the new content.
    await frame.getByRole('button', { name: /Next(?! picture)/ }).click();
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(exTitles[1]);
    await expect.poll(async () => (await messages(page, 'step-changed')).map((m) => [m.view, m.step, m.total]))
      .toEqual([['ex-vivo/2', 2, exTitles.length]]);
    await expect.poll(fits).toBe(true);
    // The last step completes the pathway, once.
    await frame.locator('h2#gte-step-heading').press('End');
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(exTitles.at(-1));
    await expect.poll(() => messages(page, 'pathway-completed')).toEqual([
      { source: 'gene-therapy-explainer', version: 1, instance: 'article-guide', type: 'pathway-completed', pathway: 'ex-vivo' },
    ]);
    // The host's URL and the frame's are left alone.
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.frames()[1].evaluate(() => location.hash)).toBe('');
    errors();
  });

  test('after Next low in a long step, the page scrolls back so the new heading is in view', async ({ page }) => {
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(exTitles[0]);
    // The reader scrolls down to the end of the first step, where Next has its own place.
    const next = frame.getByRole('button', { name: /Next(?! picture)/ });
    await frame.locator('.gte-step-list').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('#guide').evaluate((f) => f.getBoundingClientRect().top)).toBeLessThan(0);
    await next.click();
    const heading = frame.locator('h2#gte-step-heading');
    await expect(heading).toHaveText(exTitles[1]);
    await expect(heading).toBeInViewport();
  });

  /** Waits until the frame has taken the widget's height (embed-resize.js). */
  const fitted = async (page, frame) => {
    await expect(frame.locator('h2#gte-step-heading')).toBeVisible();
    await expect.poll(() => frameFits(page, '#guide')).toBe(true);
  };
  const inWindow = async (page, locator) => {
    const box = await locator.boundingBox();
    const h = page.viewportSize().height;
    return box !== null && box.y >= 0 && box.y + box.height <= h;
  };

  test('while the reader is in the middle of a long step, Previous and Next sit at the window\'s bottom edge', async ({ page }) => {
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await fitted(page, frame);
    const next = frame.getByRole('button', { name: /Next(?! picture)/ });
    // Halfway down the frame: the bar's own place, at the step's end, is below the window.
    await page.evaluate(() => {
      const f = document.getElementById('guide');
      scrollTo(0, f.getBoundingClientRect().top + scrollY + f.offsetHeight / 2 - innerHeight / 2);
    });
    const frameBox = await page.locator('#guide').boundingBox();
    expect(frameBox.y + frameBox.height, 'the frame runs on below the window').toBeGreaterThan(page.viewportSize().height);
    await expect.poll(() => inWindow(page, next)).toBe(true);
    const before = await page.evaluate(() => scrollY);
    await next.click();
    await expect(frame.locator('h2#gte-step-heading')).toHaveText(exTitles[1]);
    await expect(frame.locator('h2#gte-step-heading')).toBeInViewport();
    expect(await page.evaluate(() => scrollY), 'the page scrolled back up to the new step').toBeLessThan(before);
    // Back at the frame's top, the bar is at the bottom edge again, ready for the next step.
    await expect.poll(() => inWindow(page, next)).toBe(true);
    // At the step's end the bar is in its own place, under the last fact.
    await frame.locator('.gte-step-list').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await frame.locator('.gte-step-nav').evaluate((el) => el.style.transform)) === '').toBe(true);
  });

  test('the lifted bar never covers what has keyboard focus', async ({ page }) => {
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await fitted(page, frame);
    // A link or button halfway down the step, scrolled to the window's bottom edge, where
    // the lifted bar will lie over it.
    const y = await frame.locator('.gte').evaluate((root) => {
      const h = root.getBoundingClientRect().height;
      const el = [...root.querySelectorAll('a, button')].find((e) => {
        const b = e.getBoundingClientRect();
        return b.height > 0 && b.top > h * 0.4 && !e.closest('.gte-step-nav');
      });
      el.dataset.probe = '';
      return el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2;
    });
    await page.evaluate((y) => {
      const f = document.getElementById('guide');
      scrollTo(0, f.getBoundingClientRect().top + scrollY + y - innerHeight + 30);
    }, y);
    const bar = frame.locator('.gte-step-nav');
    const probe = frame.locator('[data-probe]');
    const shown = () => probe.evaluate((el) => {
      const b = el.getBoundingClientRect();
      const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      return el === hit || el.contains(hit);
    });
    // The bar settles once the frame has heard where the window now is: wait for that, not
    // for any first lift (an earlier scroll's message may move it first).
    await expect.poll(() => bar.evaluate((el) => el.style.transform)).not.toBe('');
    await expect.poll(shown, 'the bar lies over the probe before it has focus').toBe(false);
    await probe.evaluate((el) => el.focus({ preventScroll: true }));
    await expect.poll(shown, 'the focused probe is hidden under the bar').toBe(true);
  });

  test('the host text below the frame holds still while the widget plays its picture', async ({ page }) => {
    await record(page);
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await fitted(page, frame);
    const after = page.locator('#after');
    await after.scrollIntoViewIfNeeded();
    await settle(page);
    await page.evaluate(() => { window.__cls = 0; });
    const top = async () => (await after.boundingBox()).y;
    const start = await top();
    // The picture plays on by itself: its line changes with each key frame.
    const line = frame.locator('.gte-diagram > .gte-frame-line');
    const first = await line.textContent();
    await expect(line).not.toHaveText(first);
    const second = await line.textContent();
    await expect(line).not.toHaveText(second);
    await settle(page);
    expect(await top(), 'the text below the frame moved').toBe(start);
    expect(await page.evaluate(() => window.__cls), 'layout shift in the host page').toBe(0);
  });

  test('the frame obeys documented commands and ignores anything else', async ({ page }) => {
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    const h = frame.locator('h2#gte-step-heading');
    await expect(h).toHaveText(exTitles[0]);
    const post = (data) => page.evaluate((data) => document.getElementById('guide').contentWindow.postMessage(data, '*'), data);
    // Wrong shapes first: no source, unknown type, a value that is not text.
    await post({ type: 'go', pathway: 'hsct', step: 3 });
    await post({ source: 'gene-therapy-explainer', type: 'navigate', pathway: 'hsct' });
    await post({ source: 'gene-therapy-explainer', type: 'go', step: { toString: 3 } });
    await post('go hsct 3');
    // Then a documented one: it is handled after the ignored ones, in order.
    await post({ source: 'gene-therapy-explainer', type: 'go', pathway: 'hsct', step: 3 });
    await expect(h).toHaveText(hsctTitles[2]);
    await expect(frame.locator('.gte-note')).toHaveCount(0);
    await post({ source: 'gene-therapy-explainer', type: 'set-theme', theme: 'dark' });
    await expect(frame.locator('.gte')).toHaveAttribute('data-theme', 'dark');
    // A documented shape with a bad value: the nearest valid view and a visible note.
    await post({ source: 'gene-therapy-explainer', type: 'go', pathway: 'hsct', step: 99 });
    await expect(h).toHaveText(hsctTitles.at(-1));
    await expect(frame.locator('.gte-note')).toContainText('99');
  });

  test('the article with its embedded guide passes axe', async ({ page }) => {
    await page.goto('/hosts/article.html');
    await expect(page.frameLocator('#guide').locator('h2#gte-step-heading')).toBeVisible();
    await expectNoAxeViolations(page, 'article with iframe');
  });
});

test.describe('two custom elements on one page', () => {
  test('each steps on its own, with no shared ids and no URL writes', async ({ page }) => {
    await record(page);
    const errors = watchErrors(page);
    await page.goto('/hosts/two.html');
    const first = page.locator('#first h2#gte-step-heading');
    const second = page.locator('#second h2#gte-step-heading');
    await expect(first).toHaveText(exTitles[1]);
    await expect(second).toHaveText(inTitles[0]);

    await page.locator('#first').getByRole('button', { name: /Next(?! picture)/ }).click();
    await expect(first).toHaveText(exTitles[2]);
    await expect(second).toHaveText(inTitles[0]);
    // Keys reach only the widget they are pressed in.
    await second.focus();
    await page.keyboard.press('ArrowRight');
    await expect(second).toHaveText(inTitles[1]);
    await expect(first).toHaveText(exTitles[2]);

    // Each element tells the host page, as a DOM event and as a message (posted messages
    // arrive a task later than the new heading: wait for them).
    const events = () => page.evaluate(() => window.__messages.filter((m) => m.type === 'step-changed').map((m) => [m.instance, m.view]));
    await expect.poll(events).toEqual([['first', 'ex-vivo/3'], ['second', 'in-vivo/2']]);
    const domEvent = page.evaluate(() => new Promise((r) => document.getElementById('first')
      .addEventListener('gte:step-changed', (e) => r(e.detail.view), { once: true })));
    await page.locator('#first').getByRole('button', { name: /Next(?! picture)/ }).click();
    expect(await domEvent).toBe('ex-vivo/4');

    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('[id^="gte"]').length), 'ids in the host page').toBe(0);
    errors();
  });

  test('host styles stay out and the widget styles stay in', async ({ page }) => {
    await page.goto('/hosts/two.html');
    await expect(page.locator('#first h2#gte-step-heading')).toBeVisible();
    // Both live, not the static views they take over from.
    await expect(page.locator('#first [data-live], #second [data-live]')).toHaveCount(2);
    const style = (loc, prop) => loc.evaluate((el, prop) => getComputedStyle(el)[prop], prop);
    // The host's heading and button rules do not reach into the widget...
    expect(await style(page.locator('#first h2#gte-step-heading'), 'textTransform')).toBe('none');
    expect(await style(page.locator('#first').getByRole('button', { name: /Next(?! picture)/ }), 'backgroundColor')).not.toBe('rgb(255, 105, 180)');
    // ...and the widget's do not change the host page.
    expect(await style(page.locator('#host-heading'), 'textTransform')).toBe('uppercase');
    expect(await style(page.locator('#host-heading'), 'color')).toBe('rgb(122, 31, 31)');
    // Attributes: compact hides the title; the dark theme is dark.
    await expect(page.locator('#first .gte-title')).toBeHidden();
    await expect(page.locator('#second .gte')).toHaveAttribute('data-theme', 'dark');
    expect(await style(page.locator('#second .gte'), 'backgroundColor')).toBe('rgb(18, 23, 29)');
  });

  test('changing an attribute moves that widget', async ({ page }) => {
    await page.goto('/hosts/two.html');
    await expect(page.locator('#second h2#gte-step-heading')).toHaveText(inTitles[0]);
    await page.evaluate(() => document.getElementById('second').setAttribute('step', '4'));
    await expect(page.locator('#second h2#gte-step-heading')).toHaveText(inTitles[3]);
    await expect(page.locator('#first h2#gte-step-heading')).toHaveText(exTitles[1]);
  });

  test('every setting the element takes is observed: motion and lang as well', async ({ page }) => {
    await page.goto('/hosts/two.html');
    const second = page.locator('#second');
    await expect(second.locator('h2#gte-step-heading')).toHaveText(inTitles[0]);
    await page.evaluate(() => document.getElementById('second').setAttribute('motion', 'still'));
    await expect(second.getByRole('button', { name: message('diagram-moving') })).toBeVisible();
    await expect(second.locator('.gte-board')).toBeVisible();
    // A language the guide does not have: the nearest (English) stays, with a visible note.
    await page.evaluate(() => document.getElementById('second').setAttribute('lang', 'xx'));
    await expect(second.locator('.gte-note')).toContainText('xx');
    await expect(second.locator('.gte')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#first .gte-note')).toHaveCount(0);
  });

  test('both widgets pass axe', async ({ page }) => {
    await page.goto('/hosts/two.html');
    await expect(page.locator('#second h2#gte-step-heading')).toBeVisible();
    await expectNoAxeViolations(page, 'two custom elements');
  });
});

test.describe('the custom element from another origin', () => {
  // The host page and the guide on two loopback origins: the guide's own server (this one)
  // sends no Access-Control-Allow-Origin; the one on the next port does (playwright.config.js).
  const ports = (baseURL) => { const port = Number(new URL(baseURL).port); return [port, port + 1]; };

  test('runs when the guide\'s server sends Access-Control-Allow-Origin: scripts, wasm and the words fetched later', async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const [, open] = ports(baseURL);
    const later = page.waitForResponse((r) => r.url().startsWith(`http://127.0.0.1:${open}/later/`));
    await page.goto(`/hosts/cross-origin.html?from=${open}`);
    const remote = page.locator('#remote');
    await expect(remote.locator('h2#gte-step-heading')).toHaveText(inTitles[1]);
    // The live widget, not the static view it takes over from.
    await expect(remote.locator('[data-live]')).toHaveCount(1);
    await expect(page.locator('#fallback')).toBeHidden();
    // The wasm came from the other origin.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
    expect(wasm).toEqual([`http://127.0.0.1:${open}/gene-therapy-explainer_bg.wasm`]);
    await remote.getByRole('button', { name: /Next(?! picture)/ }).click();
    await expect(remote.locator('h2#gte-step-heading')).toHaveText(inTitles[2]);
    // A product's details are words fetched later, from the guide's origin too.
    await page.evaluate(() => document.getElementById('remote').setAttribute('therapy', 'luxturna'));
    expect((await later).ok()).toBe(true);
    await expect(productCard(remote, message('therapy-luxturna'))).toBeVisible();
    errors();
  });

  test('without the header the browser refuses it: the host page keeps the element\'s own fallback and its text', async ({ page, baseURL }) => {
    const [closed, open] = ports(baseURL);
    // The host page on the open origin loads the guide from this one, which sends no header.
    await page.goto(`http://127.0.0.1:${open}/hosts/cross-origin.html?from=${closed}`);
    await expect(page.locator('html')).toHaveAttribute('data-failed', /./);
    await expect(page.locator('#fallback')).toBeVisible();
    await expect(page.locator('#fallback a')).toHaveAttribute('href', 'https://example.org/');
    await expect(page.locator('#after')).toBeVisible();
    expect(await page.locator('#remote').evaluate((el) => el.shadowRoot)).toBeNull();
  });
});

test('a strict Content-Security-Policy page runs both embeds with no violation', async ({ page }) => {
  await record(page);
  const errors = watchErrors(page);
  const response = await page.goto('/hosts/csp.html');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator('#strict h2#gte-step-heading')).toHaveText(hsctTitles[0]);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h2#gte-step-heading')).toHaveText(inTitles[0]);
  await page.locator('#strict').getByRole('button', { name: /Next(?! picture)/ }).click();
  await expect(page.locator('#strict h2#gte-step-heading')).toHaveText(hsctTitles[1]);
  expect(await page.evaluate(() => window.__csp), 'CSP violations in the host page').toEqual([]);
  expect(await page.frames()[1].evaluate(() => window.__csp), 'CSP violations in the frame').toEqual([]);
  errors();
});

test('served under a sub-path, every file loads from that path', async ({ page }) => {
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  const errors = watchErrors(page);
  await page.goto('/deep/sub/path/#/in-vivo/2');
  await expect(page.locator('h2#gte-step-heading')).toHaveText(inTitles[1]);
  await page.goto('/deep/sub/path/hosts/two.html');
  await expect(page.locator('#second h2#gte-step-heading')).toHaveText(inTitles[0]);
  const outside = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname).filter((p) => !p.startsWith('/deep/sub/path/')));
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  errors();
});

test('embed code with mistakes shows the nearest view, one note each, reported once in the console', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('gene-therapy-explainer:')) warnings.push(m.text()); });
  const errors = watchErrors(page);
  await page.goto('/hosts/bad.html');
  await expect(page.locator('#typos h2#gte-step-heading')).toHaveText(exTitles[0]);
  const note = page.locator('#typos .gte-note');
  await expect(note).toBeVisible();
  for (const asked of ['ex-vivvo', 'purple', 'xx', 'huge', 'motoin']) await expect(note).toContainText(asked);
  // A bad theme falls back to an embed's default: the host page's (this one names none: light).
  await expect(page.locator('#typos .gte')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('#typos .gte')).toHaveAttribute('data-mode', 'full');
  expect(warnings).toHaveLength(5);
  expect(new Set(warnings).size).toBe(5);
  errors();
});

test('the demo page shows both embed codes working, and passes axe', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/embed.html');
  await expect(page.locator('pre')).toHaveCount(2);
  await expect(page.frameLocator('iframe').locator('h2#gte-step-heading')).toHaveText(exTitles[0]);
  await expect(page.locator('#demo-element h2#gte-step-heading')).toHaveText(inTitles[0]);
  await expectNoAxeViolations(page, 'embed demo page');
  errors();
});

test.describe('Share or embed, for an editor who does not read the README', () => {
  test('gives this step\'s link and both embed codes with the guide\'s real address; each copies, and pasted into a page both work', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const errors = watchErrors(page);
    await page.goto('/#/in-vivo/3?therapy=luxturna');
    await expect(page.locator('h2#gte-step-heading')).toHaveText(inTitles[2]);
    await page.getByText(message('share-open')).click();
    const link = page.getByLabel(message('share-link'));
    const iframe = page.getByLabel(message('share-iframe'));
    const element = page.getByLabel(message('share-element'));
    await expect(link).toHaveValue(`${baseURL}#/in-vivo/3?therapy=luxturna`);
    await expect(iframe).toHaveValue(new RegExp(`src="${baseURL}\\?pathway=in-vivo&amp;step=3&amp;therapy=luxturna"`));
    await expect(iframe).toHaveValue(new RegExp(`<script src="${baseURL}embed-resize.js" defer></script>$`));
    await expect(element).toHaveValue(new RegExp(`^<script type="module" src="${baseURL}explainer.js"></script>`));
    await expect(page.getByRole('link', { name: message('share-help') })).toHaveAttribute('href', `${baseURL}embed.html`);
    await expectNoAxeViolations(page, 'share panel open');

    // Each Copy puts its own field's text on the clipboard and says so.
    const codes = {};
    for (const [field, button] of [[link, 'share-link-copy'], [iframe, 'share-iframe-copy'], [element, 'share-element-copy']]) {
      await page.getByRole('button', { name: message(button) }).click();
      await expect(field.locator('xpath=..').getByRole('status')).toHaveText(message('share-copied'));
      codes[button] = await page.evaluate(() => navigator.clipboard.readText());
      expect(codes[button]).toBe(await field.inputValue());
    }

    // An editor pastes both codes into an article (a CMS's HTML block) on the same site.
    await page.route('**/hosts/pasted.html', (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><main>
        <h1>An article</h1>${codes['share-iframe-copy']}<p>Between the two.</p>${codes['share-element-copy']}</main></body></html>`,
    }));
    await page.goto('/hosts/pasted.html');
    const framed = page.frameLocator('iframe[data-gte-embed]');
    await expect(framed.locator('h2#gte-step-heading')).toHaveText(inTitles[2]);
    await expect(productCard(framed, message('therapy-luxturna'))).toBeVisible();
    const custom = page.locator('gene-therapy-explainer');
    await expect(custom.locator('h2#gte-step-heading')).toHaveText(inTitles[2]);
    await expect(productCard(custom, message('therapy-luxturna'))).toBeVisible();
    // embed-resize.js came with the iframe code: the frame fits the guide.
    await expect.poll(() => frameFits(page, 'iframe[data-gte-embed]')).toBe(true);
    errors();
  });
});

test.describe('an embed\'s theme follows the host page, not the reader\'s system', () => {
  const bg = (loc) => loc.evaluate((el) => getComputedStyle(el).backgroundColor);
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(18, 23, 29)';

  test('on a light page with a dark system, embeds with no theme are light; theme="dark" is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/hosts/two.html');
    await expect(page.locator('#first h2#gte-step-heading')).toBeVisible();
    await expect(page.locator('#first [data-live], #second [data-live]')).toHaveCount(2);
    await expect(page.locator('#first .gte')).toHaveAttribute('data-theme', 'light');
    expect(await bg(page.locator('#first .gte'))).toBe(LIGHT);
    expect(await bg(page.locator('#second .gte'))).toBe(DARK);
    await page.goto('/hosts/article.html');
    const frame = page.frameLocator('#guide');
    await expect(frame.locator('[data-live]')).toHaveCount(1);
    await expect(frame.locator('.gte')).toHaveAttribute('data-theme', 'light');
    expect(await bg(frame.locator('.gte'))).toBe(LIGHT);
  });

  test('on a dark page with a light system, the element follows the page, and follows it back; theme="auto" follows the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/hosts/dark.html');
    const follows = page.locator('#follows .gte');
    await expect(page.locator('#follows h2#gte-step-heading')).toBeVisible();
    await expect(page.locator('#follows [data-live], #system [data-live]')).toHaveCount(2);
    await expect(follows).toHaveAttribute('data-theme', 'dark');
    expect(await bg(follows)).toBe(DARK);
    await expect(page.locator('#system .gte')).toHaveAttribute('data-theme', 'auto');
    expect(await bg(page.locator('#system .gte'))).toBe(LIGHT);
    // The iframe cannot see the page's scheme: light, as its code names none.
    await expect(page.frameLocator('#framed').locator('.gte')).toHaveAttribute('data-theme', 'light');
    await expectNoAxeViolations(page, 'dark host page');
    // The site switches to its light look: the element goes with it.
    await page.evaluate(() => document.documentElement.classList.remove('night'));
    await expect(follows).toHaveAttribute('data-theme', 'light');
    // A theme the host sets wins, and removing it goes back to the page's.
    await page.evaluate(() => document.getElementById('follows').setAttribute('theme', 'dark'));
    await expect(follows).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => document.getElementById('follows').removeAttribute('theme'));
    await expect(follows).toHaveAttribute('data-theme', 'light');
  });
});
