// Coordinated day and month lists (tests/anchors/coordinated-dates.test.ts) at 10,000 to 350,000
// items: reading a list stays linear. Slow, so it runs in `npm run test:slow`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractAnchors } from '../../src/index.js';

describe('day lists stay linear', () => {
  const items = '1, '.repeat(10_000);

  test('10,000 list days before a month', () => {
    const started = performance.now();
    const found = extractAnchors(`${items}und 2. Juli`, { lang: 'de' });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
    assert.equal(found.length, 10_001);
    assert.ok(found.every((a) => a.type === 'date'));
    assert.deepEqual([found[9_999]!.start, found[9_999]!.end, found[10_000]!.value], [29_997, 29_998, '--07-02']);
  });

  test('10,000 list days that end in no month', () => {
    const started = performance.now();
    const found = extractAnchors(`${items}und 2 Kinder`, { lang: 'de' });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
    assert.equal(found.length, 10_001);
    assert.ok(found.every((a) => a.type === 'number'));
  });

  test('1 MB of Arabic days glued to و', () => {
    const text = '1 و'.repeat(350_000);
    const started = performance.now();
    const found = extractAnchors(`${text}2 أبريل`, { lang: 'ar' });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 30, `${seconds.toFixed(1)} s`);
    assert.equal(found.length, 350_001);
    assert.equal(found[0]!.value, '--04-01');
  });
});

describe('long month and range lists stay linear', () => {
  test('100,000 days joined by range words stay linear', () => {
    const started = performance.now();
    const found = extractAnchors(`${'1 bis '.repeat(100_000)}2. Juli`, { lang: 'de' });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
    assert.equal(found.length, 100_000);
    assert.equal(found.at(-1)!.value, '--07-01/02');
  });

  test('100,000 months in a list stay linear, with and without a year at the end', () => {
    const months = 'Mai, '.repeat(100_000);
    for (const [tail, value] of [['und Juni 1956', '1956-05'], ['und Juni', '--05']] as const) {
      const started = performance.now();
      const found = extractAnchors(`${months}${tail}`, { lang: 'de' });
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 10, `${seconds.toFixed(1)} s`);
      assert.equal(found.length, 100_001);
      assert.equal(found[99_999]!.value, value);
    }
  });
});
