// Identifiers: digits that are no count. URLs, e-mail addresses, domains, codes mixing letters and digits
// (`COVID-19`, `Su-30MK2`, `v1.2.3`), phone numbers, times (`14:27`), dotted digit strings that are no
// number (`1.2.3.4`), numbers with a leading zero and runs too long to count claim their tokens and
// yield no anchor.
import { digitsToNumber, isCapitalised } from '../text.js';
import type { TokenCursor } from './cursor.js';
import { dashes, dashRange, maxDigits, readNumber } from './digits.js';
import { isCurrencyBefore } from './quantities.js';
import type { AnchorReader } from './reader.js';
import { isClockWord, isTimeOfDay } from './times.js';
import { isOrdinalSuffix, monthAt } from './words.js';

const letterDigitJoiners = new Set(['-', '‐', '‑', '_', '/', '.', ':']);
/** Most digit groups a phone number is read over. */
const maxPhoneGroups = 8;
/** Longest unit word glued to digits without a hyphen (`15km`); hyphenated compounds need at least this many letters (`5-jarige`). */
const gluedUnitLength = 3;

/**
 * Whether the chunk (text between spaces) starting at `from` is an identifier whose digits are no count:
 * a URL or e-mail, a domain, or a code mixing letters and digits (`COVID-19`, `Su-30MK2`, `QNR2`, `v1.2.3`).
 * Ordinals written with digits (`10-ї`, `15:e`, `10e`, `ke-10`) and anniversaries are not identifiers.
 */
export function isIdentifierChunk(cursor: TokenCursor, from: number): boolean {
  const to = cursor.chunkEnd[from]!;
  const letters = chunkLetters(cursor, from, to);
  if (letters === 'address') return true;
  if (letters === 'no-mix') return false;
  const tokens = cursor.tokens;
  // Punctuation closing the chunk (`04h40,`, `9.Mai.`) belongs to the sentence, not to the date or time.
  let wordsEnd = to;
  while (wordsEnd - 1 > from && tokens[wordsEnd - 1]!.kind === 'punct') wordsEnd--;
  // `9.Mai`, `11.Juli`: a day and a month name written without a space is a date, not a code.
  if (wordsEnd - from === 3 && tokens[from]!.kind === 'digits' && tokens[from]!.text.length <= 2 && tokens[from + 1]!.text === '.' && monthAt(cursor, from + 2, true) !== undefined) return false;
  // `04h40`: hours, a clock word and minutes written without a space is a time, not a code.
  if (wordsEnd - from === 3 && tokens[from]!.kind === 'digits' && tokens[from]!.text.length <= 2 && isClockWord(cursor, from + 1) && tokens[from + 2]!.kind === 'digits' && tokens[from + 2]!.text.length === 2 && isTimeOfDay(tokens[from]!.text, tokens[from + 2]!.text)) return false;
  for (let i = from; i < to; i++) {
    if (tokens[i]!.kind === 'digits' && (hasCodePrefix(cursor, i, from) || hasCodeSuffix(cursor, i, to))) return true;
  }
  return false;
}

/** `address` for a URL, e-mail or domain; `mixed` when digits and letters both occur; `no-mix` otherwise. */
function chunkLetters(cursor: TokenCursor, from: number, to: number): 'address' | 'mixed' | 'no-mix' {
  const tokens = cursor.tokens;
  let hasDigits = false;
  let hasLetters = false;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'digits') hasDigits = true;
    else if (token.kind === 'word') hasLetters = true;
    else if (token.text === '@') return 'address';
    else if (token.text === ':' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.text === '/') return 'address';
    else if (token.text === '.' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word' && i - 1 >= from && !betweenInitials(tokens, i)) {
      // `nld.com.vn`, `Vietnam.vn`: a dot between letters with no space is a domain or file name.
      return 'address';
    }
  }
  return hasDigits && hasLetters ? 'mixed' : 'no-mix';
}

/** Whether the dot at `i` stands between two single capitals (`U.S.`, `J.R.`): initials, no domain. */
function betweenInitials(tokens: TokenCursor['tokens'], i: number): boolean {
  const isCapital = (text: string) => text.length === 1 && text !== text.toLowerCase();
  return isCapital(tokens[i - 1]!.text) && isCapital(tokens[i + 1]!.text);
}

