// The host pages' iframe helper (static/embed-resize.js), run in Node against a fake page:
// it fits each widget frame to the heights the widget reports, never shrinks the reserved
// box before the reader moves, applies the last height once they do (even when the height
// came before the step-changed), scrolls back to a frame whose top is above the window,
// and ignores messages of another source or from another window. The message names are
// the protocol's (static/protocol.js), so a renamed type fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { EVENTS, HEIGHT, SOURCE } from '../../static/protocol.js';

const script = readFileSync(new URL('../../static/embed-resize.js', import.meta.url), 'utf8');
const STEP_CHANGED = EVENTS.find((e) => e === 'step-changed');

/** A page with one widget frame of `height` px whose top is at `top`, running the script. */
function page({ height = 1080, top = 0 } = {}) {
  const frameWindow = {};
  const frame = {
    contentWindow: frameWindow,
    style: {},
    scrolled: 0,
    getBoundingClientRect() { return { top, height: this.style.height ? parseFloat(this.style.height) : height }; },
    scrollIntoView() { this.scrolled += 1; },
  };
  let listener;
  const window = { addEventListener: (type, f) => { if (type === 'message') listener = f; } };
  const document = { querySelectorAll: (sel) => (sel === 'iframe[data-gte-embed]' ? [frame] : []) };
  vm.runInNewContext(script, { window, document, WeakSet, WeakMap, Math });
  const post = (data, source = frameWindow) => listener({ data, source });
  return { frame, post, height: () => frame.getBoundingClientRect().height };
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
