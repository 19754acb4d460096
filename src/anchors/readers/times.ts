// Clock times: `14:27`, `09:30 BST`, `4.40` beside a clock word (`om 4.40 uur`, `pukul 4.40`,
// `الساعة 4.40`), and a clock word glued between hours and minutes (`04h40`). A time is a number
// anchor whose value is `H:MM` and whose numeric value is the minutes since midnight, so versions that
// write one time differently (`4.40 uur`, `4:40`) compare equal.
import type { Anchor, NumberRelation } from '../../types.js';
import { digitsToNumber } from '../text.js';
import type { TokenCursor } from './cursor.js';
import type { AnchorReader } from './reader.js';
import { relationBefore } from './words.js';

const lastHour = 23;
const lastMinute = 59;
/** Minutes in an hour. */
const minutesPerHour = 60;

/** Whether an anchor is a clock time read as such: a number whose value is `H:MM` (see the module comment). */
export function isClockTime(anchor: Anchor): boolean {
  return anchor.type === 'number' && anchor.value.includes(':');
}

/** Whether hours and minutes in digits are a time of day (0:00 … 23:59). */
export function isTimeOfDay(hours: string, minutes: string): boolean {
  return digitsToNumber(hours) <= lastHour && digitsToNumber(minutes) <= lastMinute;
}

/** Whether the token at `j` is one of the language's clock words (`uur`, `pukul`, `h`). */
export function isClockWord(cursor: TokenCursor, j: number): boolean {
  return j >= 0 && cursor.tokens[j]?.kind === 'word' && cursor.tables.clockWords.has(cursor.folded[j]!.replace(/\.$/u, ''));
}

/** Whether the token at `j` is the full stop of an abbreviated clock word glued to it (`kl.`, `h.`). */
function isAbbreviationStop(cursor: TokenCursor, j: number): boolean {
  return j >= 1 && cursor.tokens[j]!.text === '.' && isClockWord(cursor, j - 1);
}

/** Whether the token at `j` marks what follows as a time: a clock word, abbreviated or not, or a time preposition (`om`, `о`). */
function marksTime(cursor: TokenCursor, j: number): boolean {
  return isClockWord(cursor, j) || isAbbreviationStop(cursor, j) || (j >= 0 && cursor.tables.timePrepositions.has(cursor.folded[j]!));
}

