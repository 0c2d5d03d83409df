// The script embed: defines <gene-therapy-explainer>, a custom element that renders the
// widget in its own shadow root (host CSS cannot reach in, the widget's CSS cannot leak
// out). Also exports `start`, which boot.js uses for the widget's own page.
// Own code, no library. Message format: ARCHITECTURE.md, "Embedding"; its names and
// shapes are protocol.js's, generated from the widget's own definition.
import { PAGES, SETTINGS, SOURCE, command, join, message } from './protocol.js';

export { command };
const here = import.meta.url;
let glue;

/** Loads and starts the wasm once per page, however many widgets there are. */
function load() {
  glue ??= import(new URL('gene-therapy-explainer.js', here).href).then(async (m) => {
    await m.default({ module_or_path: new URL('gene-therapy-explainer_bg.wasm', here) });
    return m;
  });
  return glue;
}

/** Sends a command list to a mounted widget inside `root`. */
export function send(root, list) {
  root.querySelector('.gte')?.dispatchEvent(new CustomEvent('gte-command', { detail: join(list) }));
}

/** The static view's notes (static/guide/, index.html): shows the one `which` names. */
function note(root, which) {
  root.querySelector(which)?.removeAttribute('hidden');
}

// Each live widget's static view, kept to stand in if the wasm breaks while it runs.
const fallbacks = new Map();

// A fault in the wasm (a Rust panic is a trap) reaches the page as an uncaught
// WebAssembly.RuntimeError, and every widget on the page shares that one wasm: each goes
// back to its static view, whose links still work, under a note with a Reload button.
function broken(e) {
  if (!(e.error instanceof WebAssembly.RuntimeError) && !(e.reason instanceof WebAssembly.RuntimeError)) return;
  for (const [root, view] of fallbacks) {
    root.replaceChildren(...view.map((n) => n.cloneNode(true)));
    root.classList.add('gte-static');
    note(root, '.gte-broken');
    root.querySelector('.gte-reload')?.addEventListener('click', () => location.reload());
  }
  fallbacks.clear();
}
if (typeof WebAssembly === 'object') {
  window.addEventListener('error', broken);
  window.addEventListener('unhandledrejection', broken);
}

/** What has focus inside `root`, to find again in the live view (a link there is a button). */
function focused(root) {
  const f = root.getRootNode().activeElement;
  if (!f || !root.contains(f) || f === root) return null;
  return { tag: f.matches('a, button') ? 'a, button' : f.localName, cls: f.className, text: f.textContent };
}

/**
 * Mounts a widget into `root`; `onmessage` gets each event as a documented message. `hash`
 * is the place to start at (the page's own, else the view its static HTML holds). When the
 * wasm cannot start, the static view stays, with a note saying so, and this returns false.
 */
export async function start(root, settings, host, instance, onmessage, hash = location.hash) {
  root.addEventListener('gte-event', (e) => onmessage(message(e.detail, instance)));
  let m;
  try {
    if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
    m = await load();
  } catch (e) {
    note(root, '.gte-start-failed');
    root.classList.add('gte-static');
    document.documentElement.classList.remove('gte-wait');
    console.warn('gene-therapy-explainer: the interactive parts could not start:', e);
    return false;
  }
  // The widget's own page, for links that leave an embed (copy link, teacher notes).
  // A static page (static/guide/) names it: the widget's page beside the pages' folder.
  const page = root.dataset.home ? new URL(root.dataset.home, location.href).href : location.href.split('#')[0];
  const home = host === 'element' ? new URL('index.html', here).href : page;
  const view = [...root.childNodes].map((n) => n.cloneNode(true));
  const was = focused(root);
  // Ready once the widget says so (its `ready` event), and a microtask later, when it
  // listens for commands too (the same effect sets both up).
  const ready = new Promise((resolve) => {
    const heard = (e) => {
      if (message(e.detail, instance)?.type !== 'ready') return;
      root.removeEventListener('gte-event', heard);
      queueMicrotask(resolve);
    };
    root.addEventListener('gte-event', heard);
  });
  m.mount(root, join(settings), host, hash, home, new URL("later/", here).href);
  if (view.some((n) => n.nodeType === 1)) fallbacks.set(root, view);
  document.documentElement.classList.remove('gte-wait');
  // Then what had focus in the static view has it again, and the root says the live
  // widget has it (`data-live`, which tests wait for).
  await ready;
  root.setAttribute('data-live', '');
  if (was) {
    const again = [...root.querySelectorAll(was.tag)].find((n) => n.className === was.cls && n.textContent === was.text);
    again?.focus({ preventScroll: true });
  }
  return true;
}

let count = 0;

