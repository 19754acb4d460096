// count-mismatch: linked sentences give the same counted thing different values.
import type { Anchor } from '../../types.js';
import { holdsWords } from '../../lang/registry.js';
import {
  anchorsOfSentences,
  confidentLinkIndex,
  confidentPairs,
  countValue,
  figuresShared,
  isCount,
  langOf,
  linkedElsewhere,
  listLanguages,
  minVersionsForDirectLinks,
  type CountAnchor,
} from '../links.js';
import { groupBy } from '../group.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { type Observation, voteOutliers } from '../vote.js';
import { valuesStated } from '../stated-elsewhere.js';
import { fahrenheitLeftUnsaid, isClockHour, largestConversionFactor, placed, type PlacedCount, sameValueWrittenDifferently, unitOf, wordFollows } from '../measures.js';
import { isClockTime } from '../deps.js';
import { countConflicts, isEnumerator, isPart, type Leftover, otherKindValue, unitAfter } from '../count-pairing.js';
import { crossLinkWordConflicts, mentionedAround } from '../across-links.js';

/** Evidence of a vote among several versions: the outlier and at least two others. */
const minEvidenceForVote = 3;

/** The count-mismatch rule. */
export const countMismatch: Rule = {
  id: 'count-mismatch',
  defaultSeverity: 'error',
  description: 'Linked sentences give the same counted thing different values ("29 agreements" vs "12 agreements").',
  run(context) {
    const pairs = confidentPairs(context);
    const index = confidentLinkIndex(context);
    const findings: FindingsSoFar = { byOutlier: new Map(), answered: new Set() };
    // A conflict read across two neighbouring links rests on a boundary the aligner did not draw: among
    // three versions or more a changed figure shows in the direct links too, so this one is worth a look.
    const acrossIsWeak = context.documents.length >= minVersionsForDirectLinks;
    const work = [
      ...pairs.map((pair) => ({ pair, conflicts: countConflicts(context, pair).conflicts, across: false })),
      ...crossLinkWordConflicts(context, pairs).map((found) => ({ ...found, across: true })),
    ];
    for (const { pair, conflicts, across } of work) {
      const surroundings = new LinkSurroundings(context, pair);
      for (const { a, b } of conflicts) {
        const judged = judgeConflict(context, index, surroundings, a, b);
        if (judged !== undefined) recordOutliers(context, findings, judged, across && acrossIsWeak, acrossIsWeak);
      }
    }
    return [...findings.byOutlier.values()];
  },
};

/** Findings so far, by the outlier's first evidence, and the disagreements already answered. */
interface FindingsSoFar {
  byOutlier: Map<string, RawFinding>;
  // One disagreement, one finding: the other versions' figures answer one outlier of a value once,
  // even when a joined pair of links ("9 Lager" / "neuf camps" next to "6 Lagern" / "six camps")
  // offers a second same-valued outlier against them.
  answered: Set<string>;
}

