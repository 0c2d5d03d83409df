// End-to-end tests: the release build in dist/, served on loopback, driven in Debian's
// Chromium (never a downloaded browser) at phone and projector sizes.
import { defineConfig } from '@playwright/test';

const port = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'phone', grepInvert: /@pointer/, use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
    // A projector has no touch screen: touch-only tests (tagged @touch) run on the phone.
    { name: 'projector', grepInvert: /@touch/, use: { viewport: { width: 1920, height: 1080 } } },
  ],
  // The guide and its host pages, served compressed as a real host serves them; and the
  // same guide on a second origin that allows other origins to load it
  // (Access-Control-Allow-Origin), for the cross-origin element.
  webServer: [
    { command: `node tests/e2e/serve.mjs dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, env: { SERVE_COMPRESSED: '1' } },
    { command: `node tests/e2e/serve.mjs dist ${port + 1}`, url: `http://127.0.0.1:${port + 1}/`, reuseExistingServer: false, env: { SERVE_COMPRESSED: '1', SERVE_CORS: '1' } },
  ],
});
