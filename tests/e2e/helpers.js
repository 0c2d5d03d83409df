// Shared helpers for the end-to-end specs: expected content read from the compiled content
// (generated/content.json, written by scripts/generate; never copied into tests), axe-core
// checks, and a guard that fails on any page error.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The content manifest: pathways, steps, products and English messages (tests/generate/manifest.rs). */
export const CONTENT = JSON.parse(readFileSync(new URL('../../generated/content.json', import.meta.url), 'utf8'));

/** A pathway of the manifest by id. */
export function pathway(id) {
  const p = CONTENT.pathways.find((p) => p.id === id);
  if (!p) throw new Error(`no pathway ${id}`);
  return p;
}

/**
 * Each product's own picture (a diagram a product shows instead of its step's), once: at
 * the first product that names it. Each is the manifest's diagram (`diagram`, `title`,
 * `frames`, `key`, `labels`) with where to see it: `pathway`, `step` (from 1), `therapy`.
 */
export const ownPictures = () => CONTENT.therapies.flatMap((t) => Object.entries(t.scenes).map(([step, d]) => {
  const p = pathway(t.pathway);
  return { pathway: p.id, step: p.steps.findIndex((x) => x.id === step) + 1, ...d, therapy: t.id };
})).filter((s, i, all) => all.findIndex((o) => o.diagram === s.diagram) === i);

/** Step titles of a pathway, in order. */
export const stepTitles = (id) => pathway(id).steps.map((s) => s.title);

/** A message's English text by key (`key` or `key.attribute`). */
export function message(key) {
  const text = CONTENT.messages[key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return text;
}

/** The text a reader sees: glossary markup [[id|shown]] reduced to its shown words. */
export const plain = (text) => text.replace(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g, (_, id, shown) => shown ?? id);

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations expected. */
export async function expectNoAxeViolations(page, label) {
  // The Previous/Next bar floats over the foot of a phone's screen, so whatever control the
  // scroll position leaves half under it reads to axe as a target under 24 px. That is a
  // scroll position, not the page: axe scans with the bar in its own place, and the bar's
  // overlap is checked where it matters (layout.spec: the first screen; embed.spec: focus
  // never under it). Set by the CSSOM, which a strict style-src allows.
  const bars = await page.evaluate(() => {
    const found = [...document.querySelectorAll('.gte-step-nav')];
    for (const b of found) b.style.position = 'static';
    return found.length;
  });
  let results;
  try {
    results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
  } finally {
    if (bars) await page.evaluate(() => { for (const b of document.querySelectorAll('.gte-step-nav')) b.style.position = ''; });
  }
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Collects page errors and console errors; call the returned function to assert none. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return () => expect(errors, 'errors on the page').toEqual([]);
}

export const heading = (page) => page.locator('h2#gte-step-heading');

/** The view's own region (named by its heading), and the parts readers know by role. */
export const view = (page) => page.getByRole('region').filter({ has: heading(page) });
/** Glossary terms in the view's text that are not open: buttons with aria-expanded. */
export const terms = (page) => view(page).getByRole('button', { expanded: false });
/** The card of the product being walked ("Luxturna at this step"). */
export const productCard = (page, name) =>
  page.getByRole('complementary', { name: message('therapy-card-heading').replace('{$name}', name) });
/** The "where are the cells now?" tracker. */
export const tracker = (page) => page.getByRole('group', { name: message('tracker-label') });

/**
 * Shows another place in the widget already open on the page: the hash changes, as when a
 * reader follows a link, without reloading the wasm (many places in one test stay quick).
 * Waits for the step heading `title`, so nothing is read from the view before.
 */
export async function go(page, hash, title) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await expect(heading(page)).toHaveText(title);
}

/** The page's widget root once the live widget has taken over from the static view. */
export const live = (page) => page.locator('#gene-therapy-explainer[data-live]');

/** Opens the widget's page and waits for the live widget to take over from the static view. */
export async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(live(page)).toHaveCount(1);
  await expect(heading(page)).toBeVisible();
}
