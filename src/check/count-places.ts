// How counts are written and where they stand: the shape tests count pairing uses to tell a changed
// figure from another one, and a changed count the pairing by value misplaces.
import type { CountAnchor } from './links.js';
import { countValue } from './links.js';
import { isClockTime } from './deps.js';
import type { RuleContext, SentencePair } from './types.js';

/**
 * Counts are compared only with counts of the same kind: cardinal, ordinal, percentage, clock time. A
 * time of day against a distance or a count (`10:15` / `1,6 km`) is two facts, not one changed.
 */
export function countKind(anchor: CountAnchor): string {
  if (anchor.type === 'ordinal') return 'ordinal';
  if (anchor.percent) return 'percent';
  return isClockTime(anchor) ? 'clock' : 'number';
}

/** Whether a count is written in words. */
export function isSpelled(anchor: CountAnchor): boolean {
  return anchor.type === 'number' && anchor.spelledOut === true;
}

/** Two counts in digits that differ by one digit, or by two neighbouring digits swapped (`6700`/`6703`, `6719`/`6179`). */
export function digitSlip(x: CountAnchor, y: CountAnchor): boolean {
  if (isSpelled(x) || isSpelled(y)) return false;
  const [p, q] = [String(x.numeric), String(y.numeric)];
  if (p.length !== q.length || p === q) return false;
  const differ: number[] = [];
  for (let i = 0; i < p.length && differ.length <= 2; i++) if (p[i] !== q[i]) differ.push(i);
  if (differ.length === 1) return true;
  return differ.length === 2 && differ[1] === differ[0]! + 1 && p[differ[0]!] === q[differ[1]!] && p[differ[1]!] === q[differ[0]!];
}

/**
 * Two counts written alike: both words, or both digits with the same length and first digit, or one
 * figure before two scale words ("20 miljoen" / "20 miljarder": a power of a thousand apart).
 */
export function lookAlike(x: CountAnchor, y: CountAnchor): boolean {
  const [spelledX, spelledY] = [isSpelled(x), isSpelled(y)];
  if (spelledX || spelledY) return spelledX && spelledY;
  if (Math.min(x.numeric, y.numeric) >= 1000 && x.numeric !== y.numeric) {
    const thousands = Math.log10(Math.max(x.numeric, y.numeric) / Math.min(x.numeric, y.numeric)) / 3;
    if (Math.abs(thousands - Math.round(thousands)) < 1e-9) return true;
  }
  const digitsX = String(Math.trunc(x.numeric));
  const digitsY = String(Math.trunc(y.numeric));
  return digitsX.length === digitsY.length && digitsX.length >= 2 && digitsX[0] === digitsY[0];
}

/** A count and the sentence of its bead side it stands in. */
type Placed = { anchor: CountAnchor; sentence: number };

/** One side of a link's counts: those the other side leaves unmatched, and all of them. */
export interface CountSide {
  unmatched: readonly Placed[];
  counts: readonly Placed[];
}

/** A count this close (share of the bead side's length) to the place of the other side's count stands where it does. */
export const samePlaceShift = 0.25;
/** An equal-valued partner this far from a count stands elsewhere in the sentence. */
export const otherPlaceShift = 0.5;

/**
 * A count changed to a value the other version states elsewhere in the linked sentence: "Två personer
 * greps i Barcelona" against "Zes mensen werden in Barcelona gearresteerd … in twee groepen". Pairing by
 * value joins the changed count with the far one and leaves the count in its place over, so no
 * conflict shows. When one side has a single leftover of a kind and the other none, the other side's
 * count of that kind written alike and of its size, standing where the leftover stands, whose equal-valued partners
 * all stand far from it, is the leftover changed.
 */
export function displacedConflicts(
  context: RuleContext,
  pair: SentencePair,
  sideA: CountSide,
  sideB: CountSide,
): Array<{ a: Placed; b: Placed }> {
  const placeOf = (side: SentencePair['a'], item: Placed) => placeInLink(context, side, item);
  const found: Array<{ a: Placed; b: Placed }> = [];
  const look = (own: CountSide, ownSide: SentencePair['a'], other: CountSide, otherSide: SentencePair['a']) => {
    if (own.unmatched.length !== 1) return undefined;
    const left = own.unmatched[0]!;
    const kind = countKind(left.anchor);
    if (other.unmatched.some((item) => countKind(item.anchor) === kind)) return undefined;
    const here = placeOf(ownSide, left);
    const candidates = other.counts.filter((item) => {
      if (countKind(item.anchor) !== kind || !sameShape(item.anchor, left.anchor)) return false;
      const there = placeOf(otherSide, item);
      if (Math.abs(there - here) > samePlaceShift) return false;
      const partners = own.counts.filter((c) => countValue(c.anchor) === countValue(item.anchor));
      return partners.length > 0 && partners.every((c) => Math.abs(placeOf(ownSide, c) - there) >= otherPlaceShift);
    });
    return candidates.length === 1 ? candidates[0] : undefined;
  };
  const forA = look(sideA, pair.a, sideB, pair.b);
  if (forA !== undefined) found.push({ a: sideA.unmatched[0]!, b: forA });
  const forB = look(sideB, pair.b, sideA, pair.a);
  if (forB !== undefined) found.push({ a: forB, b: sideB.unmatched[0]! });
  return found;
}

/** Written the same way (both words or both digits) and of one size (as many digits): "zes" for "twee", not "tachtig" for "enam". */
function sameShape(x: CountAnchor, y: CountAnchor): boolean {
  return isSpelled(x) === isSpelled(y) && String(Math.trunc(x.numeric)).length === String(Math.trunc(y.numeric)).length;
}

/** Where a count stands in its side of a link: its offset as a share of the linked sentences' text. */
export function placeInLink(context: RuleContext, side: SentencePair['a'], item: Placed): number {
  const sentences = context.documents[side.document]!.sentences;
  let before = 0;
  let total = 0;
  for (const s of side.sentences) {
    const sentence = sentences[s]!;
    if (s < item.sentence) before += sentence.text.length;
    else if (s === item.sentence) before += item.anchor.start - sentence.start;
    total += sentence.text.length;
  }
  return total === 0 ? 0 : before / total;
}
