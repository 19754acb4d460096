// date-mismatch: linked sentences give the same event a different day, month or year.
import type { Anchor, DateAnchor, NumberAnchor } from '../../types.js';
import { maxYear, minYear } from '../deps.js';
import {
  anchorsOfSentences,
  boundariesAgree,
  confidentLinkIndex,
  confidentPairs,
  datesCompatible,
  datesOverlapInFields,
  figuresShared,
  langOf,
  linkedElsewhere,
  listLanguages,
  neighbourhood,
} from '../links.js';
import type { RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { describeDateValue } from '../text.js';
import { type Observation, recordOutliers } from '../vote.js';

type DateItem = { anchor: DateAnchor; sentence: number };

function datesOf(items: ReadonlyArray<{ anchor: Anchor; sentence: number }>): DateItem[] {
  return items.flatMap((x) => (x.anchor.type === 'date' ? [x as DateItem] : x.anchor.type === 'number' ? rangeYears(x.anchor).map((anchor) => ({ anchor, sentence: x.sentence })) : []));
}

/** Widest range read as years: a wider one (`1000–1500`) is more likely a count. */
const maxYearRangeSpan = 20;

/** The two years at the ends of a range of years written with a dash (`1950–53`, `2017-2018`), else none. */
function rangeYears(anchor: NumberAnchor): DateAnchor[] {
  const { numeric: first, upper: last } = anchor;
  if (last === undefined || anchor.relation !== 'exact' || anchor.percent || anchor.label || anchor.spelledOut) return [];
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < minYear || last > maxYear || last <= first || last - first > maxYearRangeSpan) return [];
  return [first, last].map((year) => ({ type: 'date', text: anchor.text, start: anchor.start, end: anchor.end, value: String(year), year }));
}

/**
 * Whether `y` accounts for `x`: compatible, and at least as precise (a bare year does not account for a
 * day and month, or "( November )" would agree with "1956" when the other side says "January 1956";
 * nor a month without its year for a year: "in June" beside it says nothing of "2017" against "2018").
 */
function accountsFor(x: DateAnchor, y: DateAnchor): boolean {
  // Two ranges of days are one range only with the same ends (`18–25 серпня` is not `1–25 серпня`).
  if (x.endDay !== undefined && y.endDay !== undefined && (x.day !== y.day || x.endDay !== y.endDay)) return false;
  return (
    datesCompatible(x, y) &&
    (x.year === undefined || y.year !== undefined) &&
    (x.month === undefined || y.month !== undefined) &&
    (x.day === undefined || y.day !== undefined)
  );
}

/** Dates on one side that no date on the other side accounts for. */
export function unmatchedDates(own: readonly DateItem[], other: readonly DateItem[]): DateItem[] {
  // Dates are counted: `13, 13 et 17 juin` does not account for `13., 15. und 17. Juni`, nor `juin et
  // juin 1956` for `Mai und Juni 1956`, nor `2004 … 2004` for `2004 … 2009` (a year made another of the sentence's).
  // A date the other side writes in full is taken by that equal date first, and then accounts for no
  // shorter one (`11 September 2001 … 11 September` is not `11 September 2001 … 8 September`).
  const used = new Set<DateItem>();
  const equal = new Set<DateItem>();
  for (const x of own) {
    const same = other.find((y) => !used.has(y) && y.anchor.value === x.anchor.value);
    if (same === undefined) continue;
    used.add(same);
    equal.add(x);
  }
  return own.filter((x) => {
    if (equal.has(x)) return false;
    if (other.some((y) => y.anchor.value === x.anchor.value)) return true;
    return !other.some((y) => !used.has(y) && accountsFor(x.anchor, y.anchor));
  });
}

function dateAround(context: RuleContext, pair: SentencePair, side: SentencePair['a'], date: DateAnchor): boolean {
  if (boundariesAgree(context, pair)) return false;
  const radius = pair.mode === 'parallel' ? 1 : 2;
  const around = neighbourhood(context, side.document, side.sentences, radius).filter((s) => !side.sentences.includes(s));
  return datesOf(anchorsOfSentences(context, side.document, around)).some((y) => accountsFor(date, y.anchor));
}

/**
 * The one leftover date on each side, or each side's one look-alike (same day, other month); or a list
 * of dates whose month or year changed as one (`15. und 25. Mai` / `15 et 25 septembre`, `у серпні й
 * вересні 2017 року` / `… 2018 року`): the first pair speaks for all.
 */
