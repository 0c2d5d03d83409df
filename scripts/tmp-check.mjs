import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
p.on('pageerror', (e) => console.log('pageerror', e.message));
await p.addInitScript(() => { window.__msgs = []; addEventListener('message', (e) => window.__msgs.push(e.data)); document.addEventListener('securitypolicyviolation', (e) => console.log('CSP', e.violatedDirective, e.blockedURI)); });
for (const u of process.argv.slice(2)) {
  await p.goto(u);
  await p.waitForTimeout(2000);
  console.log(u, JSON.stringify(await p.evaluate(() => [window.__msgs, [...document.querySelectorAll('gene-therapy-explainer')].map(e => e.shadowRoot?.querySelector('h2')?.textContent), [...document.querySelectorAll('iframe')].map(f => f.style.height)])));
  await p.screenshot({ path: `/tmp/shot-${u.split('/').pop().replace(/\W/g,'')}.png` });
}
await b.close();
