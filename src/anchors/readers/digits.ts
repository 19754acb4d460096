// Reading digit runs, shared by the readers of numbers, dates, ordinals and identifiers: a number with
// the language's separators, a day of a list, the dashes between the ends of a range, the year bounds.
import { digitsToNumber } from '../text.js';
import type { TokenCursor } from './cursor.js';
import { quantityAfter } from './quantities.js';

/** Longest digit run read as a number; longer runs (IDs, hashes, 400-digit strings) are identifiers. */
export const maxDigits = 15;
/** Years a bare four-digit number is read as. */
export const minYear = 1900;
export const maxYear = 2100;
/** Highest day of a month. */
export const maxDay = 31;
/** Highest month number of a date. */
export const maxMonth = 12;

export const dashes: ReadonlySet<string> = new Set(['-', '–', '—', '‒', '‐', '‑']);

/** Unicode vulgar fractions a whole number may carry (`1 ½ m`, `2¾`): script-neutral, as digits are. */
export const vulgarFractions: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]);
/** Significant digits a number with a vulgar fraction keeps (⅓ is 0.333, as a translator rounds it). */
const fractionDigits = 3;

/** A number read at a token: its value, the token after it, and whether it had group or decimal separators. */
export interface ReadNumber {
  value: number;
  end: number;
  grouped: boolean;
  decimal: boolean;
}

/** Reads an integer or decimal with the language's separators: `1.435`, `1 435`, `1,5`, `٢٠٢٥`, `1٬435٫5`. */
export function readNumber(cursor: TokenCursor, i: number): ReadNumber | undefined {
  const last = cursor.lastNumber;
  if (last.at === i) return last.value;
  const value = parseNumber(cursor, i);
  last.at = i;
  last.value = value;
  return value;
}

function parseNumber(cursor: TokenCursor, i: number): ReadNumber | undefined {
  const { tokens, tables } = cursor;
  const first = tokens[i]!.text;
  let digits = first;
  let end = i + 1;
  let grouped = false;
  if (first.length <= 3) {
    // The language's decimal mark repeated between groups (`1,250,000` in Swedish) can only group.
    let repeatedMark: string | undefined;
    while (end + 1 < tokens.length) {
      const sep = tokens[end]!;
      const group = tokens[end + 1]!;
      if (repeatedMark === undefined && markRepeatsBetweenGroups(tokens, end)) repeatedMark = sep.text;
      const isSeparator = sep.text.length === 1 && (tables.groupSeparators.has(sep.text) || sep.text === repeatedMark);
      if (!isSeparator || group.kind !== 'digits' || group.text.length !== 3) break;
      digits += group.text;
      end += 2;
      grouped = true;
      // Too long for a count: the caller skips all of it, so no group is read twice.
      if (digits.length > maxDigits) return { value: Number.NaN, end, grouped, decimal: false };
    }
  }
  let decimal = false;
  let fraction = '';
  const sep = tokens[end];
  if (sep && tokens[end + 1]?.kind === 'digits' && ((tables.decimalSeparators.has(sep.text) && (tables.ambiguousSeparators || !(sep.text === '.' && tables.groupSeparators.has('.')))) || englishDecimal(cursor, i, end, grouped))) {
    const next = tokens[end + 1]!.text;
    // `1,435` in a decimal-comma language is 1.435 only when it is not three digits of a grouped number.
    if (next.length <= maxDigits) {
      decimal = true;
      fraction = next;
      end += 2;
    }
  }
  const whole = digitsToNumber(digits);
  if (Number.isNaN(whole)) return undefined; // digits of two scripts mixed
  const value = decimal ? Number(`${whole}.${String(digitsToNumber(fraction)).padStart(fraction.length, '0')}`) : whole;
  const mixed = decimal ? undefined : vulgarFractionAfter(cursor, end);
  if (mixed !== undefined) return { value: Number((whole + mixed.value).toFixed(fractionDigits)), end: mixed.end, grouped, decimal: true };
  return { value, end, grouped, decimal };
}

/** A dot or comma before three digits and then the same mark before three more: `,250,000`. */
function markRepeatsBetweenGroups(tokens: TokenCursor['tokens'], at: number): boolean {
  const mark = tokens[at]!.text;
  if (mark !== '.' && mark !== ',') return false;
  const isGroup = (k: number) => tokens[k]?.kind === 'digits' && tokens[k]!.text.length === 3;
  return isGroup(at + 1) && tokens[at + 2]?.text === mark && isGroup(at + 3);
}