/**
 * The element's first view, while the wasm loads (and in its place if it cannot start):
 * the static page of the view its attributes name (guide/<pathway>-<step>.html), its links
 * made absolute. Only a plain view has one: with a product, presentation or stills the
 * element's own children stay until the live widget starts. Once that has begun (the slot
 * is gone), a late page is dropped.
 */
async function staticView(root, settings) {
  const get = (k) => { const i = settings.lastIndexOf(k); return i >= 0 && i % 2 === 0 ? settings[i + 1] : null; };
  if (get('therapy') || get('mode') === 'present' || get('motion') === 'still') return;
  const id = get('pathway') || 'ex-vivo';
  const name = PAGES.includes(id) ? id : `${id}-${get('step') || 1}`;
  if (!PAGES.includes(name)) return;
  const page = new URL(`guide/${name}.html`, here);
  try {
    const res = await fetch(page);
    if (!res.ok) return;
    const view = new DOMParser().parseFromString(await res.text(), 'text/html').querySelector('#gene-therapy-explainer > .gte');
    if (!view || !root.querySelector(':scope > slot')) return;
    // Parsed without scripts, its <noscript> stills became elements: this page has scripts.
    for (const n of view.querySelectorAll('noscript')) n.remove();
    for (const a of view.querySelectorAll('a[href]')) a.setAttribute('href', new URL(a.getAttribute('href'), page).href);
    view.setAttribute('data-theme', get('theme'));
    if (get('mode') === 'compact') view.setAttribute('data-mode', 'compact');
    root.replaceChildren(document.adoptNode(view));
  } catch {
    // Offline or not allowed: the element's own children stay.
  }
}

/**
 * The theme an embed takes when its code names none: the host page's own scheme where the
 * page names one (`color-scheme: dark`, or its meta tag), else light, as published charts
 * do. The reader's system is followed only when the host asks, with `theme="auto"`.
 */
function hostTheme(el) {
  let words = getComputedStyle(el).colorScheme.split(/\s+/);
  if (words[0] === 'normal') words = (document.querySelector('meta[name="color-scheme"]')?.content ?? '').trim().split(/\s+/);
  words = words.filter((w) => w !== 'only');
  return words.length === 1 && words[0] === 'dark' ? 'dark' : 'light';
}

class GeneTherapyExplainer extends HTMLElement {
  static observedAttributes = SETTINGS;

  async connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const links = ['style.css', 'scenes.css'].map((name) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, here).href;
      shadow.append(link);
      return new Promise((done) => { link.onload = link.onerror = done; });
    });
    this.root = document.createElement('div');
    // The element's own children (a loading line, a link) show until the widget is ready.
    this.root.append(document.createElement('slot'));
    shadow.append(this.root);
    const instance = this.id || `gene-therapy-explainer-${++count}`;
    // The host's theme first: a `theme` attribute after it (a bad one too) has the last word.
    const settings = ['theme', hostTheme(this), ...this.getAttributeNames().flatMap((n) => [n, this.getAttribute(n)])];
    this.opened = Object.fromEntries(this.getAttributeNames().map((n) => [n, this.getAttribute(n)]));
    staticView(this.root, settings);
    await Promise.all(links);
    const started = await start(this.root, settings, 'element', instance, (msg) => {
      this.dispatchEvent(new CustomEvent(`gte:${msg.type}`, { detail: msg, bubbles: true, composed: true }));
      window.postMessage(msg, location.origin);
    });
    if (!started) return;
    // A page that switches its own scheme (a class or style on <html>) takes the guide
    // along: watched once the guide is there to be told, and checked at once for a switch
    // made while it loaded.
    let theme = settings[1];
    const follow = () => {
      const now = hostTheme(this);
      if (now !== theme && !this.getAttribute('theme')) send(this.root, ['theme', now]);
      theme = now;
    };
    follow();
    new MutationObserver(follow).observe(document.documentElement, { attributes: true });
    this.mounted = true;
    // An attribute changed while the wasm loaded (the static view showed) is applied now.
    for (const n of SETTINGS) {
      const was = this.opened[n] ?? null;
      if (this.getAttribute(n) !== was) this.attributeChangedCallback(n, was, this.getAttribute(n));
    }
  }

  attributeChangedCallback(name, old, value) {
    if (!this.mounted || old === value) return;
    // A place is read whole, as when the element opened: step="4" means step 4 of the
    // element's pathway, not of the default one.
    const place = ['pathway', 'step', 'therapy'];
    const names = place.includes(name) ? place.filter((n) => this.hasAttribute(n)) : [name];
    // A theme removed or left empty goes back to the host's, not to the system's.
    send(this.root, names.flatMap((n) => [n, this.getAttribute(n) || (n === 'theme' ? hostTheme(this) : '')]));
  }
}

if (!customElements.get(SOURCE)) {
  customElements.define(SOURCE, GeneTherapyExplainer);
}
