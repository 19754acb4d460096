// weekday-mismatch: linked sentences put the same event on different weekdays (vrijdagavond / lördagskvällen).
import { sameWeekday, type WeekdayMention, weekdayName } from '../../anchors/weekdays.js';
import type { Anchor } from '../../types.js';
import { boundariesAgree, confidentLinkIndex, confidentPairs, figuresShared, langOf, linkedElsewhere, listLanguages, neighbourhood } from '../links.js';
import { isCheckable, weekdaysIn } from '../text.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { type Observation, recordOutliers } from '../vote.js';


type WeekdayItem = { mention: WeekdayMention; sentence: number; start: number; end: number };

/** The weekdays of some sentences of a document, with offsets into the document. */
function weekdaysOf(context: RuleContext, document: number, sentences: readonly number[]): WeekdayItem[] {
  const doc = context.documents[document]!;
  return sentences.flatMap((index) => {
    const sentence = doc.sentences[index];
    if (!sentence || !isCheckable(doc, index)) return [];
    return weekdaysIn(doc, index).map((mention) => ({
      mention,
      sentence: index,
      start: sentence.start + mention.start,
      end: sentence.start + mention.end,
    }));
  });
}

/**
 * Weekdays on one side that no weekday on the other side matches, counted one to one. A night named by
 * the day it leads into (`у ніч на суботу`) matches that day and the day before ("Friday night").
 */
function unmatched(own: readonly WeekdayItem[], other: readonly WeekdayItem[]): WeekdayItem[] {
  const used = new Set<WeekdayItem>();
  return own.filter((item) => {
    const same =
      other.find((candidate) => !used.has(candidate) && candidate.mention.weekday === item.mention.weekday) ??
      other.find((candidate) => !used.has(candidate) && sameWeekday(candidate.mention, item.mention));
    if (same) used.add(same);
    return same === undefined;
  });
}

/** Whether a side names the leftover's weekday again besides the leftover itself. */
function repeats(side: readonly WeekdayItem[], leftover: WeekdayItem): boolean {
  return side.some((item) => item !== leftover && item.mention.weekday === leftover.mention.weekday);
}

/** Whether the other side names the weekday next door (the sentence boundaries differ, not the fact). */
function weekdayAround(context: RuleContext, pair: SentencePair, side: SentencePair['a'], weekday: number): boolean {
  if (boundariesAgree(context, pair)) return false;
  const radius = pair.mode === 'parallel' ? 1 : 2;
  const around = neighbourhood(context, side.document, side.sentences, radius).filter((s) => !side.sentences.includes(s));
  return weekdaysOf(context, side.document, around).some((item) => item.mention.weekday === weekday);
}

const evidenceOf = (document: number, item: WeekdayItem): EvidenceDraft => ({
  document,
  sentence: item.sentence,
  start: item.start,
  end: item.end,
  value: weekdayName(item.mention.weekday),
});

/** The weekday-mismatch rule. */
export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'Linked sentences put the same event on different weekdays (Friday evening in one version, Saturday evening in the other).',
  run(context) {
    const pairs = confidentPairs(context);
    const index = confidentLinkIndex(context);
    const findings = new Map<string, RawFinding>();
    for (const pair of pairs) {
      const sideA = weekdaysOf(context, pair.a.document, pair.a.sentences);
      const sideB = weekdaysOf(context, pair.b.document, pair.b.sentences);
      const leftA = unmatched(sideA, sideB);
      const leftB = unmatched(sideB, sideA);
      // One weekday left over on each side: the same day named differently. A weekday only one
      // version names is an omission, not a contradiction.
      if (leftA.length !== 1 || leftB.length !== 1) continue;
      const a = leftA[0]!;
      const b = leftB[0]!;
      if (pair.mode === 'comparable' && !figuresShared(context, pair, new Set<Anchor>())) continue;
      // Between separate articles, a day one side names twice where the other names it once beside
      // another day ("Tuesday morning … Tuesday night" / "Monday and Tuesday") is a repeat, not a
      // contradiction: the link may join two different statements that share a day.
      if (pair.mode === 'comparable' && (repeats(sideA, a) || repeats(sideB, b))) continue;
      if (weekdayAround(context, pair, pair.b, a.mention.weekday) || weekdayAround(context, pair, pair.a, b.mention.weekday)) continue;
      const observations: Observation[] = [
        { value: weekdayName(a.mention.weekday), evidence: evidenceOf(pair.a.document, a) },
        { value: weekdayName(b.mention.weekday), evidence: evidenceOf(pair.b.document, b) },
      ];
      for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
        for (const item of weekdaysOf(context, document, sentences)) {
          if (item.mention.weekday === a.mention.weekday || item.mention.weekday === b.mention.weekday) {
            observations.push({ value: weekdayName(item.mention.weekday), evidence: evidenceOf(document, item) });
          }
        }
      }
      recordOutliers(findings, observations, context.documents, (outlier) => {
        const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
        return {
          rule: 'weekday-mismatch',
          message: `${langOf(context, outlier.evidence[0]!.document)} says ${outlier.value} where ${listLanguages(otherLangs)} say${otherLangs.length > 1 ? '' : 's'} ${outlier.others.join(' or ')} in the linked sentence.`,
          values: [outlier.value, ...outlier.others],
          evidence: outlier.evidence,
        };
      }, { excuseVersionsStatingBoth: true });
    }
    return [...findings.values()];
  },
};
