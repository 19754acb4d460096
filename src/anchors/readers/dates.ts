// Dates: numeric dates (`20.02.2025`), a day before a month name (`20 februari`, `20. Februar`, `19–21
// februari`, `van 19 tot 21 februari`), lists of days ending in a date (`am 6. und 7. Juli`), bare years
// (`2025`, `2025 року`), and dates that start with a month name (`Februari 2025`, `February 20, 2025`,
// `Mai und Juni 1956`, a month on its own).
import { digitsToNumber, isCapitalised } from '../text.js';
import type { DateParts, TokenCursor } from './cursor.js';
import { dashes, dashRange, listDay, maxDay, maxMonth, maxYear, minYear, readNumber } from './digits.js';
import { isDecade, isDecadeTens, isIdentifierChunk, isTwoDigitDecade } from './identifiers.js';
import { isAfterLabelWord, quantityAfter } from './quantities.js';
import type { AnchorReader } from './reader.js';
import { afterCliticCoordinator, afterMonthContext, hasGluedArticle, monthAt, monthEnd, nameEnd, relationBefore } from './words.js';

/** Years of a numeric date (`20.02.2025`, `2025-02-20`). */
const minNumericYear = 1000;
const maxNumericYear = 2999;
/** A two-digit year of a numeric date is in this century (`20.02.25`). */
const twoDigitYearBase = 2000;
/** Longest abbreviated year marker that keeps its dot (`р.`). */
const maxMarkerAbbreviation = 2;

/** `20/02/2025`, `20.02.2025`, `2025-02-20`: a numeric date. */
export const numericDates: AnchorReader = {
  name: 'numeric-dates',
  startsAt: 'digits',
  read(cursor, i) {
    const tokens = cursor.tokens;
    const parts: string[] = [];
    let sep = '';
    let j = i;
    for (let n = 0; n < 3; n++) {
      const part = tokens[j];
      if (part?.kind !== 'digits') return undefined;
      parts.push(part.text);
      j += 1;
      if (n < 2) {
        const s = tokens[j]?.text ?? '';
        if (!(s === '/' || s === '.' || s === '-') || (sep !== '' && s !== sep)) return undefined;
        sep = s;
        j += 1;
      }
    }
    if (tokens[j]?.kind === 'digits' || tokens[j]?.kind === 'word' || (tokens[j] && tokens[j]!.text === sep && tokens[j + 1]?.kind === 'digits')) return undefined;
    const date = numericDateParts(parts, cursor.tables.monthFirstDates);
    if (date === undefined) return undefined;
    cursor.emitDate(i, j, date);
    return j;
  },
};

/** Day, month and year of three digit groups, year first or last; undefined when they make no date. */
function numericDateParts(parts: string[], monthFirstDates: boolean): Required<Pick<DateParts, 'day' | 'month' | 'year'>> | undefined {
  const [a, b, c] = parts.map((p) => digitsToNumber(p)) as [number, number, number];
  let day: number;
  let month: number;
  let year: number;
  if (parts[0]!.length === 4 && parts[1]!.length <= 2 && parts[2]!.length <= 2) [year, month, day] = [a, b, c];
  else if (parts[0]!.length <= 2 && parts[1]!.length <= 2 && (parts[2]!.length === 4 || parts[2]!.length === 2)) {
    [day, month, year] = [a, b, parts[2]!.length === 2 ? twoDigitYearBase + c : c];
    // Month-first (US) dates only when the first part cannot be a month.
    if (month > maxMonth && day <= maxMonth && monthFirstDates) [day, month] = [month, day];
  } else return undefined;
  if (month < 1 || month > maxMonth || day < 1 || day > maxDay || year < minNumericYear || year > maxNumericYear) return undefined;
  return { day, month, year };
}

/**
 * A list of days joined by commas and coordinators that ends in a day and month: `6. und 7. Juli 1956`,
 * `3., 4. und 5. Juni`, `15 et 25 mai`, `15 و16 أبريل`. Emits a date for every earlier day (span: the
 * day and a dot right after it; month and year of the final date), reads the final date as usual, and
 * returns the token after it. Only commas and coordinators may stand between the days, and every day is
 * 1–31 with one or two digits.
 *
 * A walk that fails does so at the same token for every day it passed, so those days are not walked
 * again (`listWalks.noDayListBefore`): the scan stays linear on `1, 1, 1, …`.
 */