/** Whether the digits at `i` follow a word of the chunk (directly or by a joiner) that makes them a code. */
function hasCodePrefix(cursor: TokenCursor, i: number, from: number): boolean {
  const tokens = cursor.tokens;
  const before = tokens[i - 1];
  const wordBefore = i - 1 >= from && before?.kind === 'word';
  const wordBeforeJoined = i - 2 >= from && before !== undefined && letterDigitJoiners.has(before.text) && tokens[i - 2]?.kind === 'word';
  if (!wordBefore && !wordBeforeJoined) return false;
  const prefixWord = wordBefore ? i - 1 : i - 2;
  const prefix = cursor.folded[prefixWord]!;
  const { tables } = cursor;
  // `Rp5`: a currency written with letters before the amount.
  if (wordBefore && isCurrencyBefore(cursor, i)) return false;
  const isOrdinalPrefix = tables.ordinalPrefixes.has(prefix) || tables.ordinalPrefixes.has(`${prefix}-`);
  const isArticle = tables.orthography.isArticleToken(tokens[prefixWord]!.text);
  // `و16`: Arabic writes "and" glued to the number after it.
  const isGluedCoordinator = wordBefore && prefixWord === from && tables.cliticCoordinators.has(prefix);
  return !isOrdinalPrefix && !isArticle && !isGluedCoordinator;
}

/** Whether the digits at `i` have a word of the chunk after them (directly or by a joiner) that makes them a code. */
function hasCodeSuffix(cursor: TokenCursor, i: number, to: number): boolean {
  const tokens = cursor.tokens;
  const after = tokens[i + 1];
  const wordAfter = i + 1 < to && after?.kind === 'word';
  const wordAfterJoined = i + 2 < to && after !== undefined && letterDigitJoiners.has(after.text) && tokens[i + 2]?.kind === 'word';
  if (!wordAfter && !wordAfterJoined) return false;
  const suffixIndex = wordAfter ? i + 1 : i + 2;
  // `£11juta`, `5тис.`, `5mld`: a scale word glued to the number multiplies it.
  if (wordAfter && cursor.lookupWord(cursor.tables.scaleWords, suffixIndex) !== undefined) return false;
  // `16في المائة`: a word of a script without case glued on is a missing space, not a code suffix; codes
  // are written in Latin letters whatever the text's script (`SS19`, `COVID-19`).
  if (wordAfter && isUncasedWord(tokens[suffixIndex]!.text)) return false;
  return !isOrdinalSuffix(cursor, suffixIndex) && !isUnitOrCompound(cursor, suffixIndex, wordAfterJoined) && !isDecade(cursor, i, suffixIndex, wordAfterJoined);
}

/** A word in letters without case (Arabic, Hebrew, CJK), with their marks (`مساءً`): no letter of a code. */
const uncasedWord = /^\p{Lo}[\p{Lo}\p{Lm}\p{Mn}]*$/u;

function isUncasedWord(word: string): boolean {
  return uncasedWord.test(word);
}

/** The tens of the decades named by their tens alone (see {@link isDecadeTens}). */
const firstDecadeTens = 30;
const lastDecadeTens = 90;

/**
 * Whether a value names a decade by its tens alone, in digits or words, read as the 1900s' (`80-х`,
 * `années 80`, `jaren negentig`, `nittiotalet`): 30 … 90, as the twenties may be either century's.
 */
export function isDecadeTens(value: number): boolean {
  return value % 10 === 0 && value >= firstDecadeTens && value <= lastDecadeTens;
}

/** Whether digits are a decade written with its last two digits (see {@link isDecadeTens}). */
export function isTwoDigitDecade(digits: string): boolean {
  return digits.length === 2 && isDecadeTens(Number(digits));
}

/** `1930-х`, `1930-an`, `80-х`: a year, or a decade's two digits, with the language's decade ending after a hyphen. */
export function isDecade(cursor: TokenCursor, i: number, suffixIndex: number, hyphenated: boolean): boolean {
  const digits = cursor.tokens[i]!;
  return (
    hyphenated &&
    dashes.has(cursor.tokens[i + 1]!.text) &&
    (digits.text.length === yearDigits || isTwoDigitDecade(digits.text)) &&
    cursor.tables.decadeSuffixes.has(cursor.folded[suffixIndex]!)
  );
}

/** `75-årsdagen`, `5-jarige`, `15km`: digits joined to a lowercase word are a number, not a code. */
function isUnitOrCompound(cursor: TokenCursor, i: number, hyphenated: boolean): boolean {
  const word = cursor.tokens[i]!.text;
  if (isCapitalised(word)) return false;
  return hyphenated ? word.length >= gluedUnitLength : word.length <= gluedUnitLength && /^\p{Ll}+$/u.test(word);
}

/** Skips digit groups separated by spaces, dashes, dots or parentheses (phone numbers). */
export function skipDigitGroups(cursor: TokenCursor, i: number): number {
  const tokens = cursor.tokens;
  let j = i;
  let groups = 0;
  while (j < tokens.length && groups < maxPhoneGroups) {
    if (tokens[j]!.kind === 'digits') {
      groups += 1;
      j += 1;
      continue;
    }
    const sep = tokens[j]!.text;
    if ((sep === ' ' || sep === '-' || sep === '.' || sep === ')' || sep === '(') && tokens[j + 1]?.kind === 'digits') {
      j += 1;
      continue;
    }
    if (sep === ')' && tokens[j + 1]?.text === ' ' && tokens[j + 2]?.kind === 'digits') {
      j += 2;
      continue;
    }
    break;
  }
  cursor.claim(i, j);
  return j;
}

