// The script embed: defines <gene-therapy-explainer>, a custom element that renders the
// widget in its own shadow root (host CSS cannot reach in, the widget's CSS cannot leak
// out). Also exports `start`, which boot.js uses for the widget's own page.
// Own code, no library. Message format: ARCHITECTURE.md, "Embedding"; its names and
// shapes are protocol.js's, generated from the widget's own definition.
import { SETTINGS, SOURCE, command, join, message } from './protocol.js';

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

/** Mounts a widget into `root`; `onmessage` gets each event as a documented message. */
export async function start(root, settings, host, instance, onmessage) {
  root.addEventListener('gte-event', (e) => onmessage(message(e.detail, instance)));
  const m = await load();
  // The widget's own page, for links that leave an embed (copy link, teacher notes).
  const home = host === 'element' ? new URL('index.html', here).href : location.href.split('#')[0];
  m.mount(root, join(settings), host, location.hash, home, new URL("later/", here).href);
}

let count = 0;

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
    await Promise.all(links);
    await start(this.root, settings, 'element', instance, (msg) => {
      this.dispatchEvent(new CustomEvent(`gte:${msg.type}`, { detail: msg, bubbles: true, composed: true }));
      window.postMessage(msg, location.origin);
    });
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
