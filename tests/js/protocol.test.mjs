// The embed protocol's golden cases (tests/protocol/golden.json), the JavaScript side: the
// loaders' protocol.js turns each event string the widget sends into the golden message,
// each golden command message into the list the widget reads, and refuses the rest.
// tests/protocol.rs checks the same cases in the widget. Plain Node: no browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMANDS, EVENTS, SETTINGS, command, join, message } from '../../static/protocol.js';

const golden = JSON.parse(readFileSync(new URL('../protocol/golden.json', import.meta.url), 'utf8'));

test('every golden event string becomes its documented message', () => {
  assert.ok(golden.events.length >= 4);
  for (const c of golden.events) {
    assert.ok(EVENTS.includes(c.message.type), `${c.message.type} is an event the widget sends`);
    assert.deepEqual(message(c.wire, 'guide'), c.message);
  }
});

test('every golden command message becomes the list the widget reads', () => {
  for (const c of golden.commands) {
    assert.ok(Object.hasOwn(COMMANDS, c.message.type));
    assert.deepEqual(command(c.message), c.wire, JSON.stringify(c.message));
    // Every field a command carries is a setting the element also takes as an attribute.
    for (let i = 0; i < c.wire.length; i += 2) assert.ok(SETTINGS.includes(c.wire[i]), c.wire[i]);
  }
});

test('messages of another source, type or shape are refused', () => {
  for (const m of golden.refused) assert.equal(command(m), null, JSON.stringify(m));
  for (const m of [null, undefined, 'go', 42, []]) assert.equal(command(m), null, String(m));
});

test('the separator inside a value cannot split it', () => {
  assert.equal(join(['pathway', 'a\x1fb']), 'pathway\x1fa b');
});
