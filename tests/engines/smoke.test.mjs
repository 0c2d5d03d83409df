// End-to-end smoke walk in the two engines Playwright does not cover here: Firefox ESR
// (geckodriver, headless) and WebKitGTK (WebKitWebDriver, under Xvfb). Runs on the release
// build: `trunk build --release`, then
//   xvfb-run -a timeout 600 node --test tests/engines/
// Env: ENGINES=firefox,webkit (default both), DIST=dist (the folder to serve).
// Every wait is on a condition in the page (the heading's text, the URL hash, an element),
// never on a timer. Each walk fails on console errors and uncaught exceptions, as far as
// the engine lets them be seen (WebKit: see HOOK).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { HEIGHT, launch, serve, WIDTH } from './drivers.mjs';
import { message, stepTitles } from './content.mjs';

const require = createRequire(import.meta.url);
const { By, error: { TimeoutError } } = require('selenium-webdriver');

const ENGINES = (process.env.ENGINES || 'firefox,webkit').split(',').map((e) => e.trim()).filter(Boolean);
const WAIT = 20000; // the longest any condition may take (the first wasm compile included)
const exVivo = stepTitles('ex-vivo');
const inVivo = stepTitles('in-vivo');
const NEXT = message('nav-next');

// The text a reader sees in a heading: whitespace collapsed.
const TEXT = "(e) => e ? e.textContent.replace(/\\s+/g, ' ').trim() : null";

// WebKit reports no console messages to the driver, so on that engine each loaded page
// gets this hook: errors and console.error calls from then on (interaction, not the first
// load, and not inside iframes) are kept in the page and read back before it is left.
const HOOK = `
if (!window.__smokeErrors) {
  const errors = (window.__smokeErrors = []);
  // An Error's own words first: WebKit's stack for a script-made function can be just "@".
  const text = (v) => (v instanceof Error ? String(v) + (v.stack ? ' at ' + v.stack : '') : String(v));
  addEventListener('error', (e) => errors.push('error: ' + (e.error ? text(e.error) : e.message)));
  addEventListener('unhandledrejection', (e) => errors.push('unhandledrejection: ' + text(e.reason)));
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return original.apply(this, args);
  };
}`;

let server;
before(async () => {
  server = await serve(process.env.DIST || 'dist');
});
after(async () => {
  await server?.stop();
});