export const dayLists: AnchorReader = {
  name: 'day-lists',
  startsAt: 'digits',
  read(cursor, i) {
    if (i < cursor.listWalks.noDayListBefore) return undefined;
    const parsed = readNumber(cursor, i);
    if (parsed === undefined || parsed.decimal || parsed.grouped) return undefined;
    const days: ListedDay[] = [];
    let j = i;
    let glued = false;
    for (;;) {
      const day = listDay(cursor, j);
      if (day === undefined) break;
      const to = cursor.tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
      const next = cursor.nextWord(to - 1);
      if (next < 0) break;
      if (monthAt(cursor, next, true) !== undefined) {
        // The last day glued into a code (`و16abc`) ends no list.
        if (days.length === 0 || isIdentifierChunk(cursor, glued ? j - 1 : j)) break;
        return finishDayList(cursor, days, j);
      }
      const step = nextListedDay(cursor, next);
      if (step === undefined) break;
      glued = step.glued;
      days.push({ from: j, to, day });
      j = step.day;
    }
    cursor.listWalks.noDayListBefore = j + 1;
    return undefined;
  },
};

interface ListedDay {
  from: number;
  to: number;
  day: number;
}

/**
 * After a day of a list, the separator at `k` and the next day: a comma, a coordinator (preceded by a
 * space), or both; the next day after a space or glued to its coordinator (`و16`). Undefined when the
 * list does not go on.
 */
function nextListedDay(cursor: TokenCursor, k: number): { day: number; glued: boolean } | undefined {
  const { tokens, folded, tables } = cursor;
  let separated = false;
  if (tokens[k]!.text === ',' || tokens[k]!.text === '،') {
    separated = true;
    k = cursor.nextWord(k);
    if (k < 0) return undefined;
  }
  let glued = false;
  let nextDay = k;
  if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && tables.coordinators.has(folded[k]!)) {
    separated = true;
    glued = tables.cliticCoordinators.has(folded[k]!) && tokens[k + 1]?.kind === 'digits';
    nextDay = glued ? k + 1 : cursor.nextWord(k);
    // `den 6 och den 7 juli`, `le 6 et le 7 juillet`: the word before a day may be said again.
    if (!glued && nextDay >= 0 && tokens[nextDay]!.kind === 'word' && tables.dayWords.has(folded[nextDay]!)) nextDay = cursor.nextWord(nextDay);
  } else if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && tables.dayWords.has(afterCliticCoordinator(cursor, folded[k]!) ?? '')) {
    // Arabic `وفي 7 يوليو`: the coordinator glued to the day word.
    separated = true;
    nextDay = cursor.nextWord(k);
  }
  if (!separated || nextDay < 0 || (!glued && tokens[nextDay - 1]!.kind !== 'space')) return undefined;
  return { day: nextDay, glued };
}

/** Reads the final date of a day list at `last`, then gives each earlier day its month and year. */
function finishDayList(cursor: TokenCursor, days: readonly ListedDay[], last: number): number {
  const before = cursor.anchors.length;
  const end = cursor.readAt(last);
  const final = cursor.anchors[before];
  const isDayDate = final?.type === 'date' && final.start === cursor.base + cursor.tokens[last]!.start && final.day !== undefined && final.month !== undefined;
  for (const { from, to, day } of days) {
    if (isDayDate) cursor.emitDate(from, to, { day, month: final.month, year: final.year });
    else cursor.emitNumber(from, from + 1, { value: day, relation: relationBefore(cursor, from) });
  }
  return end;
}

/**
 * A day or day range followed by a month name: `20 februari`, `20. Februar`, `19–21 februari`, `6.–8.
 * Juli`, `van 19 tot 21 februari` (a range in words is read only when a month follows, so `5 bis 10
 * Kinder` stays two numbers), then an optional year.
 */
export const dayMonthDates: AnchorReader = {
  name: 'day-month-dates',
  startsAt: 'digits',
  read(cursor, i) {
    const parsed = readNumber(cursor, i);
    if (parsed === undefined || parsed.decimal || parsed.grouped) return undefined;
    const { value, end } = parsed;
    const dashed = dashRange(cursor, end, value);
    const range = dashed?.kind === 'range' ? dashed : dayRangeEnd(cursor, end, value);
    const dayLike = value >= 1 && value <= maxDay && (range === undefined || range.upper <= maxDay);
    const monthWord = cursor.nextWord((range?.end ?? end) - 1);
    if (!dayLike || monthWord < 0) return undefined;
    // German/Scandinavian style `20. Februar`: the dot after the day belongs to the date.
    let monthIndex = monthWord;
    if (cursor.tokens[monthWord]!.text === '.' && monthWord === (range?.end ?? end)) monthIndex = cursor.nextWord(monthWord);
    const month = monthIndex >= 0 ? monthAt(cursor, monthIndex, true) : undefined;
    if (month === undefined) return undefined;
    return finishDate(cursor, i, monthEnd(cursor, monthIndex), { day: value, month, endDay: range?.upper });
  },
};

