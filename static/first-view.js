// The first view's guard: a small classic script in the head of index.html and of every
// static page (static/guide/), run before the first paint. The page holds one view as
// static HTML (`data-view`); when the address asks for another (`#/in-vivo/3`,
// `?pathway=hsct&step=2`, a product, a mode), the static view must not show, not even for
// a frame: `gte-wait` on <html> hides it behind a "Loading" line of the same place
// (style.css), then the asked-for view's own static page is fetched and put in its place.
// Where no static page can be right (a product, presentation, stills, or a view that does
// not exist), the line stays until the live widget starts. External, so it works under a
// strict Content-Security-Policy. It then starts the live widget's loader after the first
// paint. Nothing here is needed for the static guide to work.
(() => {
  const me = document.currentScript;
  const html = document.documentElement;
  const own = me.dataset.view;
  const pages = me.dataset.pages;
  const query = new URLSearchParams(location.search);
  const ready = (f) => document.addEventListener('DOMContentLoaded', f, { once: true });
  const show = (note) => ready(() => { document.querySelector(note)?.removeAttribute('hidden'); });

  // From a folder (a USB stick), modules and the wasm cannot load: the pages still work.
  if (location.protocol === 'file:') {
    html.classList.add('gte-static');
    show('.gte-file-note');
  } else {
    // The live widget's loader (boot.js, a module) is fetched once the first view has
    // painted (a frame, then a task): nothing of it is on the first view's critical path.
    const boot = () => {
      const s = document.createElement('script');
      s.type = 'module';
      s.src = new URL('boot.js', me.src).href;
      document.head.append(s);
    };
    requestAnimationFrame(() => setTimeout(boot));
  }

  // The view asked for: the hash (the live widget's own), else the page's query.
  let [path, extra = ''] = location.hash.slice(1).split('?');
  const settings = new URLSearchParams(extra);
  if (!path) {
    path = query.has('pathway') || query.has('step') ? `/${query.get('pathway') ?? own.split('/')[1]}` : '';
    if (query.has('step')) path += `/${query.get('step')}`;
    if (!query.has('step') && query.has('pathway')) path += '/1';
  }
  for (const k of ['therapy', 'mode', 'motion']) if (query.has(k)) settings.set(k, query.get(k));
  const plain = [...settings].every(([k, v]) => (k === 'mode' && v === 'full') || (k === 'motion' && v !== 'still'));
  // A theme the page's query names shows from the first paint too.
  // In an iframe the theme is light unless the embed code names one (as boot.js sets it).
  const asked = query.get('theme') ?? (window.parent !== window ? 'light' : '');
  const theme = ['light', 'dark'].find((t) => t === asked);
  const paint = () => theme && document.querySelector('#gene-therapy-explainer > .gte')?.setAttribute('data-theme', theme);
  ready(paint);
  if ((!path || `#${path}` === own) && plain) return;

  html.classList.add('gte-wait');
  // Only a view with a page of its own (`data-views`) is fetched: nothing asks for a page
  // that is not there.
  const file = plain && path.slice(1).replace('/', '-');
  if (!file || !me.dataset.views.split(' ').includes(file)) return;
  // Asked for at once, from the head; put in place once the page is parsed.
  const got = fetch(new URL(`${pages}${file}.html`, location.href)).then((res) => (res.ok ? res.text() : null));
  got.catch(() => {});
  ready(async () => {
    const root = document.getElementById('gene-therapy-explainer');
    try {
      const text = await got;
      if (!text) return;
      const doc = new DOMParser().parseFromString(text, 'text/html');
      const view = doc.querySelector('#gene-therapy-explainer > .gte');
      // The live widget may have started meanwhile: then it has the view.
      const old = root.querySelector(':scope > .gte');
      if (!view || !old?.querySelector('.gte-wait-note')) return;
      // Parsed without scripts, its <noscript> stills became elements: this page has scripts.
      for (const n of view.querySelectorAll('noscript')) n.remove();
      // The page's links lead from the pages' folder: from here, through it.
      for (const a of view.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href');
        if (!/^([a-z]+:|#|\/)/.test(href)) a.setAttribute('href', pages + href);
      }
      old.replaceWith(document.adoptNode(view));
      document.title = doc.title;
      paint();
      html.classList.remove('gte-wait');
    } catch {
      // Offline or blocked: the line stays until the live widget starts.
    }
  });
})();
