// Shared helpers for the end-to-end specs: expected content read from the content files
// (not copied into tests), axe-core checks, and a guard that fails on any page error.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Step titles of a pathway, in order, from content/pathways/<id>.toml and content/en. */
export function stepTitles(pathway) {
  const toml = readFileSync(new URL(`../../content/pathways/${pathway}.toml`, import.meta.url), 'utf8');
  const ids = [...toml.matchAll(/^\[\[steps\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
  const ftl = readFileSync(new URL(`../../content/en/${pathway}.ftl`, import.meta.url), 'utf8');
  return ids.map((id) => {
    const m = ftl.match(new RegExp(`^step-${pathway}-${id} = (.+)$`, 'm'));
    if (!m) throw new Error(`no title for ${pathway}/${id}`);
    return m[1].trim();
  });
}

/** A message's English text, read from the content files (never copied into tests). */
export function message(key) {
  for (const file of readdirSync(new URL('../../content/en/', import.meta.url)).filter((f) => f.endsWith('.ftl'))) {
    const ftl = readFileSync(new URL(`../../content/en/${file}`, import.meta.url), 'utf8');
    const [id, attr] = key.split('.');
    const block = ftl.match(new RegExp(`^${id} =.*(?:\\n {4}\\..*)*`, 'm'));
    if (!block) continue;
    if (!attr) return block[0].split('\n')[0].replace(/^[^=]+= ?/, '').trim();
    const line = block[0].split('\n').find((l) => l.trim().startsWith(`.${attr} =`));
    if (line) return line.replace(/^[^=]+= ?/, '').trim();
  }
  throw new Error(`no message ${key}`);
}

/** The text a reader sees: glossary markup [[id|shown]] reduced to its shown words. */
export const plain = (text) => text.replace(/\[\[([a-z0-9-]+)(?:\|([^\]]+))?\]\]/g, (_, id, shown) => shown ?? id);

/** axe-core with the WCAG 2.0/2.1/2.2 A and AA rules: zero violations expected. */
export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
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

/** Waits for the widget to replace the loading placeholder. */
export async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(heading(page)).toBeVisible();
}
