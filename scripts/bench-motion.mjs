// The animation benchmark behind scripts/bench-motion (not a test; prints figures, asserts
// nothing). Serves dist/ on loopback and, in Debian Chromium with the CPU slowed 4x, at a
// phone size (412x823, DPR 1.75) and a projector size (1920x1080), plays every scene from its
// first key frame to its last (Replay) and prints per scene:
//   - mean frames per second (requestAnimationFrame callbacks over the playback),
//   - the share of frames longer than 25 ms,
//   - long animation frames (PerformanceObserver 'long-animation-frame', over 50 ms),
//   - layouts and style recalculations per second (CDP Performance.getMetrics deltas).
// Usage: scripts/bench-motion [scene-id-filter]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const filter = process.argv[2] ?? '';
const port = 4192;
const base = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic'];
const FRAME_MS = Number(readFileSync('src/model/player.rs', 'utf8').match(/FRAME_MS: u32 = (\d+);/)[1]);

// Every step's scene, in pathway order, with its key frame count (its `.frame-N` captions),
// from the content files.
const scenes = [];
for (const pathway of ['ex-vivo', 'in-vivo', 'hsct']) {
  const toml = readFileSync(`content/pathways/${pathway}.toml`, 'utf8');
  const ftl = readFileSync(`content/en/${pathway}.ftl`, 'utf8');
  [...toml.matchAll(/^diagram = "([^"]+)"$/gm)].forEach((m, i) => {
    const block = ftl.match(new RegExp(`^diagram-${m[1]} =.*(?:\\n {4}\\..*)*`, 'm'))[0];
    const frames = [...block.matchAll(/^\s+\.frame-\d+ =/gm)].length;
    scenes.push({ pathway, step: i + 1, id: m[1], frames });
  });
}

const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const sizes = [
  ['phone 412x823 DPR 1.75', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
  ['projector 1920x1080', { viewport: { width: 1920, height: 1080 } }],
];
const pad = (s, n) => String(s).padStart(n);

try {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
  for (const [name, options] of sizes) {
    console.log(`\n${name}, CPU 4x slower (Debian Chromium, loopback); each scene played from its first to its last key frame`);
    console.log(`${'scene'.padEnd(24)} ${pad('fps', 6)} ${pad('>25ms', 7)} ${pad('LoAF', 5)} ${pad('layout/s', 9)} ${pad('style/s', 8)}`);
    const all = { fps: [], slow: [], loaf: 0 };
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (const s of scenes.filter((x) => x.id.includes(filter))) {
      await page.goto(`${base}#/${s.pathway}/${s.step}`);
      await page.locator('.gte-replay').waitFor();
      const before = metrics(await cdp.send('Performance.getMetrics'));
      // Replay, then sample every animation frame until the last key frame has settled.
      const span = s.frames * FRAME_MS + 600;
      const got = await page.evaluate(async (span) => {
        const loaf = [];
        let obs = null;
        if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
          obs = new PerformanceObserver((list) => loaf.push(...list.getEntries().map((e) => e.duration)));
          obs.observe({ type: 'long-animation-frame' });
        }
        document.querySelector('.gte-replay').click();
        const times = [];
        const t0 = performance.now();
        await new Promise((resolve) => {
          const tick = (t) => { times.push(t); if (t - t0 < span) requestAnimationFrame(tick); else resolve(); };
          requestAnimationFrame(tick);
        });
        obs?.disconnect();
        const deltas = times.slice(1).map((t, i) => t - times[i]);
        return { deltas, seconds: (times.at(-1) - times[0]) / 1000, loaf: loaf.filter((d) => d > 50).length, loafSupported: !!obs };
      }, span);
      const after = metrics(await cdp.send('Performance.getMetrics'));
      const fps = got.deltas.length / got.seconds;
      const slow = got.deltas.filter((d) => d > 25).length / got.deltas.length;
      all.fps.push(fps); all.slow.push(slow); all.loaf += got.loaf;
      const layouts = (after.LayoutCount - before.LayoutCount) / got.seconds;
      const styles = (after.RecalcStyleCount - before.RecalcStyleCount) / got.seconds;
      console.log(`${s.id.padEnd(24)} ${pad(fps.toFixed(1), 6)} ${pad((slow * 100).toFixed(1) + '%', 7)} ${pad(got.loafSupported ? got.loaf : 'n/a', 5)} ${pad(layouts.toFixed(2), 9)} ${pad(styles.toFixed(2), 8)}`);
    }
    const sorted = [...all.fps].sort((a, b) => a - b);
    console.log(`${'all scenes'.padEnd(24)} mean fps ${(all.fps.reduce((a, b) => a + b, 0) / all.fps.length).toFixed(1)}, lowest ${sorted[0].toFixed(1)}; frames over 25 ms ${(Math.max(...all.slow) * 100).toFixed(1)}% at worst; long animation frames ${all.loaf}`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}

function metrics({ metrics }) {
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