/** What each version states around one link depends on the link only: worked out once, when needed. */
class LinkSurroundings {
  #aroundA: Set<number> | undefined;
  #aroundB: Set<number> | undefined;
  #countsA: PlacedCount[] | undefined;
  #countsB: PlacedCount[] | undefined;
  constructor(
    readonly context: RuleContext,
    readonly pair: SentencePair,
  ) {}
  /** Figures side a states in the sentences around the link (see `mentionedAround`). */
  get aroundA(): Set<number> {
    return (this.#aroundA ??= mentionedAround(this.context, this.pair, this.pair.a, this.pair.b));
  }
  get aroundB(): Set<number> {
    return (this.#aroundB ??= mentionedAround(this.context, this.pair, this.pair.b, this.pair.a));
  }
  /** The counts of side a of the link, placed in their sentences. */
  get countsA(): PlacedCount[] {
    return (this.#countsA ??= sideCounts(this.context, this.pair.a));
  }
  get countsB(): PlacedCount[] {
    return (this.#countsB ??= sideCounts(this.context, this.pair.b));
  }
}

/** One conflict of a link: the two figures, placed in their sentences, with the unit after each. */
interface Conflict {
  pair: SentencePair;
  a: Leftover;
  b: Leftover;
  placedA: PlacedCount;
  placedB: PlacedCount;
  unitA: ReturnType<typeof unitOf>;
  unitB: ReturnType<typeof unitOf>;
}

/** A figure of a version outside the link, linked to it. */
interface OtherCount {
  document: number;
  item: Leftover;
  placed: PlacedCount;
}

/** A conflict past the excuses, with the unit of time after each figure (see `unitAfter`). */
interface TimedConflict extends Conflict {
  /** Both figures are measures, in two different units (see {@link acrossUnits}). */
  inTwoUnits: boolean;
  timeA: string | undefined;
  timeB: string | undefined;
}

/** A conflict no excuse explains: the votes on it and the doubts that demote what it finds. */
interface JudgedConflict {
  conflict: TimedConflict;
  observations: Observation[];
  /** A hedge or a part on one side leaves the difference in doubt. */
  qualified: boolean;
  /** A third version gives the measure yet another figure. */
  scattered: boolean;
}

/** The conflict of figures `a` and `b` across the link of `surroundings`, unless it is one value written two ways or a reading of ours. */
function judgeConflict(context: RuleContext, index: ReturnType<typeof confidentLinkIndex>, surroundings: LinkSurroundings, a: Leftover, b: Leftover): JudgedConflict | undefined {
  const { pair } = surroundings;
  if (pair.mode === 'comparable' && !figuresShared(context, pair, new Set<Anchor>([a.anchor, b.anchor]))) return undefined;
  const [placedA, placedB] = [placed(context, pair.a.document, a), placed(context, pair.b.document, b)];
  // The unit after each figure, read from the text once per conflict.
  const conflict: Conflict = { pair, a, b, placedA, placedB, unitA: unitOf(placedA), unitB: unitOf(placedB) };
  if (oneValueBetweenSides(conflict)) return undefined;
  // A figure in a language whose percent words we do not read (`50 процентов`, `50 phần trăm`) that the
  // other side gives with its percent sign is that percentage: no partner for the other side's other figures.
  if (percentLeftUnread(placedA, surroundings.countsB) || percentLeftUnread(placedB, surroundings.countsA)) return undefined;
  const otherCounts = countsLinkedElsewhere(context, index, pair);
  if (explainedByOthers(context, conflict, otherCounts, surroundings)) return undefined;
  // Between separate articles, figures in two units ("3 tot 5 cm" / "3 إلى 6 بوصات") are each
  // article's own measure, converted and rounded its own way, or two measures of two places: no
  // conversion tells a changed one from another.
  const inTwoUnits = acrossUnits(conflict);
  if (inTwoUnits && pair.mode === 'comparable') return undefined;
  const timed: TimedConflict = { ...conflict, inTwoUnits, timeA: unitAfter(context, pair.a.document, a), timeB: unitAfter(context, pair.b.document, b) };
  return {
    conflict: timed,
    observations: votesOn(context, timed, otherCounts, surroundings),
    qualified: inDoubt(context, timed),
    // A third version gives the measure yet another figure: translators rounding one conversion
    // their own ways, where no majority can name the one that is wrong.
    scattered: scatteredElsewhere(context, pair, placedA, placedB, otherCounts),
  };
}

/** Whether the two figures of a conflict are one value written two ways, or one side's figure went unread. */
function oneValueBetweenSides({ a, b, placedA, placedB, unitA, unitB }: Conflict): boolean {
  // A converted measure, a clock time in 12 and 24 hours, a century: one value written two ways.
  if (sameValueWrittenDifferently(placedA, placedB)) return true;
  // A figure written in words against a version whose number words we cannot read: that version's own
  // word went unread, and the figure it was paired with counts something else (`tháng 6`, June).
  if (wordAgainstUnreadWords(placedA, placedB) || wordAgainstUnreadWords(placedB, placedA)) return true;
  // A measure or a time of day against a figure in a language whose unit and clock words we do not
  // hold, a word after it: that word may be another unit (`385 dặm`, miles, against `620 km`; `7 giờ
  // tối`, 7 p.m., against `19 u`).
  const measured = (count: PlacedCount, unit: unknown) => unit !== undefined || isClockTime(count.anchor) || isClockHour(count);
  const convertible = Math.max(a.anchor.numeric, b.anchor.numeric) <= largestConversionFactor * Math.max(Math.min(a.anchor.numeric, b.anchor.numeric), 1);
  return convertible && ((unitA === undefined && measured(placedB, unitB) && unitLeftUnread(placedA)) || (unitB === undefined && measured(placedA, unitA) && unitLeftUnread(placedB)));
}

/** The counts of the sentences other versions link to the pair's. */
function countsLinkedElsewhere(context: RuleContext, index: ReturnType<typeof confidentLinkIndex>, pair: SentencePair): OtherCount[] {
  const elsewhere = linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]));
  const counts: OtherCount[] = [];
  for (const [document, sentences] of elsewhere) {
    for (const item of anchorsOfSentences(context, document, sentences)) {
      if (!isCount(item.anchor)) continue;
      const leftover = item as Leftover;
      counts.push({ document, item: leftover, placed: placed(context, document, leftover) });
    }
  }
  return counts;
}

/** Whether the other versions' figures, or each side's own sentences around the link, explain the conflict away. */
function explainedByOthers(context: RuleContext, conflict: Conflict, otherCounts: readonly OtherCount[], surroundings: LinkSurroundings): boolean {
  const { pair, a, b, placedA, placedB, unitA, unitB } = conflict;
  // A figure one version gives without its unit ("80s") that another version gives with one
  // ("80 درجة") converting to the other side's figure ("30 °C"): one value, the unit left out.
  const withUnit = (value: string, other: PlacedCount) => otherCounts.some((c) => countValue(c.item.anchor) === value && sameValueWrittenDifferently(c.placed, other));
  if ((unitA === undefined && withUnit(countValue(a.anchor), placedB)) || (unitB === undefined && withUnit(countValue(b.anchor), placedA))) return true;
  // Or the bare figure is the other side's temperature in °F ("80s" / "27 градусів Цельсія").
  if (fahrenheitLeftUnsaid(placedA, placedB) || fahrenheitLeftUnsaid(placedB, placedA)) return true;
  // Another version states both figures, each as often as the side that keeps it ("match four …
  // two down after two" against "إلى أربعة … بعد اثنين" and "dua lawan dua"): each side left out a
  // figure the other keeps, and neither changed one.
  if (bothKeptElsewhere(context, pair, a.anchor, b.anchor, otherCounts)) return true;
  // The other version states the value a few sentences away: the link is off, not the fact.
  return surroundings.aroundB.has(a.anchor.numeric) || surroundings.aroundA.has(b.anchor.numeric);
}

/** Whether the two figures are measures in two different units ("6 بوصات" / "25 см"). */
function acrossUnits({ unitA, unitB }: Conflict): boolean {
  return unitA !== undefined && unitB !== undefined && unitA !== unitB;
}

/** The two sides' figures, and each other version's linked figure that states one of them. */
function votesOn(context: RuleContext, conflict: TimedConflict, otherCounts: readonly OtherCount[], surroundings: LinkSurroundings): Observation[] {
  const { pair, a, b, placedA, placedB, timeA, timeB, inTwoUnits } = conflict;
  const [valueA, valueB] = [countValue(a.anchor), countValue(b.anchor)];
  const observations: Observation[] = [
    { value: valueA, evidence: evidenceOf(pair.a.document, a) },
    { value: valueB, evidence: evidenceOf(pair.b.document, b) },
  ];
  // Two figures in different units ("6 بوصات" / "25 см") pair as a conflict only for want of a better
  // partner: a figure of another version that converts a figure one side states elsewhere in the
  // link, one the other side leaves without partner ("25 cm" beside "… 10 بوصات" where the partner's
  // "7–10 см" took the 10 as a bound), is that figure's partner and votes for neither.
  // Both sides count one unit of time: a count of another unit is another duration. (Sides in two
  // units, "5 أيام" / "8 veckor", leave the other versions' "5 weeks" to vote for its figure.)
  const otherTimeUnit = (c: OtherCount, time: string | undefined) => {
    const unit = time === undefined || timeA !== timeB ? undefined : unitAfter(context, c.document, c.item);
    return unit !== undefined && unit !== time;
  };
  for (const c of otherCounts) {
    // A rank the other version writes in the other kind ("89ste" for "89") votes for its figure.
    const own = countValue(c.item.anchor);
    const across = own === valueA || own === valueB || isEnumerator(c.item.anchor) ? undefined : otherKindValue(c.item.anchor);
    const value = across === valueA || across === valueB ? across! : own;
    if (
      inTwoUnits &&
      (value === valueB
        ? convertsUnpaired(c.placed, surroundings.countsA, a.anchor, surroundings.countsB)
        : value === valueA && convertsUnpaired(c.placed, surroundings.countsB, b.anchor, surroundings.countsA))
    )
      continue;
    // A figure equal to one side's but stating the other side's value in another unit ("2 feet"
    // beside "2 meter" and "60 cm") votes for neither.
    if (value === valueA ? sameValueWrittenDifferently(c.placed, placedB) : value === valueB && sameValueWrittenDifferently(c.placed, placedA)) continue;
    // The same digits in another unit ("2 inches" beside "2 cm", "vijf maanden" beside "lima tahun")
    // are another value.
    if (value === valueA ? !sameUnit(c.placed, placedA) : value === valueB && !sameUnit(c.placed, placedB)) continue;
    if (value === valueA ? otherTimeUnit(c, timeA) : value === valueB && otherTimeUnit(c, timeB)) continue;
    if (value === valueA || value === valueB) observations.push({ value, evidence: evidenceOf(c.document, c.item) });
    // In a translation, a figure in a third unit that converts one side's figure and not the other's
    // ("25,4 см" beside "10 inci" against "14 بوصات") states that side's value. Separate articles
    // convert and round each their own way (see judgeConflict).
    else if (pair.mode === 'parallel') {
      const [forA, forB] = [convertsAcrossUnits(c.placed, placedA), convertsAcrossUnits(c.placed, placedB)];
      if (forA !== forB) observations.push({ value: forA ? valueA : valueB, evidence: evidenceOf(c.document, c.item) });
    }
  }
  return observations;
}

/** Whether a hedge or a part on one side leaves the difference in doubt (what it finds is then `info`). */
function inDoubt(context: RuleContext, { pair, a, b, unitA, unitB, timeA, timeB }: TimedConflict): boolean {
  // Both figures hedged alike ("about 200" / "ongeveer 204") still state one figure: only a hedge on
  // one side, or a part of a larger count, leaves the difference in doubt.
  const sameHedge = a.anchor.type === 'number' && b.anchor.type === 'number' && a.anchor.relation !== 'exact' && a.anchor.relation === b.anchor.relation;
  // Between translations, a hedge on one side beside a figure of the same magnitude and leading
  // digit ("ongeveer 200" / "204") is a translator's wording around one figure that was changed;
  // a figure of another size may count something else ("about 300" / "600").
  const oneFigure = pair.mode === 'parallel' && sameLeadingFigure(a.anchor.numeric, b.anchor.numeric);
  // A part on one side only may count another thing than the whole on the other; parts on both sides
  // ("З них 70%" / "Daarvan 74 procent") count the same part.
  const partOnOneSide = isPart(context, pair.a.document, a.sentence, a.anchor) !== isPart(context, pair.b.document, b.sentence, b.anchor);
  const hedged = (anchor: CountAnchor) => anchor.type === 'number' && anchor.relation !== 'exact';
  // Between translations, one unit of measure after both ("upp till två meter" / "6 m hoog") says both
  // measure the one thing the sentence names, and a bound on one side ("up to", "at least") is the
  // translator's wording. Not "about": a converted measure is rounded ("ongeveer 30 meter" /
  // "ca. 27 Meter" for 30 yards).
  const bound = (anchor: CountAnchor) => anchor.type === 'number' && (anchor.relation === 'at-most' || anchor.relation === 'at-least');
  // So is one unit of time after both ("at least three days" / "frühestens in drei Tagen").
  const oneUnit = (unitA !== undefined && unitA === unitB) || (timeA !== undefined && timeA === timeB);
  const oneMeasure = pair.mode === 'parallel' && oneUnit && (bound(a.anchor) || bound(b.anchor)) && !(hedged(a.anchor) && hedged(b.anchor));
  // A bound the other figure lies beyond is no wording around one figure: "more than three months"
  // against "two months" (in one unit, or none) cannot both be right; "two weeks" may.
  const sameUnits = unitA === unitB && timeA === timeB;
  const contradicted = sameUnits && (boundExcludes(a.anchor, b.anchor) || boundExcludes(b.anchor, a.anchor));
  return partOnOneSide || (!(sameHedge || oneFigure || oneMeasure || contradicted) && (hedged(a.anchor) || hedged(b.anchor)));
}

/**
 * A finding for each outlier the vote on a judged conflict names, unless an earlier pair found it;
 * `weakAcross`: the conflict was read across two neighbouring links among three versions or more.
 */
function recordOutliers(context: RuleContext, findings: FindingsSoFar, judged: JudgedConflict, weakAcross: boolean, manyVersions: boolean): void {
  const { conflict, observations, qualified, scattered } = judged;
  const { pair, unitA, unitB } = conflict;
  for (const outlier of voteOutliers(observations, context.documents, { excuseVersionsStatingBoth: true })) {
    const first = outlier.evidence[0]!;
    const key = `${first.document}:${first.start}`;
    const answer = `${outlier.value}\u0000${outlier.evidence
      .slice(1)
      .map((e) => `${e.document}:${e.start}`)
      .join(' ')}`;
    // A finding left in doubt (a hedge on one side of the pair that found it) gives way to the same
    // outlier found through another pair without doubt: whichever pair comes first must not decide.
    const earlier = findings.byOutlier.get(key);
    const replaces = earlier !== undefined && earlier.severity === 'info' && !qualified;
    if ((earlier !== undefined && !replaces) || (findings.answered.has(answer) && !replaces)) continue;
    findings.answered.add(answer);
    const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
    const raw: RawFinding = {
      rule: 'count-mismatch',
      message: `${langOf(context, first.document)} gives ${outlier.value} where ${listLanguages(otherLangs)} give${otherLangs.length > 1 ? '' : 's'} ${outlier.others.join(' or ')} in the linked sentence${qualified ? ' (a hedged or partial count: check that both count the same thing)' : ''}.`,
      values: [outlier.value, ...outlier.others],
      evidence: outlier.evidence,
    };
    // Among three versions or more, two that disagree on a measure with no third stating either
    // figure have no majority to name the one that is wrong, and translators convert and round
    // measures their own ways (12 mph: 19.3 and 20 km/h; 200 miles: 300 and 320 km).
    const unvoted = manyVersions && outlier.evidence.length < minEvidenceForVote && (unitA !== undefined || unitB !== undefined);
    if (qualified || scattered || unvoted || weakAcross || (pair.mode === 'comparable' && statesTheOtherValueToo(context, outlier.evidence, outlier.others))) raw.severity = 'info';
    findings.byOutlier.set(key, raw);
  }
}

/**
 * Whether `bound`, a figure with a one-sided bound ("more than 3", "at least 3", "up to 3", "fewer than
 * 3"), excludes the figure `other` states exactly or approximately: `other` lies on the wrong side of it.
 * Ranges and hedges of both kinds on both sides are left alone.
 */
function boundExcludes(bound: CountAnchor, other: CountAnchor): boolean {
  if (bound.type !== 'number' || other.type !== 'number' || bound.upper !== undefined || other.upper !== undefined) return false;
  if (other.relation !== 'exact' && other.relation !== 'approximately') return false;
  if (bound.relation === 'more-than' || bound.relation === 'at-least') return other.numeric < bound.numeric;
  if (bound.relation === 'less-than' || bound.relation === 'at-most') return other.numeric > bound.numeric;
  return false;
}

/**
 * Whether the outlier's own sentence (`evidence[0]`) states the value the others give as often as one of
 * their sentences does ("4 points ahead with 12 to play" read as 12 against another article's 4): the
 * version keeps that figure, so what differs is which figure was paired with which, not a fact. Between
 * separate articles only: a translation pairs its figures by place, and a figure elsewhere in the
 * sentence there (a page number, the other score of a match) is another thing.
 */
function statesTheOtherValueToo(context: RuleContext, evidence: readonly EvidenceDraft[], others: readonly string[]): boolean {
  if (others.length !== 1) return false;
  const times = (e: EvidenceDraft) => valuesStated(context, 'count-mismatch', e.document, e.sentence)!.filter((value) => value === others[0]).length;
  const own = times(evidence[0]!);
  return own > 0 && evidence.slice(1).some((e) => times(e) <= own);
}

/**
 * Whether some other version's linked sentences state the value of `x` at least as often as pair side a
 * does and the value of `y` at least as often as side b does.
 */
function bothKeptElsewhere(context: RuleContext, pair: SentencePair, x: CountAnchor, y: CountAnchor, others: ReadonlyArray<{ document: number; item: Leftover }>): boolean {
  const times = (items: ReadonlyArray<{ anchor: Anchor }>, value: string) => items.filter((item) => isCount(item.anchor) && countValue(item.anchor) === value).length;
  const [valueX, valueY] = [countValue(x), countValue(y)];
  const needX = times(anchorsOfSentences(context, pair.a.document, pair.a.sentences), valueX);
  const needY = times(anchorsOfSentences(context, pair.b.document, pair.b.sentences), valueY);
  const byDocument = groupBy(others, (c) => c.document);
  for (const items of byDocument.values()) {
    const anchors = items.map((c) => c.item);
    if (times(anchors, valueX) >= needX && times(anchors, valueY) >= needY) return true;
  }
  return false;
}

/**
 * Whether another version's linked sentences give a measure of the same dimension as the two figures that
 * neither linked side explains (not its value, nor a conversion of one of its counts): three versions,
 * three figures (20, 12 and 7 degrees; 300 and 320 km beside 200 miles), so the vote has no majority.
 */
function scatteredElsewhere(
  context: RuleContext,
  pair: SentencePair,
  placedA: PlacedCount,
  placedB: PlacedCount,
  otherCounts: ReadonlyArray<{ item: Leftover; placed: PlacedCount }>,
): boolean {
  const [unitA, unitB] = [unitOf(placedA), unitOf(placedB)];
  if (unitA === undefined || unitB === undefined || unitA.dimension !== unitB.dimension) return false;
  const sides = [pair.a, pair.b].flatMap((side) =>
    anchorsOfSentences(context, side.document, side.sentences).flatMap((x) => (isCount(x.anchor) ? [placed(context, side.document, x as Leftover)] : [])),
  );
  return otherCounts.some((c) => {
    if (unitOf(c.placed)?.dimension !== unitA.dimension) return false;
    const value = countValue(c.item.anchor);
    return !sides.some((s) => countValue(s.anchor) === value || sameValueWrittenDifferently(c.placed, s));
  });
}

/** The counts of one side of a link, placed in their sentences. */
function sideCounts(context: RuleContext, side: SentencePair['a']): PlacedCount[] {
  return anchorsOfSentences(context, side.document, side.sentences).flatMap((x) => (isCount(x.anchor) ? [placed(context, side.document, x as Leftover)] : []));
}

/**
 * Whether `c` states in another unit a count of `own` (not `self`) whose value `other` never gives: that
 * count's converted partner, whatever figure the pair's conflict is about.
 */
function convertsUnpaired(c: PlacedCount, own: readonly PlacedCount[], self: CountAnchor, other: readonly PlacedCount[]): boolean {
  return own.some((s) => s.anchor !== self && !other.some((o) => countValue(o.anchor) === countValue(s.anchor)) && sameValueWrittenDifferently(c, s));
}

/** Whether two figures have as many digits before the point and the same first digit (200 and 204, 10 and 18). */
function sameLeadingFigure(x: number, y: number): boolean {
  if (x <= 0 || y <= 0) return false;
  const [digitsX, digitsY] = [Math.floor(Math.log10(x)), Math.floor(Math.log10(y))];
  return digitsX === digitsY && Math.floor(x / 10 ** digitsX) === Math.floor(y / 10 ** digitsY);
}

/**
 * Whether `x` states `y`'s value in another unit of measure (`25,4 см` / `10 inci`). Not degrees: a
 * bare degree may be either scale, and a difference converts without the offset, so one figure in
 * degrees converts several.
 */
function convertsAcrossUnits(x: PlacedCount, y: PlacedCount): boolean {
  const [ux, uy] = [unitOf(x), unitOf(y)];
  return ux !== undefined && uy !== undefined && ux !== uy && ux.dimension !== 'temperature' && sameValueWrittenDifferently(x, y);
}

/** Whether two counts are written in one unit, or one of them without any. */
function sameUnit(x: PlacedCount, y: PlacedCount): boolean {
  const [ux, uy] = [unitOf(x), unitOf(y)];
  return ux === undefined || uy === undefined || ux === uy;
}


function evidenceOf(document: number, item: { anchor: CountAnchor; sentence: number }) {
  return { document, sentence: item.sentence, start: item.anchor.start, end: item.anchor.end, value: countValue(item.anchor) };
}

/** Whether `word` is a figure written in words and `other` is in a language we hold no number words for. */
function wordAgainstUnreadWords(word: PlacedCount, other: PlacedCount): boolean {
  return !/\p{Nd}/u.test(word.anchor.text) && !holdsWords(other.lang, 'number');
}

/** Whether `count`, in a language we hold no number words for and a word after it, is a percentage the other side gives with its sign. */
function percentLeftUnread(count: PlacedCount, otherSide: readonly PlacedCount[]): boolean {
  const { anchor } = count;
  if (anchor.type !== 'number' || anchor.percent === true || holdsWords(count.lang, 'number') || !wordFollows(count)) return false;
  return otherSide.some((o) => o.anchor.type === 'number' && o.anchor.percent === true && o.anchor.numeric === anchor.numeric && o.anchor.upper === anchor.upper);
}

/** Whether a figure stands in a language we hold no unit words for, with a word right after it. */
function unitLeftUnread(count: PlacedCount): boolean {
  return !holdsWords(count.lang, 'check') && wordFollows(count);
}
