// The widget's own page (index.html): an external module, so the page works under a
// strict Content-Security-Policy (no inline script). Settings come from the page's query
// (?pathway=in-vivo&step=2&theme=dark); the hash keeps the place once the widget runs.
// Inside an iframe it also talks to the parent page: events and its height out,
// documented commands in (ARCHITECTURE.md, "Embedding").
import { command, send, start } from './explainer.js';
import { HEIGHT, SOURCE, VERSION } from './protocol.js';

const root = document.getElementById('gene-therapy-explainer');
const framed = window.parent !== window;
const settings = [...new URLSearchParams(location.search)].flat();
const instance = new URLSearchParams(location.search).get('id') ?? SOURCE;
const toParent = (msg) => framed && window.parent.postMessage(msg, '*');

if (framed) {
  document.documentElement.classList.add('gte-framed');
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      toParent({ source: SOURCE, version: VERSION, instance, type: HEIGHT, height });
    }
  }).observe(root);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    const list = command(e.data);
    if (list) send(root, list);
  });
}

// `id` names the instance in messages; the widget ignores it as a setting.
start(root, settings, framed ? 'frame' : 'page', instance, toParent);
