// Finds sentence ends inside one line. One left-to-right pass; every look-back is bounded by the
// current word and every look-ahead is consumed by the pass, so the cost is linear in the line length.
import { isBlank, isSpace, isTransparent, letterCaseAt, type LetterCase } from './chars.js';
import type { CompiledRules } from './rules.js';

const FULL_STOP = 0x2e;
const PIPE = 0x7c;

/**
 * Splits `text.slice(start, end)` — one line, already trimmed of blanks — into sentence spans.
 * Calls `emit(start, end)` for each, in order; spans are trimmed and cover every non-blank character.
 */
export function scanLine(
  text: string,
  start: number,
  end: number,
  rules: CompiledRules,
  emit: (start: number, end: number) => void,
): void {
  // A line framed as `| caption |` keeps its bars inside the first and last sentence; the closing bar
  // must not look like the start of a sentence of its own.
  let scanEnd = end;
  if (text.charCodeAt(end - 1) === PIPE && end - 1 > start) {
    scanEnd = end - 1;
    while (scanEnd > start && isBlank(text.charCodeAt(scanEnd - 1))) scanEnd--;
  }
  let sentenceStart = start;
  let i = start;
  while (i < scanEnd) {
    const code = text.charCodeAt(i);
    if (!rules.terminators.has(code)) {
      i++;
      continue;
    }
    // The run of terminators (`?!`, `...`), then closing quotes and brackets (`end."`, `end.)`).
    let runEnd = i + 1;
    while (runEnd < scanEnd) {
      const next = text.charCodeAt(runEnd);
      if (!rules.terminators.has(next) && !isTransparent(next)) break;
      runEnd++;
    }
    let closeEnd = runEnd;
    while (closeEnd < scanEnd) {
      const next = text.charCodeAt(closeEnd);
      if (!rules.closers.has(next) && !isTransparent(next)) break;
      closeEnd++;
    }
    if (closeEnd >= scanEnd) break;
    let after = closeEnd;
    while (after < scanEnd && isTransparent(text.charCodeAt(after))) after++;
    if (!isSpace(text.charCodeAt(after))) {
      // Glued to what follows: `1.435`, `20.02.2025`, `o.a.`, `example.com/a?b`.
      i = closeEnd;
      continue;
    }
    let nextStart = after;
    while (nextStart < scanEnd && isBlank(text.charCodeAt(nextStart))) nextStart++;
    if (nextStart >= scanEnd) break;
    if (endsSentence(text, sentenceStart, i, runEnd, nextStart, scanEnd, rules)) {
      let sentenceEnd = closeEnd;
      while (isTransparent(text.charCodeAt(sentenceEnd - 1))) sentenceEnd--;
      emit(sentenceStart, sentenceEnd);
      sentenceStart = nextStart;
    }
    i = nextStart;
  }
  emit(sentenceStart, end);
}

/** Decides whether the terminators at `[runStart, runEnd)` end the sentence, given the next word. */
function endsSentence(
  text: string,
  sentenceStart: number,
  runStart: number,
  runEnd: number,
  nextStart: number,
  limit: number,
  rules: CompiledRules,
): boolean {
  const next = nextWordCase(text, nextStart, limit, rules);
  if (next === 'lower') return false;
  let dots = 0;
  let strong = false;
  let ellipsis = false;
  for (let k = runStart; k < runEnd; k++) {
    const code = text.charCodeAt(k);
    if (code === FULL_STOP) dots++;
    else if (code === 0x2026) ellipsis = true;
    else if (rules.strongTerminators.has(code)) strong = true;
  }
  if (strong) return true;
  if (ellipsis || dots > 1) return next !== 'digit';
  // A single full stop (or Urdu-style `۔`): it may belong to the word before it.
  const word = wordBefore(text, sentenceStart, runStart + 1, rules);
  if (word.length <= 1) return true;
  const key = word.toLowerCase();
  if (rules.mayEndAbbreviations.has(key)) return next !== 'digit';
  if (rules.abbreviations.has(key)) return false;
  if (isInitial(word)) return next !== 'upper';
  if (isDottedAbbreviation(word)) return next !== 'digit';
  return true;
}

/** The word that ends at `end` (it includes the final dot), without opening quotes or brackets. */
function wordBefore(text: string, lowerBound: number, end: number, rules: CompiledRules): string {
  let from = end - 1;
  while (from > lowerBound && !isSpace(text.charCodeAt(from - 1))) from--;
  while (from < end - 1 && (rules.openers.has(text.charCodeAt(from)) || isTransparent(text.charCodeAt(from)))) from++;
  let word = text.slice(from, end);
  if (word.length > 1 && hasTransparent(word)) word = [...word].filter((c) => !isTransparent(c.charCodeAt(0))).join('');
  return word;
}

function hasTransparent(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (isTransparent(word.charCodeAt(k))) return true;
  return false;
}

/** `J.`, `Т.`: one capital letter and a dot (surrogate pairs included). */
function isInitial(word: string): boolean {
  const letters = word.slice(0, -1);
  if (letters.length === 0 || letters.length > 2) return false;
  if ([...letters].length !== 1) return false;
  return letterCaseAt(letters, 0) === 'upper';
}

/** `d.w.z.`, `U.S.`, `t.ex.`: short letter groups joined by dots. */
function isDottedAbbreviation(word: string): boolean {
  let groups = 0;
  let groupLength = 0;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code === FULL_STOP) {
      if (groupLength === 0 || groupLength > 4) return false;
      groups++;
      groupLength = 0;
    } else {
      const kind = letterCaseAt(word, k);
      if (kind !== 'upper' && kind !== 'lower' && kind !== 'uncased') return false;
      groupLength++;
    }
  }
  return groups >= 2 && groupLength === 0;
}

/** How the next sentence would begin, looking past opening quotes and brackets. */
function nextWordCase(text: string, from: number, limit: number, rules: CompiledRules): LetterCase {
  let k = from;
  while (k < limit) {
    const code = text.charCodeAt(k);
    if (rules.openers.has(code) || isBlank(code)) k++;
    else break;
  }
  if (k >= limit) return 'other';
  return letterCaseAt(text, k);
}
