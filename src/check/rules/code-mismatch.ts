// code-mismatch: linked sentences write one code or phone number with other digits ("SS19" / "SS17").
// Codes mixing Latin letters and digits (`SS19`, `HER2`, `MH17`, `COVID-19`), codes of another cased script
// that start with a capital (`Ан-132`, `АК-74`), and phone numbers
// (`859-292-3680`) claim no count anchor: their digits are no quantity. Translations copy them verbatim
// in every script, so two linked sentences writing codes of one shape with other digits disagree.
import { isCorroborated } from '../corroborate.js';
import { confidentPairs, langOf, linkedElsewhere, linkIndex, listLanguages } from '../links.js';
import { type Code, codesOf } from '../codes.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { type Observation, voteOutliers } from '../vote.js';

function codesOfSide(context: RuleContext, side: SentencePair['a']): Code[] {
  return side.sentences.flatMap((sentence) => codesOf(context, side.document, sentence));
}

function sideText(context: RuleContext, side: SentencePair['a']): string {
  return side.sentences.map((s) => context.documents[side.document]!.sentences[s]!.text).join(' ');
}

/** The one code of each side that the other side does not write, when both are of one shape. */
function conflictOf(context: RuleContext, pair: SentencePair): [Code, Code] | undefined {
  const [textA, textB] = [sideText(context, pair.a), sideText(context, pair.b)];
  const leftA = codesOfSide(context, pair.a).filter((c) => !textB.includes(c.core));
  const leftB = codesOfSide(context, pair.b).filter((c) => !textA.includes(c.core));
  for (const a of leftA) {
    const partners = leftB.filter((b) => b.shape === a.shape);
    // Two codes of one shape on either side: which stands for which is not told.
    if (partners.length === 1 && leftA.filter((x) => x.shape === a.shape).length === 1) return [a, partners[0]!];
  }
  return undefined;
}

function evidenceOf(document: number, code: Code): EvidenceDraft {
  return { document, sentence: code.sentence, start: code.start, end: code.end, value: code.core };
}

/** The code-mismatch rule. */
export const codeMismatch: Rule = {
  id: 'code-mismatch',
  defaultSeverity: 'warning',
  description: 'Linked sentences write one code or phone number with other digits ("SS19" vs "SS17", "859-292-3680" vs "859-294-3680").',
  run(context) {
    // Separate articles only where a third version confirms the link.
    const pairs = confidentPairs(context).filter((pair) => pair.mode === 'parallel' || isCorroborated(context, pair));
    const index = linkIndex(pairs);
    const findings = new Map<string, RawFinding>();
    for (const pair of pairs) {
      const conflict = conflictOf(context, pair);
      if (conflict === undefined) continue;
      const [a, b] = conflict;
      const observations: Observation[] = [
        { value: a.core, evidence: evidenceOf(pair.a.document, a) },
        { value: b.core, evidence: evidenceOf(pair.b.document, b) },
      ];
      // The other versions' linked sentences vote with the code they write.
      for (const [document, sentences] of linkedElsewhere(index, [pair.a, pair.b], new Set([pair.a.document, pair.b.document]))) {
        for (const sentence of sentences) {
          for (const code of codesOf(context, document, sentence)) {
            if (code.core === a.core || code.core === b.core) observations.push({ value: code.core, evidence: evidenceOf(document, code) });
          }
        }
      }
      for (const outlier of voteOutliers(observations, context.documents)) {
        const first = outlier.evidence[0]!;
        const key = `${first.document}:${first.start}`;
        if (findings.has(key)) continue;
        const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
        findings.set(key, {
          rule: 'code-mismatch',
          message: `${langOf(context, first.document)} writes ${outlier.value} where ${listLanguages(otherLangs)} write${otherLangs.length > 1 ? '' : 's'} ${outlier.others.join(' or ')} in the linked sentence.`,
          values: [outlier.value, ...outlier.others],
          evidence: outlier.evidence,
        });
      }
    }
    return [...findings.values()];
  },
};
