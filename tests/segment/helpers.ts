// Shared assertions for the segmentation tests.
import assert from 'node:assert/strict';
import { isBlankCodeUnit, type Sentence } from '../../src/index.js';

/**
 * The lossless invariant: sentences are in order, do not overlap, slice to their text, neither start
 * nor end with a blank, and only blanks (white space, invisible format marks) lie outside them.
 */
export function assertLossless(text: string, sentences: readonly Sentence[], label = 'text'): void {
  // Plain checks with assert.fail on the first violation: this runs over hundreds of thousands of sentences.
  let covered = 0;
  let paragraph = 0;
  const fail = (index: number, why: string) => assert.fail(`${label}: sentence ${index} ${why}`);
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!;
    if (sentence.index !== index) fail(index, `has index ${sentence.index}`);
    if (sentence.start < covered) fail(index, 'overlaps the previous one');
    if (sentence.end <= sentence.start) fail(index, 'is empty');
    if (sentence.end > text.length) fail(index, 'ends after the text');
    if (sentence.text !== text.slice(sentence.start, sentence.end)) fail(index, 'text is not the slice');
    if (isBlankCodeUnit(text.charCodeAt(sentence.start))) fail(index, 'starts with a blank');
    if (isBlankCodeUnit(text.charCodeAt(sentence.end - 1))) fail(index, 'ends with a blank');
    if (sentence.paragraph < paragraph) fail(index, 'goes back a paragraph');
    paragraph = sentence.paragraph;
    for (let k = covered; k < sentence.start; k++) {
      if (!isBlankCodeUnit(text.charCodeAt(k))) assert.fail(`${label}: non-blank U+${text.charCodeAt(k).toString(16)} at ${k} lies in no sentence`);
    }
    covered = sentence.end;
  }
  for (let k = covered; k < text.length; k++) {
    if (!isBlankCodeUnit(text.charCodeAt(k))) assert.fail(`${label}: non-blank U+${text.charCodeAt(k).toString(16)} at ${k} after the last sentence`);
  }
}

/** The sentence texts, for compact expectations. */
export function texts(sentences: readonly Sentence[]): string[] {
  return sentences.map((sentence) => sentence.text);
}
