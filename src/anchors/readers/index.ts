// The anchors stage as readers over one token cursor. `tokenReaders` is the order in which readers are
// tried at every token; a new kind of anchor is one module implementing AnchorReader and one line here
// (before the readers whose tokens it must take first). Names are read afterwards, over what is left.
import type { Anchor } from '../../types.js';
import { bareYears, dayLists, dayMonthDates, decadesInWords, monthNames, numericDates, twoDigitDecades } from './dates.js';
import { countries } from './countries.js';
import { digitFractions, fractions } from './fractions.js';
import { TokenCursor, type CursorContext } from './cursor.js';
import { digitCodes, isIdentifierChunk, unreadableDigits } from './identifiers.js';
import { readCasedNames } from './names.js';
import { digitNumbers, numberRanges, numberWords, romanNumerals, vagueAmounts } from './numbers.js';
import { articleTensOrdinals, digitOrdinals, dotOrdinals, ordinalWords, prefixedOrdinals } from './ordinals.js';
import { byStartKind, type AnchorReader } from './reader.js';
import { readUncasedNames } from './uncased-names.js';
import { clockTimes, halfHourTimes, hourMinuteTimes } from './times.js';

export type { AnchorReader } from './reader.js';
export type { CursorContext } from './cursor.js';

/**
 * Every token reader, in the order they are tried: at a token of its `startsAt` kind the first reader
 * that reads something wins. Digits: codes, then numeric dates (before `20.02.2025` looks glued), digits
 * before a fraction noun (`2 Drittel`), then
 * what no count can be, ordinals, dates with a day, ordinals written with a full stop, ranges, years, and any other number. Words: Roman
 * numerals, half-hour times, fractions, prefixed ordinals, month names, vague amounts, ordinal and number words, countries.
 */
export const tokenReaders: readonly AnchorReader[] = [
  digitCodes,
  numericDates,
  digitFractions,
  clockTimes,
  unreadableDigits,
  digitOrdinals,
  dayLists,
  dayMonthDates,
  dotOrdinals,
  twoDigitDecades,
  numberRanges,
  bareYears,
  digitNumbers,
  romanNumerals,
  halfHourTimes,
  hourMinuteTimes,
  fractions,
  prefixedOrdinals,
  monthNames,
  decadesInWords,
  vagueAmounts,
  ordinalWords,
  articleTensOrdinals,
  numberWords,
  countries,
];

const readersByKind = byStartKind(tokenReaders);

/**
 * Reads every anchor of one sentence: the token readers left to right, then names over the unclaimed
 * words. `readers` is {@link tokenReaders} unless a caller (a test of a reader) gives another list.
 */
export function readAnchors(text: string, base: number, context: CursorContext, readers: readonly AnchorReader[] = tokenReaders): Anchor[] {
  const cursor = new TokenCursor(text, base, context, readers === tokenReaders ? readersByKind : byStartKind(readers));
  const tokens = cursor.tokens;
  let i = 0;
  let chunkChecked = -1;
  while (i < tokens.length) {
    if (tokens[i]!.kind === 'space') {
      i += 1;
      continue;
    }
    // Identifiers are decided once per whitespace-free chunk, at its first token.
    if (chunkChecked < i && (i === 0 || tokens[i - 1]!.kind === 'space')) {
      chunkChecked = cursor.chunkEnd[i]! - 1;
      if (isIdentifierChunk(cursor, i)) {
        cursor.claim(i, cursor.chunkEnd[i]!);
        i = cursor.chunkEnd[i]!;
        continue;
      }
    }
    i = Math.max(cursor.readAt(i), i + 1);
  }
  if (context.tables.orthography.casedNames) readCasedNames(cursor);
  else readUncasedNames(cursor);
  return cursor.anchors.sort((a, b) => a.start - b.start);
}
