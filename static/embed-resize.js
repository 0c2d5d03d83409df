// Host-page helper for the iframe embed: sets each widget iframe's height from the
// height the widget reports, so the page scrolls, not the frame. Standalone, no library.
// Use: <iframe data-gte-embed src=".../index.html" ...></iframe>
//      <script src=".../embed-resize.js" defer></script>
// Until the reader first moves in a widget, its iframe only grows: the box the embed code
// reserves (height: 100vh) never shrinks under the reader's eyes (no layout shift).
// When the reader moves to another step while the top of the frame is scrolled above the
// window, the page scrolls back to the frame's top, so the new step's heading is in view
// (the widget focuses it, but focus inside a frame does not scroll the page).
(function () {
  'use strict';
  var moved = new WeakSet();
  // The last height each widget reported: its height message can arrive before the
  // step-changed that allows shrinking, and the widget sends none while its height holds.
  var last = new WeakMap();
  function fit(frame, height) {
    frame.style.height = Math.ceil(height) + 'px';
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.source !== 'gene-therapy-explainer' || typeof d.type !== 'string') return;
    var frames = document.querySelectorAll('iframe[data-gte-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== e.source) continue;
      if (d.type === 'step-changed') {
        moved.add(frame);
        if (last.has(frame)) fit(frame, last.get(frame));
        if (frame.getBoundingClientRect().top < 0) frame.scrollIntoView({ block: 'start' });
      }
      if (d.type === 'height' && typeof d.height === 'number' && d.height > 0) {
        last.set(frame, d.height);
        if (moved.has(frame) || d.height > frame.getBoundingClientRect().height) fit(frame, d.height);
      }
    }
  });
})();
