import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const shot = async (name, url, vp, opts = {}) => {
  const ctx = await b.newContext({ viewport: vp, colorScheme: opts.scheme ?? 'light', forcedColors: opts.forced ?? 'none' });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => console.log('pageerror', e.message));
  p.on('console', (m) => m.type() !== 'log' && console.log(name, m.type(), m.text()));
  await p.goto(url);
  await p.locator('h2').first().waitFor();
  if (opts.print) await p.emulateMedia({ media: 'print' });
  if (opts.key) { await p.locator('h2').first().focus(); await p.keyboard.press(opts.key); }
  await p.screenshot({ path: `/tmp/s-${name}.png`, fullPage: !!opts.full });
  if (opts.probe) console.log(name, await p.evaluate(opts.probe));
  await ctx.close();
};
const u = 'http://127.0.0.1:4180/';
await shot('present', u + '#/ex-vivo/3?mode=present', { width: 1920, height: 1080 }, { probe: () => getComputedStyle(document.querySelector('.gte-lead')).fontSize });
await shot('dark-phone', u + '?theme=dark#/in-vivo/4', { width: 360, height: 740 });
await shot('autodark', u + '#/hsct/2', { width: 1280, height: 800 }, { scheme: 'dark' });
await shot('forced', u + '#/ex-vivo/2', { width: 1280, height: 800 }, { forced: 'active' });
await shot('print', u + '#/ex-vivo/2', { width: 900, height: 1200 }, { print: true, full: true, probe: () => document.querySelectorAll('.gte-handout-step').length });
await b.close();
