// The host pages' iframe helper (static/embed-resize.js), run in Node against a fake page:
// it fits each widget frame to the heights the widget reports, never shrinks the reserved
// box before the reader moves, applies the last height once they do (even when the height
// came before the step-changed), scrolls back to a frame whose top is above the window,
// tells each widget which part of it is in the window as the page scrolls, and ignores
// messages of another source or from another window. The message names are
// the protocol's (static/protocol.js), so a renamed type fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { EVENTS, HEIGHT, SOURCE, VIEWPORT } from '../../static/protocol.js';

const script = readFileSync(new URL('../../static/embed-resize.js', import.meta.url), 'utf8');
const STEP_CHANGED = EVENTS.find((e) => e === 'step-changed');

/** A page with one widget frame of `height` px whose top is at `top`, running the script. */
function page({ height = 1080, top = 0, innerHeight = 800 } = {}) {
  const told = [];
  const frameWindow = { postMessage: (data) => told.push({ ...data }) };
  const frame = {
    contentWindow: frameWindow,
    style: {},
    scrolled: 0,
    getBoundingClientRect() { return { top: this.top, height: this.style.height ? parseFloat(this.style.height) : height }; },
    top,
    scrollIntoView() { this.scrolled += 1; },
  };
  const listeners = {};
  const frames = [];
  const window = {
    innerHeight,
    addEventListener: (type, f) => { listeners[type] = f; },
    // Animation frames run when the test says (`frame()`).
    requestAnimationFrame: (f) => frames.push(f),
  };
  const document = { querySelectorAll: (sel) => (sel === 'iframe[data-gte-embed]' ? [frame] : []) };
  vm.runInNewContext(script, { window, document, WeakSet, WeakMap, Math });
  const post = (data, source = frameWindow) => listeners.message({ data, source });
  const nextFrame = () => frames.splice(0).forEach((f) => f());
  const scroll = (newTop) => { frame.top = newTop; listeners.scroll(); };
  return { frame, post, told, nextFrame, scroll, height: () => frame.getBoundingClientRect().height };
}

const msg = (type, extra = {}) => ({ source: SOURCE, version: 1, instance: 'guide', type, ...extra });

test('before the reader moves, the reserved box only grows', () => {
  const p = page({ height: 1080 });
  p.post(msg(HEIGHT, { height: 900 }));
  assert.equal(p.height(), 1080, 'no shrinking under the reader');
  p.post(msg(HEIGHT, { height: 1500.2 }));
  assert.equal(p.height(), 1501, 'grows to the content, rounded up');
});

test('after a move the frame takes the last height, even one reported before the move', () => {
  const p = page({ height: 1080 });
  p.post(msg(HEIGHT, { height: 700 }));
  assert.equal(p.height(), 1080);
  p.post(msg(STEP_CHANGED, { view: 'ex-vivo/2' }));
  assert.equal(p.height(), 700);
  p.post(msg(HEIGHT, { height: 650 }));
  assert.equal(p.height(), 650, 'and follows it from then on');
});

test('a move while the frame top is above the window scrolls back to it', () => {
  const above = page({ top: -400 });
  above.post(msg(STEP_CHANGED));
  assert.equal(above.frame.scrolled, 1);
  const inView = page({ top: 20 });
  inView.post(msg(STEP_CHANGED));
  assert.equal(inView.frame.scrolled, 0);
});

test('messages of another source, shape or window change nothing', () => {
  const p = page({ height: 1080 });
  p.post({ ...msg(HEIGHT, { height: 2000 }), source: 'someone-else' });
  p.post(msg(HEIGHT, { height: 2000 }), {});
  p.post(msg(HEIGHT, { height: '2000' }));
  p.post(msg(HEIGHT, { height: -5 }));
  p.post(null);
  p.post('height 2000');
  assert.equal(p.height(), 1080);
});

test('as the page scrolls, a widget that has spoken is told which part of it is in the window, once a frame', () => {
  const p = page({ height: 3000, top: 200, innerHeight: 800 });
  p.scroll(100);
  p.nextFrame();
  assert.deepEqual(p.told, [], 'a frame whose widget has not spoken yet is not told');
  p.post(msg(HEIGHT, { height: 3000 }));
  p.nextFrame();
  assert.deepEqual(p.told.at(-1), { source: SOURCE, type: VIEWPORT, top: 0, bottom: 700 });
  // Three scroll events before the next animation frame: one message, the latest place.
  p.told.length = 0;
  p.scroll(-500);
  p.scroll(-900);
  p.scroll(-1200);
  p.nextFrame();
  assert.deepEqual(p.told, [{ source: SOURCE, type: VIEWPORT, top: 1200, bottom: 2000 }]);
  // Near the frame's end, the part in view stops at the frame's bottom.
  p.scroll(-2700);
  p.nextFrame();
  assert.deepEqual(p.told.at(-1), { source: SOURCE, type: VIEWPORT, top: 2700, bottom: 3000 });
  // Scrolled past it, or not yet reached: an empty part at its end or its start.
  p.scroll(-3500);
  p.nextFrame();
  assert.deepEqual(p.told.at(-1), { source: SOURCE, type: VIEWPORT, top: 3000, bottom: 3000 });
  p.scroll(900);
  p.nextFrame();
  assert.deepEqual(p.told.at(-1), { source: SOURCE, type: VIEWPORT, top: 0, bottom: 0 });
});
