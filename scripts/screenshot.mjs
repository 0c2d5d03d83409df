// Screenshot of the widget as a reader sees it, for a human look (not a test).
// Usage: node scripts/screenshot.mjs <url> <out.png> <width> <height> [full]
//   e.g. node tests/e2e/serve.mjs dist 4180 &  then
//        node scripts/screenshot.mjs "http://127.0.0.1:4180/#/ex-vivo/3" /tmp/s.png 360 740
// Prints page errors and console errors, if any.
import { chromium } from '@playwright/test';
const [,, url, out, w, h, full] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
page.on('console', m => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
await page.goto(url);
await page.locator('#gte-step-heading').waitFor();
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
