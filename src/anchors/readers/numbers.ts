// Numbers: digit numbers with their separators, scale words and percent (`1.435`, `2,5 млн`, `15%`), ranges
// (`1950-2025`), number words (`двадцять п'ять`, `خمسة وعشرون`, `drie miljoen`) and Roman numerals after
// a noun that numbers things (`camp IV`).
import { isNumberedNoun, romanValue } from '../text.js';
import { closedNumberValue } from './closed-numbers.js';
import type { TokenCursor } from './cursor.js';
import { isBeforeHyphenatedWord } from './countries.js';
import { spelledDayDate } from './dates.js';
import { dashRange, readNumber } from './digits.js';
import { isAfterLabelWord, percentPhraseEnd, quantityAfter } from './quantities.js';
import type { AnchorReader } from './reader.js';
import { relationAround, relationBefore } from './words.js';

/** Most words after the first one a spelled-out number is read over (`two hundred and fifty-five thousand`). */
const maxNumberWordsAfterFirst = 6;
/** Units that stand before tens in languages that say units first (`خمسة وعشرون`). */
const maxUnit = 9;

/** `1950-2025`, `19–21` (no month after it, else a date): a range of two numbers. */
export const numberRanges: AnchorReader = {
  name: 'number-ranges',
  startsAt: 'digits',
  read(cursor, i) {
    const parsed = readNumber(cursor, i);
    if (parsed === undefined || parsed.decimal) return undefined;
    const range = dashRange(cursor, parsed.end, parsed.value);
    if (range?.kind !== 'range') return undefined;
    const { value } = parsed;
    cursor.emitNumber(i, range.end, { value, upper: range.upper, relation: relationBefore(cursor, i), valueText: `${value}-${range.upper}` });
    return range.end;
  },
};

/** A number written with digits, with its scale word or percent, its approximation and whether it is a label. */
export const digitNumbers: AnchorReader = {
  name: 'digit-numbers',
  startsAt: 'digits',
  read(cursor, i) {
    const parsed = readNumber(cursor, i);
    if (parsed === undefined) return undefined;
    const quantity = quantityAfter(cursor, i, parsed.end);
    let value = quantity.scale === 1 ? parsed.value : parsed.value * quantity.scale;
    let end = quantity.end;
    const rest = quantity.scale > 1 ? smallerScaleGroup(cursor, end, quantity.scale) : undefined;
    if (rest !== undefined) {
      value += rest.value;
      end = rest.end;
    }
    cursor.emitNumber(i, end, { value, relation: relationAround(cursor, i, end), percent: quantity.percent, label: isAfterLabelWord(cursor, i) });
    return end;
  },
};

/** Lowest scale of a group an amount continues with (`500 тис.` after `3 млн`). */
const minGroupScale = 1000;

/**
 * `3 млн 500 тис.`, `3 juta 500 ribu`, `3 ملايين و500 ألف`: an amount written as groups of digits and
 * scale, largest first, joined directly or by a coordinator. The group after the number that ends
 * before `end` with scale `scale`, when its digits and smaller scale stay below that scale.
 */
function smallerScaleGroup(cursor: TokenCursor, end: number, scale: number): { value: number; end: number } | undefined {
  const { tokens, tables } = cursor;
  let j = cursor.nextWord(end - 1);
  if (j < 0) return undefined;
  if (tokens[j]!.kind === 'word' && tables.coordinators.has(cursor.folded[j]!)) {
    // `و500`: the coordinator glued to the digits; `and 500`: spaced.
    j = tokens[j + 1]?.kind === 'digits' && tokens[j + 1]!.start === tokens[j]!.end ? j + 1 : cursor.nextWord(j);
  }
  if (j < 0 || tokens[j]!.kind !== 'digits') return undefined;
  const parsed = readNumber(cursor, j);
  if (parsed === undefined || parsed.decimal) return undefined;
  const quantity = quantityAfter(cursor, j, parsed.end);
  const value = parsed.value * quantity.scale;
  if (quantity.percent || quantity.scale < minGroupScale || quantity.scale >= scale || value >= scale) return undefined;
  return { value, end: quantity.end };
}

