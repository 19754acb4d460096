// The anchors stage as readers over one token cursor: the reader list is the one place that decides
// what is tried in which order, and a new kind of anchor is one reader added to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { defaultGazetteer } from '../../src/anchors/gazetteer.js';
import { languageTables } from '../../src/anchors/language.js';
import { readAnchors, tokenReaders, type CursorContext } from '../../src/anchors/readers/index.js';

function context(lang: string): CursorContext {
  return { tables: languageTables(lang), gazetteer: defaultGazetteer, knownNames: undefined, knownIndex: undefined, demonyms: false, lowercaseWords: undefined };
}

const summary = (anchors: ReturnType<typeof extractAnchors>) => anchors.map((a) => `${a.type}:${a.text}=${a.value}`);

test('every reader has its own name and starts at digits or a word', () => {
  const names = tokenReaders.map((reader) => reader.name);
  assert.equal(new Set(names).size, names.length);
  for (const reader of tokenReaders) assert.ok(reader.startsAt === 'digits' || reader.startsAt === 'word', reader.name);
});

test('readAnchors with the default list is what extractAnchors returns', () => {
  const sentences: Array<[string, string]> = [
    ['nl', 'Op 20.02.2025 kwamen ruim 1.435 mensen naar Hanoi, 15% meer dan in 2024.'],
    ['de', 'Am 6. und 7. Juli 1956 sprach Dr. H. Roiss in Wien.'],
    ['ar', 'وصل أكثر من 500 شخص إلى الصين في 20 فبراير 2025.'],
  ];
  for (const [lang, text] of sentences) assert.deepEqual(readAnchors(text, 0, context(lang)), extractAnchors(text, { lang }));
});

test('the order decides: numeric dates are read before glued digits are skipped as no count', () => {
  const text = 'Op 20.02.2025 in Hanoi.';
  assert.deepEqual(summary(readAnchors(text, 0, context('nl'))).slice(0, 1), ['date:20.02.2025=2025-02-20']);
  const withoutNumericDates = tokenReaders.filter((reader) => reader.name !== 'numeric-dates');
  assert.deepEqual(summary(readAnchors(text, 0, context('nl'), withoutNumericDates)).filter((a) => !a.startsWith('entity')), []);
});

test('a reader is one entry in the list: without clock-times, a time glued by a colon is no anchor', () => {
  const text = 'Om 14:27 kwamen 3 mensen.';
  assert.deepEqual(summary(extractAnchors(text, { lang: 'nl' })), ['number:14:27=14:27', 'number:3=3']);
  const withoutClockTimes = tokenReaders.filter((reader) => reader.name !== 'clock-times');
  assert.deepEqual(summary(readAnchors(text, 0, context('nl'), withoutClockTimes)), ['number:3=3']);
});
