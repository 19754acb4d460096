// The codes of a sentence (`SS19`, `Ан-132`, `859-292-3680`): read once per check, for code-mismatch and
// for the third versions that take a side in a disagreement between separate articles.
import type { RuleContext } from './types.js';

/** A code as written in one sentence: `core` is the run up to its last digit (`SS19` of `SS19-kollektion`). */
export interface Code {
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
export function codesOf(context: RuleContext, document: number, sentence: number): Code[] {
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
