import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { countryCode, entityKey, extractAnchors, nameSimilarity, type Anchor } from '../../src/index.js';
import { anyLang, assertProperty, nastyPieces, nastyText, tallyLine } from './arbitraries.js';

after(() => console.log(tallyLine('anchors')));

const anchorTypes = new Set(['number', 'ordinal', 'date', 'entity', 'country']);

/** Structural promises of extractAnchors: exact spans, sorted, no overlap, sane values. */
function assertWellFormed(text: string, base: number, anchors: readonly Anchor[]): void {
  let previousEnd = base;
  for (const anchor of anchors) {
    assert.ok(anchorTypes.has(anchor.type), `type ${anchor.type}`);
    assert.ok(Number.isInteger(anchor.start) && anchor.start >= previousEnd, `anchor at ${anchor.start} overlaps the previous one (end ${previousEnd})`);
    assert.ok(anchor.end > anchor.start && anchor.end <= base + text.length, `anchor [${anchor.start}, ${anchor.end}) out of range`);
    assert.equal(anchor.text, text.slice(anchor.start - base, anchor.end - base));
    assert.equal(typeof anchor.value, 'string');
    if (anchor.type === 'number' || anchor.type === 'ordinal') assert.ok(Number.isFinite(anchor.numeric), `numeric ${anchor.numeric}`);
    if (anchor.type === 'number' && anchor.upper !== undefined) assert.ok(Number.isFinite(anchor.upper));
    if (anchor.type === 'date') {
      if (anchor.month !== undefined) assert.ok(anchor.month >= 1 && anchor.month <= 12, `month ${anchor.month}`);
      if (anchor.day !== undefined) assert.ok(anchor.day >= 1 && anchor.day <= 31, `day ${anchor.day}`);
    }
    if (anchor.type === 'country') assert.match(anchor.value, /^[A-Z]{2}$/);
    previousEnd = anchor.end;
  }
}

// Sentences dense in the things anchors look for, glued with hostile pieces.
const anchorish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...nastyPieces),
      fc.constantFrom('29', '1.435', '1 435', '٢٠٢٥', '20 februari 2025', '19–21', '10-ї', 'tionde', 'ke-10', 'nästan 300', 'понад 12', 'أكثر من', 'ثلاثة', 'трьох', 'juta', 'miljoen', '50%', 'Su-30MK2', 'QNR2', '1.2.3.4', '0123', '9'.repeat(40)),
      fc.stringMatching(/^[A-ZА-Я][a-zа-яіє']{0,8}$/),
      fc.constantFrom('A', 'B.', 'J', 'Н.', 'X'), // initials
    ),
    { maxLength: 30 },
  )
  .chain((parts) => fc.constantFrom(' ', '  ', '\n', '. ').map((tail) => parts.join(' ') + tail));
const sentenceText = fc.oneof(nastyText(40), anchorish);

describe('extractAnchors (properties)', () => {
  it('never throws for text; spans are exact slices, sorted, non-overlapping; values are sane', () =>
    assertProperty(
      fc.property(sentenceText, anyLang, (text, lang) => {
        assertWellFormed(text, 0, extractAnchors(text, { lang }));
      }),
      600,
    ));

  it('offsets a sentence object by its start and finds the same anchors as for its text', () =>
    assertProperty(
      fc.property(sentenceText, anyLang, fc.nat({ max: 1_000_000 }), (text, lang, start) => {
        const alone = extractAnchors(text, { lang });
        const placed = extractAnchors({ text, start }, { lang });
        assertWellFormed(text, start, placed);
        assert.deepEqual(placed, alone.map((anchor) => ({ ...anchor, start: anchor.start + start, end: anchor.end + start })));
      }),
      200,
    ));

  it('is deterministic, also with arbitrary knownNames', () =>
    assertProperty(
      fc.property(sentenceText, anyLang, fc.array(sentenceText, { maxLength: 5 }), (text, lang, knownNames) => {
        const first = extractAnchors(text, { lang, knownNames });
        assertWellFormed(text, 0, first);
        assert.deepEqual(extractAnchors(text, { lang, knownNames: [...knownNames] }), first);
      }),
      200,
    ));

  it('throws a TypeError for a sentence that is neither a string nor { text, start }', () =>
    assertProperty(
      fc.property(fc.anything().filter((value) => typeof value !== 'string' && !(typeof value === 'object' && value !== null && 'text' in value)), (value) => {
        assert.throws(() => extractAnchors(value as string, { lang: 'nl' }), TypeError);
      }),
      100,
    ));
});

describe('entityKey, nameSimilarity and countryCode (properties)', () => {
  it('entityKey never throws for a name and is deterministic; nameSimilarity is in [0, 1], symmetric, 1 for equal non-empty keys', () =>
    assertProperty(
      fc.property(nastyText(6), nastyText(6), anyLang, (nameA, nameB, lang) => {
        const keyA = entityKey(nameA, lang);
        const keyB = entityKey(nameB, lang);
        assert.equal(typeof keyA, 'string');
        assert.equal(entityKey(nameA, lang), keyA);
        const similarity = nameSimilarity(keyA, keyB);
        assert.ok(similarity >= 0 && similarity <= 1, `similarity ${similarity}`);
        assert.equal(nameSimilarity(keyB, keyA), similarity);
        if (keyA !== '') assert.equal(nameSimilarity(keyA, keyA), 1);
      }),
      300,
    ));

  it('countryCode answers an ISO 3166-1 alpha-2 code or nothing, for any word', () =>
    assertProperty(
      fc.property(fc.oneof(nastyText(4), fc.constantFrom('Китаю', 'Kinas', 'Tiongkok', 'والصين', 'للصين', 'В\'єтнаму', 'Vietnam')), anyLang, (word, lang) => {
        const code = countryCode(word, lang);
        assert.ok(code === undefined || /^[A-Z]{2}$/.test(code), `code ${code}`);
      }),
      300,
    ));
});
