// The anchors stage as readers over one token cursor: the reader list is the one place that decides
// what is tried in which order, and a new kind of anchor is one reader added to it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { defaultGazetteer } from '../../src/anchors/gazetteer.js';
import { languageTables } from '../../src/anchors/language.js';
import { readAnchors, tokenReaders, type AnchorReader, type CursorContext } from '../../src/anchors/readers/index.js';

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

test('a new reader is one entry in the list: a clock-time reader placed before unreadable digits', () => {
  const text = 'Om 14:27 kwamen 3 mensen.';
  // Without it, `14:27` is a time glued by a colon: claimed as no count.
  assert.deepEqual(summary(extractAnchors(text, { lang: 'nl' })), ['number:3=3']);
  const clockTimes: AnchorReader = {
    name: 'clock-times',
    startsAt: 'digits',
    read(cursor, i) {
      const { tokens } = cursor;
      if (tokens[i + 1]?.text !== ':' || tokens[i + 2]?.kind !== 'digits') return undefined;
      const minutes = Number(tokens[i]!.text) * 60 + Number(tokens[i + 2]!.text);
      cursor.emitNumber(i, i + 3, { value: minutes, relation: 'exact', valueText: `${tokens[i]!.text}:${tokens[i + 2]!.text}` });
      return i + 3;
    },
  };
  const at = tokenReaders.findIndex((reader) => reader.name === 'unreadable-digits');
  const readers = [...tokenReaders.slice(0, at), clockTimes, ...tokenReaders.slice(at)];
  assert.deepEqual(summary(readAnchors(text, 0, context('nl'), readers)), ['number:14:27=14:27', 'number:3=3']);
});
