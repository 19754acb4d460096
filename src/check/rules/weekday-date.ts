// weekday-date: a weekday that contradicts the full date beside it ("Friday 20 February 2025" was a Thursday).
import { weekdayName, weekdayOfDate } from '../../anchors/weekdays.js';
import type { DateAnchor } from '../../types.js';
import { anchorRulesFor, foldWord } from '../deps.js';
import { langOf } from '../links.js';
import { isCheckable, weekdaysIn } from '../text.js';
import type { RawFinding, Rule } from '../types.js';

/** A weekday belongs to a date at most this many characters away ("vrijdag 20 februari", "20 February, a Friday"). */
const weekdayReach = 24;
/** A run of letters, for the words standing between a weekday and a date. */
const letterRun = /[\p{L}\p{M}]+/gu;

/** The weekday-date rule. */
export const weekdayDate: Rule = {
  id: 'weekday-date',
  defaultSeverity: 'warning',
  description: 'A weekday contradicts the full date it stands beside ("Friday 20 February 2025" was a Thursday).',
  run(context) {
    const findings: RawFinding[] = [];
    context.documents.forEach((doc, document) => {
      doc.sentences.forEach((sentence, index) => {
        if (!isCheckable(doc, index)) return;
        // Only a date with its year fixes the weekday; a range has several.
        const dates = (context.anchors[document]?.[index] ?? []).filter(
          (anchor): anchor is DateAnchor => anchor.type === 'date' && anchor.year !== undefined && anchor.month !== undefined && anchor.day !== undefined && anchor.endDay === undefined,
        );
        if (dates.length === 0) return;
        for (const mention of weekdaysIn(doc, index)) {
          const start = sentence.start + mention.start;
          const end = sentence.start + mention.end;
          const date = nearest(dates, start, end);
          if (!date || !onlyDayWordsBetween(doc.text, date, start, end, doc.lang)) continue;
          const actual = weekdayOfDate(date.year!, date.month!, date.day!);
          if (actual === undefined || actual === mention.weekday) continue;
          findings.push({
            rule: 'weekday-date',
            message: `${langOf(context, document)} calls "${doc.text.slice(date.start, date.end)}" a ${weekdayName(mention.weekday)}, but that date was a ${weekdayName(actual)}.`,
            values: [weekdayName(mention.weekday), date.value],
            evidence: [
              { document, sentence: index, start, end, value: weekdayName(mention.weekday) },
              { document, sentence: index, start: date.start, end: date.end, value: date.value },
            ],
          });
        }
      });
    });
    return findings;
  },
};

/** The date closest to a weekday within reach, if any. */
function nearest(dates: readonly DateAnchor[], start: number, end: number): DateAnchor | undefined {
  let best: DateAnchor | undefined;
  let bestGap = weekdayReach + 1;
  for (const date of dates) {
    const gap = date.start >= end ? date.start - end : start >= date.end ? start - date.end : 0;
    if (gap < bestGap) {
      best = date;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * A weekday names the date only when nothing but punctuation and the language's day words (`den`,
 * `le`, `am`) stands between them: "fredag den 20 februari", not "söndagens almanacka: 30 september
 * 1882", where the weekday belongs to another noun.
 */
function onlyDayWordsBetween(text: string, date: DateAnchor, start: number, end: number, lang: string): boolean {
  const gap = date.start >= end ? text.slice(end, date.start) : text.slice(date.end, start);
  const dayWords = anchorRulesFor(lang).dayWords ?? [];
  for (const match of gap.matchAll(letterRun)) {
    if (!dayWords.some((word) => foldWord(word) === foldWord(match[0]))) return false;
  }
  return true;
}
