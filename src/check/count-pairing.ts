// Pairing the counts of linked sentences: which figures two versions share, which are left over, and
// which leftovers are the same thing counted differently (look-alikes, conversions, a slipped digit).
import type { Anchor } from '../types.js';
import { anchorsOfSentences, type CountAnchor, countValue, isCount, langOf, mentionedNumbers } from './links.js';
import { foldWord, isClockTime, isNumberedNoun, sameNameSimilarity } from './deps.js';
import { dualNounsOf } from './duals.js';
import { isSubCount, qualifierWindow, timeUnitAfter, timeUnitOf, wordAfter, wordBefore } from './text.js';
import type { RuleContext, SentencePair } from './types.js';
import { durationsConvert, isClockHour, placed, sameValueWrittenDifferently, unitOf } from './measures.js';
import { countKind, digitSlip, displacedConflicts, isSpelled, lookAlike, placeInLink } from './count-places.js';

/** Takes one of `key` from a multiset of counts: whether there was one left. */
function takeFrom(pool: Map<string, number>, key: string): boolean {
  const left = pool.get(key) ?? 0;
  if (left > 0) pool.set(key, left - 1);
  return left > 0;
}

/** Counts on one side of a pair that the other side does not mention at all. */
export function unmatchedCounts(
  own: ReadonlyArray<{ anchor: Anchor; sentence: number }>,
  other: ReadonlyArray<{ anchor: Anchor; sentence: number }>,
  sameForm = false,
  units?: { own: UnitReader; other: UnitReader },
): Array<{ anchor: CountAnchor; sentence: number }> {
  // With `sameForm`, a number word is matched only by a number word and digits only by digits.
  const formOf = (anchor: CountAnchor) => (sameForm ? (anchor.spelledOut === true ? 'w:' : 'd:') : '');
  const pools = new CountPools(other, formOf);
  const writtenOtherwise = otherWritings(own, other, units?.other);
  // Equal values first; then a value one language writes as an ordinal and another as a cardinal ("de 25e
  // minuut" / "الدقيقة 25", "63-årsdag" / "عيد ميلاده الثالث والستين", "match four" / "la quatrième
  // partie"; with `sameForm`, a word for a word), from the counts the equal values left.
  const sameUnit = units === undefined ? new Set<{ anchor: Anchor; sentence: number }>() : takenWithTheirUnit(own, other, units, formOf, pools);
  const notEqual = own.filter(
    (item): item is { anchor: CountAnchor; sentence: number } => isCount(item.anchor) && !sameUnit.has(item) && !pools.take(formOf(item.anchor) + countValue(item.anchor), item.anchor),
  );
  const unmatched: Array<{ anchor: CountAnchor; sentence: number }> = [];
  for (const item of notEqual) {
    const { anchor } = item;
    const crossValue = otherKindValue(anchor);
    if (crossValue !== undefined && pools.takeAcross(formOf(anchor) + crossValue, anchor)) continue;
    // Written another way on the other side (a date's year, a range bound): not a disagreement.
    const upper = anchor.type === 'number' ? anchor.upper : undefined;
    const spelled = isSpelled(anchor);
    const unit = units?.own(item);
    if (writtenOtherwise(anchor.numeric, unit, spelled) && (upper === undefined || writtenOtherwise(upper, unit, spelled))) continue;
    unmatched.push({ anchor, sentence: item.sentence });
  }
  return unmatched;
}

/**
 * The other side's counts by how they are written, as multisets taken from one at a time (counts pair
 * one to one). "First" and "second" in words mostly enumerate ("after the first half", "the first stall
 * … the second", Swedish `andra` is also "other"): they match an equal ordinal or a number word, but no
 * figure in digits (a score's "1-0").
 */
