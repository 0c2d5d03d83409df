import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, vp, js] of [['phone', { width: 360, height: 740 }, false], ['projector', { width: 1920, height: 1080 }, false]]) {
  const c = await b.newContext({ viewport: vp, javaScriptEnabled: js });
  const p = await c.newPage();
  await p.goto('http://127.0.0.1:4173/guide/ex-vivo-3.html');
  await p.screenshot({ path: `/tmp/static-${name}.png` });
  await p.screenshot({ path: `/tmp/static-${name}-full.png`, fullPage: true });
  await c.close();
}
await b.close();
