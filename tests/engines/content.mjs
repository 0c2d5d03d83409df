// Expected words for the engine smoke walk, read from the compiled content
// (generated/content.json, written by scripts/generate; never copied into tests). The same
// reading as tests/e2e/helpers.js, without its Playwright imports.
import { readFileSync } from 'node:fs';

const CONTENT = JSON.parse(readFileSync(new URL('../../generated/content.json', import.meta.url), 'utf8'));

/** Step titles of a pathway, in order. */
export function stepTitles(pathway) {
  const p = CONTENT.pathways.find((p) => p.id === pathway);
  if (!p) throw new Error(`no pathway ${pathway}`);
  return p.steps.map((s) => s.title);
}

/** A message's English text by key. */
export function message(id) {
  const text = CONTENT.messages[id];
  if (text === undefined) throw new Error(`no message ${id}`);
  return text;
}