/** A clock time in digits: hours, a colon (or a dot beside a clock word, or a clock word glued to both) and two digits of minutes. */
export const clockTimes: AnchorReader = {
  name: 'clock-times',
  startsAt: 'digits',
  read(cursor, i) {
    const spacedEnd = spacedClockTime(cursor, i);
    if (spacedEnd !== undefined) return spacedEnd;
    const tokens = cursor.tokens;
    const [hours, separator, minutes, after] = [tokens[i]!, tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (hours.text.length > 2 || separator === undefined || minutes === undefined || minutes.kind !== 'digits' || minutes.text.length !== 2) return undefined;
    // `1:2:30` and `20.02.2025` are something else.
    if (after !== undefined && after.kind === 'punct' && tokens[i + 4]?.kind === 'digits') return undefined;
    const [h, m] = [digitsToNumber(hours.text), digitsToNumber(minutes.text)];
    if (h > lastHour || m > lastMinute) return undefined;
    const before = cursor.previousToken(i);
    const clockBefore = marksTime(cursor, before);
    // `04h40`: the clock word itself between hours and minutes, glued to both (a space would be a token).
    const gluedClockWord = isClockWord(cursor, i + 1);
    if (separator.text !== ':' && !gluedClockWord && !(separator.text === '.' && (clockBefore || isClockWord(cursor, cursor.nextWord(i + 2))))) return undefined;
    // A hedge stands before the time or before its clock word (`حوالي الساعة 09:30`).
    const relationAtTime = relationBefore(cursor, i);
    const relation = relationAtTime !== 'exact' || !clockBefore ? relationAtTime : relationBefore(cursor, before);
    return emitTime(cursor, i, i + 3, h, m, relation);
  },
};

/**
 * Emits the time `hours:minutes` over tokens `[from, to)` and returns `to`: the minutes since midnight,
 * written `H:MM` in ASCII digits whatever the text uses (`١٠:١٥` is 10:15).
 */
function emitTime(cursor: TokenCursor, from: number, to: number, hours: number, minutes: number, relation: NumberRelation): number {
  cursor.emitNumber(from, to, { value: hours * minutesPerHour + minutes, relation, valueText: `${hours}:${String(minutes).padStart(2, '0')}` });
  return to;
}

/**
 * `20 h 30`, `19 h 00`, `20 Uhr 30`, `20 h. 30`: hours, the clock word (abbreviated with a full stop or
 * not) between spaces and two digits of minutes, as French news writes times. Emits the time and
 * returns the token after it; undefined otherwise.
 */
function spacedClockTime(cursor: TokenCursor, i: number): number | undefined {
  const tokens = cursor.tokens;
  const hours = tokens[i]!;
  if (hours.text.length > 2 || tokens[i + 1]?.kind !== 'space' || !isClockWord(cursor, i + 2)) return undefined;
  const wordEnd = isAbbreviationStop(cursor, i + 3) ? i + 4 : i + 3;
  const minutesAt = wordEnd + 1;
  const minutes = tokens[minutesAt];
  if (tokens[wordEnd]?.kind !== 'space' || minutes === undefined || minutes.kind !== 'digits' || minutes.text.length !== 2) return undefined;
  // `20 h 30 000`, `20 h 30,5`: the digits after go on.
  const after = tokens[minutesAt + 1];
  const afterNext = tokens[minutesAt + 2];
  if (after !== undefined && (after.kind === 'digits' || (after.kind === 'space' && afterNext?.kind === 'digits') || (after.kind === 'punct' && afterNext?.kind === 'digits'))) return undefined;
  if (!isTimeOfDay(hours.text, minutes.text)) return undefined;
  return emitTime(cursor, i, minutesAt + 1, digitsToNumber(hours.text), digitsToNumber(minutes.text), relationBefore(cursor, i));
}

/**
 * The longest phrase of up to `maxWords` words from the word at `start` that `known` accepts (folded,
 * joined by single spaces), with its last word; undefined when none is.
 */
function longestPhrase(cursor: TokenCursor, start: number, maxWords: number, known: (words: string) => boolean): { words: string; last: number } | undefined {
  let found: { words: string; last: number } | undefined;
  let words = '';
  for (let j = start, n = 0; n < maxWords && j >= 0 && cursor.tokens[j]?.kind === 'word'; n++, j = cursor.nextWord(j)) {
    words = n === 0 ? cursor.folded[j]! : `${words} ${cursor.folded[j]!}`;
    if (known(words)) found = { words, last: j };
  }
  return found;
}

/** Hours on a clock face a half-hour phrase names (`half tien`: 10). */
const firstHour = 1;
const lastClockHour = 12;
/** Most words of a half-hour phrase (`пів на`). */
const maxHalfHourWords = 2;
const halfHourMinutes = 30;

/** The hour of the clock face (1–12) at `j`: an ordinal word where the language says so, else a number word or digits. */
function clockHourAt(cursor: TokenCursor, j: number, ordinal: boolean): number | undefined {
  const token = cursor.tokens[j]!;
  let hour: number | undefined;
  if (token.kind === 'word') hour = cursor.lookupWord(ordinal ? cursor.tables.ordinalWords : cursor.tables.numberWords, j);
  else if (token.kind === 'digits' && !ordinal && token.text.length <= 2) hour = digitsToNumber(token.text);
  return hour !== undefined && Number.isInteger(hour) && hour >= firstHour && hour <= lastClockHour ? hour : undefined;
}

/**
 * A clock time told by the half hour (`om half tien`, `klockan halv tio`, `um halb zehn`, `в половине
 * десятого`: 9:30; `half past nine`), as the language's `halfHours` says; read as the time, so the hour
 * word is no count (10) and no ordinal (10th) to set against `09.30` in another version.
 */
export const halfHourTimes: AnchorReader = {
  name: 'half-hour-times',
  startsAt: 'word',
  read(cursor, i) {
    const table = cursor.tables.halfHours;
    if (table === undefined) return undefined;
    const { tokens, folded } = cursor;
    const last = longestPhrase(cursor, i, maxHalfHourWords, (words) => table.words.has(words))?.last ?? -1;
    if (last < 0) return undefined;
    const hourAt = cursor.nextWord(last);
    if (hourAt < 0) return undefined;
    const hour = clockHourAt(cursor, hourAt, table.ordinalHour);
    if (hour === undefined) return undefined;
    if (table.contextBefore !== undefined) {
      const before = cursor.previousToken(i);
      const marked = (before >= 0 && tokens[before]!.kind === 'word' && table.contextBefore.has(folded[before]!)) || isClockWord(cursor, before) || isClockWord(cursor, cursor.nextWord(hourAt));
      if (!marked) return undefined;
    }
    // `half een` is 12:30: the hour before one on the clock face is twelve.
    const h = ((hour + table.hourOffset - 1 + lastClockHour) % lastClockHour) + 1;
    return emitTime(cursor, i, hourAt + 1, h, halfHourMinutes, relationBefore(cursor, i));
  },
};

/** Most words of a minute phrase after a spelled hour (`إلا ربعا`). */
const maxMinuteWords = 2;

/**
 * A clock time told by an hour word and a part of the hour after it (`في الساعة الثالثة والنصف`: 3:30;
 * `الرابعة إلا ربعا`: 3:45), as the language's `hourMinutes` says: the hour word right after a clock word
 * or a time preposition, or right before a clock word. Read as the time, so the hour word is no count (3)
 * and no ordinal (3rd) to set against `15:30` in another version. An hour alone beside a clock word
 * stays an hour for the rules to read (`الساعة الثالثة`, `klockan tre`).
 */
export const hourMinuteTimes: AnchorReader = {
  name: 'hour-minute-times',
  startsAt: 'word',
  read(cursor, i) {
    const table = cursor.tables.hourMinutes;
    if (table === undefined) return undefined;
    const hour = clockHourAt(cursor, i, table.ordinalHour);
    if (hour === undefined) return undefined;
    const phrase = longestPhrase(cursor, cursor.nextWord(i), maxMinuteWords, (words) => table.minuteWords.has(words));
    if (phrase === undefined) return undefined;
    const minutes = table.minuteWords.get(phrase.words)!;
    const end = phrase.last + 1;
    if (!marksTime(cursor, cursor.previousToken(i)) && !isClockWord(cursor, cursor.nextWord(end - 1))) return undefined;
    // `إلا ربعا`: a quarter to the hour, on a clock face of twelve.
    const face = lastClockHour * minutesPerHour;
    const total = (hour * minutesPerHour + minutes + face) % face;
    const h = Math.floor(total / minutesPerHour) || lastClockHour;
    return emitTime(cursor, i, end, h, total % minutesPerHour, relationBefore(cursor, i));
  },
};