/** `camp IV`, `Lager III`: a Roman numeral right after a noun that numbers its instances ({@link isNumberedNoun}). */
export const romanNumerals: AnchorReader = {
  name: 'roman-numerals',
  startsAt: 'word',
  read(cursor, i) {
    const century = romanOrdinal(cursor, i);
    if (century !== undefined) return century;
    // The noun first: it rules out nearly every word at the cost of one set look-up.
    const noun = i - 2;
    if (noun < 0 || cursor.tokens[noun]!.kind !== 'word' || !isNumberedNoun(cursor.folded[noun]!) || cursor.previousToken(i) !== noun) return undefined;
    const roman = romanValue(cursor.tokens[i]!.text);
    if (roman === undefined) return undefined;
    cursor.emitNumber(i, i + 1, { value: roman, relation: 'exact' });
    return i + 1;
  },
};

/**
 * `XIX століття`, `XIX веке`, `XIXe siècle`, `abad XXI`: a Roman numeral (with an ordinal suffix glued,
 * `XIXe`) beside a noun of {@link AnchorRules.romanOrdinalNouns} is an ordinal. The token after it, or undefined.
 */
function romanOrdinal(cursor: TokenCursor, i: number): number | undefined {
  const { romanOrdinalNounsBefore: before, romanOrdinalNounsAfter: after } = cursor.tables;
  const text = cursor.tokens[i]!.text;
  // Every word passes here: a word that does not open with a Roman digit is no numeral, suffix or not.
  if ((before.size === 0 && after.size === 0) || romanValue(text[0]!) === undefined) return undefined;
  let value = romanValue(text);
  if (value === undefined) {
    const lower = text.toLowerCase();
    for (const suffix of cursor.tables.ordinalSuffixes) {
      if (suffix !== '' && text.length > suffix.length && lower.endsWith(suffix)) value ??= romanValue(text.slice(0, -suffix.length));
    }
  }
  if (value === undefined) return undefined;
  const [next, previous] = [cursor.nextWord(i), cursor.previousToken(i)];
  const nounAfter = next >= 0 && cursor.tokens[next]!.kind === 'word' && after.has(cursor.folded[next]!);
  const nounBefore = previous >= 0 && cursor.tokens[previous]!.kind === 'word' && before.has(cursor.folded[previous]!);
  if (!nounAfter && !nounBefore) return undefined;
  cursor.emitOrdinal(i, i + 1, value);
  return i + 1;
}

/**
 * Words giving an amount by its order of magnitude alone (`сотні людей`, `tientallen`, `عشرات`): claimed
 * as no count. A number before one has taken it already where it is a scale (`три сотні`).
 */
export const vagueAmounts: AnchorReader = {
  name: 'vague-amounts',
  startsAt: 'word',
  read(cursor, i) {
    if (cursor.lookupWord(cursor.tables.vagueAmounts, i) === undefined) return undefined;
    cursor.claim(i, i + 1);
    return i + 1;
  },
};

/**
 * Number words, combined (`двадцять п'ять`, `خمسة وعشرون`, `drie miljoen`), with a percent word after
 * them. An ordinal word no reader of ordinals took (Indonesian collective `kelima provinsi`) counts too.
 */
