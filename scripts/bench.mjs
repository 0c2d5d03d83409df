// The benchmark behind scripts/bench: serves dist/ on loopback, then measures
//  1. Lighthouse (mobile preset: slow 4G and 4x CPU, simulated and then DevTools-applied
//     throttling) - FCP, LCP, TBT, CLS, Speed Index - for the first view, a deep link to a late
//     step, and the iframe host page;
//  2. in Debian Chromium, at phone (360x740) and projector (1920x1080) sizes, with and without a 4x
//     CPU slowdown: time from navigation to the first step heading (the static view), to the
//     live widget, and to a first key press handled; and from a key press to the new heading in
//     the DOM and to the next painted frame.
// Every figure is the median of N runs, printed with its range. Nothing here is a test.
// Files are served compressed (brotli 11), as a host would. Beside the widget, in the same
// run, the same first view as plain HTML (generated/floor.html, copied into dist/ as
// floor.html): the floor a page of the same words reaches.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const runs = Number(process.argv[2] ?? 5);
const port = 4191;
const base = `http://127.0.0.1:${port}/`;
const chromium_path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (xs, unit = 'ms', digits = 0) => `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

// BENCH_DIST=<folder> measures another build (an earlier commit's, built in a worktree)
// the same way, for a before and after in one session.
const dist = process.env.BENCH_DIST ?? 'dist';
copyFileSync('generated/floor.html', `${dist}/floor.html`);
const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, SERVE_COMPRESSED: '1' },
});
await new Promise((resolve) => server.stdout.once('data', resolve));

try {
  console.log(`benchmark of ${dist}/ — medians of ${runs} runs (min–max)\n`);
  // BENCH_BROWSER_ONLY=1 skips Lighthouse (about 15 minutes) for the browser figures alone.
  if (!process.env.BENCH_BROWSER_ONLY) {
    await lighthouseFigures('simulate');
    await lighthouseFigures('devtools');
  }
  for (const [name, viewport] of [['phone 360x740', { width: 360, height: 740 }], ['projector 1920x1080', { width: 1920, height: 1080 }]]) {
    for (const slowdown of [1, 4]) await browserFigures(name, viewport, slowdown);
  }
  // A phone on a slow network too: Lighthouse's DevTools (applied) throttling, slow 4G
  // (562.5 ms round trip, 1.47 Mbit/s down) and the CPU 4x slower.
  await browserFigures('phone 360x740, slow 4G', { width: 360, height: 740 }, 4, true);
} finally {
  server.kill();
}

async function lighthouseFigures(method) {
  const n = runs;
  // The first view, a deep link to a late step (its static page is fetched by
  // first-view.js), the article that embeds the guide in an iframe, and the floor.
  const pages = [['first view', `${base}`], ['deep link #/ex-vivo/8', `${base}#/ex-vivo/8`],
    ['iframe host page', `${base}hosts/article.html`], ['static floor', `${base}floor.html`]];
  const got = Object.fromEntries(pages.map(([name]) => [name, { fcp: [], lcp: [], tbt: [], cls: [], si: [] }]));
  const chrome = await chromeLauncher.launch({ chromePath: chromium_path, chromeFlags: ['--headless=new', ...flags] });
  try {
    // Interleaved, so all see the same machine.
    for (let i = 0; i < n; i++) {
      for (const [name, url] of pages) {
        const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', throttlingMethod: method });
        const a = lhr.audits, g = got[name];
        g.fcp.push(a['first-contentful-paint'].numericValue);
        g.lcp.push(a['largest-contentful-paint'].numericValue);
        g.tbt.push(a['total-blocking-time'].numericValue);
        g.cls.push(a['cumulative-layout-shift'].numericValue);
        g.si.push(a['speed-index'].numericValue);
      }
    }
  } finally {
    await chrome.kill();
  }
  const how = method === 'simulate' ? 'simulated throttling' : 'DevTools (applied) throttling';
  console.log(`Lighthouse ${n} runs, mobile preset (slow 4G, 4x CPU), ${how}, served with brotli`);
  console.log(`  ${''.padEnd(25)}${pages.map(([name]) => name.padEnd(26)).join('')}`);
  for (const [key, label, unit, digits] of [['fcp', 'first contentful paint', 'ms', 0], ['lcp', 'largest contentful paint', 'ms', 0],
    ['tbt', 'total blocking time', 'ms', 0], ['cls', 'cumulative layout shift', '', 3], ['si', 'speed index', 'ms', 0]]) {
    console.log(`  ${label.padEnd(25)}${pages.map(([name]) => fmt(got[name][key], unit, digits).padEnd(26)).join('')}`);
  }
  const floor = median(got['static floor'].lcp);
  console.log(`  LCP / floor LCP          ${pages.map(([name]) => (median(got[name].lcp) / floor).toFixed(2).padEnd(26)).join('')}\n`);
}

async function browserFigures(name, viewport, slowdown, slow4g = false) {
  const browser = await chromium.launch({ executablePath: chromium_path, args: flags });
  const loads = [], lives = [], firstKey = [], dom = [], frame = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      if (slow4g) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 184320, uploadThroughput: 84375 });
      }
      await page.goto(`${base}#/ex-vivo/1`, { waitUntil: 'commit' });
      // From navigation start: the first step heading in the DOM (the static view), polled
      // per frame; the live widget in its place (`data-live`); and a key press handled at
      // once when it is (the first move), as a reader pressing → as soon as they can.
      const [h, l, k] = await page.evaluate(() => new Promise((resolve) => {
        let shown;
        const check = () => {
          shown ??= document.getElementById('gte-step-heading') && performance.now();
          // Live: a build with static views marks its root `data-live` once the widget listens
          // for keys; an older one is live once its heading is there.
          const staticFirst = document.querySelector('script[src$="first-view.js"]');
          if (!shown || (staticFirst && !document.querySelector('[data-live]'))) return requestAnimationFrame(check);
          const ready = performance.now();
          const before = document.getElementById('gte-step-heading').textContent;
          const obs = new MutationObserver(() => {
            const now = document.getElementById('gte-step-heading');
            if (now && now.textContent !== before) { obs.disconnect(); resolve([shown, ready, performance.now()]); }
          });
          obs.observe(document.body, { subtree: true, childList: true, characterData: true });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
        };
        check();
      }));
      loads.push(h); lives.push(l); firstKey.push(k);
      // Key press to new heading (DOM) and to the next painted frame, over every step.
      const steps = await page.evaluate(async () => {
        const out = [];
        const heading = () => document.getElementById('gte-step-heading');
        for (let i = 0; i < 7; i++) {
          const before = heading().textContent;
          const t0 = performance.now();
          const changed = new Promise((resolve) => {
            const obs = new MutationObserver(() => { if (heading() && heading().textContent !== before) { obs.disconnect(); resolve(performance.now()); } });
            obs.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
          const t1 = await changed;
          const t2 = await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
          out.push([t1 - t0, t2 - t0]);
        }
        return out;
      });
      for (const [d, f] of steps) { dom.push(d); frame.push(f); }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`${name}, ${slowdown === 1 ? "CPU at full speed" : `CPU ${slowdown}x slower`} (Debian Chromium, loopback)`);
  console.log(`  navigation to first heading     ${fmt(loads)}`);
  console.log(`  navigation to live widget       ${fmt(lives)}`);
  console.log(`  navigation to first key handled ${fmt(firstKey)}`);
  console.log(`  key press to new heading in DOM ${fmt(dom, 'ms', 1)}`);
  console.log(`  key press to next painted frame ${fmt(frame, 'ms', 1)}\n`);
}
