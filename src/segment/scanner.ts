// Finds sentence ends inside one line. One left-to-right pass; every look-back is bounded by the
// current word and every look-ahead is consumed by the pass, so the cost is linear in the line length.
import * as chars from './chars.js';
import type { LetterCase } from './chars.js';
import type { CompiledRules } from './rules.js';

// Bound once: module namespaces may be compiled to getters (tsx, some bundlers), too slow per character.
const { isBlank, isSpace, isTransparent, letterCaseAt } = chars;

const FULL_STOP = 0x2e;
const PIPE = 0x7c;
const COMMA = 0x2c;
/** Longest word read before ordinal digits (`am`, `seinem`, `unserer`): bounds the look-back. */
const ORDINAL_CONTEXT_LIMIT = 12;

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
  const scanEnd = scanEndBeforeClosingBar(text, start, end);
  const isTerminator = rules.isTerminator;
  const dashTail = closingDashesStart(text, start, scanEnd);
  let sentenceStart = start;
  let i = start;
  while (i < scanEnd) {
    if (isTerminator[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    // The run of terminators (`?!`, `...`), then closing quotes and brackets (`end."`, `end.)`); read only
    // where a terminator stands, so the calls stay off the per-character path.
    const runEnd = terminatorRunEnd(text, i + 1, scanEnd, rules);
    let closeEnd = closersEnd(text, runEnd, scanEnd, rules);
    if (closeEnd >= scanEnd) break;
    let after = closeEnd;
    while (after < scanEnd && isTransparent(text.charCodeAt(after))) after++;
    if (!isSpace(text.charCodeAt(after)) && !rules.spacelessTerminators.has(text.charCodeAt(runEnd - 1))) {
      // Glued to what follows: `1.435`, `20.02.2025`, `o.a.`, `example.com/a?b`.
      i = closeEnd;
      continue;
    }
    let nextStart = after;
    while (nextStart < scanEnd && isBlank(text.charCodeAt(nextStart))) nextStart++;
    if (nextStart >= dashTail) break;
    // A closing quote set off by a space (`gegaan. '' Daarna`) still belongs to the sentence it closes.
    const quoteEnd = closingQuoteTokenEnd(text, nextStart, scanEnd, rules);
    if (quoteEnd > nextStart) {
      // `cédé ? », railla-t-il`: a comma after the closing quote carries the sentence on.
      if (text.charCodeAt(quoteEnd - 1) === COMMA) {
        i = quoteEnd;
        continue;
      }
      closeEnd = quoteEnd;
      nextStart = quoteEnd;
      while (nextStart < scanEnd && isBlank(text.charCodeAt(nextStart))) nextStart++;
      if (nextStart >= scanEnd) break;
    }
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

/**
 * Where the scan of a line stops. A line framed as `| caption |` keeps its bars inside the first and
 * last sentence; the closing bar must not look like the start of a sentence of its own, so the scan
 * stops before it (and the blanks before it).
 */
function scanEndBeforeClosingBar(text: string, start: number, end: number): number {
  if (text.charCodeAt(end - 1) !== PIPE || end - 1 <= start) return end;
  let scanEnd = end - 1;
  while (scanEnd > start && isBlank(text.charCodeAt(scanEnd - 1))) scanEnd--;
  return scanEnd;
}

/**
 * Where the dashes and blanks that close a line begin (`scanEnd` when there are none). No sentence is
 * only dashes: a dialogue dash closing the line (`— заявив він. —`, the quotation goes on below) stays
 * with the sentence before it.
 */
function closingDashesStart(text: string, start: number, scanEnd: number): number {
  let dashTail = scanEnd;
  while (dashTail > start && (isDash(text.charCodeAt(dashTail - 1)) || isBlank(text.charCodeAt(dashTail - 1)))) dashTail--;
  return dashTail;
}

/** The end of the run of terminators and invisible marks that goes on from `from` (`?!`, `...`). */
function terminatorRunEnd(text: string, from: number, limit: number, rules: CompiledRules): number {
  const isTerminator = rules.isTerminator;
  let runEnd = from;
  while (runEnd < limit) {
    const next = text.charCodeAt(runEnd);
    if (isTerminator[next] !== 1 && !isTransparent(next)) break;
    runEnd++;
  }
  return runEnd;
}

/** The end of the closing quotes, brackets and invisible marks that start at `from` (`end."`, `end.)`). */
function closersEnd(text: string, from: number, limit: number, rules: CompiledRules): number {
  let closeEnd = from;
  while (closeEnd < limit) {
    const next = text.charCodeAt(closeEnd);
    if (!rules.closers.has(next) && !isTransparent(next)) break;
    closeEnd++;
  }
  return closeEnd;
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
  if (ellipsis || dots > 1) {
    // `"... Het begon` — an elision mark opening the sentence, not its end.
    if (onlyOpenersBefore(text, sentenceStart, runStart, rules)) return false;
    // Before a capital an ellipsis ends the sentence; in an uncased script (Arabic) the next word says
    // nothing, and there it mostly trails a list that goes on (`…عليها... والتكاتف`).
    return next === 'upper' || next === 'other';
  }
  // A single full stop (or Urdu-style `۔`): it may belong to the word before it.
  const word = wordBefore(text, sentenceStart, runStart + 1, rules);
  if (word.length <= 1) return true;
  // `J. Smith`, `M.C. Maguire`, `Р. Докінз`: initials before a name (checked before the abbreviations,
  // so Ukrainian `Р.` is an initial while `р.` is "year").
  if (isInitial(word) || isDottedInitials(word)) return next !== 'upper';
  if (rules.ordinalDotAfter !== undefined && isOrdinalDigits(word) && isOrdinalDot(text, sentenceStart, runStart - (word.length - 1), nextStart, limit, rules)) return false;
  // `enz.`, `р.`: an end only when a capitalised (or uncased) word follows — not before `№ 991` or `2025`.
  if (rules.mayEndAbbreviationsAsWritten.has(word)) return next === 'upper' || next === 'uncased';
  if (rules.abbreviationsAsWritten.has(word)) return false;
  const key = word.toLowerCase();
  if (rules.mayEndAbbreviations.has(key)) return next === 'upper' || next === 'uncased';
  // `VS.`: in capitals, the letters of an abbreviation listed in lowercase only are an acronym (nl `VS`,
  // the United States, not `vs.`, versus), which may end a sentence; id `JL.` is `Jl.` (street) in capitals.
  if (rules.abbreviations.has(key)) return isCapitalsOnly(word) && rules.lowercaseOnlyAbbreviations.has(key) && (next === 'upper' || next === 'uncased');
  if (isDottedAbbreviation(word)) return next === 'upper' || next === 'uncased';
  return true;
}

/** Hyphen-minus, hyphen, en dash, em dash, horizontal bar. */
function isDash(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2013 || code === 0x2014 || code === 0x2015;
}

/** `3.`, `89.`, `2018.`: one to four ASCII digits and the full stop. */
function isOrdinalDigits(word: string): boolean {
  if (word.length < 2 || word.length > 5) return false;
  for (let k = 0; k < word.length - 1; k++) {
    const code = word.charCodeAt(k);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/**
 * Whether the digits starting at `digitsStart` (with their stop) are an ordinal in a language that writes
 * ordinals with a dot: a month name follows (`30. Mai`), or an article, a preposition with an article
 * or a possessive stands before them (`am 30.`, `der 89.`, `seinem 63.`).
 */
function isOrdinalDot(text: string, lowerBound: number, digitsStart: number, nextStart: number, limit: number, rules: CompiledRules): boolean {
  let nextEnd = nextStart;
  while (nextEnd < limit && nextEnd - nextStart <= ORDINAL_CONTEXT_LIMIT && letterCaseAt(text, nextEnd) !== 'other' && !isSpace(text.charCodeAt(nextEnd))) nextEnd++;
  if (rules.ordinalDotMonths?.has(text.slice(nextStart, nextEnd).toLowerCase())) return true;
  let beforeEnd = digitsStart;
  while (beforeEnd > lowerBound && isBlank(text.charCodeAt(beforeEnd - 1))) beforeEnd--;
  if (beforeEnd === digitsStart) return false;
  let beforeStart = beforeEnd;
  while (beforeStart > lowerBound && digitsStart - beforeStart <= ORDINAL_CONTEXT_LIMIT && !isSpace(text.charCodeAt(beforeStart - 1))) beforeStart--;
  return rules.ordinalDotAfter?.has(text.slice(beforeStart, beforeEnd).toLowerCase()) === true;
}

/**
 * The end of a token made only of closing quotes or brackets (`''`, `”`, `»)`), perhaps with a comma
 * after them (`»,`), that starts at `from` and is followed by a blank or the line's end; `from` when
 * there is none.
 */
function closingQuoteTokenEnd(text: string, from: number, limit: number, rules: CompiledRules): number {
  let k = from;
  let closingOnly = false;
  while (k < limit && k - from < 4) {
    const code = text.charCodeAt(k);
    if (!rules.closers.has(code)) break;
    if (!rules.openers.has(code)) closingOnly = true;
    k++;
  }
  // Two apostrophes are the typewriter closing quote (`,,Ja.''`).
  const typewriter = k - from === 2 && text.charCodeAt(from) === 0x27 && text.charCodeAt(from + 1) === 0x27;
  // French sets its closing guillemet off by a space and may put a comma after it (`cédé ? », dit-il`).
  if (k > from && k + 1 < limit && text.charCodeAt(k) === COMMA && isBlank(text.charCodeAt(k + 1))) k++;
  if (k === from || (k < limit && !isBlank(text.charCodeAt(k)))) return from;
  return closingOnly || typewriter ? k : from;
}

/** Whether only opening quotes, brackets, bullets and blanks stand in `[from, to)`. */
function onlyOpenersBefore(text: string, from: number, to: number, rules: CompiledRules): boolean {
  // Backwards: it stops at the first other character, at the latest the previous terminator, so the
  // runs it reads never overlap and the whole pass stays linear.
  for (let k = to - 1; k >= from; k--) {
    const code = text.charCodeAt(k);
    if (!rules.openers.has(code) && !isBlank(code) && code !== 0xb7 && code !== 0x2022) return false;
  }
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

/** `VS.`, `USA.`: two or more letters, every one a capital, and the final dot. */
function isCapitalsOnly(word: string): boolean {
  if (word.length < 3) return false;
  for (let k = 0; k < word.length - 1; k++) if (letterCaseAt(word, k) !== 'upper') return false;
  return true;
}

/** `M.C.`, `J.W.`: single capitals, each with its dot. */
function isDottedInitials(word: string): boolean {
  if (word.length < 4 || word.length > 8 || word.length % 2 !== 0) return false;
  for (let k = 0; k < word.length; k += 2) {
    if (word.charCodeAt(k + 1) !== FULL_STOP || letterCaseAt(word, k) !== 'upper') return false;
  }
  return true;
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
    // Dashes too: `…тюрмі? — спитав він` goes on after a quoted question.
    if (rules.openers.has(code) || isBlank(code) || code === 0x2014 || code === 0x2013) k++;
    else break;
  }
  if (k >= limit) return 'other';
  return letterCaseAt(text, k);
}
