// Ranges written with a word between two figures (`5 tot 10 cm`, `2 hingga 4 inci`, `2 إلى 4 بوصات`),
// which the reader takes for two figures: which figure a range word joins to which, read from the
// sentence's number anchors by offset, so a sentence of thousands of figures is read in linear time.
import { getProfile } from '../lang/index.js';
import type { Anchor, NumberAnchor, OrdinalAnchor } from '../types.js';

type Count = NumberAnchor | OrdinalAnchor;

/** The number anchors of a sentence by where they start and where they end, built once per sentence. */
const numbersByOffset = new WeakMap<readonly Anchor[], { byStart: Map<number, NumberAnchor>; byEnd: Map<number, NumberAnchor> }>();

function numbersAt(sentenceAnchors: readonly Anchor[]): { byStart: Map<number, NumberAnchor>; byEnd: Map<number, NumberAnchor> } {
  let found = numbersByOffset.get(sentenceAnchors);
  if (found === undefined) {
    found = { byStart: new Map(), byEnd: new Map() };
    for (const anchor of sentenceAnchors) {
      if (anchor.type !== 'number' || anchor.upper !== undefined) continue;
      found.byStart.set(anchor.start, anchor);
      found.byEnd.set(anchor.end, anchor);
    }
    numbersByOffset.set(sentenceAnchors, found);
  }
  return found;
}

/**
 * The figure joined to `count` by a range word (`PlacedCount.rangeWith` in measures.ts), if one is: the word
 * right after it or right before it, one space each side, and a figure beyond.
 */
export function figureAcrossRangeWord(count: { anchor: Count; text: string; start: number; lang: string }, sentenceAnchors: readonly Anchor[], sentenceStart: number): number | undefined {
  const { anchor } = count;
  if (anchor.type !== 'number' || anchor.upper !== undefined) return undefined;
  const rangeWords = getProfile(count.lang).anchors.rangeWords ?? [];
  const { byStart, byEnd } = numbersAt(sentenceAnchors);
  const sameKind = (other: NumberAnchor | undefined) => other !== undefined && other.percent === anchor.percent && other !== anchor;
  const end = count.start + anchor.text.length;
  const after = /^\s(\S+)\s/u.exec(count.text.slice(end, end + maxRangeWordLength + 2));
  if (after !== null && rangeWords.includes(after[1]!.toLowerCase())) {
    const next = byStart.get(sentenceStart + end + after[0].length);
    if (sameKind(next)) return next!.numeric;
  }
  const before = /\s(\S+)\s$/u.exec(count.text.slice(Math.max(0, count.start - maxRangeWordLength - 2), count.start));
  if (before !== null && rangeWords.includes(before[1]!.toLowerCase())) {
    const previous = byEnd.get(sentenceStart + count.start - before[0].length);
    if (sameKind(previous)) return previous!.numeric;
  }
  return undefined;
}

/** The longest range word looked for around a figure (`hingga`, `sampai`, `through`). */
const maxRangeWordLength = 12;
