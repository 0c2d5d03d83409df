// The animation benchmark behind scripts/bench-motion (not a test; prints figures, asserts
// nothing). Serves dist/ on loopback and, in Debian Chromium with the CPU slowed 4x, at a
// phone size (412x823, DPR 1.75) and a projector size (1920x1080), plays every scene from its
// first key frame to its last (Replay) and prints per scene:
//   - mean frames per second (requestAnimationFrame callbacks over the playback),
//   - the share of frames longer than 25 ms,
//   - long animation frames (PerformanceObserver 'long-animation-frame', over 50 ms), as
//     click/key-frame-change/between: on Replay's own render, within 150 ms after a key
//     frame change (the player's re-render), or while things only move,
//   - layouts and style recalculations per second (CDP Performance.getMetrics deltas),
//   - for each long animation frame, where its time went (scripts and the first one's
//     invoker, rendering, style and layout).
// Each scene opens on a fresh page (so no scene pays for the one before) and settles (its
// arrival is the step change's cost, not the playback's) before Replay is clicked. Usage: [BENCH_SIZE=phone|projector] [BENCH_RUNS=3] [BENCH_DIST=dir] scripts/bench-motion [scene-id-filter]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const filter = process.argv[2] ?? '';
// BENCH_RUNS=3 plays each scene three times (a fresh page each) and reports the median run.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const port = 4192;
const base = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];
const FRAME_MS = Number(readFileSync('src/model/player.rs', 'utf8').match(/FRAME_MS: u32 = (\d+);/)[1]);

// Every step's scene, in pathway order, with its key frame count, then each product's own
// picture (once, at the first product that names it), from the content manifest that
// scripts/generate writes.
const content = JSON.parse(readFileSync('generated/content.json', 'utf8'));
const scenes = content.pathways.flatMap((p) =>
  p.steps.map((s, i) => ({ pathway: p.id, step: i + 1, id: s.diagram, frames: s.frames.length, query: '' })));
for (const t of content.therapies) {
  const p = content.pathways.find((x) => x.id === t.pathway);
  for (const [step, d] of Object.entries(t.scenes)) {
    if (scenes.some((s) => s.id === d.diagram)) continue;
    const n = p.steps.findIndex((x) => x.id === step) + 1;
    scenes.push({ pathway: p.id, step: n, id: d.diagram, frames: d.frames.length, query: `?therapy=${t.id}` });
  }
}