export const numberWords: AnchorReader = {
  name: 'number-words',
  startsAt: 'word',
  read(cursor, i) {
    const { tables } = cursor;
    const cardinal = numberWordAt(cursor, i);
    const ordinalWord = cardinal === undefined ? cursor.lookupWord(tables.ordinalWords, i) : undefined;
    const first = cardinal ?? (ordinalWord === undefined ? undefined : { value: ordinalWord, end: i + 1 });
    if (first === undefined) return loneScaleAndHalf(cursor, i);
    const { value, end, lastScale } = combineNumberWords(cursor, first);
    const ordinal = ordinalUnitAfter(cursor, end, value);
    if (ordinal !== undefined) {
      const dated = spelledDayDate(cursor, i, ordinal.end, value + ordinal.value);
      if (dated !== undefined) return dated;
      cursor.emitOrdinal(i, ordinal.end, value + ordinal.value, true);
      return ordinal.end;
    }
    // An ordinal prefix on the first word of several (Indonesian `keempat puluh lima`, 45th) makes them all one ordinal.
    if (cardinal === undefined && end > i + 1) {
      cursor.emitOrdinal(i, end, value, true);
      return end;
    }
    let spanEnd = end;
    let percent = false;
    const unit = cursor.nextWord(end - 1);
    // `cinq pour cent`, `خمسة في المائة`: a percent word or phrase.
    const percentEnd = unit >= 0 ? percentPhraseEnd(cursor, unit) : -1;
    if (percentEnd >= 0) {
      percent = true;
      spanEnd = percentEnd;
    }
    const half = percent ? undefined : halfAfter(cursor, end);
    // `drie maart`, `lima Maret`: a day in words before its month is the date, as `3 maart` is.
    const dated = percent || half !== undefined || value <= 1 ? undefined : spelledDayDate(cursor, i, end, value);
    if (dated !== undefined) return dated;
    // `een`, `en`, `satu`, `один` are articles or "one of" far more often than counts (`satu setengah` is 1.5).
    if (value <= 1 && end === i + 1 && half === undefined) return i + 1;
    let total = value;
    if (half !== undefined) {
      // The half is one of the last scale (`ملياري دولار ونصف`, `deux millions et demi`: 2.5 billion, 2.5
      // million); a scale right after the phrase multiplies the whole (`two and a half million`).
      const halfOf = lastScale ?? (end === i + 1 && value >= minGroupScale ? lowestPlace(value) : 1);
      total = value + halfValue * halfOf;
      const scale = half.direct && value < minGroupScale ? scaleAt(cursor, half.end) : undefined;
      if (scale !== undefined) {
        total *= scale.value;
        spanEnd = scale.end;
      }
    }
    cursor.emitNumber(i, spanEnd, { value: total, relation: relationAround(cursor, i, spanEnd), percent, spelledOut: true });
    // A half right after the words is theirs, and so is its scale said again (`مليارين ونصف المليار`): no other reader takes them.
    const halfEnd = half?.direct === true ? repeatedScaleEnd(cursor, half.end, lastScale) : spanEnd;
    if (halfEnd > spanEnd) cursor.claim(spanEnd, halfEnd);
    return Math.max(spanEnd, halfEnd);
  },
};

/** Smallest tens a compound ordinal starts with (`twenty-first`). */
const minCompoundTens = 20;

/**
 * The ordinal unit of a compound ordinal after number words of value `value` ending before `end`: joined
 * by a hyphen (`twenty-first`, `vingt-deuxième`), or as a separate word where the language writes them so
 * (`двадцять першому`). The unit stays below the last word's place (`сто перший` 101st, `двадцять п'ятий`).
 */
function ordinalUnitAfter(cursor: TokenCursor, end: number, value: number): { value: number; end: number } | undefined {
  const { tokens, tables } = cursor;
  if (value < minCompoundTens || !Number.isInteger(value)) return undefined;
  const hyphen = tokens[end]?.text === '-' && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.start === tokens[end]!.end;
  const next = hyphen ? end + 1 : tables.rules.separateCompoundOrdinals === true ? cursor.nextWord(end - 1) : -1;
  if (next < 0 || tokens[next]!.kind !== 'word') return undefined;
  const unit = cursor.lookupWord(tables.ordinalWords, next);
  if (unit === undefined || unit < 1 || unit >= lowestPlace(value)) return undefined;
  return { value: unit, end: next + 1 };
}

/** A scale word (`million`, `мільярди`) right after the token before `at`: its value and the token after it. */
export function scaleAt(cursor: TokenCursor, at: number): { value: number; end: number } | undefined {
  const next = cursor.nextWord(at - 1);
  if (next < 0 || cursor.tokens[next]!.kind !== 'word') return undefined;
  const value = cursor.lookupWord(cursor.tables.scaleWords, next);
  return value === undefined ? undefined : { value, end: next + 1 };
}

/** The token after a scale word of value `scale` right after the token before `at`, else `at`. */
function repeatedScaleEnd(cursor: TokenCursor, at: number, scale: number | undefined): number {
  const next = scale === undefined ? undefined : scaleAt(cursor, at);
  return next !== undefined && next.value === scale ? next.end : at;
}

/**
 * A scale word alone with a half phrase right after it (`مليون ونصف`, "a million and a half"): one and a
 * half of the scale. Alone a scale word is no count (`million people`), so nothing else is read here.
 */
