// Fractions: `zwei Drittel`, `en tredjedel`, `третина`, `ثلثي`, `sepertiga`, `twee derde`, `a third of`.
// A fraction is a number anchor n/d (value `2/3`, numeric 0.666…): never the ordinal its denominator is
// spelt like (`derde`, `third`, `третя`), nor a count of its numerator (`zwei`, 2).
import type { FractionTable } from '../language.js';
import { minScaleOfAPart } from '../../lang/profile.js';
import { digitsToNumber } from '../text.js';
import type { TokenCursor } from './cursor.js';
import { scaleAt } from './numbers.js';
import type { AnchorReader } from './reader.js';
import { relationBefore } from './words.js';

/** Smallest denominator read (`tweede` after a number is "second", and halves are read elsewhere). */
const minDenominator = 3;

/** Most digits of a numerator written in digits (`2 tredjedelar`). */
const maxNumeratorDigits = 2;

/** A numerator at `i`: a one-word cardinal, an article standing for one (`a`), or digits. */
function numeratorAt(cursor: TokenCursor, table: FractionTable, i: number): number | undefined {
  const token = cursor.tokens[i];
  if (token?.kind === 'digits') return token.text.length <= maxNumeratorDigits ? digitsToNumber(token.text) || undefined : undefined;
  if (token?.kind !== 'word') return undefined;
  if (table.oneWords.has(cursor.folded[i]!)) return 1;
  const value = cursor.lookupWord(cursor.tables.numberWords, i);
  return value !== undefined && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** Whether a partitive word (`van`, `of`) follows the token at `i`, where the language asks for one after a numerator of one. */
function partitiveAfter(cursor: TokenCursor, table: FractionTable, i: number): boolean {
  if (table.partitiveWords === undefined) return true;
  const next = cursor.nextWord(i);
  return next >= 0 && cursor.tokens[next]!.kind === 'word' && table.partitiveWords.has(cursor.folded[next]!);
}

/**
 * The scale word of a thousand or more after the token before `to`, right after it or after one of the
 * language's `scaleLinks` (`of a`): its value and the token after it.
 */
function scaleAfter(cursor: TokenCursor, table: FractionTable, to: number): { value: number; end: number } | undefined {
  const large = (scale: { value: number; end: number } | undefined) => (scale !== undefined && scale.value >= minScaleOfAPart ? scale : undefined);
  // `un demi-million`: the scale glued by a hyphen.
  const glued = cursor.tokens[to]?.text === '-' && cursor.tokens[to + 1]?.start === cursor.tokens[to]!.end ? large(scaleAt(cursor, to + 1)) : undefined;
  const direct = glued ?? large(scaleAt(cursor, to));
  if (direct !== undefined) return direct;
  for (const link of table.scaleLinks) {
    let at = to - 1;
    for (const word of link) {
      at = cursor.nextWord(at);
      if (at < 0 || cursor.folded[at] !== word) break;
    }
    if (at >= 0 && cursor.folded[at] === link[link.length - 1]) {
      const scale = large(scaleAt(cursor, at + 1));
      if (scale !== undefined) return scale;
    }
  }
  return undefined;
}

function emitFraction(cursor: TokenCursor, table: FractionTable, from: number, to: number, numerator: number, denominator: number): number {
  const relation = relationBefore(cursor, from);
  // A part of a scale (`a quarter of a million`, `чверть мільйона`) is the amount itself: 250,000.
  const scale = scaleAfter(cursor, table, to);
  if (scale !== undefined) {
    cursor.emitNumber(from, scale.end, { value: (numerator / denominator) * scale.value, relation, spelledOut: true });
    return scale.end;
  }
  cursor.emitNumber(from, to, { value: numerator / denominator, relation, valueText: `${numerator}/${denominator}`, spelledOut: true });
  return to;
}

/** A word for a part before a scale (`half a million`, `пів мільйона`, `en kvarts miljon`): that part of the scale; else nothing. */
function partOfScale(cursor: TokenCursor, table: FractionTable, i: number): number | undefined {
  const part = cursor.tokens[i]!.kind === 'word' ? cursor.lookupWord(table.scaleParts, i) : undefined;
  const scale = part === undefined ? undefined : scaleAfter(cursor, table, i + 1);
  if (part === undefined || scale === undefined) return undefined;
  cursor.emitNumber(i, scale.end, { value: part * scale.value, relation: relationBefore(cursor, i), spelledOut: true });
  return scale.end;
}

/**
 * A fraction starting at `i`: a numerator and a fraction noun (`zwei Drittel`, `a quarter`) or an ordinal
 * where the language writes them so (`twee derde`), or a fraction noun alone (`третина`, `sepertiga`).
 */
export const fractions: AnchorReader = {
  name: 'fractions',
  startsAt: 'word',
  read(cursor, i) {
    const table = cursor.tables.fractions;
    if (table === undefined) return undefined;
    const part = partOfScale(cursor, table, i);
    if (part !== undefined) return part;
    const own = cursor.tokens[i]!.kind === 'word' ? cursor.lookupWord(table.nouns, i) : undefined;
    if (own !== undefined) {
      if (besideOrdinal(cursor, i)) return undefined;
      if (typeof own !== 'number') return emitFraction(cursor, table, i, i + 1, own[0], own[1]);
      return table.nounsNeedCount ? undefined : emitFraction(cursor, table, i, i + 1, 1, own);
    }
    const numerator = numeratorAt(cursor, table, i);
    const at = numerator === undefined ? -1 : partAfter(cursor, i);
    if (numerator === undefined || at < 0) return undefined;
    const noun = cursor.lookupWord(table.nouns, at);
    if (typeof noun === 'number' && numerator < noun) return emitFraction(cursor, table, i, at + 1, numerator, noun);
    // Numerator and denominator written as numbers with "over" between (`dua per tiga`).
    if (table.overWords.has(cursor.folded[at]!) && cursor.tokens[i]!.kind === 'word') {
      const below = cursor.nextWord(at);
      const denominator = below >= 0 && cursor.tokens[below]!.kind === 'word' ? cursor.lookupWord(cursor.tables.numberWords, below) : undefined;
      if (denominator !== undefined && Number.isInteger(denominator) && denominator >= minDenominator && numerator < denominator) return emitFraction(cursor, table, i, below + 1, numerator, denominator);
      return undefined;
    }
    if (!table.ordinalsAfterCount || cursor.tokens[i]!.kind !== 'word') return undefined;
    const ordinal = cursor.lookupWord(cursor.tables.ordinalWords, at);
    if (ordinal === undefined || ordinal < minDenominator || numerator >= ordinal) return undefined;
    if (numerator === 1 && !partitiveAfter(cursor, table, at)) return undefined;
    return emitFraction(cursor, table, i, at + 1, numerator, ordinal);
  },
};

/**
 * Whether an ordinal word stands right before or after the fraction noun at `i`: `الربع الأول`, `у першій
 * чверті` ("the first quarter" of a year, of a match) name a part of a sequence, not an amount.
 */
function besideOrdinal(cursor: TokenCursor, i: number): boolean {
  const isOrdinal = (j: number) => j >= 0 && cursor.tokens[j]!.kind === 'word' && cursor.lookupWord(cursor.tables.ordinalWords, j) !== undefined;
  return isOrdinal(cursor.nextWord(i)) || isOrdinal(cursor.previousToken(i));
}

/** The word after a numerator at `i`: after a space, or glued by a hyphen (`two-thirds`); -1 when none. */
function partAfter(cursor: TokenCursor, i: number): number {
  const { tokens } = cursor;
  if (tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'word' && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]!.start === tokens[i + 1]!.end) return i + 2;
  const next = cursor.nextWord(i);
  return next >= 0 && tokens[next]!.kind === 'word' ? next : -1;
}

/** A fraction whose numerator is written in digits (`2 tredjedelar`, `2 Drittel`): the nouns only. */
export const digitFractions: AnchorReader = { name: 'digit-fractions', startsAt: 'digits', read: fractions.read };