// BENCH_DIST=<folder> measures another build (e.g. an earlier commit's, built in a worktree)
// with this checkout's scene list: before and after, the same way.
const server = spawn('node', ['tests/e2e/serve.mjs', process.env.BENCH_DIST ?? 'dist', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const sizes = [
  ['phone 412x823 DPR 1.75', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ['projector 1920x1080', { viewport: { width: 1920, height: 1080 } }],
];
const pad = (s, n) => String(s).padStart(n);

try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  // BENCH_SIZE=phone or =projector runs one size only.
  for (const [name, options] of sizes.filter(([n]) => n.startsWith(process.env.BENCH_SIZE ?? ''))) {
    console.log(`\n${name}, CPU 4x slower (Debian Chromium, loopback); each scene played from its first to its last key frame`);
    console.log(`${'scene'.padEnd(24)} ${pad('fps', 6)} ${pad('>25ms', 7)} ${pad('LoAF', 7)} ${pad('layout/s', 9)} ${pad('style/s', 8)}`);
    const all = { fps: [], slow: [], loaf: [0, 0, 0] };
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (const s of scenes.filter((x) => x.id.includes(filter))) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) {
        await page.goto('about:blank');
        await page.goto(`${base}#/${s.pathway}/${s.step}${s.query || process.env.BENCH_QUERY || ''}`);
        await page.locator(`[data-scene="${s.id}"]`).first().waitFor();
        await page.locator('.gte-replay').waitFor();
        // The live widget, not the static view it takes over from (a build without one has
        // no data-live: nothing to wait for).
        await page.waitForFunction(() => !document.querySelector('.gte-wait-note') || document.querySelector('[data-live]'));
        const before = metrics(await cdp.send('Performance.getMetrics'));
        // Replay, then sample every animation frame until the last key frame has settled.
        const span = s.frames * FRAME_MS + 600;
        const got = await page.evaluate(async ([span, frameMs]) => {
          // Let the step's own arrival settle first (its render and the picture sliding in):
          // that is the step change's cost, not the playback's.
          await Promise.all(document.getAnimations().filter((a) => a.animationName === 'gte-enter').map((a) => a.finished));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const loaf = [];
          let obs = null;
          if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
            obs = new PerformanceObserver((list) => loaf.push(...list.getEntries()));
            obs.observe({ type: 'long-animation-frame' });
          }
          const t0 = performance.now();
          document.querySelector('.gte-replay').click();
          const times = [];
          await new Promise((resolve) => {
            const tick = (t) => { times.push(t); if (t - t0 < span) requestAnimationFrame(tick); else resolve(); };
            requestAnimationFrame(tick);
          });
          obs?.disconnect();
          const deltas = times.slice(1).map((t, i) => t - times[i]);
          // Where each long frame fell: on the Replay click's own render, on a key frame
          // change (the player's re-render, within 150 ms after it), or in between (motion).
          // A frame that began before the click is the arrival's, reported late: left out.
          const longs = loaf.filter((e) => e.duration > 50 && e.startTime + e.duration > t0);
          const long = longs.map((e) => e.startTime - t0);
          // What each long frame spent its time on: scripts (and the first script's
          // invoker), then style and layout, then the rest of rendering (paint, commit).
          const why = longs.map((e) => {
            const scripts = e.scripts.reduce((a, x) => a + x.duration, 0);
            const styleLayout = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
            const render = e.renderStart ? e.startTime + e.duration - e.renderStart - styleLayout : 0;
            const first = e.scripts[0];
            return `at ${Math.round(e.startTime - t0)} ms: ${Math.round(e.duration)} ms = script ${Math.round(scripts)}`
              + `${first ? ` (${first.invokerType} ${first.invoker})` : ''}, rendering ${Math.round(render)}, style+layout ${Math.round(styleLayout)}`;
          });
          const near = (t) => t >= 0 && t % frameMs < 150;
          return {
            deltas, seconds: (times.at(-1) - times[0]) / 1000, loafSupported: !!obs, why,
            loaf: [long.filter((t) => t < 150).length, long.filter((t) => t >= 150 && near(t)).length,
              long.filter((t) => t >= 150 && !near(t)).length],
          };
        }, [span, FRAME_MS]);
        const after = metrics(await cdp.send('Performance.getMetrics'));
        const fps = got.deltas.length / got.seconds;
        const slow = got.deltas.filter((d) => d > 25).length / got.deltas.length;
        const layouts = (after.LayoutCount - before.LayoutCount) / got.seconds;
        const styles = (after.RecalcStyleCount - before.RecalcStyleCount) / got.seconds;
        runs.push({ fps, slow, layouts, styles, ...got });
      }
      // The median run by frame rate, all its figures from that one run.
      const { fps, slow, layouts, styles, ...got } = runs.sort((x, y) => x.fps - y.fps)[Math.floor(RUNS / 2)];
      all.fps.push(fps); all.slow.push(slow); got.loaf.forEach((n, i) => { all.loaf[i] += n; });
      console.log(`${s.id.padEnd(24)} ${pad(fps.toFixed(1), 6)} ${pad((slow * 100).toFixed(1) + '%', 7)} ${pad(got.loafSupported ? got.loaf.join('/') : 'n/a', 7)} ${pad(layouts.toFixed(2), 9)} ${pad(styles.toFixed(2), 8)}`);
      for (const w of got.why) console.log(`${''.padEnd(26)}long frame ${w}`);
    }
    const sorted = [...all.fps].sort((a, b) => a - b);
    console.log(`${'all scenes'.padEnd(24)} mean fps ${(all.fps.reduce((a, b) => a + b, 0) / all.fps.length).toFixed(1)}, lowest ${sorted[0].toFixed(1)}; frames over 25 ms ${(Math.max(...all.slow) * 100).toFixed(1)}% at worst; long animation frames ${all.loaf.reduce((a, b) => a + b, 0)} (${all.loaf[0]} on the Replay click, ${all.loaf[1]} on a key frame change, ${all.loaf[2]} in between)`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}

function metrics({ metrics }) {
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

