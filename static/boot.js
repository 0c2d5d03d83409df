// The widget's own page (index.html, and each static page in guide/): an external module, so the page works under a
// strict Content-Security-Policy (no inline script). Settings come from the page's query
// (?pathway=in-vivo&step=2&theme=dark); the hash keeps the place once the widget runs.
// Inside an iframe it also talks to the parent page: events and its height out,
// documented commands in (ARCHITECTURE.md, "Embedding").
import { command, send, start } from './explainer.js';
import { HEIGHT, SOURCE, VERSION, VIEWPORT } from './protocol.js';

const root = document.getElementById('gene-therapy-explainer');
const framed = window.parent !== window;
// In an iframe the theme is light unless the embed code names one (`theme=auto` follows
// the reader's system): the host page's own scheme cannot be read from inside the frame.
const settings = [...(framed ? ['theme', 'light'] : []), ...[...new URLSearchParams(location.search)].flat()];
const instance = new URLSearchParams(location.search).get('id') ?? SOURCE;
const toParent = (msg) => framed && window.parent.postMessage(msg, '*');

// The frame is as tall as the widget, so its sticky Previous / Next bar cannot stick: the
// host page's embed-resize.js says which part of the frame is in the window (`viewport`),
// and the bar is lifted to that part's bottom edge, as on the widget's own page. It is not
// lifted onto a sliver of the frame, above the part in view, or over what has focus.
let seen = null;
let live = false;
let report = () => {};
const queued = [];
function lift() {
  const bar = root.querySelector('.gte-step-nav');
  if (!bar || !seen) return;
  bar.style.transform = '';
  const r = bar.getBoundingClientRect();
  let by = Math.max(Math.min(0, seen.bottom - r.bottom), seen.top - r.top);
  if (seen.bottom - seen.top < 3 * r.height) by = 0;
  const f = document.activeElement;
  if (by && f && f !== document.body && !bar.contains(f)) {
    const fr = f.getBoundingClientRect();
    if (fr.bottom > r.top + by && fr.top < r.bottom + by) by = 0;
  }
  if (by) bar.style.transform = `translateY(${by}px)`;
}

if (framed) {
  document.documentElement.classList.add('gte-framed');
  let last = 0;
  // Not while a static view stands hidden for another (first-view.js, `gte-wait`): the
  // host's frame only grows until the reader moves, so it must not grow to a view that
  // is not the one shown.
  report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last && !document.documentElement.classList.contains('gte-wait')) {
      last = height;
      toParent({ source: SOURCE, version: VERSION, instance, type: HEIGHT, height });
    }
    lift();
  };
  new ResizeObserver(report).observe(root);
  window.addEventListener('message', (e) => {
    if (e.source !== window.parent) return;
    const d = e.data;
    if (d && d.source === SOURCE && d.type === VIEWPORT && Number.isFinite(d.top) && Number.isFinite(d.bottom)) {
      seen = { top: d.top, bottom: d.bottom };
      lift();
      return;
    }
    const list = command(e.data);
    // A command sent while the static view shows waits for the live widget.
    if (list) (live ? send(root, list) : queued.push(list));
  });
  document.addEventListener('focusin', lift);
}

// The page's static view (index.html, static/guide/) has painted: first-view.js loads this
// script after that paint, so the wasm is off the first view's critical path. The live
// widget starts at the address's place, else at the view the static page holds.
// `id` names the instance in messages; the widget ignores it as a setting.
start(root, settings, framed ? 'frame' : 'page', instance, toParent, location.hash || (root.dataset.view ?? '')).then((started) => {
  live = started;
  report();
  for (const list of queued.splice(0)) send(root, list);
});