/**
 * The second day of a range after the day that ends before `end` (`19 tot 21`, `6. bis 8.`, `6.–8.`),
 * when a month name follows it: its value and the token after it (before any dot). Undefined otherwise.
 */
function dayRangeEnd(cursor: TokenCursor, end: number, first: number): { upper: number; end: number } | undefined {
  const { tokens, folded, tables } = cursor;
  if (first < 1 || first > maxDay) return undefined;
  let k = tokens[end]?.text === '.' ? end + 1 : end;
  let secondAt: number;
  if (tokens[k] && dashes.has(tokens[k]!.text) && k > end) secondAt = k + 1; // `6.–8.`: the dash after the dot
  else {
    k = cursor.nextWord(k - 1);
    if (k < 0 || tokens[k]!.kind !== 'word' || tokens[k - 1]!.kind !== 'space' || !tables.rangeWords.has(folded[k]!)) return undefined;
    secondAt = cursor.nextWord(k);
    if (secondAt < 0 || tokens[secondAt - 1]!.kind !== 'space') return undefined;
  }
  const upper = listDay(cursor, secondAt);
  if (upper === undefined || upper <= first) return undefined;
  const afterSecond = secondAt + 1;
  let monthWord = cursor.nextWord(afterSecond - 1);
  if (monthWord >= 0 && tokens[monthWord]!.text === '.' && monthWord === afterSecond) monthWord = cursor.nextWord(monthWord);
  return monthWord >= 0 && monthAt(cursor, monthWord, true) !== undefined ? { upper, end: afterSecond } : undefined;
}

/**
 * A day written as a word (an ordinal, or a cardinal: `drie maart`) over tokens [from, to) before a month
 * name, right before it or after one of the language's `dayMonthLinks` (`третього березня`, `den femte
 * mars`, `الخامس من مارس`, "the fifth of March"): the date, with the year after it, as `5 березня` is read.
 * Emits it and returns the token after it; undefined when no month follows.
 */
export function spelledDayDate(cursor: TokenCursor, from: number, to: number, day: number): number | undefined {
  if (day < 1 || day > maxDay || !Number.isInteger(day)) return undefined;
  let at = cursor.nextWord(to - 1);
  const links = cursor.tables.dayMonthLinks;
  if (at >= 0 && cursor.tokens[at]!.kind === 'word' && links.has(cursor.folded[at]!)) {
    // After a definite noun the ordinal is its adjective (`النصف الثاني من نوفمبر`, the second half of November).
    const before = cursor.previousToken(from);
    if (before >= 0 && cursor.tokens[before]!.kind === 'word' && hasGluedArticle(cursor, cursor.tables.orthography.wordForms(cursor.folded[before]!))) return undefined;
    at = cursor.nextWord(at);
  }
  const month = at >= 0 ? monthAt(cursor, at, false) : undefined;
  if (month === undefined) return undefined;
  const end = monthEnd(cursor, at);
  // `twee maart-demonstraties`: the month begins a compound, and the number counts it.
  if (cursor.tokens[end]?.text === '-' && cursor.tokens[end + 1]?.kind === 'word') return undefined;
  return finishDate(cursor, from, end, { day, month });
}

/** After a day and month: an optional year and year marker; emits the date and returns the token after it. */
export function finishDate(cursor: TokenCursor, from: number, afterMonth: number, parts: { day?: number; month: number; endDay?: number }): number {
  const tokens = cursor.tokens;
  let end = afterMonth;
  let year: number | undefined;
  let yearAt = cursor.nextWord(afterMonth - 1);
  if (yearAt >= 0 && (tokens[yearAt]!.text === ',' || tokens[yearAt]!.text === '،')) yearAt = cursor.nextWord(yearAt);
  yearAt = afterMarkerBeforeYear(cursor, yearAt);
  if (yearAt >= 0 && tokens[yearAt]!.kind === 'digits' && tokens[yearAt]!.text.length === 4) {
    year = digitsToNumber(tokens[yearAt]!.text);
    end = afterYearMarker(cursor, yearAt + 1);
  }
  cursor.emitDate(from, end, { ...parts, year });
  return end;
}

