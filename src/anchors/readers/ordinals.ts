// Ordinals: digits with a suffix (`10-ї`, `15:e`, `10e`, `10th`), with a prefix (`ke-10`, `الـ10`), and
// ordinal words (`tionde`, `п'ятий`, `الثالث والستين`).
import { digitsToNumber } from '../text.js';
import type { TokenCursor } from './cursor.js';
import { afterYearMarker, finishDate, ordinalDecade, spelledDayDate } from './dates.js';
import { dashes, maxDay, maxYear, minYear, readNumber } from './digits.js';
import type { AnchorReader } from './reader.js';
import { isOrdinalSuffix, monthAt, monthEnd } from './words.js';

/** Longest digit run of a day of the month. */
const maxDayDigits = 2;
/** Longest digit run after an ordinal prefix (`ke-10`); longer is a code. */
const maxPrefixedOrdinalDigits = 6;
/** Units that stand before the tens in compound ordinals of languages that say units first. */
const maxUnit = 9;
/** Tens that are their own ordinal with the article after a definite noun (`القرن العشرين`, `الذكرى الخمسين`). */
const minArticleTens = 20;
const maxArticleTens = 90;

/** `10-ї`, `16-ї`, `15:e`, `10e`, `10de`, `75-årsdagen`: digits and an ordinal suffix. */
export const digitOrdinals: AnchorReader = {
  name: 'digit-ordinals',
  startsAt: 'digits',
  read(cursor, i) {
    const parsed = readNumber(cursor, i);
    if (parsed === undefined) return undefined;
    const { tokens } = cursor;
    const { end, value } = parsed;
    const joiner = tokens[end];
    let suffixIndex = -1;
    if (joiner?.kind === 'word' && tokens[end - 1]!.end === joiner.start) suffixIndex = end; // 10e, 10th
    else if (joiner && (dashes.has(joiner.text) || joiner.text === ':') && tokens[end + 1]?.kind === 'word') suffixIndex = end + 1; // 10-ї, 15:e
    // `الـ10`, `ke-10`: the prefix was read with the word before; nothing to do here.
    if (suffixIndex < 0 || !isOrdinalSuffix(cursor, suffixIndex) || !Number.isInteger(value)) return undefined;
    // `1950-го року`, `2016-го года`: a year written as an ordinal before the word for year is that year.
    const inYears = tokens[i]!.text.length === 4 && value >= minYear && value <= maxYear;
    const yearEnd = inYears ? afterYearMarker(cursor, suffixIndex + 1) : suffixIndex + 1;
    if (yearEnd > suffixIndex + 1) {
      cursor.emitDate(i, yearEnd, { year: value });
      return yearEnd;
    }
    if (inYears && isElidedYear(cursor, suffixIndex)) {
      cursor.emitDate(i, suffixIndex + 1, { year: value });
      return suffixIndex + 1;
    }
    // `1er octobre`, `21st October`, `1-го жовтня`: a day written as an ordinal before a month name.
    const monthWord = tokens[i]!.text.length <= maxDayDigits && value >= 1 && value <= maxDay ? cursor.nextWord(suffixIndex) : -1;
    const month = monthWord >= 0 ? monthAt(cursor, monthWord, true) : undefined;
    if (month !== undefined) return finishDate(cursor, i, monthEnd(cursor, monthWord), { day: value, month });
    // `30-е годы`: the tens before a plural word for years are the 1930s, not the 30th.
    const decade = tokens[i]!.text.length === 2 ? ordinalDecade(cursor, i, suffixIndex + 1, value) : undefined;
    if (decade !== undefined) return decade;
    cursor.emitOrdinal(i, suffixIndex + 1, value);
    return suffixIndex + 1;
  },
};

/** Longest digit run read as an ordinal written with a full stop (`89.`); a longer one is a figure or a year. */
const maxDotOrdinalDigits = 3;

/**
 * `in der 25. Minute`, `zum 2. Mal`: digits and a full stop after an article, a preposition or a
 * determiner, before the next word, where the language writes ordinals so (its `ordinalDots`). A day
 * before a month (`am 3. Oktober`) was read as a date before this reader.
 */
export const dotOrdinals: AnchorReader = {
  name: 'dot-ordinals',
  startsAt: 'digits',
  read(cursor, i) {
    const { tokens, tables } = cursor;
    if (tables.ordinalDotAfter.size === 0) return undefined;
    const digits = tokens[i]!;
    const stop = tokens[i + 1];
    if (digits.text.length > maxDotOrdinalDigits || stop?.text !== '.' || stop.start !== digits.end) return undefined;
    if (tokens[i + 2]?.kind !== 'space' || tokens[i + 3]?.kind !== 'word') return undefined;
    const before = cursor.previousToken(i);
    if (before < 0 || tokens[before]!.kind !== 'word' || !tables.ordinalDotAfter.has(cursor.folded[before]!)) return undefined;
    cursor.emitOrdinal(i, i + 2, digitsToNumber(digits.text));
    return i + 2;
  },
};

