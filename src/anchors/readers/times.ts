// Clock times: `14:27`, `09:30 BST`, and `4.40` beside a clock word (`om 4.40 uur`, `pukul 4.40`,
// `الساعة 4.40`). A time is a number anchor whose value is `H:MM` and whose numeric value is the minutes
// since midnight, so versions that write one time differently (`4.40 uur`, `4:40`) compare equal.
import { digitsToNumber } from '../text.js';
import type { TokenCursor } from './cursor.js';
import type { AnchorReader } from './reader.js';
import { relationBefore } from './words.js';

const lastHour = 23;
const lastMinute = 59;
/** Minutes in an hour. */
const minutesPerHour = 60;

function isClockWord(cursor: TokenCursor, j: number): boolean {
  return j >= 0 && cursor.tokens[j]?.kind === 'word' && cursor.tables.clockWords.has(cursor.folded[j]!.replace(/\.$/u, ''));
}

/** A clock time in digits: hours, a colon (or a dot beside a clock word) and two digits of minutes. */
export const clockTimes: AnchorReader = {
  name: 'clock-times',
  startsAt: 'digits',
  read(cursor, i) {
    const tokens = cursor.tokens;
    const [hours, separator, minutes, after] = [tokens[i]!, tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (hours.text.length > 2 || separator === undefined || minutes === undefined || minutes.kind !== 'digits' || minutes.text.length !== 2) return undefined;
    // `1:2:30` and `20.02.2025` are something else.
    if (after !== undefined && after.kind === 'punct' && tokens[i + 4]?.kind === 'digits') return undefined;
    const [h, m] = [digitsToNumber(hours.text), digitsToNumber(minutes.text)];
    if (h > lastHour || m > lastMinute) return undefined;
    const before = cursor.previousToken(i);
    const clockBefore = isClockWord(cursor, before);
    if (separator.text !== ':' && !(separator.text === '.' && (clockBefore || isClockWord(cursor, cursor.nextWord(i + 2))))) return undefined;
    // A hedge stands before the time or before its clock word (`حوالي الساعة 09:30`).
    const relationAtTime = relationBefore(cursor, i);
    const relation = relationAtTime !== 'exact' || !clockBefore ? relationAtTime : relationBefore(cursor, before);
    // The value is written in ASCII digits whatever the text uses (`١٠:١٥` is 10:15).
    cursor.emitNumber(i, i + 3, { value: h * minutesPerHour + m, relation, valueText: `${h}:${String(m).padStart(2, '0')}` });
    return i + 3;
  },
};