class CountPools {
  readonly #digits = new Map<string, number>();
  readonly #words = new Map<string, number>();
  readonly #enumerators = new Map<string, number>();
  constructor(other: ReadonlyArray<{ anchor: Anchor }>, formOf: (anchor: CountAnchor) => string) {
    for (const { anchor } of other) {
      if (!isCount(anchor)) continue;
      const key = formOf(anchor) + countValue(anchor);
      const pool = this.#poolOf(anchor);
      pool.set(key, (pool.get(key) ?? 0) + 1);
    }
  }
  #poolOf(anchor: CountAnchor): Map<string, number> {
    return isEnumerator(anchor) ? this.#enumerators : anchor.spelledOut === true ? this.#words : this.#digits;
  }
  /** Takes a count keyed `key` for `own`: one written the same way first. */
  take(key: string, own: CountAnchor): boolean {
    return [this.#poolOf(own), own.spelledOut === true ? this.#words : this.#digits, this.#digits, this.#words, this.#enumerators].some((pool) => takeFrom(pool, key));
  }
  /** Takes a count of the other kind (ordinal for cardinal): an enumerating word and digits never stand for each other. */
  takeAcross(key: string, own: CountAnchor): boolean {
    return takeFrom(this.#words, key) || (isEnumerator(own) ? false : takeFrom(this.#digits, key) || (own.spelledOut === true && takeFrom(this.#enumerators, key)));
  }
}

/**
 * Whether the other side writes a number another way (`n`, with `unit` after it, in words when
 * `spelled`). A range's bounds can stand for a count, and so can a date's year or day for a count in
 * digits ("Le 3" for "3. Juli"), but not a date this side writes as well: "6 juillet" is the partner of
 * "6. Juli". A number word is a count, never a day or a year: "quatre porteurs" is not explained by
 * "4. Juli".
 */
function otherWritings(
  own: ReadonlyArray<{ anchor: Anchor }>,
  other: ReadonlyArray<{ anchor: Anchor; sentence: number }>,
  otherUnit: UnitReader | undefined,
): (n: number, unit: string | undefined, spelled: boolean) => boolean {
  const ownDates = new Map<string, number>();
  for (const { anchor } of own) if (anchor.type === 'date') ownDates.set(anchor.value, (ownDates.get(anchor.value) ?? 0) + 1);
  // A range bound stands for an equal count in its own unit, not in another: "10 inches" is no bound of
  // "7–10 cm" (a translator converts the one and rounds the other). Each bound stands for one count:
  // "2-2" against "2-6" keeps its second 2, which no bound accounts for.
  const rangeUnits = new Map<number, Array<string | undefined>>();
  for (const item of other) {
    const { anchor } = item;
    if (anchor.type !== 'number' || anchor.upper === undefined) continue;
    const unit = otherUnit?.(item as Leftover);
    for (const bound of [anchor.numeric, anchor.upper]) rangeUnits.set(bound, [...(rangeUnits.get(bound) ?? []), unit]);
  }
  const boundOfRange = (n: number, unit: string | undefined) => {
    const bounds = rangeUnits.get(n);
    const at = bounds?.findIndex((u) => u === undefined || unit === undefined || u === unit) ?? -1;
    if (at < 0) return false;
    bounds!.splice(at, 1);
    return true;
  };
  const dateNumbers = mentionedNumbers(other.map((x) => x.anchor).filter((a) => a.type === 'date' && !takeFrom(ownDates, a.value)));
  return (n, unit, spelled) => boundOfRange(n, unit) || (!spelled && dateNumbers.has(n));
}

/**
 * The counts of `own` taken first from `pools` because the other side gives an equal value with the same
 * unit after it: "lima tahun, tiga tahun atau lima bulan" against "twee jaar, drie jaar of vijf maanden"
 * leaves the years' five over, not the months'.
 */
function takenWithTheirUnit(
  own: ReadonlyArray<{ anchor: Anchor; sentence: number }>,
  other: ReadonlyArray<{ anchor: Anchor; sentence: number }>,
  units: { own: UnitReader; other: UnitReader },
  formOf: (anchor: CountAnchor) => string,
  pools: CountPools,
): Set<{ anchor: Anchor; sentence: number }> {
  const taken = new Set<{ anchor: Anchor; sentence: number }>();
  const withUnit = new Map<string, number>();
  for (const item of other) {
    if (!isCount(item.anchor)) continue;
    const unit = units.other(item as Leftover);
    const key = `${formOf(item.anchor)}${countValue(item.anchor)}\u0000${unit}`;
    if (unit !== undefined) withUnit.set(key, (withUnit.get(key) ?? 0) + 1);
  }
  for (const item of own) {
    if (!isCount(item.anchor)) continue;
    const unit = units.own(item as Leftover);
    const key = formOf(item.anchor) + countValue(item.anchor);
    if (unit !== undefined && takeFrom(withUnit, `${key}\u0000${unit}`) && pools.take(key, item.anchor)) taken.add(item);
  }
  return taken;
}

/** Ordinal words up to this value enumerate ("first", "second", `andra`) more often than they count. */
const enumeratorLimit = 2;
/** Whether a count is an ordinal word that enumerates: see {@link unmatchedCounts}. */
export function isEnumerator(anchor: Anchor): boolean {
  return anchor.type === 'ordinal' && anchor.spelledOut === true && anchor.numeric <= enumeratorLimit;
}

/** The value of a count as the other kind writes it (`4` for `4.`, `4.` for `4`); none for percentages, ranges, clock times, fractions. */
export function otherKindValue(anchor: CountAnchor): string | undefined {
  if (anchor.type === 'ordinal') return String(anchor.numeric);
  if (anchor.percent || anchor.upper !== undefined || isClockTime(anchor) || anchor.value.includes('/')) return undefined;
  return `${anchor.numeric}.`;
}

/** Whether a count is a part of a larger one ("of which … 12", "besides the leader, five"). */
export function isPart(context: RuleContext, document: number, sentence: number, anchor: CountAnchor): boolean {
  const s = context.documents[document]!.sentences[sentence]!;
  const previous = previousCount(context.anchors[document]?.[sentence] ?? [], anchor);
  return isSubCount(s.text, anchor.start - s.start, previous === undefined ? 0 : previous.end - s.start, anchor.end - s.start);
}

/** Index of the first anchor starting at or after `start` (anchors are sorted by start: a binary search). */
function firstStartingAt(anchors: readonly Anchor[], start: number): number {
  let low = 0;
  let high = anchors.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (anchors[middle]!.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The count that ends last before `anchor` within {@link qualifierWindow} characters (anchors sorted by start). */
function previousCount(anchors: readonly Anchor[], anchor: Anchor): Anchor | undefined {
  for (let i = firstStartingAt(anchors, anchor.start) - 1; i >= 0 && anchors[i]!.end > anchor.start - qualifierWindow; i--) {
    const candidate = anchors[i]!;
    if (isCount(candidate) && candidate.end <= anchor.start) return candidate;
  }
  return undefined;
}

/** The one unmatched count of each kind that both sides have, as disagreeing pairs. */
export function countConflicts(context: RuleContext, pair: SentencePair): { conflicts: Array<{ a: Leftover; b: Leftover }>; unmatchedA: Leftover[]; unmatchedB: Leftover[] } {
  const sides = linkCounts(context, pair);
  const { unmatchedA, unmatchedB } = sides;
  const conflicts: Array<{ a: Leftover; b: Leftover }> = [];
  const clockTimes = { inA: unmatchedA.some((x) => isClockTime(x.anchor)), inB: unmatchedB.some((y) => isClockTime(y.anchor)) };
  for (const kind of ['number', 'clock', 'ordinal', 'percent']) conflicts.push(...conflictsOfKind(context, pair, sides, kind, clockTimes));
  // One language writes a rank as an ordinal where another writes the cardinal (`de 89ste minuut` /
  // `menit ke 89`, `الدقيقة 89`; `125-й вулиці` / `شارع 125`): when that is the one leftover in digits
  // on each side, and the two look alike, the rank was changed.
  if (conflicts.length === 0) {
    const ranks = (items: readonly Leftover[]) =>
      items.filter((x) => !isSpelled(x.anchor) && otherKindValue(x.anchor) !== undefined && ['number', 'ordinal'].includes(countKind(x.anchor)));
    const [a, b] = [ranks(unmatchedA), ranks(unmatchedB)];
    if (a.length === 1 && b.length === 1 && countKind(a[0]!.anchor) !== countKind(b[0]!.anchor) && lookAlike(a[0]!.anchor, b[0]!.anchor) && !otherTimeUnits(context, pair, a[0]!, b[0]!)) {
      conflicts.push({ a: a[0]!, b: b[0]! });
    }
  }
  if (conflicts.length === 0) {
    const displaced = displacedConflicts(context, pair, { unmatched: unmatchedA, counts: sides.countsA }, { unmatched: unmatchedB, counts: sides.countsB });
    conflicts.push(...displaced.filter(({ a, b }) => plausiblySame(context, pair, a, b) && !otherTimeUnits(context, pair, a, b)));
  }
  return { conflicts, unmatchedA, unmatchedB };
}

/** The counts of a link's two sides: every anchor, the counts, the figures inside codes, and the counts left unexplained. */
interface LinkCounts {
  sideA: Array<{ anchor: Anchor; sentence: number }>;
  sideB: Array<{ anchor: Anchor; sentence: number }>;
  countsA: Leftover[];
  countsB: Leftover[];
  codesA: Set<number>;
  codesB: Set<number>;
  /** Counts of each side the other side neither states nor converts. */
  unmatchedA: Leftover[];
  unmatchedB: Leftover[];
}

/** The counts of both sides of a link, and those the other side leaves unexplained (see {@link LinkCounts}). */
function linkCounts(context: RuleContext, pair: SentencePair): LinkCounts {
  const sideA = anchorsOfSentences(context, pair.a.document, pair.a.sentences);
  const sideB = anchorsOfSentences(context, pair.b.document, pair.b.sentences);
  // A figure the other side states converted (10 inches / 25 cm, 40 miles / 65 km) has its partner: it
  // takes no part in pairing the leftovers, or "10 بوصات" would meet "15 cm" beside "25 cm".
  // A figure the other side writes inside a code (`G20`, `F-16`) is the one this side spells out in
  // the name (`مجموعة العشرين`): its partner, though no anchor.
  const [codesA, codesB] = [numbersInCodes(context, pair.a), numbersInCodes(context, pair.b)];
  const [unitsOfA, unitsOfB] = [unitReader(context, pair.a.document), unitReader(context, pair.b.document)];
  const leftA = unmatchedCounts(sideA, sideB, false, { own: unitsOfA, other: unitsOfB }).filter((x) => !codesB.has(x.anchor.numeric));
  const leftB = unmatchedCounts(sideB, sideA, false, { own: unitsOfB, other: unitsOfA }).filter((y) => !codesA.has(y.anchor.numeric));
  const convertedIn = (x: Leftover, xDocument: number, others: readonly Leftover[], otherDocument: number) =>
    others.some((y) => sameValueWrittenDifferently(placed(context, xDocument, x), placed(context, otherDocument, y)));
  // Its partner may also be a figure equal to one of this side's in another unit ("2 tot 10 cm" beside
  // "1 إلى 4 بوصات" and "2 إلى 3 بوصات": the 2 inches are the 5 cm), so every count of the other side is asked.
  const countsA = sideA.filter((x) => isCount(x.anchor)) as Leftover[];
  const countsB = sideB.filter((x) => isCount(x.anchor)) as Leftover[];
  // A count already paired by its equal value stays a partner only when the pairing joined two units
  // ("2 بوصات" with "2 cm"): "60 Fuß" paired with "60 pieds" explains no "19,29 m" beside it.
  const unitsOf = (counts: readonly Leftover[], document: number) => counts.map((c) => ({ value: countValue(c.anchor), unit: unitOf(placed(context, document, c)) }));
  const [unitsA, unitsB] = [unitsOf(countsA, pair.a.document), unitsOf(countsB, pair.b.document)];
  const partners = (counts: readonly Leftover[], units: ReturnType<typeof unitsOf>, left: readonly Leftover[], otherUnits: ReturnType<typeof unitsOf>) =>
    counts.filter((c, i) => left.some((l) => l.anchor === c.anchor) || otherUnits.some((o) => o.value === units[i]!.value && o.unit !== undefined && units[i]!.unit !== undefined && o.unit !== units[i]!.unit));
  const weigh = leftA.length * countsB.length + leftB.length * countsA.length <= maxConversionPairs;
  const partnersB = weigh ? partners(countsB, unitsB, leftB, unitsA) : [];
  const partnersA = weigh ? partners(countsA, unitsA, leftA, unitsB) : [];
  // A leftover that only a figure in another unit explains, with a leftover of the other side in its own
  // unit one digit apart, is that figure changed, not a conversion: "208 миль (322 км)" against "200 mijl"
  // is 208 against 200 ("6000 m" rounded like "6100 m" is no conversion across units).
  const slipIn = (x: Leftover, xDocument: number, others: readonly Leftover[], otherDocument: number, partners: readonly Leftover[]) => {
    const here = placed(context, xDocument, x);
    const unit = unitOf(here);
    const sameUnitPartners = partners.filter((y) => unitOf(placed(context, otherDocument, y)) === unit);
    return (
      unit !== undefined &&
      !convertedIn(x, xDocument, sameUnitPartners, otherDocument) &&
      others.some((y) => {
        const there = placed(context, otherDocument, y);
        // "322 км" against "320 km": one distance rounded two ways, no slip.
        return digitSlip(x.anchor, y.anchor) && unitOf(there) === unit && !sameValueWrittenDifferently(here, there);
      })
    );
  };
  const unmatchedA = weigh ? leftA.filter((x) => !convertedIn(x, pair.a.document, partnersB, pair.b.document) || slipIn(x, pair.a.document, leftB, pair.b.document, partnersB)) : leftA;
  const unmatchedB = weigh ? leftB.filter((y) => !convertedIn(y, pair.b.document, partnersA, pair.a.document) || slipIn(y, pair.b.document, leftA, pair.a.document, partnersA)) : leftB;
  return { sideA, sideB, countsA, countsB, codesA, codesB, unmatchedA, unmatchedB };
}

/** The conflicts among the unexplained counts of one kind (`number`, `clock`, `ordinal`, `percent`; see `pairingKind`). */
function conflictsOfKind(context: RuleContext, pair: SentencePair, sides: LinkCounts, kind: string, clockTimes: { inA: boolean; inB: boolean }): Array<{ a: Leftover; b: Leftover }> {
  const a = sides.unmatchedA.filter((x) => pairingKind(context, pair.a.document, x, clockTimes.inB) === kind);
  const b = sides.unmatchedB.filter((x) => pairingKind(context, pair.b.document, x, clockTimes.inA) === kind);
  if (a.length === 1 && b.length === 1) {
    return plausiblySame(context, pair, a[0]!, b[0]!) && !otherTimeUnits(context, pair, a[0]!, b[0]!) ? [{ a: a[0]!, b: b[0]! }] : [];
  }
  const bound = rangeAgainstWordRange(context, pair, a, b);
  if (bound !== undefined) return plausiblySame(context, pair, bound.a, bound.b) ? [bound] : [];
  // Several leftovers: pair two only when each is the other's one look-alike (same way of writing,
  // same number of digits, same first digit), as "1845" left over against "1849", or the one count of
  // the same thing written the same way ("9 cm" against "12 pouces" and "4 cm").
  const found = pairLookAlikes(context, pair, a, b);
  if (found.length > 0) return found;
  // As many leftovers on each side, each written like the one in the same place on the other side:
  // the translation changed them in order ("sechs Bergsteigern und acht Wissenschaftlern" against
  // "cinq alpinistes et deux scientifiques"; the first is a part after "outre", so at most info).
  if (a.length >= 2 && a.length === b.length && a.length <= 3 && a.every((x, i) => lookAlike(x.anchor, b[i]!.anchor) && !otherTimeUnits(context, pair, x, b[i]!))) {
    return a.map((x, i) => ({ a: x, b: b[i]! }));
  }
  return kind === 'number' ? numberWordConflict(context, pair, sides) : [];
}

/**
 * A range one side writes with a dash against the range the other writes with a word (`1–10,2 см` /
 * `5 tot 10 cm`), which the reader took for two figures: the range and the figure of the bound that
 * differs are the conflict, the lower bound first.
 */
function rangeAgainstWordRange(context: RuleContext, pair: SentencePair, a: readonly Leftover[], b: readonly Leftover[]): { a: Leftover; b: Leftover } | undefined {
  const range = (xs: readonly Leftover[]) => (xs.length === 1 && xs[0]!.anchor.type === 'number' && xs[0]!.anchor.upper !== undefined ? xs[0] : undefined);
  const wordRange = (xs: readonly Leftover[], document: number) => {
    if (xs.length !== 2) return undefined;
    const [p, q] = [placed(context, document, xs[0]!), placed(context, document, xs[1]!)];
    if (p.rangeWith !== q.anchor.numeric || q.rangeWith !== p.anchor.numeric) return undefined;
    return p.anchor.numeric <= q.anchor.numeric ? [xs[0]!, xs[1]!] : [xs[1]!, xs[0]!];
  };
  const partnerOf = (whole: Leftover, figures: Leftover[]) => (whole.anchor.numeric === figures[0]!.anchor.numeric ? figures[1]! : figures[0]!);
  const [rangeA, rangeB] = [range(a), range(b)];
  const [wordsA, wordsB] = [wordRange(a, pair.a.document), wordRange(b, pair.b.document)];
  if (rangeA !== undefined && wordsB !== undefined) return { a: rangeA, b: partnerOf(rangeA, wordsB) };
  if (rangeB !== undefined && wordsA !== undefined) return { a: partnerOf(rangeB, wordsA), b: rangeB };
  return undefined;
}

/**
 * A number word stands for a number word: "vier Höhenzahlen - 2 Die Alpen" (a footnote) against
 * "deux altitudes" is four against two, although the footnote's 2 matches the value.
 */
function numberWordConflict(context: RuleContext, pair: SentencePair, { sideA, sideB, codesA, codesB }: LinkCounts): Array<{ a: Leftover; b: Leftover }> {
  // Only a count in words below a scale word: "två miljoner" and "2 juta" write one amount two
  // ways (a scaled amount's first figure is in words or digits as the writer likes).
  const smallWord = (x: Leftover) => isSpelled(x.anchor) && x.anchor.numeric < scaleWordStart && countKind(x.anchor) === 'number';
  const wordsA = unmatchedCounts(sideA, sideB, true).filter((x) => smallWord(x) && !codesB.has(x.anchor.numeric));
  const wordsB = unmatchedCounts(sideB, sideA, true).filter((y) => smallWord(y) && !codesA.has(y.anchor.numeric));
  // Unless one of the words is the other side's figure in digits, with the same unit of time after
  // both ("tio år" / "10 tahun" beside "tiga orang anak"): that word has its partner.
  const explained = (word: Leftover, document: number, other: typeof sideA, otherDocument: number) => {
    const unit = unitAfter(context, document, word);
    return unit !== undefined && other.some((o) => isCount(o.anchor) && countValue(o.anchor) === countValue(word.anchor) && unitAfter(context, otherDocument, o as Leftover) === unit);
  };
  if (
    wordsA.length === 1 && wordsB.length === 1 && !otherTimeUnits(context, pair, wordsA[0]!, wordsB[0]!) &&
    !explained(wordsA[0]!, pair.a.document, sideB, pair.b.document) && !explained(wordsB[0]!, pair.b.document, sideA, pair.a.document)
  ) {
    return [{ a: wordsA[0]!, b: wordsB[0]! }];
  }
  return [];
}

export type Leftover = { anchor: CountAnchor; sentence: number };

/**
 * The kind a leftover pairs by: against a clock time left over on the other side (`15:00`), an hour with
 * a clock word by it (`pukul 5 sore`, `3 p.m.`, `klockan fem`, and the ordinal hours of Arabic and
 * Ukrainian, `الساعة الثالثة`, `о третій годині`) is a clock time too; as a bare number or an ordinal it
 * would never meet that time, and a changed hour would go unseen. With no clock time across, it stays a
 * number: clock words also count hours (`5 uur`, `3 jam`, `21 km per uur`), and two versions that both
 * write the hour so pair it as the number it is.
 */
function pairingKind(context: RuleContext, document: number, item: Leftover, clockTimeAcross: boolean): string {
  const kind = countKind(item.anchor);
  if (!clockTimeAcross || (kind !== 'number' && kind !== 'ordinal')) return kind;
  return Number.isInteger(item.anchor.numeric) && item.anchor.numeric <= lastClockHour && isClockHour(placed(context, document, item)) ? 'clock' : kind;
}

/** The last hour a clock word may stand by (`24 uur` is a day). */
const lastClockHour = 23;

/** The unit of time or measure written with a count of one side, as a key (see {@link unmatchedCounts}). */
type UnitReader = (item: Leftover) => string | undefined;

/** A reader of the units after the counts of one document: a unit of time, else a unit of measure. */
function unitReader(context: RuleContext, document: number): UnitReader {
  return (item) => {
    const unit = unitOf(placed(context, document, item));
    return unitAfter(context, document, item) ?? (unit === undefined ? undefined : `${unit.dimension}:${unit.factor}`);
  };
}

/** Letters, an optional hyphen, then digits, with no space: the figure of a code (`G20`, `F-16`, `A380`). */
const codeFigure = /\p{L}-?([0-9]+)/gu;

/** The figures written inside codes in one side's linked sentences (`G20` → 20). */
function numbersInCodes(context: RuleContext, side: SentencePair['a']): Set<number> {
  const numbers = new Set<number>();
  for (const s of side.sentences) {
    for (const match of context.documents[side.document]!.sentences[s]!.text.matchAll(codeFigure)) numbers.add(Number(match[1]));
  }
  return numbers;
}

/** Most leftover pairs looked at for conversions in one link (a table row of figures is no statement). */
const maxConversionPairs = 400;

/** Most leftover pairs weighed against each other in one link. */
const maxLeftoverPairs = 40_000;

/** Leftovers that are each other's one look-alike, narrowed by what follows and precedes each number. */
function pairLookAlikes(context: RuleContext, pair: SentencePair, a: readonly Leftover[], b: readonly Leftover[]): Array<{ a: Leftover; b: Leftover }> {
  const conflicts: Array<{ a: Leftover; b: Leftover }> = [];
  // A sentence with thousands of unexplained counts is no statement to compare count by count.
  if (a.length * b.length > maxLeftoverPairs) return conflicts;
  const readings: LinkReadings = { a: new LeftoverReadings(context, pair.a), b: new LeftoverReadings(context, pair.b), sameNoun: sameNounReader(context) };
  const otherUnits = (x: Leftover, y: Leftover) => {
    const [unitX, unitY] = [readings.a.unit(x), readings.b.unit(y)];
    return unitX !== undefined && unitY !== undefined && unitX !== unitY;
  };
  // "Lager 8" against "camp I": both number an instance of something, however they are written.
  const alike = (x: Leftover, y: Leftover) =>
    (lookAlike(x.anchor, y.anchor) || (sameDigitCount(x.anchor, y.anchor) && readings.sameNoun(readings.a.noun(x), readings.b.noun(y))) || (readings.a.numbered(x) && readings.b.numbered(y))) &&
    !otherUnits(x, y);
  for (const x of a) {
    const partners = nearestOfOneValue(readings, narrowCandidates(readings, b.filter((y) => alike(x, y)), x, true), x, true);
    if (partners.length !== 1) continue;
    const y = partners[0]!;
    const back = nearestOfOneValue(readings, narrowCandidates(readings, a.filter((z) => alike(z, y)), y, false), y, false);
    if (back.length === 1 && back[0] === x) conflicts.push({ a: x, b: y });
  }
  return conflicts;
}

/** `compute` remembered per leftover. */
function memo<T>(compute: (item: Leftover) => T): (item: Leftover) => T {
  const cache = new Map<Leftover, T>();
  return (item) => {
    if (!cache.has(item)) cache.set(item, compute(item));
    return cache.get(item)!;
  };
}

/** What stands around each leftover of one side of a link, worked out once (the pairing compares many of them). */
class LeftoverReadings {
  /** The word after it (see `nounAfter`). */
  readonly noun: (item: Leftover) => string | undefined;
  /** The anchor right before it (see `anchorBefore`). */
  readonly before: (item: Leftover) => string | undefined;
  /** The unit of time after it (see `unitAfter`). */
  readonly unit: (item: Leftover) => string | undefined;
  /** Whether it numbers an instance (see `numbersAnInstance`). */
  readonly numbered: (item: Leftover) => boolean;
  /** Its place in the link's text (see `placeInLink`). */
  readonly place: (item: Leftover) => number;
  constructor(context: RuleContext, side: SentencePair['a']) {
    this.noun = memo((x) => nounAfter(context, side.document, x));
    this.before = memo((x) => anchorBefore(context, side.document, x));
    this.unit = memo((x) => unitAfter(context, side.document, x));
    this.numbered = memo((x) => numbersAnInstance(context, side.document, x));
    this.place = memo((x) => placeInLink(context, side, x));
  }
}

/** Both sides' readings, and whether two nouns after counts (side a's first) are one noun. */
interface LinkReadings {
  a: LeftoverReadings;
  b: LeftoverReadings;
  sameNoun: (x: string | undefined, y: string | undefined) => boolean;
}

/** {@link sameNoun}, remembered per pair of words; false when either is missing. */
function sameNounReader(context: RuleContext): LinkReadings['sameNoun'] {
  const cache = new Map<string, boolean>();
  return (x, y) => {
    if (x === undefined || y === undefined) return false;
    const key = `${x}\u0000${y}`;
    let same = cache.get(key);
    if (same === undefined) cache.set(key, (same = sameNoun(context, x, y)));
    return same;
  };
}

/**
 * The candidates among `items` (of the other side) left for `target` (of side a when `targetIsA`),
 * narrowed step by step, each step only while more than one candidate is left:
 * a unit of time after the number ("Zehn Stunden" against "deux jours" and "six heures" is the hours;
 * "vier Zacken", with none, is not "Deux jours");
 * a number of an instance against one ("Lager 8 ( 5100 m )" / "camp I … 5100 m" against "6000 m");
 * the same noun after it ("8 Rupies" / "3 roupies", "9 cm" / "4 cm");
 * the same anchor right before it ("Lager II ( 6702 m )" / "camp II , 6700 m" against "Lager I ( 6000 m )");
 * a slip of one digit: "6703" against "6000" and "6700" is the "6700" with a digit changed (or two
 * neighbouring digits swapped), the one mistake a copy or a translation makes.
 */
function narrowCandidates(readings: LinkReadings, items: Leftover[], target: Leftover, targetIsA: boolean): Leftover[] {
  const [own, other] = targetIsA ? [readings.a, readings.b] : [readings.b, readings.a];
  const unit = own.unit(target);
  let left = items;
  if (left.length > 1 && unit !== undefined) left = left.filter((item) => other.unit(item) === unit);
  const steps: Array<(item: Leftover) => boolean> = [
    (item) => unit !== undefined || other.unit(item) === undefined,
    (item) => (targetIsA ? readings.a.numbered(target) === readings.b.numbered(item) : readings.a.numbered(item) === readings.b.numbered(target)),
    (item) => (targetIsA ? readings.sameNoun(readings.a.noun(target), readings.b.noun(item)) : readings.sameNoun(readings.a.noun(item), readings.b.noun(target))),
    (item) => {
      const before = own.before(target);
      return before !== undefined && before === other.before(item);
    },
    (item) => digitSlip(item.anchor, target.anchor),
    // A translation keeps the order of what it says: the one leftover at about the same place.
    (item) => Math.abs(own.place(target) - other.place(item)) <= samePlaceShare,
  ];
  for (const step of steps) {
    if (left.length <= 1) break;
    const kept = left.filter(step);
    if (kept.length > 0) left = kept;
  }
  return left;
}

/**
 * Candidates left that all give one value are one answer ("unggul enam poin dan sekarang enam" against
 * "fyra": the six that was four is either six): the one nearest in place stands for them.
 */
function nearestOfOneValue(readings: LinkReadings, items: Leftover[], target: Leftover, targetIsA: boolean): Leftover[] {
  if (items.length <= 1 || items.some((item) => countValue(item.anchor) !== countValue(items[0]!.anchor))) return items;
  const [own, other] = targetIsA ? [readings.a, readings.b] : [readings.b, readings.a];
  const here = own.place(target);
  const distance = (item: Leftover) => Math.abs(other.place(item) - here);
  return [items.reduce((best, item) => (distance(item) < distance(best) ? item : best))];
}

/** How far apart (as a share of the linked text) two counts may stand and still be at one place. */
const samePlaceShare = 0.15;

/** The word right after a count, as a key that compares across languages (`Rupies`/`roupies`, `cm`/`cm`). */
function nounAfter(context: RuleContext, document: number, item: Leftover): string | undefined {
  const s = context.documents[document]!.sentences[item.sentence]!;
  const word = wordAfter(s.text, item.anchor.end - s.start);
  if (word === undefined) return undefined;
  // Unit symbols are written alike in every language; longer words are compared by their name keys.
  if (word.word.length <= 3) return `=${word.word.toLowerCase()}`;
  return context.entityKey(word.word, langOf(context, document));
}

function sameNoun(context: RuleContext, x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith('=') || y.startsWith('=') || x.length < 4 || y.length < 4) return false;
  return context.nameSimilarity(x, y) >= sameNameSimilarity;
}

/** The value of the anchor right before a count in its sentence (`II` in `Lager II ( 6702 m )`). */
function anchorBefore(context: RuleContext, document: number, item: Leftover): string | undefined {
  const anchors = context.anchors[document]?.[item.sentence] ?? [];
  const low = firstStartingAt(anchors, item.anchor.start);
  return low > 0 && anchors[low] === item.anchor ? `${anchors[low - 1]!.type}:${anchors[low - 1]!.value}` : undefined;
}

/** Whether a count numbers an instance of a noun (`Lager 3`, `camp IV`, `chapitre 2`): the word before it says. */
function numbersAnInstance(context: RuleContext, document: number, item: Leftover): boolean {
  const s = context.documents[document]!.sentences[item.sentence]!;
  const word = wordBefore(s.text, item.anchor.start - s.start);
  return word !== undefined && isNumberedNoun(foldWord(word.word));
}

/** Two counts in digits with as many digits, or two number words. */
function sameDigitCount(x: CountAnchor, y: CountAnchor): boolean {
  if (isSpelled(x) || isSpelled(y)) return isSpelled(x) && isSpelled(y);
  return String(Math.trunc(x.numeric)).length === String(Math.trunc(y.numeric)).length;
}

/** The unit of time written right after a count, if any. */
export function unitAfter(context: RuleContext, document: number, item: { anchor: CountAnchor; sentence: number }): string | undefined {
  const s = context.documents[document]!.sentences[item.sentence]!;
  const after = timeUnitAfter(s.text, item.anchor.end - s.start);
  if (after !== undefined || item.anchor.type !== 'number' || !item.anchor.spelledOut) return after;
  // A dual names its unit in its own word (`يومين`, "two days").
  const lang = context.documents[document]!.lang;
  return dualNounsOf(item.anchor.text, lang).map(timeUnitOf).find((unit) => unit !== undefined);
}

/**
 * Whether two counts are durations in different units that convert ("zwei Wochen" / "quinze jours"):
 * a conversion, not a conflict. Durations that do not convert ("п'ять тижнів" / "ستة أيام") disagree.
 */
export function otherTimeUnits(
  context: RuleContext,
  pair: SentencePair,
  a: { anchor: CountAnchor; sentence: number },
  b: { anchor: CountAnchor; sentence: number },
): boolean {
  const unitA = unitAfter(context, pair.a.document, a);
  const unitB = unitAfter(context, pair.b.document, b);
  return unitA !== undefined && unitB !== undefined && unitA !== unitB && durationsConvert(a.anchor.numeric, unitA, b.anchor.numeric, unitB);
}

/** The smallest value written with a scale word (thousand, million, `ribu`, `ألف`). */
const scaleWordStart = 1000;

/** Largest count in digits that a small number word ("four members") may stand for. */
const smallWordLimit = 20;

/**
 * A count in words is small ("four members"); against a large number in digits ("n° 57") it is another
 * fact, not a changed one. A large number in words (`шістдесят`, `anderhalf miljoen`) is written out
 * as digits elsewhere, and a word and digits with one unit of measure after both ("вісьмох сантиметрів"
 * / "60 cm") measure one thing.
 */
function plausiblySame(context: RuleContext, pair: SentencePair, a: Leftover, b: Leftover): boolean {
  const [x, y] = [a.anchor, b.anchor];
  const [spelledX, spelledY] = [isSpelled(x), isSpelled(y)];
  if (spelledX === spelledY) return true;
  const [word, digits] = spelledX ? [x, y] : [y, x];
  if (digits.numeric <= smallWordLimit || word.numeric > smallWordLimit) return true;
  const unitA = unitOf(placed(context, pair.a.document, a));
  return unitA !== undefined && unitA === unitOf(placed(context, pair.b.document, b));
}