function loneScaleAndHalf(cursor: TokenCursor, i: number): number | undefined {
  const scale = scaleAt(cursor, i);
  if (scale === undefined || scale.end !== i + 1 || scale.value < minGroupScale) return undefined;
  const half = halfAfter(cursor, i + 1);
  if (half === undefined || !half.direct) return undefined;
  cursor.emitNumber(i, half.end, { value: (1 + halfValue) * scale.value, relation: relationAround(cursor, i, half.end), spelledOut: true });
  return half.end;
}

const halfValue = 0.5;
/** Longest phrase adding a half (`och en halv`), in words. */
const maxHalfWords = 3;

/**
 * A phrase adding a half after the number words ending before `end`, directly (`direct`) or after the one
 * noun they count (`två och en halv timme`, `ثلاث ساعات ونصف`): the token after the phrase.
 */
function halfAfter(cursor: TokenCursor, end: number): { end: number; direct: boolean } | undefined {
  const { tables, tokens } = cursor;
  if (tables.halfAfter.size === 0 && tables.halfRightAfter.size === 0) return undefined;
  let start = cursor.nextWord(end - 1);
  for (let skip = 0; skip < 2 && start >= 0 && tokens[start]!.kind === 'word'; skip++) {
    const words: string[] = [];
    for (let k = start, n = 0; n < maxHalfWords && k >= 0 && tokens[k]!.kind === 'word'; n++, k = cursor.nextWord(k)) {
      words.push(cursor.folded[k]!);
      const phrase = words.join(' ');
      if (tables.halfAfter.has(phrase) || (skip === 0 && tables.halfRightAfter.has(phrase))) return { end: k + 1, direct: skip === 0 };
    }
    start = cursor.nextWord(start);
  }
  return undefined;
}

/** Most parts of a number word written with hyphens (`quatre-vingt-dix-neuf`). */
const maxHyphenatedParts = 4;

/**
 * A number word at `i` written in hyphenated parts (`twenty-five`, `vingt-cinq`, `quatre-vingt-dix-neuf`):
 * the tokenizer cuts it at its hyphens, so the parts joined are looked up whole, longest first. Its value
 * and the token after it, or undefined.
 */
function hyphenatedNumberWord(cursor: TokenCursor, i: number): { value: number; end: number } | undefined {
  let last = i;
  let joined = cursor.folded[i]!;
  let found: { value: number; end: number } | undefined;
  for (let part = 1; part < maxHyphenatedParts && isBeforeHyphenatedWord(cursor, last); part++) {
    last += 2;
    joined += `-${cursor.folded[last]!}`;
    const value = cursor.tables.lookup(cursor.tables.numberWords, joined);
    if (value !== undefined) found = { value, end: last + 1 };
  }
  return found;
}

/** A number word at `i`, hyphenated (see {@link hyphenatedNumberWord}) or one word: its value and the token after it. */
function numberWordAt(cursor: TokenCursor, i: number): { value: number; end: number } | undefined {
  const hyphenated = hyphenatedNumberWord(cursor, i);
  if (hyphenated !== undefined) return hyphenated;
  const value = cursor.lookupWord(cursor.tables.numberWords, i) ?? closedNumberValue(cursor.tables, cursor.folded[i]!);
  return value === undefined ? undefined : { value, end: i + 1 };
}

/**
 * The word that may continue number words ending before `end`: the next word, a word joined by a hyphen
 * (`twenty-five` where the table lacks the whole), or the word after a coordinator where languages put
 * one in a number: after a scale (`two hundred and five`, `two thousand and ten`) or before a one after
 * tens (`vingt et un`).
 */
function nextNumberPart(cursor: TokenCursor, end: number, afterScale: boolean, last: number): number {
  const { tokens, tables } = cursor;
  if (isBeforeHyphenatedWord(cursor, end - 1)) return end + 1;
  const next = cursor.nextWord(end - 1);
  if (next < 0 || tokens[next]!.kind !== 'word' || !tables.coordinators.has(cursor.folded[next]!)) return next;
  const after = cursor.nextWord(next);
  if (after < 0 || tokens[after]!.kind !== 'word') return next;
  const value = numberWordAt(cursor, after)?.value;
  if (value === undefined) return next;
  const tensBeforeOne = last % 10 === 0 && last < 100 && value === 1;
  return (afterScale && value < last) || tensBeforeOne ? after : next;
}