for (const engine of ENGINES) {
  describe(engine, () => {
    let session;
    let driver;
    let pending = []; // errors read from pages already left (WebKit's hook)

    /** Reads and forgets the errors seen so far; null if the engine cannot tell. */
    async function errorsSoFar() {
      const reported = session.errors();
      if (reported) return reported;
      const hooked = await driver.executeScript('return (window.__smokeErrors || []).splice(0)');
      return pending.splice(0).concat(hooked ?? []);
    }

    /**
     * Polls `read` until `ok(value)`. On a timeout, says what it waited for, what it last
     * saw, and the page's errors (a widget that failed to start shows why).
     */
    async function waitFor(what, read, ok) {
      let last;
      try {
        await driver.wait(async () => ok((last = await read())), WAIT);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        const errors = await errorsSoFar().catch((why) => [`(could not read them: ${why.message})`]);
        throw new Error(`waited ${WAIT} ms for ${what}; last seen: ${JSON.stringify(last)}`
          + (errors?.length ? `; errors: ${JSON.stringify(errors)}` : ''));
      }
      return last;
    }

    async function noErrors() {
      const errors = await errorsSoFar();
      assert.deepEqual(errors, [], `console errors or uncaught exceptions in ${engine}`);
    }

    /** A fresh load of `path` (via about:blank, so a change of hash alone also reloads). */
    async function open(path) {
      if (engine === 'webkit') pending.push(...(await errorsSoFar()));
      await driver.get('about:blank');
      await driver.get(server.url + path);
      if (engine === 'webkit') await driver.executeScript(HOOK);
      // The widget's own page shows its static view first: act once the live one has it.
      if (/^\/(index\.html)?([?#]|$)/.test(path)) {
        await waitFor('the live widget', () => driver.executeScript(
          "return !!document.querySelector('#gene-therapy-explainer[data-live]')"), Boolean);
      }
    }

    const state = () =>
      driver.executeScript(`return [(${TEXT})(document.querySelector('h2#gte-step-heading')), location.hash]`);

    /** The Next button inside `root` (a script naming a document or a shadow root). */
    const nextIn = (root) =>
      driver.executeScript(
        `return [...(${root}).querySelectorAll('.gte-step-nav button')]
          .find((b) => b.textContent.includes(arguments[0]))`,
        NEXT,
      );

    /** Waits two animation frames: anything a click scheduled has rendered by then. */
    const twoFrames = () =>
      driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
        requestAnimationFrame(() => requestAnimationFrame(() => done()))`);

    before(async () => {
      session = await launch(engine);
      driver = session.driver;
    });
    after(async () => {
      await session?.quit();
    });

    test('a 1280x900 window', async () => {
      const rect = await driver.manage().window().getRect();
      assert.deepEqual([rect.width, rect.height], [WIDTH, HEIGHT]);
    });

    test('the error check hears a console error and an uncaught exception', async () => {
      await open('/index.html#/ex-vivo/1');
      await waitFor('the first step', state, ([h]) => h === exVivo[0]);
      await driver.executeScript(
        "console.error('smoke self-test'); setTimeout(() => { throw new Error('smoke self-test throw'); });");
      const heard = [];
      await waitFor('both self-test errors to be reported', async () => {
        heard.push(...(await errorsSoFar()));
        return heard;
      }, (all) => all.some((e) => e.includes('smoke self-test throw'))
        && all.some((e) => e.includes('smoke self-test') && !e.includes('throw')));
    });

    test('Next walks every step of the ex vivo pathway, and the URL follows', { timeout: 120000 }, async () => {
      await open('/index.html#/ex-vivo/1');
      let seen = await waitFor(`the heading "${exVivo[0]}" at #/ex-vivo/1`, state,
        ([h, hash]) => h === exVivo[0] && hash === '#/ex-vivo/1');
      for (let i = 1; i < exVivo.length; i++) {
        const next = await nextIn('document');
        assert.ok(next, `a ${NEXT} button on step ${i}`);
        assert.equal(await next.isEnabled(), true, `${NEXT} is enabled on step ${i}`);
        await next.click();
        const previous = seen[0];
        seen = await waitFor(`the heading "${exVivo[i]}" at #/ex-vivo/${i + 1}`, state,
          ([h, hash]) => h === exVivo[i] && hash === `#/ex-vivo/${i + 1}`);
        assert.notEqual(seen[0], previous, `the heading changed on step ${i + 1}`);
      }
      const last = await nextIn('document');
      assert.equal(await last.isEnabled(), false, `${NEXT} is disabled on the last step`);
      await noErrors();
    });

    test('the compare tab opens the comparison table', { timeout: 60000 }, async () => {
      await open('/index.html#/ex-vivo/1');
      await waitFor('the first step', state, ([h]) => h === exVivo[0]);
      const tab = await driver.findElement(By.css('a.gte-tab[href$="#/compare"]'));
      await tab.click();
      await waitFor(`the heading "${message('page-compare')}" at #/compare`, state,
        ([h, hash]) => h === message('page-compare') && hash === '#/compare');
      // The comparison's words are fetched when it opens (static/later), so its table
      // comes a moment after the heading: wait for the table itself.
      await waitFor('the comparison table', () => driver.executeScript(
        "return document.querySelectorAll('table.gte-compare tbody tr').length"), (n) => n > 0);
      const table = await driver.findElement(By.css('table.gte-compare'));
      assert.equal(await table.isDisplayed(), true, 'the comparison table is shown');
      const columns = await table.findElements(By.css('thead th'));
      assert.ok(columns.length >= 3, `a question column and one per pathway (${columns.length})`);
      assert.ok((await table.findElements(By.css('tbody tr'))).length > 0, 'the table has rows');
      await noErrors();
    });

    test('two custom elements on one page render and step independently', { timeout: 60000 }, async () => {
      await open('/hosts/two.html');
      const headings = () => driver.executeScript(`return ['first', 'second'].map((id) =>
        (${TEXT})(document.getElementById(id)?.shadowRoot?.querySelector('h2#gte-step-heading')))`);
      // two.html: the first starts at ex vivo step 2, the second at in vivo step 1.
      await waitFor('a heading in both shadow roots', headings,
        ([a, b]) => a === exVivo[1] && b === inVivo[0]);
      // Each shows its static view first: act once both live widgets have them.
      await waitFor('both widgets live', () => driver.executeScript(`return ['first', 'second']
        .every((id) => !!document.getElementById(id)?.shadowRoot?.querySelector('[data-live]'))`), Boolean);
      const next = await nextIn("document.getElementById('first').shadowRoot");
      assert.ok(next, `a ${NEXT} button in the first element's shadow root`);
      await next.click();
      await waitFor(`the first element at "${exVivo[2]}"`, headings, ([a]) => a === exVivo[2]);
      await twoFrames();
      const [, second] = await headings();
      assert.equal(second, inVivo[0], 'the second element stays where it was');
      await noErrors();
    });

    test('the iframe embed in an article shows the widget', { timeout: 60000 }, async () => {
      await open('/hosts/article.html');
      const frame = await driver.findElement(By.css('iframe#guide'));
      // The iframe is loading="lazy": bring it into view, as a reader scrolling would.
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', frame);
      await driver.switchTo().frame(frame);
      try {
        await waitFor(`the heading "${exVivo[0]}" inside the iframe`, state, ([h]) => h === exVivo[0]);
      } finally {
        await driver.switchTo().defaultContent();
      }
      await noErrors();
    });
  });
}
