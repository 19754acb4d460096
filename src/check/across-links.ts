// Figures across a link's boundaries: values a version states in the sentences around a link, and number
// words the aligner put in two neighbouring links of a translation.
import {
  adjacentLinks,
  anchorsOfSentences,
  boundariesAgree,
  mentionedNumbers,
  neighbourhood,
  translationLinksInOrder,
} from './links.js';
import type { RuleContext, SentencePair } from './types.js';
import { countKind, digitSlip, isSpelled } from './count-places.js';
import { isEnumerator, type Leftover, otherTimeUnits, unmatchedCounts } from './count-pairing.js';

/**
 * Numbers the version states just around the linked sentences that its own links leave unexplained:
 * a neighbouring sentence that is unlinked, or whose value has no partner in its own link, hints that
 * the sentence boundaries of the two versions differ and the value moved next door. A value its own
 * link matches is just the same small number said again. Translation links that are sure skip this.
 */
export function mentionedAround(context: RuleContext, pair: SentencePair, side: SentencePair['a'], other: SentencePair['a']): Set<number> {
  if (boundariesAgree(context, pair)) return new Set();
  const radius = pair.mode === 'parallel' ? 1 : 2;
  const around = neighbourhood(context, side.document, side.sentences, radius).filter((s) => !side.sentences.includes(s));
  const numbers = new Set<number>();
  for (const sentence of around) {
    const link = context.pairs.find(
      (p) =>
        (p.a.document === side.document && p.b.document === other.document && p.a.sentences.includes(sentence)) ||
        (p.b.document === side.document && p.a.document === other.document && p.b.sentences.includes(sentence)),
    );
    const own = anchorsOfSentences(context, side.document, [sentence]);
    // An enumerating ordinal word next door ("andra", other) is no figure that moved there.
    if (link === undefined) {
      for (const n of mentionedNumbers(own.map((x) => x.anchor).filter((a) => !isEnumerator(a)))) numbers.add(n);
      continue;
    }
    const linkOther = link.a.document === other.document ? link.a : link.b;
    const unexplained = unmatchedCounts(own, anchorsOfSentences(context, linkOther.document, linkOther.sentences));
    for (const { anchor } of unexplained) if (!isEnumerator(anchor)) numbers.add(anchor.numeric);
  }
  return numbers;
}

/**
 * Number words the aligner put in neighbouring links: a translation link ends its sentence where the
 * other version ends it one sentence later ("… nachgeholt Es waren fünf Lager errichtet" linked alone,
 * "Cinq camps furent installés" linked with the next sentence). Two adjacent translation links are
 * read as one: when their number words leave exactly one word on each side, in different links, the
 * two disagree. Digits only when one is the other with one digit changed, from 100 up (paragraph and
 * note numbers differ between editions).
 */
export function crossLinkWordConflicts(context: RuleContext, pairs: readonly SentencePair[]): Array<{ pair: SentencePair; conflicts: Array<{ a: Leftover; b: Leftover }> }> {
  const result: Array<{ pair: SentencePair; conflicts: Array<{ a: Leftover; b: Leftover }> }> = [];
  for (const list of translationLinksInOrder(pairs)) {
    for (let i = 0; i + 1 < list.length; i++) {
      const [p, q] = [list[i]!, list[i + 1]!];
      if (!adjacentLinks(p, q)) continue;
      const union: SentencePair = {
        a: { document: p.a.document, sentences: [...p.a.sentences, ...q.a.sentences] },
        b: { document: p.b.document, sentences: [...p.b.sentences, ...q.b.sentences] },
        score: Math.min(p.score, q.score),
        mode: 'parallel',
      };
      const sideA = anchorsOfSentences(context, union.a.document, union.a.sentences);
      const sideB = anchorsOfSentences(context, union.b.document, union.b.sentences);
      const leftA = unmatchedCounts(sideA, sideB, true);
      const leftB = unmatchedCounts(sideB, sideA, true);
      const crossed = (x: Leftover, y: Leftover) =>
        // Within one link the link's own comparison already decided.
        p.a.sentences.includes(x.sentence) !== p.b.sentences.includes(y.sentence) && countKind(x.anchor) === countKind(y.anchor) && !otherTimeUnits(context, union, x, y) &&
        boundaryMoved(context, p, q, p.a.sentences.includes(x.sentence));
      const wordsA = leftA.filter((x) => isSpelled(x.anchor));
      const wordsB = leftB.filter((y) => isSpelled(y.anchor));
      if (wordsA.length === 1 && wordsB.length === 1 && crossed(wordsA[0]!, wordsB[0]!)) {
        result.push({ pair: union, conflicts: [{ a: wordsA[0]!, b: wordsB[0]! }] });
        continue;
      }
      // Digits only as a slip of one digit in a number of three digits or more ("254 Höhenmeter" /
      // "gravir 250 m"), never note or page numbers.
      const digitsA = leftA.filter((x) => !isSpelled(x.anchor) && x.anchor.numeric >= 100);
      const digitsB = leftB.filter((y) => !isSpelled(y.anchor) && y.anchor.numeric >= 100);
      if (digitsA.length === 1 && digitsB.length === 1 && digitSlip(digitsA[0]!.anchor, digitsB[0]!.anchor) && crossed(digitsA[0]!, digitsB[0]!)) {
        result.push({ pair: union, conflicts: [{ a: digitsA[0]!, b: digitsB[0]! }] });
      }
    }
  }
  return result;
}

/**
 * How much longer, against its partner, the side that holds the moved words must be in one link than in
 * the other: text carried over a boundary lengthens that side of the link it joined and shortens it in
 * the link it left ("… nachgeholt Es waren fünf Lager errichtet" against "Cela fut fait en 1956").
 */
const movedBoundaryImbalance = 1.4;

/**
 * Whether the boundary between adjacent links `p` and `q` may have moved: the side whose word stands in
 * `p` (side a when `inA`) is longer against its partner in `p` than in `q`, by {@link movedBoundaryImbalance}.
 * Two links of sentences of balanced lengths each say their own thing: a number word in one ("the
 * morning's fourballs hero") and another in the next ("two doubles on the front nine") are two facts.
 */
function boundaryMoved(context: RuleContext, p: SentencePair, q: SentencePair, inA: boolean): boolean {
  const length = (side: SentencePair['a']) => Math.max(1, side.sentences.reduce((sum, s) => sum + context.documents[side.document]!.sentences[s]!.text.length, 0));
  const ratioP = length(p.a) / length(p.b);
  const ratioQ = length(q.a) / length(q.b);
  return (inA ? ratioP / ratioQ : ratioQ / ratioP) >= movedBoundaryImbalance;
}