/** Whether a multiplier is a power of ten (`puluh`, `ratus`, `hundred`), which multiplies only the digits below it. */
function isPowerOfTen(value: number): boolean {
  return lowestPlace(value) === value;
}

/**
 * The value of the number words that start with `first` (its value and the token after it), and the
 * token after the last one read.
 * Groups are read the way they are said: words add up (`двадцять п'ять`, `seratus dua`); a multiplier
 * below a thousand multiplies the words since the one before it (`dua ratus lima puluh` 250, `seratus dua
 * puluh` 120, `two hundred`, `три сотні`), and a scale of a thousand or more the whole group before it
 * (`dua ratus ribu` 200,000, `two hundred thousand`).
 */
function combineNumberWords(cursor: TokenCursor, first: { value: number; end: number }): { value: number; end: number; lastScale?: number } {
  const { tokens, tables } = cursor;
  // Closed groups of a scale of a thousand or more; this group's part before its last multiplier; the words since.
  let total = 0;
  let group = 0;
  let piece = first.value;
  let last = first.value;
  let end = first.end;
  let lastScale: number | undefined;
  let closedScale = Infinity;
  for (let n = 0; n < maxNumberWordsAfterFirst; n++) {
    const next = nextNumberPart(cursor, end, lastScale !== undefined, last);
    if (next < 0 || tokens[next]!.kind !== 'word') break;
    const addend = cursor.lookupWord(tables.addendWords, next);
    // `dua belas` 12, `seratus lima belas` 115: the teen adds to the units before it.
    const units = addend === undefined ? 0 : piece % addend;
    if (addend !== undefined && units > 0) {
      piece += addend;
      last = addend;
      end = next + 1;
      continue;
    }
    const scale = cursor.lookupWord(tables.scaleWords, next);
    if (scale !== undefined) {
      if (scale >= minGroupScale) {
        if (total > 0 && scale >= closedScale) break;
        total += (group + piece || 1) * scale;
        group = 0;
        piece = 0;
        closedScale = scale;
      } else {
        const multiplied = multipliedGroup(group, piece, scale);
        if (multiplied === undefined) break;
        group = multiplied;
        piece = 0;
      }
      last = scale;
      lastScale = scale;
      end = next + 1;
      continue;
    }
    const word = numberWordAt(cursor, next);
    if (word === undefined || word.value === 0) break;
    const { value } = word;
    // Each word must be smaller than the one before, except tens after units where units come first.
    const tensAfterUnits = tables.orthography.unitsBeforeTens && last <= maxUnit && value % 10 === 0 && value < 100;
    // A word adds below the last one's own digit only (`twintig een` 21, not `vier een` "four, one").
    if (!((value < last && value < lowestPlace(last)) || tensAfterUnits) || (value >= 1000 && total === 0 && group === 0 && piece === 0)) break;
    piece += value;
    last = value;
    lastScale = undefined;
    end = word.end;
  }
  return { value: total + group + piece, end, ...(lastScale === undefined ? {} : { lastScale }) };
}

/**
 * The group of {@link combineNumberWords} once a multiplier below a thousand (`ratus`, `hundred`, `dozen`)
 * has multiplied the words since the last multiplier (`piece`); undefined when it cannot multiply them,
 * and the number ends before it.
 */
function multipliedGroup(group: number, piece: number, scale: number): number | undefined {
  if (isPowerOfTen(scale)) {
    const below = piece % scale;
    if (piece > 0 && below === 0) return undefined;
    const multiplied = (below || 1) * scale;
    if (piece - below > 0 && multiplied >= lowestPlace(piece - below)) return undefined;
    return group + (piece - below + multiplied);
  }
  // A dozen multiplies the whole count before it (`twenty dozen`).
  return group + (piece || 1) * scale;
}

/** The place of a number's lowest non-zero digit (20 → 10, 300 → 100, 4 → 1). */
function lowestPlace(value: number): number {
  let place = 1;
  while (value > 0 && value % (place * 10) === 0) place *= 10;
  return place;
}