/**
 * The token after a year marker that stands before a date's year (`30 سبتمبر عام 1882`, `من عام 1882`:
 * an optional link word, then the marker), when the year follows it; else `at`.
 */
function afterMarkerBeforeYear(cursor: TokenCursor, at: number): number {
  if (at < 0 || cursor.tokens[at]!.kind !== 'word') return at;
  const marker = cursor.tables.yearLinks.has(cursor.folded[at]!) ? cursor.nextWord(at) : at;
  if (marker < 0 || cursor.tokens[marker]!.kind !== 'word' || !cursor.tables.yearMarkers.has(cursor.folded[marker]!)) return at;
  const year = cursor.nextWord(marker);
  return year >= 0 && cursor.tokens[year]!.kind === 'digits' ? year : at;
}

/**
 * A bare four-digit year 1900–2100 with its marker (`року`, `р.`) when it has one — unless a percent
 * sign, a scale word, an approximation or a label word makes it a quantity or a label.
 */
export const bareYears: AnchorReader = {
  name: 'bare-years',
  startsAt: 'digits',
  read(cursor, i) {
    const token = cursor.tokens[i]!;
    if (token.text.length !== 4) return undefined;
    const parsed = readNumber(cursor, i);
    if (parsed === undefined || parsed.grouped || parsed.decimal || parsed.value < minYear || parsed.value > maxYear) return undefined;
    const quantity = quantityAfter(cursor, i, parsed.end);
    if (quantity.percent || quantity.end !== parsed.end) return undefined;
    if (relationBefore(cursor, i) !== 'exact' || isAfterLabelWord(cursor, i)) return undefined;
    // `1930-х роках`, `1930-an`: the decade is read as the year that starts it.
    const decade = cursor.tokens[parsed.end + 1]?.kind === 'word' && isDecade(cursor, i, parsed.end + 1, true) ? parsed.end + 2 : parsed.end;
    const end = afterYearMarker(cursor, decade);
    cursor.emitDate(i, end, { year: parsed.value });
    return end;
  },
};

/** Marks that stand for the century's digits left out of a year (`'90`). */
const elisionMarks: ReadonlySet<string> = new Set(["'", '\u2019']);

/** The century a decade written with two digits is read in. */
const decadeCentury = 1900;

/**
 * Tens written as an ordinal over tokens `[from, to)` before a plural word for years (`30-е годы`,
 * `тридцятих роках`, see `decadeYearWords`): emits the decade through that word and returns the token
 * after it; undefined when no such word follows or the tens are no decade's.
 */
export function ordinalDecade(cursor: TokenCursor, from: number, to: number, tens: number): number | undefined {
  if (!isDecadeTens(tens) || cursor.tables.decadeYearWords.size === 0) return undefined;
  const word = cursor.nextWord(to - 1);
  if (word < 0 || cursor.tokens[word]!.kind !== 'word' || !cursor.tables.decadeYearWords.has(cursor.folded[word]!)) return undefined;
  cursor.emitDate(from, word + 1, { year: decadeCentury + tens });
  return word + 1;
}

/**
 * A decade written with its last two digits: after a decade word (`dans les années 80`, `in de jaren
 * 80`) or with a hyphenated decade ending (`у 80-х роках`, `tahun 80-an`), read as the year that starts
 * it, as `1980s` and `1980-х` are.
 */
export const twoDigitDecades: AnchorReader = {
  name: 'two-digit-decades',
  startsAt: 'digits',
  read(cursor, i) {
    const text = cursor.tokens[i]!.text;
    if (!isTwoDigitDecade(text)) return undefined;
    // `jaren '90`: the century's digits left out with an apostrophe.
    const apostrophe = cursor.tokens[i - 1] !== undefined && elisionMarks.has(cursor.tokens[i - 1]!.text);
    const before = cursor.previousToken(apostrophe ? i - 1 : i);
    const afterWord = before >= 0 && cursor.tokens[before]!.kind === 'word' && cursor.tables.decadeWords.has(cursor.folded[before]!);
    const suffix = i + 2;
    const suffixed = cursor.tokens[suffix]?.kind === 'word' && dashes.has(cursor.tokens[i + 1]!.text) && cursor.tables.decadeSuffixes.has(cursor.folded[suffix]!);
    if (!afterWord && !suffixed) return undefined;
    // A number glued on after the digits (`80,5`, `80.000`) is no decade.
    if (!suffixed && ['.', ','].includes(cursor.tokens[i + 1]?.text ?? '') && cursor.tokens[i + 2]?.kind === 'digits') return undefined;
    const end = afterYearMarker(cursor, suffixed ? suffix + 1 : i + 1);
    cursor.emitDate(i, end, { year: decadeCentury + Number(text) });
    return end;
  },
};

