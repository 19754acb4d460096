// code-mismatch: linked sentences write one code or phone number with other digits ("SS19" / "SS17").
// Codes mixing Latin letters and digits (`SS19`, `HER2`, `MH17`, `COVID-19`), codes of another cased script
// that start with a capital (`Ан-132`, `АК-74`), and phone numbers
// (`859-292-3680`) claim no count anchor: their digits are no quantity. Translations copy them verbatim
// in every script, so two linked sentences writing codes of one shape with other digits disagree.
import { isCorroborated } from '../corroborate.js';
import { confidentPairs, langOf, linkedElsewhere, linkIndex, listLanguages } from '../links.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { type Observation, voteOutliers } from '../vote.js';

/** A code as written in one sentence: `core` is the run up to its last digit (`SS19` of `SS19-kollektion`). */
interface Code {
  core: string;
  /** The core with every digit written `#`: codes of one shape are one code written with other digits. */
  shape: string;
  sentence: number;
  start: number;
  end: number;
}

/** Runs of ASCII letters and digits joined by hyphens (one alternation per part: no backtracking). */
const asciiRun = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/gu;
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/**
 * Codes of a cased script other than ASCII Latin, each [start, core end]: at a word start a capital, letters,
 * an optional hyphen, digits (`АК-74`, `Ан-132`, `Ту154`). A capital is required: lower-case letters
 * glued to digits are words and clitics. One pass: each word is walked once from its start.
 */
function casedCodes(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let i = 0; i < text.length; i++) {
    if (isLetter(text[i - 1]) || !/\p{Lu}/u.test(text[i]!) || /[A-Za-z]/u.test(text[i]!)) continue;
    let j = i + 1;
    while (isLetter(text[j])) j++;
    if (text[j] === '-' && isDigit(text[j + 1])) j++;
    if (!isDigit(text[j])) {
      i = j - 1;
      continue;
    }
    while (isDigit(text[j])) j++;
    found.push([i, j]);
    i = j - 1;
  }
  return found;
}

/** Digit groups a phone number has at least (`859-292-3680`); two are a range or a score. */
const minPhoneGroups = 3;

/** Whether a run stands inside a word of another script (`ДНК2`): part of that word, not a code. */
function gluedToLetter(text: string, start: number, end: number): boolean {
  return /\p{L}/u.test(text[start - 1] ?? '') || /\p{L}/u.test(text[end] ?? '');
}

/** The codes of one sentence (see {@link readCodes}), read once per check. */
function codesOf(context: RuleContext, document: number, sentence: number): Code[] {
  // Each sentence stands in several links (one per other version, and as a witness): read it once.
  let perSentence = codeCache.get(context);
  if (perSentence === undefined) codeCache.set(context, (perSentence = new Map()));
  const key = `${document}:${sentence}`;
  let codes = perSentence.get(key);
  if (codes === undefined) perSentence.set(key, (codes = readCodes(context, document, sentence)));
  return codes;
}
const codeCache = new WeakMap<RuleContext, Map<string, Code[]>>();

/** The codes of one sentence: runs that start with a letter and hold a digit, and phone numbers. */
function readCodes(context: RuleContext, document: number, sentence: number): Code[] {
  const s = context.documents[document]!.sentences[sentence]!;
  const codes: Code[] = [];
  // A code from `from` (offset in the sentence) of `length` code units: its digits make its shape.
  const add = (from: number, length: number) => {
    const core = s.text.slice(from, from + length);
    const start = s.start + from;
    codes.push({ core, shape: core.replace(/[0-9]/gu, '#'), sentence, start, end: start + core.length });
  };
  for (const match of s.text.matchAll(asciiRun)) {
    const run = match[0];
    if (gluedToLetter(s.text, match.index, match.index + run.length)) continue;
    const parts = run.split('-');
    const phone = parts.length >= minPhoneGroups && parts.every((p) => /^[0-9]+$/u.test(p));
    if (!phone && !(/^[A-Za-z]/u.test(run) && /[0-9]/u.test(run))) continue;
    let lastDigit = run.length - 1;
    while (!/[0-9]/u.test(run[lastDigit]!)) lastDigit--;
    add(match.index, lastDigit + 1);
  }
  for (const [from, to] of casedCodes(s.text)) add(from, to - from);
  return codes;
}

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