/** Digits in a year. */
const yearDigits = 4;

/** Whether digits follow at `i`, right away or after one space. */
function startsDigitGroup(tokens: TokenCursor['tokens'], i: number): boolean {
  return tokens[i]?.kind === 'digits' || (tokens[i]?.text === ' ' && tokens[i + 1]?.kind === 'digits');
}

/** Most digits of an age or count in parentheses after a word (`een hoogleraar (63)`). */
const maxParenthesisedAgeDigits = 2;

/**
 * `een hoogleraar (63)`, `Anna Berg (41)`: one or two digits in parentheses right after a word (one
 * space between) are an age, read as a number. A list mark stands at the start or after punctuation,
 * an area code has a leading zero or more digits.
 */
function isAgeAfterWord(cursor: TokenCursor, i: number): boolean {
  const tokens = cursor.tokens;
  const digits = tokens[i]!.text;
  if (digits.length > maxParenthesisedAgeDigits || digitsToNumber(digits[0]!) === 0) return false;
  return tokens[i - 2]?.kind === 'space' && tokens[i - 2]!.text === ' ' && tokens[i - 3]?.kind === 'word';
}

/** Phone numbers (`+84 912 345 678`, `(024) 3825 1234`) and digit runs too long to be a count. */
export const digitCodes: AnchorReader = {
  name: 'digit-codes',
  startsAt: 'digits',
  read(cursor, i) {
    const tokens = cursor.tokens;
    const before = tokens[i - 1];
    if (before?.text === '+') return skipDigitGroups(cursor, i);
    // `(024) 3825 1234`, `(12)`: an area code or a list mark in parentheses; `Katrina (1967) was`, four
    // digits with no number after them, is a year.
    if (before?.text === '(' && tokens[i + 1]?.text === ')' && (tokens[i]!.text.length !== yearDigits || startsDigitGroup(tokens, i + 2))) {
      if (!startsDigitGroup(tokens, i + 2) && isAgeAfterWord(cursor, i)) return undefined;
      return skipDigitGroups(cursor, i);
    }
    if (tokens[i]!.text.length > maxDigits) return cursor.skipChunk(i);
    return undefined;
  },
};

/**
 * Digits that read as no count once the number is parsed: digits of two scripts mixed, grouped runs too
 * long, anything still glued on by `.`, `:`, `/` or `,` and digits (a time, a version, `1.2.3.4`), a
 * leading zero (`0123 456 789`, `007`), three or more dashed groups. Runs after numeric dates.
 */
export const unreadableDigits: AnchorReader = {
  name: 'unreadable-digits',
  startsAt: 'digits',
  read(cursor, i) {
    const tokens = cursor.tokens;
    const parsed = readNumber(cursor, i);
    if (parsed === undefined) return cursor.skipChunk(i);
    if (Number.isNaN(parsed.value)) {
      cursor.claim(i, parsed.end);
      return Math.max(parsed.end, cursor.chunkEnd[parsed.end - 1]!);
    }
    const { end, decimal } = parsed;
    const after = tokens[end];
    if (after && after.kind === 'punct' && end + 1 < cursor.chunkEnd[i]! && tokens[end + 1]!.kind === 'digits' && !dashes.has(after.text) && !(!decimal && isScore(cursor, i, end))) return cursor.skipChunk(i);
    if (!decimal && tokens[i]!.text.length > 1 && digitsToNumber(tokens[i]!.text[0]!) === 0) return skipDigitGroups(cursor, i);
    if (!decimal && dashRange(cursor, end, parsed.value)?.kind === 'code') return cursor.skipChunk(i);
    return undefined;
  },
};

/** Most digits of the first side of a score written with a colon. */
const maxScoreDigits = 2;

/**
 * `2:1`, `1:0`: a score as East Slavic and German news write it, where others write `2-1`. A single digit
 * after the colon is no clock time (minutes have two) and no ratio of a map scale (`1:50 000`); both
 * sides are read as numbers, as the two sides of `2-1` are.
 */
function isScore(cursor: TokenCursor, i: number, end: number): boolean {
  const tokens = cursor.tokens;
  const second = tokens[end + 1];
  const next = tokens[end + 2];
  return (
    end === i + 1 &&
    tokens[i]!.text.length <= maxScoreDigits &&
    tokens[end]!.text === ':' &&
    second?.kind === 'digits' &&
    second.text.length === 1 &&
    !(next !== undefined && next.kind === 'punct' && tokens[end + 3]?.kind === 'digits')
  );
}
