// Expected words for the engine smoke walk, read from the content files (never copied into
// tests). The same reading as tests/e2e/helpers.js, without its Playwright imports.
import { readFileSync, readdirSync } from 'node:fs';

const content = new URL('../../content/', import.meta.url);

/** Step titles of a pathway, in order, from content/pathways/<id>.toml and content/en. */
export function stepTitles(pathway) {
  const toml = readFileSync(new URL(`pathways/${pathway}.toml`, content), 'utf8');
  const ids = [...toml.matchAll(/^\[\[steps\]\]\s*\nid = "([^"]+)"/gm)].map((m) => m[1]);
  const ftl = readFileSync(new URL(`en/${pathway}.ftl`, content), 'utf8');
  return ids.map((id) => {
    const m = ftl.match(new RegExp(`^step-${pathway}-${id} = (.+)$`, 'm'));
    if (!m) throw new Error(`no title for ${pathway}/${id}`);
    return m[1].trim();
  });
}

/** A message's English text (its first line), from content/en/*.ftl. */
export function message(id) {
  for (const file of readdirSync(new URL('en/', content)).filter((f) => f.endsWith('.ftl'))) {
    const ftl = readFileSync(new URL(`en/${file}`, content), 'utf8');
    const m = ftl.match(new RegExp(`^${id} = (.+)$`, 'm'));
    if (m) return m[1].trim();
  }
  throw new Error(`no message ${id}`);
}
