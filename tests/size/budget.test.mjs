// Size budget: the release build's wasm + JS + CSS, each compressed with `gzip -9 -n` (the GNU
// gzip binary: the budget's own measure; Node's zlib at level 9 comes out about 1% larger on the
// wasm), must fit the budget. Prints every file's raw, gzip and brotli bytes for quoting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const dist = new URL('../../dist/', import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL('./budget.json', import.meta.url))).total_gzip_bytes;

test('release build fits the gzip size budget', () => {
  const files = readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'dist/ has no .wasm: run trunk build --release first');
  assert.ok(files.some((f) => f.endsWith('.js')), 'dist/ has no .js loader');
  assert.ok(files.some((f) => f.endsWith('.css')), 'dist/ has no .css');
  let total = 0;
  for (const f of files.sort()) {
    const raw = readFileSync(join(dist, f));
    const gz = execFileSync('gzip', ['-9', '-n', '-c', join(dist, f)], { maxBuffer: 64 << 20 }).length;
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    total += gz;
    console.log(`size: ${f.padEnd(48)} raw ${String(raw.length).padStart(7)}  gzip -9 ${String(gz).padStart(7)}  brotli ${String(br).padStart(7)}`);
  }
  console.log(`size: total gzip -9 ${total} bytes of a ${budget}-byte budget (${budget - total} to spare)`);
  assert.ok(total <= budget, `gzip total ${total} bytes exceeds the budget of ${budget}`);
});

// The words fetched later (a product's details, `static/later/<locale>.txt`) are not part of
// the first load; each file is reported, and kept to 30 KB gzip.
test('the words fetched later are reported and each file fits 30 KB gzip', () => {
  const dir = join(dist, 'later');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.includes('en.txt'), 'dist/later/en.txt is missing: scripts/generate writes it, Trunk copies it');
  for (const f of files) {
    const gz = execFileSync('gzip', ['-9', '-n', '-c', join(dir, f)]).length;
    console.log(`size: later/${f.padEnd(42)} raw ${String(readFileSync(join(dir, f)).length).padStart(7)}  gzip -9 ${String(gz).padStart(7)}  (fetched for a product, the comparison or the timeline)`);
    assert.ok(gz <= 30000, `later/${f}: ${gz} bytes gzip, over 30,000`);
  }
  // The timeline's and the sources page's bodies, rendered at build time (later/<locale>/),
  // one fetched when its page opens: the largest is reported, each kept to 30 KB gzip.
  for (const locale of readdirSync(dir).filter((f) => !f.includes('.'))) {
    const pages = readdirSync(join(dir, locale)).filter((f) => f.endsWith('.html'));
    assert.ok(pages.includes('timeline.html') && pages.includes('sources.html'), `later/${locale}/ lacks a page`);
    const sizes = pages.map((f) => [f, execFileSync('gzip', ['-9', '-n', '-c', join(dir, locale, f)]).length]);
    const [f, gz] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    console.log(`size: later/${locale}/ ${pages.length} pages, largest ${f} gzip -9 ${gz}  (fetched when the timeline or the sources open)`);
    for (const [g, n] of sizes) assert.ok(n <= 30000, `later/${locale}/${g}: ${n} bytes gzip, over 30,000`);
  }
});

// The teacher pages' own style sheet (`static/teacher/notes.css`) is loaded only by the
// teacher notes and the worksheet, never by the widget: reported, kept small.
test('the teacher pages\' style sheet is reported and fits 2 KB gzip', () => {
  const f = join(dist, 'teacher', 'notes.css');
  const gz = execFileSync('gzip', ['-9', '-n', '-c', f]).length;
  console.log(`size: ${'teacher/notes.css'.padEnd(48)} gzip -9 ${String(gz).padStart(7)}  (the teacher pages only)`);
  assert.ok(gz <= 2048, `teacher/notes.css is ${gz} bytes gzip`);
});

// The handouts (`static/handout/`, written by scripts/generate) are pages of their own,
// opened from the widget's "Printable handout" link, never loaded by the widget: each is
// reported, and each page with its sheet and script is kept under 16 KB gzip.
test('the handout pages are reported, each under 16 KB gzip with its sheet and script', () => {
  const dir = join(dist, 'handout');
  const gzip = (f) => execFileSync('gzip', ['-9', '-n', '-c', join(dir, f)]).length;
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const content = JSON.parse(readFileSync(new URL('../../generated/content.json', import.meta.url), 'utf8'));
  const ids = [...content.pathways, ...content.therapies].map((p) => `${p.id}.html`).sort();
  assert.deepEqual(pages.sort(), ids, 'dist/handout/ holds a page per pathway and per product');
  const own = gzip('handout.css') + gzip('print.js');
  for (const f of pages) {
    const gz = gzip(f);
    console.log(`size: handout/${f.padEnd(40)} gzip -9 ${String(gz).padStart(7)}  (+${own} its sheet and script; the handout only)`);
    assert.ok(gz + own <= 16384, `handout/${f}: ${gz + own} bytes gzip`);
  }
});

// Before the first paint a reader needs only the page's HTML, its two style sheets and the
// small first-view.js in its head (the loaders are modules, run after parsing; the wasm is
// fetched after the first paint). For the widget's own page and for every static view
// (static/guide/), that sum is kept to 50 KB gzip.
test('what the first paint needs fits 50 KB gzip, on the widget\'s page and every static view', () => {
  const gzip = (f) => execFileSync('gzip', ['-9', '-n', '-c', f]).length;
  const shared = ['style.css', 'scenes.css', 'first-view.js'].reduce((n, f) => n + gzip(join(dist, f)), 0);
  const guide = join(dist, 'guide');
  const pages = [['index.html', join(dist, 'index.html')], ...readdirSync(guide).filter((f) => f.endsWith('.html')).map((f) => [`guide/${f}`, join(guide, f)])];
  const content = JSON.parse(readFileSync(new URL('../../generated/content.json', import.meta.url), 'utf8'));
  assert.equal(pages.length, content.views.length + 1, 'dist/guide/ holds a page per view');
  let most = ['', 0];
  for (const [name, f] of pages) {
    const total = gzip(f) + shared;
    if (name === 'index.html') console.log(`size: first paint of index.html: page ${gzip(f)} + style sheets and first-view.js ${shared} = ${total} bytes gzip -9 of 50,000`);
    if (total > most[1]) most = [name, total];
    assert.ok(total <= 50000, `${name}: ${total} bytes gzip before the first paint`);
  }
  console.log(`size: first paint, largest static view: ${most[0]} ${most[1]} bytes gzip -9 of 50,000`);
});
