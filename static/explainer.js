// The script embed: defines <gene-therapy-explainer>, a custom element that renders the
// widget in its own shadow root (host CSS cannot reach in, the widget's CSS cannot leak
// out). Also exports `start`, which boot.js uses for the widget's own page.
// Own code, no library. Message format: ARCHITECTURE.md, "Embedding".
const here = import.meta.url;
const SOURCE = 'gene-therapy-explainer';
const NUMBERS = new Set(['step', 'total', 'height']);
let glue;

/** Loads and starts the wasm once per page, however many widgets there are. */
function load() {
  glue ??= import(new URL('gene-therapy-explainer.js', here).href).then(async (m) => {
    await m.default({ module_or_path: new URL('gene-therapy-explainer_bg.wasm', here) });
    return m;
  });
  return glue;
}

// Names and values cross between JS and the wasm as one string, joined by U+001F.
const SEP = '\x1f';

/** The documented message for an event the wasm sent (`type␟ready␟view␟ex-vivo/1…`). */
function message(list, instance) {
  const msg = { source: SOURCE, version: 1, instance };
  const detail = String(list).split(SEP);
  for (let i = 0; i + 1 < detail.length; i += 2) {
    msg[detail[i]] = NUMBERS.has(detail[i]) ? Number(detail[i + 1]) : detail[i + 1];
  }
  return msg;
}

/**
 * Reads a command message, accepting only the documented shapes:
 * { source, type: 'go', pathway?, step?, therapy? }, { source, type: 'set-theme', theme },
 * { source, type: 'set-mode', mode }. Returns the flat list the wasm reads, or null.
 */
export function command(data) {
  if (!data || typeof data !== 'object' || data.source !== SOURCE) return null;
  const text = (v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  if (data.type === 'go') {
    const out = [];
    for (const k of ['pathway', 'step', 'therapy']) if (text(data[k])) out.push(k, String(data[k]));
    return out.length ? out : null;
  }
  if (data.type === 'set-theme' && text(data.theme)) return ['theme', String(data.theme)];
  if (data.type === 'set-mode' && text(data.mode)) return ['mode', String(data.mode)];
  return null;
}

/** Sends a command list to a mounted widget inside `root`. */
export function send(root, list) {
  const detail = list.map((v) => String(v).replaceAll(SEP, ' ')).join(SEP);
  root.querySelector('.gte')?.dispatchEvent(new CustomEvent('gte-command', { detail }));
}

/** Mounts a widget into `root`; `onmessage` gets each event as a documented message. */
export async function start(root, settings, host, instance, onmessage) {
  root.addEventListener('gte-event', (e) => onmessage(message(e.detail, instance)));
  const m = await load();
  // The widget's own page, for links that leave an embed (copy link, teacher notes).
  const home = host === 'element' ? new URL('index.html', here).href : location.href.split('#')[0];
  m.mount(root, settings.map((v) => String(v).replaceAll(SEP, ' ')).join(SEP), host, location.hash, home);
}

let count = 0;

class GeneTherapyExplainer extends HTMLElement {
  static observedAttributes = ['pathway', 'step', 'therapy', 'theme', 'mode'];

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
    const settings = this.getAttributeNames().flatMap((n) => [n, this.getAttribute(n)]);
    await Promise.all(links);
    await start(this.root, settings, 'element', instance, (msg) => {
      this.dispatchEvent(new CustomEvent(`gte:${msg.type}`, { detail: msg, bubbles: true, composed: true }));
      window.postMessage(msg, location.origin);
    });
    this.mounted = true;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.mounted || old === value) return;
    // A place is read whole, as when the element opened: step="4" means step 4 of the
    // element's pathway, not of the default one.
    const place = ['pathway', 'step', 'therapy'];
    const names = place.includes(name) ? place.filter((n) => this.hasAttribute(n)) : [name];
    send(this.root, names.flatMap((n) => [n, this.getAttribute(n) ?? '']));
  }
}

if (!customElements.get('gene-therapy-explainer')) {
  customElements.define('gene-therapy-explainer', GeneTherapyExplainer);
}
