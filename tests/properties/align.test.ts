import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { align, type Alignment } from '../../src/index.js';
import { anyLang, assertProperty, nastyText, tallyLine } from './arbitraries.js';

after(() => console.log(tallyLine('align')));

// Sentences that look like news (numbers, dates, names) so anchors match and links form, mixed with
// hostile text so nothing is assumed about the content.
const newsWord = fc.constantFrom(
  '29', '12', '1.435', '2025', '20', 'februari', 'лютого', 'فبراير', 'Guangxi', 'Quang Ninh', 'Нгуєн', 'Hanoi', 'Китаю',
  'والصين', 'drie', 'tre', 'tiga', 'три', 'provinsi', 'provincies', 'de', 'en', 'і', 'في', 'och', 'yang', '75', '1950–2025', '10-ї',
);
const newsSentence = fc.array(newsWord, { minLength: 1, maxLength: 10 }).map((words) => `${words.join(' ')}.`);
const sentenceList = fc.array(fc.oneof({ weight: 4, arbitrary: newsSentence }, { weight: 1, arbitrary: nastyText(6) }), { maxLength: 30 });
const modeArbitrary = fc.constantFrom<'auto' | 'parallel' | 'comparable'>('auto', 'parallel', 'comparable');

/** The structural promises of every alignment, whatever the mode. */
function assertWellFormed(alignment: Alignment, countA: number, countB: number): void {
  assert.ok(alignment.mode === 'parallel' || alignment.mode === 'comparable');
  assert.equal(alignment.a.sentences.length, countA);
  assert.equal(alignment.b.sentences.length, countB);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const link of alignment.links) {
    assert.ok(link.a.length + link.b.length > 0, 'a link links something');
    assert.ok(Number.isFinite(link.score) && link.score >= 0 && link.score <= 1, `score ${link.score}`);
    for (const [side, indices, count, used] of [['a', link.a, countA, usedA], ['b', link.b, countB, usedB]] as const) {
      indices.forEach((index, position) => {
        assert.ok(Number.isInteger(index) && index >= 0 && index < count, `${side} index ${index} out of range`);
        if (position > 0) assert.equal(index, indices[position - 1]! + 1, `${side} indices are consecutive`);
        assert.ok(!used.has(index), `${side} sentence ${index} used twice`);
        used.add(index);
      });
    }
  }
  // Links in order of A.
  const firstA = alignment.links.filter((link) => link.a.length > 0).map((link) => link.a[0]!);
  assert.deepEqual(firstA, [...firstA].sort((x, y) => x - y));
}

function assertMonotone(alignment: Alignment): void {
  let lastA = -1;
  let lastB = -1;
  for (const link of alignment.links) {
    if (link.a.length > 0) {
      assert.ok(link.a[0]! > lastA, 'parallel links move forward in A');
      lastA = link.a.at(-1)!;
    }
    if (link.b.length > 0) {
      assert.ok(link.b[0]! > lastB, 'parallel links move forward in B');
      lastB = link.b.at(-1)!;
    }
  }
}

describe('align (properties)', () => {
  it('links sentences in range, each at most once, consecutive within a link, in order of A, scores in [0, 1]', () =>
    assertProperty(
      fc.property(sentenceList, sentenceList, anyLang, anyLang, modeArbitrary, (sentencesA, sentencesB, langA, langB, mode) => {
        const alignment = align({ sentences: sentencesA, lang: langA }, { sentences: sentencesB, lang: langB }, { mode });
        assertWellFormed(alignment, sentencesA.length, sentencesB.length);
        if (mode !== 'auto') assert.equal(alignment.mode, mode);
        if (alignment.mode === 'parallel') assertMonotone(alignment);
      }),
      250,
    ));

  it('does the same for raw text segmented on the way in', () =>
    assertProperty(
      fc.property(nastyText(40), nastyText(40), anyLang, modeArbitrary, (textA, textB, lang, mode) => {
        const alignment = align({ text: textA, lang }, { text: textB, lang: 'ar' }, { mode });
        assertWellFormed(alignment, alignment.a.sentences.length, alignment.b.sentences.length);
        if (alignment.mode === 'parallel') assertMonotone(alignment);
      }),
      150,
    ));

  it('keeps only links at or above minScore in comparable mode', () =>
    assertProperty(
      fc.property(sentenceList, sentenceList, fc.double({ min: 0, max: 1, noNaN: true }), (sentencesA, sentencesB, minScore) => {
        const alignment = align({ sentences: sentencesA, lang: 'nl' }, { sentences: sentencesB, lang: 'sv' }, { mode: 'comparable', minScore });
        for (const link of alignment.links) assert.ok(link.score >= minScore, `${link.score} < ${minScore}`);
      }),
      150,
    ));

  it('is deterministic', () =>
    assertProperty(
      fc.property(sentenceList, sentenceList, modeArbitrary, (sentencesA, sentencesB, mode) => {
        const run = () => align({ sentences: sentencesA, lang: 'uk' }, { sentences: sentencesB, lang: 'id' }, { mode }).links;
        assert.deepEqual(run(), run());
      }),
      100,
    ));

  it('never links a sentence of a document aligned with itself to another sentence in parallel mode', () =>
    assertProperty(
      fc.property(fc.array(newsSentence, { minLength: 1, maxLength: 25 }), (sentences) => {
        const alignment = align({ sentences, lang: 'nl' }, { sentences, lang: 'nl' }, { mode: 'parallel' });
        for (const link of alignment.links) if (link.a.length > 0 && link.b.length > 0) assert.deepEqual(link.a, link.b);
      }),
      100,
    ));
});