/**
 * A decade in words, read as the year that starts it, as `1990s` and `90-talet` are: a word that names
 * one by itself (`التسعينيات`, `nittiotalet`, see `decadeNames`), or the tens in words after a decade
 * word (`in de jaren negentig`).
 */
export const decadesInWords: AnchorReader = {
  name: 'decades-in-words',
  startsAt: 'word',
  read(cursor, i) {
    let tens = cursor.lookupWord(cursor.tables.decadeNames, i);
    if (tens === undefined) {
      const before = cursor.previousToken(i);
      if (before < 0 || cursor.tokens[before]!.kind !== 'word' || !cursor.tables.decadeWords.has(cursor.folded[before]!)) return undefined;
      const value = cursor.lookupWord(cursor.tables.numberWords, i);
      if (value === undefined || !isDecadeTens(value)) return undefined;
      tens = value;
    }
    cursor.emitDate(i, i + 1, { year: decadeCentury + tens });
    return i + 1;
  },
};

/** The token after a year's marker (`року`, `р.`, `г.`) when one follows the year that ends before `end`, else `end`. */
export function afterYearMarker(cursor: TokenCursor, end: number): number {
  const marker = cursor.nextWord(end - 1);
  if (marker < 0 || cursor.tokens[marker]!.kind !== 'word') return end;
  const word = cursor.folded[marker]!;
  if (!cursor.tables.yearMarkers.has(word) || cursor.tables.yearPrepositions.has(word)) return end;
  // Markers written as abbreviations keep their dot: `2025 р.`.
  if (cursor.tokens[marker + 1]?.text === '.' && word.length <= maxMarkerAbbreviation) return marker + 2;
  return marker + 1;
}

// ---- dates that start with a month name ---------------------------------------------------------

/** Smallest number after a month read as its year (`Mai 1956`); smaller four-digit numbers are no year. */
const minYearAfterMonth = 1000;
/**
 * Whether a word stands right before token `i`: a month name in running text follows a preposition or
 * the noun it qualifies (`قمة يونيو`); alone, at the start or glued after digits (`ب16 أبريل`), it may be
 * a heading's fragment or a code's part.
 */
function afterWord(cursor: TokenCursor, i: number): boolean {
  const before = cursor.previousToken(i);
  return before >= 0 && cursor.tokens[before]!.kind === 'word';
}

/** Month names shorter than this are no date on their own (too often another word). */
const minBareMonthLength = 3;

/**
 * Whether the abbreviated month at `i` (its abbreviation and dot end before `end`) opens a date: before a
 * day where the month comes first (`Oct. 7, 1968`, `Sept. 30`, `Oct 7`), or before a year when written
 * with its dot or in lower case (`Okt. 2018`, `okt 2018`). Alone, or capitalised without its dot before a
 * year (Dutch `Jan 2018`), `Mar`, `Jan` or `Dec` is as often another word or a name.
 */
function abbreviationOpensDate(cursor: TokenCursor, i: number, end: number, figureAt: number): boolean {
  const figure = figureAt >= 0 ? cursor.tokens[figureAt]! : undefined;
  if (figure?.kind !== 'digits') return false;
  if (figure.text.length <= 2) return cursor.tables.monthFirstDates;
  const dotted = end > i + 1;
  return figure.text.length === 4 && (dotted || !isCapitalised(cursor.tokens[i]!.text));
}

