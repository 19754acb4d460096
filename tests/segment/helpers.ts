// Shared assertions for the segmentation tests.
import assert from 'node:assert/strict';
import { isBlankCodeUnit, type Sentence } from '../../src/index.js';

/**
 * The lossless invariant: sentences are in order, do not overlap, slice to their text, neither start
 * nor end with a blank, and only blanks (white space, invisible format marks) lie outside them.
 */
export function assertLossless(text: string, sentences: readonly Sentence[], label = 'text'): void {
  let covered = 0;
  let paragraph = 0;
  sentences.forEach((sentence, index) => {
    const where = `${label}: sentence ${index} (${sentence.start}–${sentence.end})`;
    assert.equal(sentence.index, index, `${where}: index`);
    assert.ok(sentence.start >= covered, `${where} overlaps the previous one`);
    assert.ok(sentence.end > sentence.start, `${where} is empty`);
    assert.ok(sentence.end <= text.length, `${where} ends after the text`);
    assert.equal(sentence.text, text.slice(sentence.start, sentence.end), `${where}: text is not the slice`);
    assert.ok(!isBlankCodeUnit(text.charCodeAt(sentence.start)), `${where} starts with a blank`);
    assert.ok(!isBlankCodeUnit(text.charCodeAt(sentence.end - 1)), `${where} ends with a blank`);
    assert.ok(sentence.paragraph >= paragraph, `${where}: paragraph goes back`);
    paragraph = sentence.paragraph;
    for (let k = covered; k < sentence.start; k++) {
      assert.ok(isBlankCodeUnit(text.charCodeAt(k)), `${label}: non-blank U+${text.charCodeAt(k).toString(16)} at ${k} lies in no sentence`);
    }
    covered = sentence.end;
  });
  for (let k = covered; k < text.length; k++) {
    assert.ok(isBlankCodeUnit(text.charCodeAt(k)), `${label}: non-blank U+${text.charCodeAt(k).toString(16)} at ${k} after the last sentence`);
  }
}

/** The sentence texts, for compact expectations. */
export function texts(sentences: readonly Sentence[]): string[] {
  return sentences.map((sentence) => sentence.text);
}
