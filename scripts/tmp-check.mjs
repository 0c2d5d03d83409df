import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
for (const u of process.argv.slice(2)) {
  await p.goto(u);
  await p.waitForTimeout(1500);
  console.log(u, await p.evaluate(() => [document.querySelector('h2')?.textContent, location.hash, document.title]));
}
await b.close();
