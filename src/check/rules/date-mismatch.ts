// date-mismatch: linked sentences give the same event a different day, month or year.
import type { Anchor, DateAnchor } from '../../types.js';
import {
  anchorsOfSentences,
  confidentPairs,
  datesCompatible,
  datesOverlapInFields,
  langOf,
  linkedElsewhere,
  linkIndex,
  listLanguages,
  neighbourhood,
} from '../links.js';
import type { RawFinding, Rule, RuleContext } from '../types.js';
import { figuresShared } from './count-mismatch.js';
import { type Observation, voteOutliers } from '../vote.js';

type DateItem = { anchor: DateAnchor; sentence: number };

function datesOf(items: ReadonlyArray<{ anchor: Anchor; sentence: number }>): DateItem[] {
  return items.filter((x): x is DateItem => x.anchor.type === 'date');
}

/** Dates on one side that no date on the other side can be. */
export function unmatchedDates(own: readonly DateItem[], other: readonly DateItem[]): DateItem[] {
  return own.filter((x) => !other.some((y) => datesCompatible(x.anchor, y.anchor)));
}

function dateAround(context: RuleContext, document: number, sentences: readonly number[], date: DateAnchor): boolean {
  const around = datesOf(anchorsOfSentences(context, document, neighbourhood(context, document, sentences, 2)));
  return around.some((y) => datesCompatible(date, y.anchor) && datesOverlapInFields(date, y.anchor));
}

/** The date-mismatch rule. */
export const dateMismatch: Rule = {
  id: 'date-mismatch',
  defaultSeverity: 'error',
  description: 'Linked sentences give the same event a different day, month or year.',
  run(context) {
    const pairs = confidentPairs(context);
    const index = linkIndex(pairs);
    const findings = new Map<string, RawFinding>();
    for (const pair of pairs) {
      const sideA = datesOf(anchorsOfSentences(context, pair.a.document, pair.a.sentences));
      const sideB = datesOf(anchorsOfSentences(context, pair.b.document, pair.b.sentences));
      const unmatchedA = unmatchedDates(sideA, sideB);
      const unmatchedB = unmatchedDates(sideB, sideA);
      if (unmatchedA.length !== 1 || unmatchedB.length !== 1) continue;
      const a = unmatchedA[0]!;
      const b = unmatchedB[0]!;
      if (!datesOverlapInFields(a.anchor, b.anchor)) continue;
      if (pair.mode === 'comparable' && !figuresShared(context, pair, new Set<Anchor>([a.anchor, b.anchor]))) continue;
      if (dateAround(context, pair.b.document, pair.b.sentences, a.anchor)) continue;
      if (dateAround(context, pair.a.document, pair.a.sentences, b.anchor)) continue;
      const observations: Observation[] = [
        { value: a.anchor.value, evidence: evidenceOf(pair.a.document, a) },
        { value: b.anchor.value, evidence: evidenceOf(pair.b.document, b) },
      ];
      for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
        for (const item of datesOf(anchorsOfSentences(context, document, sentences))) {
          if (item.anchor.value === a.anchor.value || item.anchor.value === b.anchor.value) {
            observations.push({ value: item.anchor.value, evidence: evidenceOf(document, item) });
          }
        }
      }
      for (const outlier of voteOutliers(observations, context.documents)) {
        const first = outlier.evidence[0]!;
        const key = `${first.document}:${first.start}`;
        if (findings.has(key)) continue;
        const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
        findings.set(key, {
          rule: 'date-mismatch',
          message: `${langOf(context, first.document)} dates it ${outlier.value} where ${listLanguages(otherLangs)} give${otherLangs.length > 1 ? '' : 's'} ${outlier.others.join(' or ')} in the linked sentence.`,
          values: [outlier.value, ...outlier.others],
          evidence: outlier.evidence,
        });
      }
    }
    return [...findings.values()];
  },
};

function evidenceOf(document: number, item: DateItem) {
  return { document, sentence: item.sentence, start: item.anchor.start, end: item.anchor.end, value: item.anchor.value };
}
