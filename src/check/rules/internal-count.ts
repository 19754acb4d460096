// internal-count: one article counts the same set two ways ("4 provinces" in the text, "5 provinces" in a caption).
import { checkVocabulary, holdsWords } from '../../lang/registry.js';
import type { NumberAnchor } from '../../types.js';
import { isClockTime } from '../deps.js';
import { langOf } from '../links.js';
import { unitOf } from '../measures.js';
import { countedNoun, entityIdentity, isCheckable, isSubCount } from '../text.js';
import type { RawFinding, Rule, RuleContext } from '../types.js';
import { type Observation, voteOutliers } from '../vote.js';

/** Counts of 1 and 2 are everywhere ("the two sides", "one of") and name different sets; so are big ones. */
const smallestCount = 3;
const largestCount = 1000;

/** The internal-count rule. */
export const internalCount: Rule = {
  id: 'internal-count',
  defaultSeverity: 'warning',
  description: 'Within one article, two counts of the same thing disagree ("four provinces" in the text, "5 provinces" in a caption).',
  run(context) {
    const findings: RawFinding[] = [];
    context.documents.forEach((doc, document) => {
      // Telling a set from an amount takes the language's measure words (`tahun`, `метрів`): a language
      // we hold no check vocabulary for would have its ages and distances compared as counts.
      if (!holdsWords(doc.lang, 'check')) return;
      const byNoun = new Map<string, Observation[]>();
      doc.sentences.forEach((sentence, index) => {
        if (!isCheckable(doc, index)) return;
        let previousCountEnd = 0;
        for (const anchor of context.anchors[document]?.[index] ?? []) {
          if (anchor.type !== 'number' && anchor.type !== 'ordinal') continue;
          const previous = previousCountEnd;
          previousCountEnd = anchor.end - sentence.start;
          if (anchor.type !== 'number' || !isPlainCount(anchor)) continue;
          if (isSubCount(sentence.text, anchor.start - sentence.start, previous, anchor.end - sentence.start)) continue;
          // A measure ("15 centimeter", "12 градусів") is an amount, not the size of a set.
          if (unitOf({ anchor, text: sentence.text, start: anchor.start - sentence.start, lang: doc.lang }) !== undefined) continue;
          const noun = countedNoun(doc.text, anchor.end);
          if (noun === undefined) continue;
          const list = byNoun.get(noun) ?? [];
          list.push({ value: String(anchor.numeric), evidence: { document, sentence: index, start: anchor.start, end: nounEnd(doc.text, anchor.end), value: String(anchor.numeric) } });
          byNoun.set(noun, list);
        }
      });
      for (const [noun, observations] of byNoun) {
        // Three or more different values for one noun mean several sets, not one set miscounted.
        if (new Set(observations.map((o) => o.value)).size !== 2) continue;
        if (noun.split('+')[0]!.length < 4 || unitStems.has(noun.split('+')[0]!)) continue;
        if (!sameSetNamed(context, document, observations)) continue;
        for (const outlier of voteOutliers(observations, context.documents)) {
          findings.push({
            rule: 'internal-count',
            message: `${langOf(context, document)} counts "${doc.text.slice(outlier.evidence[0]!.start, outlier.evidence[0]!.end)}" here but ${outlier.others.join(' or ')} elsewhere in the same article.`,
            values: [outlier.value, ...outlier.others],
            evidence: outlier.evidence.length > 1 ? outlier.evidence : [...outlier.evidence, ...othersInDocument(observations, outlier.value)],
          });
        }
      }
    });
    return findings;
  },
};

// Measures and spans of time count amounts, not members of a set (src/lang/<code>/check.ts).
const unitStems = new Set(checkVocabulary().measureWords.map((w) => w.slice(0, 6)));

/**
 * Whether the sentences of two different counts name the same things (two or more shared names or
 * countries between the outlier's sentence and the others'): "4 provinces of Vietnam and Guangxi" and
 * "Guangxi and 5 provinces of Vietnam" count one set; "six camps" and "nine camps" of two attempts do not.
 */
function sameSetNamed(context: RuleContext, document: number, observations: readonly Observation[]): boolean {
  const names = (sentence: number) =>
    new Set((context.anchors[document]?.[sentence] ?? []).filter((a) => a.type === 'entity' || a.type === 'country').map((a) => (a.type === 'entity' ? entityIdentity(a) : `c:${a.value}`)));
  const values = [...new Set(observations.map((o) => o.value))];
  const sentencesOf = (value: string) => observations.filter((o) => o.value === value).map((o) => o.evidence.sentence);
  for (const x of sentencesOf(values[0]!)) {
    const a = names(x);
    for (const y of sentencesOf(values[1]!)) {
      // Two counts of one noun in one sentence are two sets ("twenty points; the gap is 21 points").
      if (x === y) continue;
      let shared = 0;
      for (const name of names(y)) if (a.has(name)) shared++;
      if (shared >= 2) return true;
    }
  }
  return false;
}

function isPlainCount(anchor: NumberAnchor): boolean {
  return (
    anchor.relation === 'exact' && !anchor.percent && anchor.upper === undefined &&
    Number.isInteger(anchor.numeric) && anchor.numeric >= smallestCount && anchor.numeric <= largestCount && !isClockTime(anchor)
  );
}

/** The count and the word it counts: `5 провінціями`. */
function nounEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && /[\p{L}\p{M}'’]/u.test(text[i]!)) i++;
  return i;
}

function othersInDocument(observations: readonly Observation[], value: string) {
  const other = observations.find((o) => o.value !== value);
  return other === undefined ? [] : [other.evidence];
}