/** `у 2006-му`, `в 2012-м`: a year as an ordinal with the word for year left out, where the language writes so. */
function isElidedYear(cursor: TokenCursor, suffixIndex: number): boolean {
  const { tables } = cursor;
  return tables.rules.elidedYearOrdinals === true && tables.ordinalSuffixes.has(cursor.folded[suffixIndex]!);
}

/** `ke-10`, `الـ10`: a prefix joined to digits makes an ordinal. */
export const prefixedOrdinals: AnchorReader = {
  name: 'prefixed-ordinals',
  startsAt: 'word',
  read(cursor, i) {
    const { tokens, tables } = cursor;
    const folded = cursor.folded[i]!;
    const joined = tokens[i + 1];
    if (joined && dashes.has(joined.text) && tokens[i + 2]?.kind === 'digits' && (tables.ordinalPrefixes.has(`${folded}-`) || tables.ordinalPrefixes.has(folded))) {
      return readPrefixedOrdinal(cursor, i, i + 2);
    }
    if (joined?.kind === 'digits' && (tables.ordinalPrefixes.has(folded) || tables.orthography.isOrdinalArticle(tokens[i]!.text))) {
      return readPrefixedOrdinal(cursor, i, i + 1);
    }
    return undefined;
  },
};

function readPrefixedOrdinal(cursor: TokenCursor, i: number, digitsAt: number): number {
  const digits = cursor.tokens[digitsAt]!;
  if (digits.text.length > maxPrefixedOrdinalDigits) return cursor.skipChunk(i);
  cursor.emitOrdinal(i, digitsAt + 1, digitsToNumber(digits.text));
  return digitsAt + 1;
}

/**
 * Ordinal words, and compound ordinals that put the unit first and the tens after `و` (`الثالث والستين`
 * is the 63rd, `الحادي عشر` the 11th) where the language says units first. A collective (`kedua negara`, "both countries") is
 * no count; other collectives (`kelima provinsi`, "the five provinces") are left to the number words.
 */
export const ordinalWords: AnchorReader = {
  name: 'ordinal-words',
  startsAt: 'word',
  read(cursor, i) {
    const { tables, tokens } = cursor;
    const ordinal = cursor.lookupWord(tables.ordinalWords, i);
    if (ordinal === undefined) return undefined;
    if (isCollective(cursor, i)) return ordinal === 2 && !beforeTensWord(cursor, i) ? i + 1 : undefined;
    const next = tables.orthography.unitsBeforeTens && ordinal <= maxUnit ? cursor.nextWord(i) : -1;
    const tens = next >= 0 && tokens[next]!.kind === 'word' ? cursor.lookupWord(tables.numberWords, next) : undefined;
    // `الثالث عشر` (13th) adds the ten the same way (`عشر` spells 10).
    if (tens !== undefined && tens % 10 === 0 && tens >= 10 && tens < 100) {
      const dated = spelledDayDate(cursor, i, next + 1, ordinal + tens);
      if (dated !== undefined) return dated;
      cursor.emitOrdinal(i, next + 1, ordinal + tens, true);
      return next + 1;
    }
    if (ordinal === 1 && (besideCardinal(cursor, i) || tables.seriesStartOrdinals.has(cursor.folded[i]!))) return i + 1;
    if (meansOther(cursor, i)) return i + 1;
    // `тридцятих роках`, `тридцатые годы`: the 1930s.
    const decade = ordinalDecade(cursor, i, i + 1, ordinal);
    if (decade !== undefined) return decade;
    const dated = spelledDayDate(cursor, i, i + 1, ordinal);
    if (dated !== undefined) return dated;
    if (beforeNoOrdinalWord(cursor, i)) return i + 1;
    cursor.emitOrdinal(i, i + 1, ordinal, true);
    return i + 1;
  },
};

/**
 * Whether a cardinal stands right before or after the word at `i`: "first" beside a count ("the first
 * nine", "les neuf premiers", "первых девяти", "die ersten zehn") picks out the start of a series, it
 * ranks nothing; the count beside it says how many.
 */
