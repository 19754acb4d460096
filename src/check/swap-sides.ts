// How the other versions side on a swap two linked versions disagree on (one value put for another):
// which of the two each names, how often, and when the two sides differ only by what each left out.
import type { Anchor } from '../types.js';
import { confidentLinkIndex, factsOf, linkedElsewhere, minVersionsToTakeSides } from './links.js';
import type { RuleContext, SentencePair } from './types.js';

/**
 * How many other versions side with each of two values two linked versions disagree on: versions whose
 * sentences linked to the pair hold an anchor matching one value and none matching the other. With
 * five versions the majority names the one that changed, as it does for counts and dates.
 */
export function supportOf(
  context: RuleContext,
  pair: SentencePair,
  matchesA: (anchor: Anchor) => boolean,
  matchesB: (anchor: Anchor) => boolean,
): [number, number] {
  const index = confidentLinkIndex(context);
  let [forA, forB] = [0, 0];
  for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
    const anchors = factsOf(context, document, sentences);
    const [hasA, hasB] = [anchors.some(matchesA), anchors.some(matchesB)];
    if (hasA && !hasB) forA++;
    if (hasB && !hasA) forB++;
  }
  return [forA, forB];
}

/** How the other versions side on a swap of a value in `pair.a` for one in `pair.b`. */
export interface SwapSides {
  /** Other versions naming the first value and not the second, and the reverse (see {@link supportOf}). */
  forA: number;
  forB: number;
  /**
   * Among three versions or more, none takes a side (none names one without the other, none names
   * both): two versions' word against each other, which a value misread on one side looks like too.
   */
  undecided: boolean;
  /** None takes a side by naming, and the others' counts say two omissions, not a swap (see {@link differByOmissions}). */
  omissions: boolean;
}

/** How the other versions side on a swap (see {@link SwapSides}). */
export function sidesOnSwap(context: RuleContext, pair: SentencePair, matchesA: (anchor: Anchor) => boolean, matchesB: (anchor: Anchor) => boolean): SwapSides {
  const [forA, forB] = supportOf(context, pair, matchesA, matchesB);
  const undecided = forA === forB && context.documents.length >= minVersionsToTakeSides && statedTogetherElsewhere(context, pair, matchesA, matchesB) === 0;
  const omissions = forA === forB && differByOmissions(context, pair, matchesA, matchesB);
  return { forA, forB, undecided, omissions };
}

/**
 * How the other versions side on a swap both sides' sentences hold both values of, told by how often:
 * a version whose linked sentences name each value as often as one side does, and not as the other
 * side does, sides with it ("Korea Utara … Korea Utara … Amerika Serikat" against two mentions of
 * each: one of the Koreas became the United States). Used where naming alone decides nothing.
 */
export function sidesByMentions(context: RuleContext, pair: SentencePair, matchesA: (anchor: Anchor) => boolean, matchesB: (anchor: Anchor) => boolean): [number, number] {
  const { forA, forB } = mentionTallies(context, pair, matchesA, matchesB);
  return [forA, forB];
}

/**
 * How the other versions' linked sentences count the two values of a swap against each side's count
 * (see {@link sidesByMentions}): `forA`/`forB` count as one side does, `neither` name a value but count
 * as neither side does.
 */
export function mentionTallies(
  context: RuleContext,
  pair: SentencePair,
  matchesA: (anchor: Anchor) => boolean,
  matchesB: (anchor: Anchor) => boolean,
): { forA: number; forB: number; neither: number } {
  const index = confidentLinkIndex(context);
  const tally = (document: number, sentences: readonly number[]) => {
    const anchors = factsOf(context, document, sentences);
    return `${anchors.filter(matchesA).length}:${anchors.filter(matchesB).length}`;
  };
  const [onA, onB] = [tally(pair.a.document, pair.a.sentences), tally(pair.b.document, pair.b.sentences)];
  let [forA, forB, neither] = [0, 0, 0];
  if (onA === onB) return { forA, forB, neither };
  for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
    const there = tally(document, sentences);
    if (there === onA) forA++;
    else if (there === onB) forB++;
    else if (there !== '0:0') neither++;
  }
  return { forA, forB, neither };
}

/** Other versions from which their counts alone (see {@link differByOmissions}) tell two omissions from a swap. */
export const minVersionsCountingNeither = 2;

/**
 * Whether the values of a swap are two omissions: the other versions' linked sentences, at least
 * {@link minVersionsCountingNeither} of them, name one value or both and each counts them as neither
 * side does ({@link mentionTallies}), none as either. One version left a value out, the other a repeat
 * of the second (or a name we did not read): against each other they look like one value put for
 * another.
 */
export function differByOmissions(context: RuleContext, pair: SentencePair, matchesA: (anchor: Anchor) => boolean, matchesB: (anchor: Anchor) => boolean): boolean {
  const { forA, forB, neither } = mentionTallies(context, pair, matchesA, matchesB);
  return forA === 0 && forB === 0 && neither >= minVersionsCountingNeither;
}

/** The `backedBy` of a swap finding: the other versions that side with the right value, when none sides with the wrong one. */
export function swapBacking(forRight: number, forWrong: number): { backedBy?: number } {
  return forWrong === 0 && forRight > 0 ? { backedBy: forRight } : {};
}

/**
 * How many other versions state both facts in the sentences linked to the pair (see {@link supportOf}).
 * Not a version that links the pair's two sides to two different sentences of its own: it tells two
 * statements, one fact in each, which is what a link between a sentence and its neighbour's
 * counterpart shows, not one statement holding both facts.
 */
export function statedTogetherElsewhere(context: RuleContext, pair: SentencePair, matchesA: (anchor: Anchor) => boolean, matchesB: (anchor: Anchor) => boolean): number {
  const index = confidentLinkIndex(context);
  const exclude = new Set([pair.a.document, pair.b.document]);
  const [ofA, ofB] = [linkedElsewhere(index, [pair.a], exclude), linkedElsewhere(index, [pair.b], exclude)];
  let both = 0;
  for (const document of new Set([...ofA.keys(), ...ofB.keys()])) {
    const [linkedA, linkedB] = [ofA.get(document) ?? [], ofB.get(document) ?? []];
    if (linkedA.length > 0 && linkedB.length > 0 && !linkedA.some((s) => linkedB.includes(s))) continue;
    const sentences = [...new Set([...linkedA, ...linkedB])];
    const anchors = factsOf(context, document, sentences);
    if (anchors.some(matchesA) && anchors.some(matchesB)) both++;
  }
  return both;
}