export const monthNames: AnchorReader = {
  name: 'month-names',
  startsAt: 'word',
  read(cursor, i) {
    const full = monthAt(cursor, i, false);
    // What `monthAt` with abbreviations allowed adds: the abbreviation alone, not the full look-ups again.
    const month = full ?? cursor.tables.monthAbbreviations.get(cursor.folded[i]!);
    if (month === undefined) return undefined;
    const { tokens, tables } = cursor;
    const end = monthEnd(cursor, i);
    const dayAt = cursor.nextWord(end - 1);
    if (full === undefined && !abbreviationOpensDate(cursor, i, end, dayAt)) return undefined;
    if (dayAt >= 0 && tokens[dayAt]!.kind === 'digits') {
      const n = digitsToNumber(tokens[dayAt]!.text);
      if (tokens[dayAt]!.text.length === 4 && n >= minYearAfterMonth) {
        const yearEnd = afterYearMarker(cursor, dayAt + 1);
        cursor.emitDate(i, yearEnd, { month, year: n });
        return yearEnd;
      }
      if (n >= 1 && n <= maxDay && tokens[dayAt]!.text.length <= 2 && tables.monthFirstDates) return finishDate(cursor, i, dayAt + 1, { day: n, month });
    }
    // `Mai und Juni 1956`: every month of a coordinated list is in the year that ends it.
    const year = monthListYear(cursor, i, end);
    if (year !== undefined) {
      cursor.emitDate(i, end, { month, year });
      return end;
    }
    // A month name alone is a date only where the word has no other meaning, or after a context word (`في مارس`).
    // A month that is also a name (`Theresa May`) needs the context word.
    const alsoName = tables.monthsAlsoNames.has(cursor.folded[i]!);
    // The month named again in a second calendar after a slash (`مارس/آذار`) is a month whatever the word before.
    const pairedName = end !== nameEnd(cursor, i);
    if (
      pairedName ||
      (tables.orthography.bareMonthIsDate && cursor.folded[i]!.length >= minBareMonthLength && !alsoName) ||
      ((tables.bareMonthNames.has(cursor.folded[i]!) || tables.bareMonthSurfaces.has(tokens[i]!.text.toLowerCase())) && afterWord(cursor, i)) ||
      afterMonthContext(cursor, i)
    ) {
      cursor.emitDate(i, end, { month });
      return end;
    }
    return undefined;
  },
};

/**
 * The year that ends a list of month names joined by commas, coordinators, range words or dashes,
 * starting at the month at `i` (its name ends before `end`): `Mai und Juni 1956`, `mei, juni en juli
 * 2025`, `مايو ويونيو 2025`, `von Mai bis Oktober 1956`.
 * Undefined when no such list starts there. A walk that fails does so at the same month for every
 * month it passed, so those are not walked again (`listWalks.noMonthListBefore`), and a list found gives
 * every later month its year at once: the scan stays linear on `Mai, Mai, Mai, …`.
 */
function monthListYear(cursor: TokenCursor, i: number, end: number): number | undefined {
  const walks = cursor.listWalks;
  const known = walks.monthListYears?.get(i);
  if (known !== undefined || i < walks.noMonthListBefore) return known;
  const tokens = cursor.tokens;
  const months = [i];
  let nameEnd = end;
  for (;;) {
    const k = cursor.nextWord(nameEnd - 1);
    if (k < 0) break;
    if (months.length > 1 && tokens[k]!.kind === 'digits' && tokens[k]!.text.length === 4) {
      const year = digitsToNumber(tokens[k]!.text);
      if (year < minYear || year > maxYear) break;
      walks.monthListYears ??= new Map();
      for (const month of months) walks.monthListYears.set(month, year);
      return year;
    }
    const next = nextListedMonth(cursor, k);
    if (next === undefined) break;
    months.push(next);
    nameEnd = monthEnd(cursor, next);
  }
  walks.noMonthListBefore = nameEnd;
  return undefined;
}

/** After a month of a list, the separator at `k` and the next month's index; undefined when the list does not go on. */
function nextListedMonth(cursor: TokenCursor, k: number): number | undefined {
  const { tokens, folded, tables } = cursor;
  let separated = false;
  if (tokens[k]!.text === ',' || tokens[k]!.text === '،') {
    separated = true;
    k = cursor.nextWord(k);
    if (k < 0) return undefined;
  }
  let next = k;
  if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && (tables.coordinators.has(folded[k]!) || tables.rangeWords.has(folded[k]!))) {
    separated = true;
    next = cursor.nextWord(k);
  } else if (dashes.has(tokens[k]!.text) && !separated) {
    // `Mai–Oktober 1956`
    separated = true;
    next = cursor.nextWord(k);
  } else if (tokens[k]!.kind === 'word' && afterCliticCoordinator(cursor, folded[k]!) !== undefined) {
    // Arabic glues `و` to the next month (`ويونيو`); the month look-up takes the clitic off.
    separated = true;
  }
  if (!separated || next < 0 || monthAt(cursor, next, false) === undefined) return undefined;
  return next;
}