function besideCardinal(cursor: TokenCursor, i: number): boolean {
  const { tables, tokens } = cursor;
  const isCardinal = (j: number) =>
    j >= 0 && (tokens[j]!.kind === 'digits' || (tokens[j]!.kind === 'word' && (cursor.lookupWord(tables.numberWords, j) ?? 0) >= minSeriesCount));
  return isCardinal(cursor.nextWord(i)) || isCardinal(cursor.previousToken(i));
}

/** Whether a word no ordinal stands before follows the word at `i` (Dutch `vierde de zege`, `vierde hij`): a verb. */
function beforeNoOrdinalWord(cursor: TokenCursor, i: number): boolean {
  const words = cursor.tables.notAfterOrdinals;
  if (words.size === 0) return false;
  const next = cursor.nextWord(i);
  return next >= 0 && cursor.tokens[next]!.kind === 'word' && words.has(cursor.folded[next]!);
}

/**
 * Whether an ordinal word that also means "other" (Swedish `andra`) means "other" here: neither after a
 * determiner (`den andra dagen`) nor before a definite noun (`andra halvleken`) other than "side" (`å
 * andra sidan`). `andra länder`, `bland andra`, `de andra` are "other(s)": no rank to compare.
 */
function meansOther(cursor: TokenCursor, i: number): boolean {
  const { words, determiners, definiteEndings, sides } = cursor.tables.ordinalsAlsoOther;
  if (!words.has(cursor.folded[i]!)) return false;
  const before = cursor.previousToken(i);
  if (before >= 0 && cursor.tokens[before]!.kind === 'word' && determiners.has(cursor.folded[before]!)) return false;
  const next = cursor.nextWord(i);
  if (next < 0 || cursor.tokens[next]!.kind !== 'word') return true;
  const noun = cursor.folded[next]!;
  return sides.has(noun) || !definiteEndings.some((ending) => noun.length > ending.length + 1 && noun.endsWith(ending));
}

/** The smallest count "first" can pick out of a series (`the first two`; `first one` is the first). */
const minSeriesCount = 2;

/** Whether a scale or addend word follows (`kedua puluh`, `kedua belas`): the number words read the compound ordinal. */
function beforeTensWord(cursor: TokenCursor, i: number): boolean {
  const next = cursor.nextWord(i);
  if (next < 0 || cursor.tokens[next]!.kind !== 'word') return false;
  return cursor.lookupWord(cursor.tables.scaleWords, next) !== undefined || cursor.lookupWord(cursor.tables.addendWords, next) !== undefined;
}

/**
 * Indonesian `kelima provinsi` ("the five provinces") is a count, while `provinsi kelima` and
 * `tahun kelima ini` are ordinals: a ke- word directly before a content word counts.
 */
function isCollective(cursor: TokenCursor, i: number): boolean {
  const collective = cursor.tables.rules.collectiveNumbers;
  if (collective === undefined || !cursor.folded[i]!.startsWith(collective.prefix)) return false;
  const next = cursor.nextWord(i);
  if (next < 0 || cursor.tokens[next]!.kind !== 'word') return false;
  return !collective.notBefore.includes(cursor.folded[next]!);
}

/**
 * `القرن العشرين` (the 20th century), `الذكرى الخمسين` (the 50th anniversary): Arabic has no ordinal form
 * for the tens, so a tens word with the article right after a word with the article is the ordinal,
 * as other languages write it (`20th`, `50e`). Before its noun (`العشرين عاما`) it stays a count.
 */
export const articleTensOrdinals: AnchorReader = {
  name: 'article-tens-ordinals',
  startsAt: 'word',
  read(cursor, i) {
    const { tables, tokens } = cursor;
    const article = tables.orthography.gluedArticle;
    if (article === undefined || !hasArticle(cursor, i, article)) return undefined;
    const tens = cursor.lookupWord(tables.numberWords, i);
    if (tens === undefined || tens % 10 !== 0 || tens < minArticleTens || tens > maxArticleTens) return undefined;
    const noun = cursor.previousToken(i);
    if (noun < 0 || tokens[noun]!.kind !== 'word' || !hasArticle(cursor, noun, article) || cursor.lookupWord(tables.numberWords, noun) !== undefined) return undefined;
    cursor.emitOrdinal(i, i + 1, tens, true);
    return i + 1;
  },
};

/** Whether the word at `i` carries the glued article, alone or after a one-letter clitic (`العشرين`, `والعشرين`). */
function hasArticle(cursor: TokenCursor, i: number, article: string): boolean {
  const word = cursor.folded[i]!;
  return word.startsWith(article) || cursor.tables.rules.cliticPrefixes.some((clitic) => clitic !== article && word.startsWith(clitic + article));
}
