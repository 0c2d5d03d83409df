// Processes for the engine smoke walk: the static server and one WebDriver session per
// engine, driven with npm selenium-webdriver (no Selenium Manager: every binary is named).
//   firefox  geckodriver (GECKODRIVER, else on PATH) + Firefox ESR (FIREFOX_BIN, else
//            /usr/bin/firefox-esr), headless; console errors and uncaught exceptions
//            arrive over WebDriver BiDi (log.entryAdded, every frame).
//   webkit   WebKitWebDriver (WEBKITDRIVER, else /usr/bin/WebKitWebDriver) + MiniBrowser.
//            Needs an X display (run under `xvfb-run -a`): without one it hangs.
// Every process started here runs in its own process group, killed when this process ends
// however it ends short of SIGKILL (a timeout's SIGTERM included), so no driver or browser
// outlives a run or holds its output pipe open.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { createRequire } from 'node:module';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

const require = createRequire(import.meta.url);
const { Builder, Capabilities, WebDriver } = require('selenium-webdriver');
const firefox = require('selenium-webdriver/firefox');
const { Executor, HttpClient } = require('selenium-webdriver/http');
const logInspector = require('selenium-webdriver/bidi/logInspector');

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const WIDTH = 1280; // Firefox's windows are never narrower than 500 px
export const HEIGHT = 900;

const children = new Set();
const killGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
};
process.on('exit', () => children.forEach((c) => killGroup(c, 'SIGKILL')));
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => process.exit(code));
}

/** Starts a program in its own process group, keeping the tail of its output for errors. */
function start(name, file, args, options = {}) {
  const child = spawn(file, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.output = '';
  const keep = (chunk) => { child.output = (child.output + chunk).slice(-8000); };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  child.exited = new Promise((done) => child.on('exit', done));
  child.on('exit', () => children.delete(child));
  child.on('error', (e) => keep(`\n${name}: ${e.message}\n`));
  child.describe = () => {
    const exit = child.exitCode === null ? '' : ` exited with ${child.exitCode}`;
    return `${name} (${file})${exit}; its output:\n${child.output.trim() || '(none)'}`;
  };
  return child;
}

/** Stops a started program: SIGTERM to its group, SIGKILL if it is still there after 5 s. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  killGroup(child, 'SIGTERM');
  const late = delay(5000, 'late', { ref: false });
  if ((await Promise.race([child.exited, late])) === 'late') killGroup(child, 'SIGKILL');
}

/** A loopback port nobody listens on right now. */
async function freePort() {
  const server = createServer();
  await new Promise((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** Waits until `port` accepts connections (or the program behind it has exited). */
async function listening(child, port, ms = 30000) {
  const until = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${child.describe()}`);
    const open = await new Promise((done) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => { socket.destroy(); done(true); });
      socket.once('error', () => done(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`nothing listens on port ${port} after ${ms} ms: ${child.describe()}`);
    await delay(100); // poll interval of the condition above, not a wait for the page
  }
}

/** The absolute path of a program: as given when it has a slash, else looked up on PATH. */
function which(program) {
  if (program.includes('/')) return resolve(program);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(isAbsolute(dir) ? dir : resolve(dir), program);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // not here
    }
  }
  throw new Error(`${program} is not on PATH (scripts/setup test installs it)`);
}

/** Serves `dist` (and tests/hosts at /hosts/) with tests/e2e/serve.mjs on a free port. */
export async function serve(dist) {
  const dir = resolve(ROOT, dist);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run \`trunk build --release\` first`);
  }
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const server = start('serve.mjs', process.execPath, ['tests/e2e/serve.mjs', dir, String(port)], { cwd: ROOT });
    try {
      await listening(server, port, 10000);
      return { url: `http://127.0.0.1:${port}`, stop: () => stop(server) };
    } catch (e) {
      await stop(server);
      if (attempt === 3) throw e; // the free port was taken in between: try another
    }
  }
}

/**
 * A WebDriver session in one engine, with a 1280x900 window. `errors()` returns (and
 * forgets) the console errors and uncaught exceptions seen since the last call, or null
 * when the engine cannot report them.
 */
export async function launch(engine) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let driver;
  let errors = () => null;
  let service;
  if (engine === 'firefox') {
    const bidiPort = await freePort();
    service = start('geckodriver', which(process.env.GECKODRIVER || 'geckodriver'),
      [`--port=${port}`, '--host=127.0.0.1', `--websocket-port=${bidiPort}`]);
    await listening(service, port);
    const options = new firefox.Options().addArguments('-headless').enableBidi();
    const binary = process.env.FIREFOX_BIN || ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
    if (binary) options.setBinary(binary);
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).usingServer(url).build();
  } else if (engine === 'webkit') {
    if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run this under `xvfb-run -a`');
    service = start('WebKitWebDriver', which(process.env.WEBKITDRIVER || '/usr/bin/WebKitWebDriver'), [`--port=${port}`]);
    await listening(service, port);
    // WebKitWebDriver starts its MiniBrowser from empty capabilities. It has neither the
    // legacy log endpoint (/se/log is an unknown command) nor WebDriver BiDi (a session
    // asking for webSocketUrl is refused), so the walk hooks the page itself (see smoke).
    driver = WebDriver.createSession(new Executor(new HttpClient(url)), new Capabilities());
  } else {
    throw new Error(`unknown engine ${engine} (firefox or webkit)`);
  }
  try {
    await driver.getSession();
    if (engine === 'firefox') {
      const seen = [];
      const inspector = await logInspector(driver);
      await inspector.onLog((entry) => {
        if (entry.level === 'error') seen.push(`${entry.type}: ${entry.text}`);
      });
      errors = () => seen.splice(0);
    }
    await driver.manage().setTimeouts({ pageLoad: 60000, script: 30000, implicit: 0 });
    await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
  } catch (e) {
    await stop(service);
    throw new Error(`${e.message}\n${service.describe()}`);
  }
  return {
    engine,
    driver,
    errors,
    describe: () => service.describe(),
    async quit() {
      // A browser that no longer answers must not hold the run: the process group goes anyway.
      await Promise.race([driver.quit().catch(() => {}), delay(15000, 'late', { ref: false })]);
      await stop(service);
    },
  };
}
