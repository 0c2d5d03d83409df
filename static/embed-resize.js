// Host-page helper for the iframe embed: sets each widget iframe's height from the
// height the widget reports, so the page scrolls, not the frame. Standalone, no library.
// Use: <iframe data-gte-embed src=".../index.html" ...></iframe>
//      <script src=".../embed-resize.js" defer></script>
// Until the reader first moves in a widget, its iframe only grows: the box the embed code
// reserves (height: 100vh) never shrinks under the reader's eyes (no layout shift).
// When the reader moves to another step while the top of the frame is scrolled above the
// window, the page scrolls back to the frame's top, so the new step's heading is in view
// (the widget focuses it, but focus inside a frame does not scroll the page).
// As the page scrolls it tells each widget which part of it is in the window (`viewport`),
// so the widget keeps Previous / Next at the window's bottom edge, as on its own page.
(function () {
  'use strict';
  var SOURCE = 'gene-therapy-explainer';
  var moved = new WeakSet();
  // The last height each widget reported: its height message can arrive before the
  // step-changed that allows shrinking, and the widget sends none while its height holds.
  var last = new WeakMap();
  var frames = function () { return document.querySelectorAll('iframe[data-gte-embed]'); };
  function fit(frame, height) {
    frame.style.height = Math.ceil(height) + 'px';
  }
  // Only frames that have spoken (a widget is running in them) are told.
  function tell(frame) {
    if (!last.has(frame) || !frame.contentWindow) return;
    var r = frame.getBoundingClientRect();
    var clamp = function (y) { return Math.max(0, Math.min(r.height, y)); };
    frame.contentWindow.postMessage({
      source: SOURCE, type: 'viewport', top: clamp(-r.top), bottom: clamp(window.innerHeight - r.top),
    }, '*');
  }
  var queued = false;
  function tellAll() {
    queued = false;
    var list = frames();
    for (var i = 0; i < list.length; i++) tell(list[i]);
  }
  function soon() {
    if (!queued) { queued = true; window.requestAnimationFrame(tellAll); }
  }
  window.addEventListener('scroll', soon, { passive: true });
  window.addEventListener('resize', soon);
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== SOURCE || typeof d.type !== 'string') return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== e.source) continue;
      if (d.type === 'step-changed') {
        moved.add(frame);
        if (last.has(frame)) fit(frame, last.get(frame));
        if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
        soon();
      }
      if (d.type === 'height' && typeof d.height === 'number' && d.height > 0) {
        last.set(frame, d.height);
        if (moved.has(frame) || d.height > frame.getBoundingClientRect().height) fit(frame, d.height);
        soon();
      }
    }
  });
})();
