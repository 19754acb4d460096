import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { getProfile, segment, toSegmentedDocument, type Sentence } from '../../src/index.js';
import { anyLang, assertProperty, nastyText, tallyLine } from './arbitraries.js';

after(() => console.log(tallyLine('segment')));

// The documented contract, written out independently of the segmenter's own character tables:
// between sentences only Unicode White_Space (JS \s plus NEL) and invisible formatting marks (LRM, RLM, ALM, ZWJ, ZWNJ,
// bidi embeddings/overrides/isolates, word joiner, BOM, Mongolian vowel separator).
const blank = /^[\s\u0085\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2064\u2066-\u2069\u180e\ufeff]$/u;
const lineBreaks = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;
const kinds = new Set(['body', 'heading', 'caption', 'boilerplate']);

/** Asserts every structural promise `segment` makes about its result for `text`. */
function assertLossless(text: string, sentences: readonly Sentence[]): void {
  let previousEnd = 0;
  let previousParagraph = -1;
  sentences.forEach((sentence, index) => {
    assert.equal(sentence.index, index);
    assert.ok(Number.isInteger(sentence.start) && Number.isInteger(sentence.end));
    assert.ok(sentence.start >= previousEnd, `sentence ${index} starts at ${sentence.start} before the previous end ${previousEnd}`);
    assert.ok(sentence.end > sentence.start, `sentence ${index} is empty`);
    assert.ok(sentence.end <= text.length);
    assert.equal(sentence.text, text.slice(sentence.start, sentence.end));
    assert.ok(kinds.has(sentence.kind), `kind ${sentence.kind}`);
    assert.ok(Number.isInteger(sentence.paragraph) && sentence.paragraph >= previousParagraph, 'paragraphs in order');
    assert.ok(!blank.test(sentence.text[0]!) && !blank.test(sentence.text.at(-1)!), `sentence ${index} is not trimmed: ${JSON.stringify(sentence.text)}`);
    assert.ok(!lineBreaks.test(sentence.text), `sentence ${index} crosses a line break`);
    // Only blank code units between two sentences (or before the first).
    for (let offset = previousEnd; offset < sentence.start; offset++) {
      assert.ok(blank.test(text[offset]!), `U+${text.charCodeAt(offset).toString(16)} at ${offset} lies in no sentence`);
    }
    previousEnd = sentence.end;
    previousParagraph = sentence.paragraph;
  });
  for (let offset = previousEnd; offset < text.length; offset++) {
    assert.ok(blank.test(text[offset]!), `U+${text.charCodeAt(offset).toString(16)} at ${offset} (after the last sentence) lies in no sentence`);
  }
}

describe('segment (properties)', () => {
  it('is lossless: offsets in range, ordered, non-overlapping, exact slices, only blanks in between — for any Unicode text', () =>
    assertProperty(
      fc.property(nastyText(60), anyLang, (text, lang) => {
        assertLossless(text, segment(text, { lang }));
      }),
      600,
    ));

  it('is lossless on arbitrary code units too (lone surrogates anywhere, no structure)', () =>
    assertProperty(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 200 }), anyLang, (text, lang) => {
        assertLossless(text, segment(text, { lang }));
      }),
      400,
    ));

  it('stays lossless with a caller-extended profile whose abbreviations hold regex syntax and odd characters', () =>
    assertProperty(
      fc.property(
        nastyText(30),
        fc.array(fc.oneof(fc.constantFrom('(.', '*.', '[a.', '\\.', 'a+.', '.', '..', '|.', '$.'), nastyText(2).map((s) => `${s}.`)), { maxLength: 6 }),
        (text, extra) => {
          const base = getProfile('nl');
          const profile = { ...base, segmentation: { ...base.segmentation, abbreviations: [...base.segmentation.abbreviations, ...extra] } };
          assertLossless(text, segment(text, { profile }));
        },
      ),
      200,
    ));

  it('is deterministic: the same input twice gives the same sentences', () =>
    assertProperty(
      fc.property(nastyText(40), anyLang, (text, lang) => {
        assert.deepEqual(segment(text, { lang }), segment(text, { lang }));
      }),
      200,
    ));

  it('finds the same sentence boundaries in a line whether it stands alone or among other lines', () =>
    assertProperty(
      fc.property(fc.array(nastyText(12).map((line) => line.replace(/[\n\r\u000b\u000c\u0085\u2028\u2029]/g, ' ')), { minLength: 1, maxLength: 5 }), anyLang, (lines, lang) => {
        const text = lines.join('\n');
        const together = segment(text, { lang }).map(({ start, end }) => [start, end]);
        let offset = 0;
        const alone = lines.flatMap((line) => {
          const spans = segment(line, { lang }).map(({ start, end }) => [start + offset, end + offset]);
          offset += line.length + 1;
          return spans;
        });
        assert.deepEqual(together, alone);
      }),
      200,
    ));

  it('throws a TypeError naming text for every non-string', () =>
    assertProperty(
      fc.property(fc.anything().filter((value) => typeof value !== 'string'), (value) => {
        assert.throws(() => segment(value as string), (error: unknown) => error instanceof TypeError && /text/.test(error.message));
      }),
      100,
    ));
});

describe('toSegmentedDocument (properties)', () => {
  it('drops one leading BOM and otherwise segments exactly as segment() does', () =>
    assertProperty(
      fc.property(nastyText(30), anyLang, fc.boolean(), (body, lang, withBom) => {
        const document = toSegmentedDocument({ text: withBom ? `\ufeff${body}` : body, lang });
        assert.equal(document.text, body);
        assert.equal(document.lang, lang);
        assert.deepEqual(document.sentences, segment(body, { lang }));
        assertLossless(document.text, document.sentences);
        // An already segmented document is returned as is.
        assert.deepEqual(toSegmentedDocument(document), document);
      }),
      200,
    ));

  it('keeps pre-segmented sentences exactly, one per line, with exact offsets', () =>
    assertProperty(
      fc.property(fc.array(nastyText(6).map((s) => s.replace(/\n/g, ' ')), { maxLength: 12 }), anyLang, (given, lang) => {
        const document = toSegmentedDocument({ sentences: given, lang });
        assert.deepEqual(document.sentences.map((sentence) => sentence.text), given);
        for (const sentence of document.sentences) assert.equal(document.text.slice(sentence.start, sentence.end), sentence.text);
      }),
      200,
    ));
});