/** `1 ½`, `1½`: the vulgar fraction right after a whole number (glued or after one space), and the token after it. */
function vulgarFractionAfter(cursor: TokenCursor, end: number): { value: number; end: number } | undefined {
  const { tokens } = cursor;
  let k = end;
  if (tokens[k]?.kind === 'space' && tokens[k]!.text.length === 1) k++;
  const value = tokens[k]?.kind === 'punct' ? vulgarFractions.get(tokens[k]!.text) : undefined;
  return value === undefined ? undefined : { value, end: k + 1 };
}

/** Most digits after an English decimal point read in a decimal-comma language (`3.26 juta`). */
const maxEnglishDecimals = 2;

/**
 * `3.26 juta`, `2.8 млрд`, `4.5%`, `1.89 meter`, `ERA van 2.53`: a decimal point written the English
 * way in a language whose dot groups thousands, told by the one or two digits after it (a group has
 * three) and by the scale word, percent or unit of measure after them, or by figures no day and month
 * can be.
 */
function englishDecimal(cursor: TokenCursor, i: number, end: number, grouped: boolean): boolean {
  const { tokens, tables } = cursor;
  if (grouped || tokens[end]!.text !== '.' || !tables.groupSeparators.has('.') || tables.decimalSeparators.has('.')) return false;
  if (tokens[end + 1]!.text.length > maxEnglishDecimals || tokens[end + 2]?.text === '.') return false;
  // No day and month (`2.5` may be the 2nd of May): `2.53`, `18.75`, `45.2` can only be a decimal.
  if (digitsToNumber(tokens[i]!.text) > maxDay || (tokens[end + 1]!.text.length === maxEnglishDecimals && digitsToNumber(tokens[end + 1]!.text) > maxMonth)) return true;
  const quantity = quantityAfter(cursor, i, end + 2);
  if (quantity.percent || quantity.scale !== 1) return true;
  const unit = cursor.nextWord(end + 1);
  return unit >= 0 && tokens[unit]!.kind === 'word' && tables.measureUnits.has(cursor.folded[unit]!);
}

/** A day of a coordinated list at token `i`: one or two digits, no leading zero, 1–31, no decimals or groups. */
export function listDay(cursor: TokenCursor, i: number): number | undefined {
  const token = cursor.tokens[i];
  if (token?.kind !== 'digits' || token.text.length > 2 || cursor.claimed[i]) return undefined;
  if (token.text.length === 2 && digitsToNumber(token.text[0]!) === 0) return undefined;
  const parsed = readNumber(cursor, i);
  if (parsed === undefined || parsed.decimal || parsed.grouped) return undefined;
  return parsed.value >= 1 && parsed.value <= maxDay ? parsed.value : undefined;
}

/**
 * The upper end of a range written with a dash right after the number that ends before `end`
 * (`1950-2025`, `19–21`): `range` when the second number is larger, `code` when three or more dashed
 * groups follow (a phone number or code), undefined when no dashed number follows or it is not larger.
 */
export function dashRange(cursor: TokenCursor, end: number, value: number): { kind: 'range'; upper: number; end: number } | { kind: 'code' } | undefined {
  const tokens = cursor.tokens;
  const dash = tokens[end];
  if (!dash || !dashes.has(dash.text)) return undefined;
  const second = tokens[end + 1];
  if (second?.kind !== 'digits' || second.text.length > maxDigits) return undefined;
  const secondParsed = readNumber(cursor, end + 1);
  if (!secondParsed) return undefined;
  if (tokens[secondParsed.end] && dashes.has(tokens[secondParsed.end]!.text) && tokens[secondParsed.end + 1]?.kind === 'digits') return { kind: 'code' };
  const upper = second.text.length === 2 ? yearRangeEnd(value, secondParsed.value) ?? secondParsed.value : secondParsed.value;
  return upper > value ? { kind: 'range', upper, end: secondParsed.end } : undefined;
}

/**
 * The end of a year range written with its last two digits (`1950-53`, `2017–18`): the later year of
 * the first year's century, or undefined when the first number is no year.
 */
function yearRangeEnd(first: number, lastTwoDigits: number): number | undefined {
  if (!Number.isInteger(first) || first < minYear || first > maxYear) return undefined;
  const end = first - (first % 100) + lastTwoDigits;
  return end > first ? end : undefined;
}
