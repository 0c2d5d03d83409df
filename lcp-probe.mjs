import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const c = await b.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
const p = await c.newPage();
await p.addInitScript(() => {
  window.__lcp = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.size, e.element?.localName + '.' + (e.element?.className || ''), (e.element?.textContent || '').slice(0, 40)]); }).observe({ type: 'largest-contentful-paint', buffered: true });
});
const cdp = await c.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.goto('http://127.0.0.1:4173/');
await p.locator('[data-live]').waitFor();
await p.waitForTimeout(1000);
console.log(await p.evaluate(() => [window.__lcp, performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)])]));
await b.close();