function datePair(unmatchedA: readonly DateItem[], unmatchedB: readonly DateItem[]): [DateItem, DateItem] | undefined {
  if (unmatchedA.length === 1 && unmatchedB.length === 1) return [unmatchedA[0]!, unmatchedB[0]!];
  const otherMonth = (x: DateAnchor, y: DateAnchor) =>
    x.day !== undefined ? x.day === y.day && x.month !== undefined && y.month !== undefined && x.month !== y.month : false;
  const otherYear = (x: DateAnchor, y: DateAnchor) =>
    x.month !== undefined && x.month === y.month && x.day === y.day && x.year !== undefined && y.year !== undefined && x.year !== y.year;
  for (const [alike, field] of [[otherMonth, 'month'], [otherYear, 'year']] as const) {
    const pairs: Array<[DateItem, DateItem]> = [];
    for (const x of unmatchedA) {
      const partners = unmatchedB.filter((y) => alike(x.anchor, y.anchor));
      if (partners.length === 1 && unmatchedA.filter((z) => alike(z.anchor, partners[0]!.anchor)).length === 1) pairs.push([x, partners[0]!]);
    }
    if (pairs.length === 1 && field === 'month') return pairs[0];
    if (pairs.length >= 1 && (field === 'month' || pairs.length === Math.max(unmatchedA.length, unmatchedB.length))
      && pairs.every(([x, y]) => x.anchor[field] === pairs[0]![0].anchor[field] && y.anchor[field] === pairs[0]![1].anchor[field])) return pairs[0];
  }
  return undefined;
}

/** The date-mismatch rule. */
export const dateMismatch: Rule = {
  id: 'date-mismatch',
  defaultSeverity: 'error',
  description: 'Linked sentences give the same event a different day, month or year.',
  run(context) {
    const pairs = confidentPairs(context);
    const index = confidentLinkIndex(context);
    const findings = new Map<string, RawFinding>();
    for (const pair of pairs) {
      const sideA = datesOf(anchorsOfSentences(context, pair.a.document, pair.a.sentences));
      const sideB = datesOf(anchorsOfSentences(context, pair.b.document, pair.b.sentences));
      const unmatchedA = unmatchedDates(sideA, sideB);
      const unmatchedB = unmatchedDates(sideB, sideA);
      const paired = datePair(unmatchedA, unmatchedB);
      if (paired === undefined) continue;
      const [a, b] = paired;
      if (!datesOverlapInFields(a.anchor, b.anchor)) continue;
      if (pair.mode === 'comparable' && !figuresShared(context, pair, new Set<Anchor>([a.anchor, b.anchor]))) continue;
      if (dateAround(context, pair, pair.b, a.anchor)) continue;
      if (dateAround(context, pair, pair.a, b.anchor)) continue;
      const observations: Observation[] = [
        { value: a.anchor.value, evidence: evidenceOf(pair.a.document, a) },
        { value: b.anchor.value, evidence: evidenceOf(pair.b.document, b) },
      ];
      for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
        for (const item of datesOf(anchorsOfSentences(context, document, sentences))) {
          if (item.anchor.value === a.anchor.value || item.anchor.value === b.anchor.value) {
            observations.push({ value: item.anchor.value, evidence: evidenceOf(document, item) });
            continue;
          }
          // A fuller date that agrees with one side only votes for it ("30 September 1882" for a
          // version's "30 سبتمبر" against "26 September 1882").
          const forA = accountsFor(a.anchor, item.anchor);
          const forB = accountsFor(b.anchor, item.anchor);
          if (forA !== forB) observations.push({ value: (forA ? a : b).anchor.value, evidence: evidenceOf(document, item) });
        }
      }
      recordOutliers(findings, observations, context.documents, (outlier) => {
        const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
        return {
          rule: 'date-mismatch',
          message: `${langOf(context, outlier.evidence[0]!.document)} dates it ${describeDateValue(outlier.value)} where ${listLanguages(otherLangs)} give${otherLangs.length > 1 ? '' : 's'} ${outlier.others.map((other) => describeDateValue(other)).join(' or ')} in the linked sentence.`,
          values: [outlier.value, ...outlier.others],
          evidence: outlier.evidence,
        };
      }, { excuseVersionsStatingBoth: true });
    }
    return [...findings.values()];
  },
};

function evidenceOf(document: number, item: DateItem) {
  return { document, sentence: item.sentence, start: item.anchor.start, end: item.anchor.end, value: item.anchor.value };
}
