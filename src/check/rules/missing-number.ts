// missing-number (translations only): a number in one sentence that its translation leaves out.
import { anchorsOfSentences, confidentPairs, countValue, factsOf, langOf, mentionedNumbers, neighbourhood } from '../links.js';
import { isCheckable } from '../text.js';
import type { RawFinding, Rule } from '../types.js';
import { unmatchedCounts } from '../count-pairing.js';

/** The missing-number rule. */
export const missingNumber: Rule = {
  id: 'missing-number',
  // Translators drop page references, render "100" as "a hundred" and "6000" as "Sechstausender": an
  // omission is worth a look, not an alarm.
  defaultSeverity: 'info',
  description: 'A number written in one sentence is absent from its translation (translations only).',
  run(context) {
    const findings: RawFinding[] = [];
    for (const pair of confidentPairs(context)) {
      if (pair.mode !== 'parallel') continue;
      const sideA = anchorsOfSentences(context, pair.a.document, pair.a.sentences);
      const sideB = anchorsOfSentences(context, pair.b.document, pair.b.sentences);
      for (const [own, other, ownSide, otherSide] of [
        [sideA, sideB, pair.a, pair.b],
        [sideB, sideA, pair.b, pair.a],
      ] as const) {
        const unmatched = unmatchedCounts(own, other);
        // A count on the other side that matches nothing makes it a count-mismatch, not a missing number.
        if (unmatchedCounts(other, own).length > 0) continue;
        const around = mentionedNumbers(factsOf(context, otherSide.document, neighbourhood(context, otherSide.document, otherSide.sentences, 1)));
        for (const { anchor, sentence } of unmatched) {
          if (anchor.type !== 'number' || anchor.spelledOut || anchor.relation !== 'exact' || anchor.numeric < 2) continue;
          if (around.has(anchor.numeric)) continue;
          const otherDoc = context.documents[otherSide.document]!;
          const target = otherSide.sentences.find((s) => isCheckable(otherDoc, s));
          if (target === undefined) continue;
          const targetSentence = otherDoc.sentences[target]!;
          findings.push({
            rule: 'missing-number',
            message: `${langOf(context, ownSide.document)} gives the number ${countValue(anchor)}, which the ${langOf(context, otherSide.document)} translation leaves out.`,
            values: [countValue(anchor)],
            evidence: [
              { document: otherSide.document, sentence: target, start: targetSentence.start, end: targetSentence.end },
              { document: ownSide.document, sentence, start: anchor.start, end: anchor.end, value: countValue(anchor) },
            ],
          });
        }
      }
    }
    return findings;
  },
};
