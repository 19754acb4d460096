// extractAnchors: one left-to-right pass over the tokens of a sentence for numbers, ordinals, dates and
// countries, then a pass over the words nothing claimed for names. Every scanner looks at most a few
// tokens ahead, so the whole extraction is linear in the length of the text.
import type { Anchor, CountryAnchor, DateAnchor, EntityAnchor, EntityKind, NumberAnchor, NumberRelation, OrdinalAnchor } from '../types.js';
import { combiningFormCountry, compassCountry, countryPrefixes, demonymCountry, lookupFolded, multiWordCountryStarts } from './countries.js';
import { defaultGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { entityKey, joinKeyParts, wordKeyPart } from './key.js';
import { KeyIndex } from './key-index.js';
import { memoize } from './memo.js';
import { arabicArticle, articleWithTatweel, bareArticle } from '../lang/scripts/arabic.js';
import { arabicCandidates, languageTables, type LanguageTables } from './language.js';
import { digitsToNumber, foldWord, isArabicLetter, isCapitalised, isNumberedNoun, romanValue } from './text.js';
import { forEachToken, tokenize, type Token } from './tokenize.js';

/** Options of {@link extractAnchors}. */
export interface ExtractAnchorsOptions {
  /** BCP 47 language of the sentence (`uk`, `nl`, `id`, `sv`, `ar`; others get generic rules). */
  lang: string;
  /** Places and organisations to recognise; the bundled {@link defaultGazetteer} when omitted. */
  gazetteer?: Gazetteer;
  /**
   * Names (or their entity keys) seen in the other versions of the article. Lets scripts without
   * capital letters (Arabic) find people's names by their cross-script key.
   */
  knownNames?: readonly string[];
  /**
   * Also read country adjectives and demonyms (`Vietnamese`, `chinesischen`, `الصينية`) and one-word
   * compass regions (`Westnepal`) as country anchors of that country. Off by default: they tell which
   * country a sentence is about (the check stage compares them) but are no names of places.
   */
  demonyms?: boolean;
  /**
   * Words the document writes in lowercase somewhere, folded ({@link lowercaseWords}). A capitalised word
   * of at least six letters among them is a common word written with a capital (`het Provinciaal
   * Partijcomité` beside `het partijcomité`), not part of a name, unless the gazetteer knows it.
   */
  lowercaseWords?: ReadonlySet<string>;
}

/** Shorter words are too often both a name and a word (`Long` in `Ha Long`, `Bay`) to go by their case elsewhere. */
const minLowercaseEvidenceLength = 6;

/**
 * The words of `text` written in lowercase (first letter lowercase), folded: the evidence
 * {@link ExtractAnchorsOptions.lowercaseWords} reads. Linear in the length of the text.
 */
export function lowercaseWords(text: string): Set<string> {
  const words = new Set<string>();
  forEachToken(text, (kind, start, end) => {
    if (kind !== 'word' || end - start < minLowercaseEvidenceLength) return;
    const first = text[start]!;
    if (first !== first.toUpperCase() && first === first.toLowerCase()) words.add(foldWord(text.slice(start, end)));
  });
  return words;
}

/** A sentence as the segmenter returns it: its text and where it starts in the document. */
export interface SentenceLike {
  text: string;
  /** UTF-16 offset of the sentence in the document. */
  start: number;
}

/** Longest digit run read as a number; longer runs (IDs, hashes, 400-digit strings) are identifiers. */
const maxDigits = 15;
/** Years a bare four-digit number is read as. */
const minYear = 1900;
const maxYear = 2100;

/**
 * Extracts the anchors of one sentence: numbers, ordinals, dates, names (entities) and countries,
 * each with its span, surface text and normalised `value` that compares equal across languages.
 *
 * Offsets are UTF-16 code units, end exclusive: into the document (`sentence.start` + local offset) when
 * given a sentence object, else into the string. Anchors are sorted by `start` and do not overlap.
 *
 * Choices: a four-digit number 1900–2100 without separators is a year (a date anchor), unless a percent
 * sign, a scale word or an approximation makes it a quantity. A date swallows the numbers inside it.
 * Identifiers are not counts: URLs, e-mail addresses, versions (`v1.2.3`), codes mixing letters and digits
 * (`COVID-19`, `Su-30MK2`, `QNR2`), phone numbers, times (`14:27`), dotted digit strings that are no valid
 * number (`1.2.3.4`), numbers with a leading zero and runs of more than 15 digits yield no anchor. A number
 * right after a word like "marker", "no." is still a number (the check stage judges what it counts).
 *
 * @throws {TypeError} when `sentence` is neither a string nor `{ text, start }`, or `options.lang` is missing.
 */
export function extractAnchors(sentence: string | SentenceLike, options: ExtractAnchorsOptions): Anchor[] {
  let text: string;
  let base = 0;
  if (typeof sentence === 'string') text = sentence;
  else if (sentence !== null && typeof sentence === 'object' && typeof sentence.text === 'string' && Number.isInteger(sentence.start) && sentence.start >= 0) {
    text = sentence.text;
    base = sentence.start;
  } else {
    throw new TypeError('sentence must be a string or an object { text: string, start: non-negative integer }');
  }
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object with a lang');
  if (typeof options.lang !== 'string' || options.lang.trim() === '') throw new TypeError(`options.lang must be a non-empty language code, got ${typeof options.lang}`);
  if (options.knownNames !== undefined && !Array.isArray(options.knownNames)) throw new TypeError('options.knownNames must be an array of strings');
  if (options.lowercaseWords !== undefined && !(options.lowercaseWords instanceof Set)) throw new TypeError('options.lowercaseWords must be a Set of strings');
  const scanner = new SentenceScanner(text, base, languageTables(options.lang), options.gazetteer ?? defaultGazetteer, options.knownNames, options.demonyms === true, options.lowercaseWords);
  return scanner.run();
}

// ---------------------------------------------------------------------------------------------------

const dashes = new Set(['-', '–', '—', '‒', '‐', '‑']);
/** Hyphens inside a name (`Royaume-Uni`), not dashes between phrases. */
const nameHyphens = new Set(['-', '‐', '‑']);
const letterDigitJoiners = new Set(['-', '‐', '‑', '_', '/', '.', ':']);
const knownNamesCache = new WeakMap<readonly string[], KeyIndex<string>>();

/** The value stored under `key`, built and stored on the first call (caches keyed by tables and gazetteers). */
function cached<K, V>(store: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, build: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = build();
    store.set(key, value);
  }
  return value;
}

function knownNameIndex(names: readonly string[] | undefined): KeyIndex<string> | undefined {
  if (!names || names.length === 0) return undefined;
  return cached(knownNamesCache, names, () => {
    const index = new KeyIndex<string>();
    for (const name of names) {
      if (typeof name !== 'string') throw new TypeError('options.knownNames must be an array of strings');
      const key = /^[KJSPTDBNMLRAUI]+$/.test(name) ? name : entityKey(name, 'und');
      if (key.length >= 3) index.add(key, name);
    }
    return index;
  });
}

class SentenceScanner {
  readonly #text: string;
  readonly #base: number;
  readonly #t: LanguageTables;
  readonly #gazetteer: Gazetteer;
  readonly #known: KeyIndex<string> | undefined;
  readonly #knownNames: readonly string[] | undefined;
  readonly #tokens: Token[];
  readonly #folded: string[];
  /** Index of the first token after the whitespace-free chunk each token belongs to. */
  readonly #chunkEnd: Int32Array;
  readonly #claimed: Uint8Array;
  readonly #anchors: Anchor[] = [];
  readonly #demonyms: boolean;
  readonly #lowercaseWords: ReadonlySet<string> | undefined;
  /** Days before this token index start no day list (an earlier walk failed past them). */
  #noDayListBefore = 0;
  /** Months before this token index start no month list; and the year of each month of a list found (made when one is). */
  #noMonthListBefore = 0;
  #monthListYears: Map<number, number> | undefined;

  constructor(
    text: string,
    base: number,
    tables: LanguageTables,
    gazetteer: Gazetteer,
    knownNames: readonly string[] | undefined,
    demonyms: boolean,
    lowercaseWords: ReadonlySet<string> | undefined,
  ) {
    this.#demonyms = demonyms;
    this.#lowercaseWords = lowercaseWords;
    this.#text = text;
    this.#base = base;
    this.#t = tables;
    this.#gazetteer = gazetteer;
    this.#known = knownNameIndex(knownNames);
    this.#knownNames = knownNames;
    this.#tokens = tokenize(text);
    this.#folded = this.#tokens.map((token) => (token.kind === 'word' ? foldWord(token.text) : token.text));
    this.#claimed = new Uint8Array(this.#tokens.length);
    this.#chunkEnd = new Int32Array(this.#tokens.length);
    let end = this.#tokens.length;
    for (let i = this.#tokens.length - 1; i >= 0; i--) {
      if (this.#tokens[i]!.kind === 'space') end = i;
      this.#chunkEnd[i] = this.#tokens[i]!.kind === 'space' ? i + 1 : end;
    }
  }

  run(): Anchor[] {
    const tokens = this.#tokens;
    let i = 0;
    let chunkChecked = -1;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (token.kind === 'space') {
        i += 1;
        continue;
      }
      // Identifiers are decided once per whitespace-free chunk, at its first token.
      if (chunkChecked < i && (i === 0 || tokens[i - 1]!.kind === 'space')) {
        chunkChecked = this.#chunkEnd[i]! - 1;
        if (this.#isIdentifierChunk(i)) {
          this.#claim(i, this.#chunkEnd[i]!);
          i = this.#chunkEnd[i]!;
          continue;
        }
      }
      const next = token.kind === 'digits' ? this.#scanDigits(i) : token.kind === 'word' ? this.#scanWord(i) : token.kind === 'punct' ? this.#scanPunct(i) : i + 1;
      i = Math.max(next, i + 1);
    }
    this.#scanNames();
    return this.#anchors.sort((a, b) => a.start - b.start);
  }

  // ---- helpers -------------------------------------------------------------------------------------

  #claim(from: number, to: number): void {
    this.#claimed.fill(1, from, to);
  }

  /** Index of the next non-space token after `i` if at most one space token lies between, else -1. */
  #nextWord(i: number): number {
    const tokens = this.#tokens;
    let j = i + 1;
    if (j < tokens.length && tokens[j]!.kind === 'space') {
      if (tokens[j]!.text.includes('\n')) return -1;
      j += 1;
    }
    return j < tokens.length && tokens[j]!.kind !== 'space' ? j : -1;
  }

  /** Index of the previous non-space token before `i` if at most one space token lies between, else -1. */
  #previousToken(i: number): number {
    let j = i - 1;
    if (j >= 0 && this.#tokens[j]!.kind === 'space') j -= 1;
    return j >= 0 && this.#tokens[j]!.kind !== 'space' ? j : -1;
  }

  /** Looks a word up in one of the language's tables; Arabic words also without their clitics. Memoised. */
  #lookupWord(table: Map<string, number>, i: number): number | undefined {
    const folded = this.#folded[i]!;
    if (!this.#t.arabicScript) return table.get(folded);
    return this.#t.arabicLookup(table, folded);
  }

  #span(from: number, to: number): { start: number; end: number; text: string } {
    const start = this.#tokens[from]!.start;
    const end = this.#tokens[to - 1]!.end;
    return { start: this.#base + start, end: this.#base + end, text: this.#text.slice(start, end) };
  }

  /** The relation set by the words before token `i` (`nästan`, `meer dan`, `أكثر من`), or exact. */
  #relationBefore(i: number): NumberRelation {
    const words: string[] = [];
    let j = i;
    for (let n = 0; n < 4; n++) {
      j = this.#previousToken(j);
      if (j < 0 || this.#tokens[j]!.kind !== 'word') break;
      words.unshift(this.#folded[j]!);
      const phrase = words.join(' ');
      const relation = this.#t.approximations.get(phrase) ?? (this.#t.arabicScript ? this.#arabicApproximation(words) : undefined);
      if (relation) return relation;
    }
    return 'exact';
  }

  #arabicApproximation(words: string[]): Exclude<NumberRelation, 'exact'> | undefined {
    const [first, ...rest] = words;
    if (!first) return undefined;
    for (const candidate of arabicCandidates(first)) {
      const relation = this.#t.approximations.get([candidate, ...rest].join(' '));
      if (relation) return relation;
    }
    return undefined;
  }

  // ---- identifiers ---------------------------------------------------------------------------------

  /**
   * Whether the chunk (text between spaces) starting at `from` is an identifier whose digits are no count:
   * a URL or e-mail, a domain, or a code mixing letters and digits (`COVID-19`, `Su-30MK2`, `QNR2`, `v1.2.3`).
   * Ordinals written with digits (`10-ї`, `15:e`, `10e`, `ke-10`) and anniversaries are not identifiers.
   */
  #isIdentifierChunk(from: number): boolean {
    const to = this.#chunkEnd[from]!;
    const tokens = this.#tokens;
    let hasDigits = false;
    let hasLetters = false;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.kind === 'digits') hasDigits = true;
      else if (token.kind === 'word') hasLetters = true;
      else if (token.text === '@') return true;
      else if (token.text === ':' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.text === '/') return true;
      else if (token.text === '.' && tokens[i - 1]?.kind === 'word' && tokens[i + 1]?.kind === 'word' && i - 1 >= from) {
        // `nld.com.vn`, `Vietnam.vn`: a dot between letters with no space is a domain or file name.
        return true;
      }
    }
    if (!hasDigits || !hasLetters) return false;
    // `9.Mai`, `11.Juli`: a day and a month name written without a space is a date, not a code.
    if (to - from === 3 && tokens[from]!.kind === 'digits' && tokens[from]!.text.length <= 2 && tokens[from + 1]!.text === '.' && this.#monthAt(from + 2, true) !== undefined) return false;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'digits') continue;
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const wordBefore = i - 1 >= from && before?.kind === 'word';
      const wordBeforeJoined = i - 2 >= from && before !== undefined && letterDigitJoiners.has(before.text) && tokens[i - 2]?.kind === 'word';
      const wordAfter = i + 1 < to && after?.kind === 'word';
      const wordAfterJoined = i + 2 < to && after !== undefined && letterDigitJoiners.has(after.text) && tokens[i + 2]?.kind === 'word';
      if (wordBefore || wordBeforeJoined) {
        const prefixWord = wordBefore ? i - 1 : i - 2;
        const prefix = this.#folded[prefixWord]!;
        const isOrdinalPrefix = this.#t.ordinalPrefixes.has(prefix) || this.#t.ordinalPrefixes.has(`${prefix}-`);
        const isArabicArticle = this.#t.arabicScript && bareArticle.test(tokens[prefixWord]!.text.replace(/ـ/g, ''));
        // `و16`: Arabic writes "and" glued to the number after it.
        const isGluedCoordinator = wordBefore && prefixWord === from && this.#t.cliticCoordinators.has(prefix);
        if (!isOrdinalPrefix && !isArabicArticle && !isGluedCoordinator) return true;
      }
      if (wordAfter || wordAfterJoined) {
        const suffixIndex = wordAfter ? i + 1 : i + 2;
        if (!this.#isOrdinalSuffix(suffixIndex) && !this.#isUnitOrCompound(suffixIndex, wordAfterJoined)) return true;
      }
    }
    return false;
  }

  #isOrdinalSuffix(i: number): boolean {
    const suffix = this.#folded[i]!;
    if (this.#t.ordinalSuffixes.has(suffix)) return true;
    for (const pattern of this.#t.ordinalSuffixes) {
      if (pattern.endsWith('*') && suffix.startsWith(pattern.slice(0, -1))) return true;
    }
    return false;
  }

  /** `75-årsdagen`, `5-jarige`, `15km`: digits joined to a lowercase word are a number, not a code. */
  #isUnitOrCompound(i: number, hyphenated: boolean): boolean {
    const word = this.#tokens[i]!.text;
    if (isCapitalised(word)) return false;
    return hyphenated ? word.length >= 3 : word.length <= 3 && /^\p{Ll}+$/u.test(word);
  }

  // ---- numbers, ordinals and dates written with digits ----------------------------------------------

  #scanDigits(i: number): number {
    const tokens = this.#tokens;
    const token = tokens[i]!;
    const chunkEnd = this.#chunkEnd[i]!;
    // Phone numbers: `+84 912 345 678`, `(024) 3825 1234`.
    const before = tokens[i - 1];
    if (before && (before.text === '+' || before.text === '(') && (before.text === '+' || tokens[i + 1]?.text === ')')) {
      return this.#skipDigitGroups(i);
    }
    if (token.text.length > maxDigits) return this.#skipChunk(i);
    const date = this.#numericDate(i);
    if (date !== undefined) return date;
    const parsed = this.#readNumber(i);
    if (parsed === undefined) return this.#skipChunk(i);
    if (Number.isNaN(parsed.value)) {
      this.#claim(i, parsed.end);
      return Math.max(parsed.end, this.#chunkEnd[parsed.end - 1]!);
    }
    let { value, end } = parsed;
    const { grouped, decimal } = parsed;
    // Anything still glued to the number by `.`, `:`, `/` or `,` followed by digits: a time, a version,
    // `1.2.3.4`, a fraction; not a count.
    const after = tokens[end];
    if (after && after.kind === 'punct' && end + 1 < chunkEnd && tokens[end + 1]!.kind === 'digits' && !dashes.has(after.text)) {
      return this.#skipChunk(i);
    }
    // A leading zero (`0123 456 789`, `007`) marks a phone number or a code, with all its digit groups.
    if (!decimal && token.text.length > 1 && digitsToNumber(token.text[0]!) === 0) return this.#skipDigitGroups(i);

    // Ordinal suffix: `10-ї`, `16-ї`, `15:e`, `10e`, `10de`, `75-årsdagen`.
    const ordinal = this.#digitOrdinal(i, end, value);
    if (ordinal !== undefined) return ordinal;

    // `am 6. und 7. Juli`, `les 15 et 25 mai`: each day of a list ending in a date is a date.
    if (!decimal && !grouped) {
      const list = this.#dayList(i);
      if (list !== undefined) return list;
    }

    // Range: `1950-2025`, `19–21 februari`.
    const dash = tokens[end];
    let upper: number | undefined;
    let rangeEnd = end;
    if (dash && dashes.has(dash.text) && !decimal) {
      const second = tokens[end + 1];
      if (second?.kind === 'digits' && second.text.length <= maxDigits) {
        const secondParsed = this.#readNumber(end + 1);
        if (secondParsed && !(tokens[secondParsed.end] && dashes.has(tokens[secondParsed.end]!.text) && tokens[secondParsed.end + 1]?.kind === 'digits')) {
          if (secondParsed.value > value) {
            upper = secondParsed.value;
            rangeEnd = secondParsed.end;
          }
        } else if (secondParsed) {
          return this.#skipChunk(i); // three or more dashed groups: a phone number or code
        }
      }
    }

    // A day range in words or with the German day dot (`van 19 tot 21 februari`, `6.–8. Juli`): read
    // only when a month follows, so `5 bis 10 Kinder` stays two numbers.
    if (upper === undefined && !decimal && !grouped) {
      const range = this.#dayRangeEnd(end, value);
      if (range !== undefined) {
        upper = range.upper;
        rangeEnd = range.end;
      }
    }

    // Day (or day range) followed by a month name: a date.
    const monthAt = this.#nextWord(upper !== undefined ? rangeEnd - 1 : end - 1);
    const dayLike = !decimal && !grouped && value >= 1 && value <= 31 && (upper === undefined || upper <= 31);
    if (dayLike && monthAt >= 0) {
      // German/Scandinavian style `20. Februar`: the dot after the day belongs to the date.
      let monthIndex = monthAt;
      if (tokens[monthAt]!.text === '.' && monthAt === (upper !== undefined ? rangeEnd : end)) monthIndex = this.#nextWord(monthAt);
      const month = monthIndex >= 0 ? this.#monthAt(monthIndex, true) : undefined;
      if (month !== undefined) return this.#finishDate(i, this.#monthEnd(monthIndex), { day: value, month, endDay: upper });
    }

    if (upper !== undefined) {
      const isYearRange = value >= minYear && value <= maxYear && upper >= minYear && upper <= maxYear;
      this.#emitNumber(i, rangeEnd, { value, upper, relation: this.#relationBefore(i), value2: `${value}-${upper}`, isYearRange });
      return rangeEnd;
    }

    // Percent and scale words.
    let percent = false;
    let scaleEnd = end;
    const unit = this.#nextWord(end - 1);
    if (after?.text === '%' || after?.text === '٪') {
      percent = true;
      scaleEnd = end + 1;
    } else if (unit >= 0) {
      const word = this.#folded[unit]!;
      const scale = tokens[unit]!.kind === 'word' ? this.#lookupWord(this.#t.scaleWords, unit) : undefined;
      const second = this.#nextWord(unit);
      const twoWords = second >= 0 && this.#percentPhrase(unit, second);
      if (tokens[unit]!.text === '%' || tokens[unit]!.text === '٪' || this.#t.percentWords.has(word) || twoWords) {
        percent = true;
        scaleEnd = twoWords ? second + 1 : unit + 1;
      } else if (scale !== undefined) {
        value *= scale;
        scaleEnd = unit + 1;
        if (tokens[scaleEnd]?.text === '.' && this.#t.scaleAbbreviations.has(word)) scaleEnd += 1;
      }
    }
    const relation = this.#relationBefore(i);

    // A bare year.
    const label = this.#afterLabelWord(i);
    const isYear = !label && !grouped && !decimal && !percent && scaleEnd === end && token.text.length === 4 && value >= minYear && value <= maxYear && relation === 'exact';
    if (isYear) return this.#finishYear(i, end, value);

    this.#emitNumber(i, scaleEnd, { value, relation, percent, label });
    return scaleEnd;
  }

  /**
   * A list of days joined by commas and coordinators that ends in a day and month: `6. und 7. Juli 1956`,
   * `3., 4. und 5. Juni`, `15 et 25 mai`, `15 و16 أبريل`. Emits a date for every earlier day (span: the
   * day and a dot right after it; month and year of the final date), leaves the final date to the usual
   * path, and returns the token after it; undefined when no such list starts at `i`. Only commas and
   * coordinators may stand between the days, and every day is 1–31 with one or two digits.
   *
   * A walk that fails does so at the same token for every day it passed, so those days are not walked
   * again (`#noDayListBefore`): the scan stays linear on `1, 1, 1, …`.
   */
  #dayList(i: number): number | undefined {
    if (i < this.#noDayListBefore) return undefined;
    const tokens = this.#tokens;
    const days: Array<{ from: number; to: number; day: number }> = [];
    let j = i;
    let glued = false;
    for (;;) {
      const day = this.#listDay(j);
      if (day === undefined) break;
      const to = tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
      const next = this.#nextWord(to - 1);
      if (next < 0) break;
      if (this.#monthAt(next, true) !== undefined) {
        if (days.length === 0 || this.#isIdentifierChunk(glued ? j - 1 : j)) break;
        return this.#finishDayList(days, j);
      }
      // The separator: a comma, a coordinator (preceded by a space), or a comma and a coordinator.
      let k = next;
      let separated = false;
      if (tokens[k]!.text === ',' || tokens[k]!.text === '،') {
        separated = true;
        k = this.#nextWord(k);
        if (k < 0) break;
      }
      glued = false;
      let nextDay = k;
      if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && this.#t.coordinators.has(this.#folded[k]!)) {
        separated = true;
        glued = this.#t.cliticCoordinators.has(this.#folded[k]!) && tokens[k + 1]?.kind === 'digits';
        nextDay = glued ? k + 1 : this.#nextWord(k);
        // `den 6 och den 7 juli`, `le 6 et le 7 juillet`: the word before a day may be said again.
        if (!glued && nextDay >= 0 && tokens[nextDay]!.kind === 'word' && this.#t.dayWords.has(this.#folded[nextDay]!)) nextDay = this.#nextWord(nextDay);
      } else if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && this.#t.dayWords.has(this.#afterCliticCoordinator(this.#folded[k]!) ?? '')) {
        // Arabic `وفي 7 يوليو`: the coordinator glued to the day word.
        separated = true;
        nextDay = this.#nextWord(k);
      }
      // The next day stands apart: after a space, or glued to its coordinator.
      if (!separated || nextDay < 0 || (!glued && tokens[nextDay - 1]!.kind !== 'space')) break;
      days.push({ from: j, to, day });
      j = nextDay;
    }
    this.#noDayListBefore = j + 1;
    return undefined;
  }

  /**
   * The second day of a range after the day that ends before `end` (`19 tot 21`, `6. bis 8.`, `6.–8.`),
   * when a month name follows it: its value and the token after it (before any dot). Undefined otherwise.
   */
  #dayRangeEnd(end: number, first: number): { upper: number; end: number } | undefined {
    const tokens = this.#tokens;
    if (first < 1 || first > 31) return undefined;
    let k = tokens[end]?.text === '.' ? end + 1 : end;
    let secondAt: number;
    if (tokens[k] && dashes.has(tokens[k]!.text) && k > end) secondAt = k + 1; // `6.–8.`: the dash after the dot
    else {
      k = this.#nextWord(k - 1);
      if (k < 0 || tokens[k]!.kind !== 'word' || tokens[k - 1]!.kind !== 'space' || !this.#t.rangeWords.has(this.#folded[k]!)) return undefined;
      secondAt = this.#nextWord(k);
      if (secondAt < 0 || tokens[secondAt - 1]!.kind !== 'space') return undefined;
    }
    const upper = this.#listDay(secondAt);
    if (upper === undefined || upper <= first) return undefined;
    const afterSecond = secondAt + 1;
    let monthAt = this.#nextWord(afterSecond - 1);
    if (monthAt >= 0 && tokens[monthAt]!.text === '.' && monthAt === afterSecond) monthAt = this.#nextWord(monthAt);
    return monthAt >= 0 && this.#monthAt(monthAt, true) !== undefined ? { upper, end: afterSecond } : undefined;
  }

  /** The rest of a word after a clitic coordinator glued to its front (Arabic `وفي` → `في`), or undefined. */
  #afterCliticCoordinator(word: string): string | undefined {
    for (const coordinator of this.#t.cliticCoordinators) if (word.length > coordinator.length && word.startsWith(coordinator)) return word.slice(coordinator.length);
    return undefined;
  }

  /** A day of a coordinated list at token `i`: one or two digits, no leading zero, 1–31, no decimals or groups. */
  #listDay(i: number): number | undefined {
    const token = this.#tokens[i];
    if (token?.kind !== 'digits' || token.text.length > 2 || this.#claimed[i]) return undefined;
    if (token.text.length === 2 && digitsToNumber(token.text[0]!) === 0) return undefined;
    const parsed = this.#readNumber(i);
    if (parsed === undefined || parsed.decimal || parsed.grouped) return undefined;
    return parsed.value >= 1 && parsed.value <= 31 ? parsed.value : undefined;
  }

  /** Reads the final date of a day list at `last`, then gives each earlier day its month and year. */
  #finishDayList(days: ReadonlyArray<{ from: number; to: number; day: number }>, last: number): number {
    const before = this.#anchors.length;
    const end = this.#scanDigits(last);
    const final = this.#anchors[before];
    const isDayDate = final?.type === 'date' && final.start === this.#base + this.#tokens[last]!.start && final.day !== undefined && final.month !== undefined;
    for (const { from, to, day } of days) {
      if (isDayDate) this.#emitDate(from, to, { day, month: final.month, year: final.year });
      else this.#emitNumber(from, from + 1, { value: day, relation: this.#relationBefore(from) });
    }
    return end;
  }

  /** `gränsmarkör 1369`, `маркері 504`, `№ 5`, `nr. 12`: the number is a label. */
  #afterLabelWord(i: number): boolean {
    let j = this.#previousToken(i);
    if (j >= 0 && this.#tokens[j]!.text === '.') j -= 1;
    if (j < 0) return false;
    const word = this.#folded[j]!;
    if (this.#t.labelWords.has(word)) return true;
    if (this.#tokens[j]!.kind !== 'word') return false;
    for (const prefix of this.#t.labelPrefixes) if (word.startsWith(prefix) || (this.#t.arabicScript && arabicCandidates(word).some((c) => c.startsWith(prefix)))) return true;
    return false;
  }

  /** Two-word percent phrases: `pour cent`, `per cent`, `في المائة`. */
  #percentPhrase(first: number, second: number): boolean {
    return this.#tokens[second]!.kind === 'word' && this.#t.percentWords.has(`${this.#folded[first]} ${this.#folded[second]}`);
  }

  /** Skips the rest of the chunk (identifier-like digits); its tokens produce no anchor. */
  #skipChunk(i: number): number {
    const end = this.#chunkEnd[i]!;
    this.#claim(i, end);
    return end;
  }

  /** Skips digit groups separated by spaces, dashes, dots or parentheses (phone numbers). */
  #skipDigitGroups(i: number): number {
    const tokens = this.#tokens;
    let j = i;
    let groups = 0;
    while (j < tokens.length && groups < 8) {
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
    this.#claim(i, j);
    return j;
  }

  /** Reads an integer or decimal with the language's separators: `1.435`, `1 435`, `1,5`, `٢٠٢٥`, `1٬435٫5`. */
  #readNumber(i: number): { value: number; end: number; grouped: boolean; decimal: boolean } | undefined {
    const tokens = this.#tokens;
    const first = tokens[i]!.text;
    let digits = first;
    let end = i + 1;
    let grouped = false;
    if (first.length <= 3) {
      while (end + 1 < tokens.length) {
        const sep = tokens[end]!;
        const group = tokens[end + 1]!;
        const isSeparator = sep.text.length === 1 && this.#t.groupSeparators.has(sep.text);
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
    if (sep && this.#t.decimalSeparators.has(sep.text) && tokens[end + 1]?.kind === 'digits' && (this.#t.ambiguousSeparators || !(sep.text === '.' && this.#t.groupSeparators.has('.')))) {
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
    return { value, end, grouped, decimal };
  }

  /** `20/02/2025`, `20.02.2025`, `2025-02-20`: a numeric date. */
  #numericDate(i: number): number | undefined {
    const tokens = this.#tokens;
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
    const [a, b, c] = parts.map((p) => digitsToNumber(p)) as [number, number, number];
    let day: number;
    let month: number;
    let year: number;
    if (parts[0]!.length === 4 && parts[1]!.length <= 2 && parts[2]!.length <= 2) [year, month, day] = [a, b, c];
    else if (parts[0]!.length <= 2 && parts[1]!.length <= 2 && (parts[2]!.length === 4 || parts[2]!.length === 2)) {
      [day, month, year] = [a, b, parts[2]!.length === 2 ? 2000 + c : c];
      // Month-first (US) dates only when the first part cannot be a month.
      if (month > 12 && day <= 12 && this.#t.monthFirstDates) [day, month] = [month, day];
    } else return undefined;
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return undefined;
    this.#emitDate(i, j, { day, month, year });
    return j;
  }

  #digitOrdinal(i: number, end: number, value: number): number | undefined {
    const tokens = this.#tokens;
    const joiner = tokens[end];
    let suffixIndex = -1;
    if (joiner?.kind === 'word' && tokens[end - 1]!.end === joiner.start) suffixIndex = end; // 10e, 10th
    else if (joiner && (dashes.has(joiner.text) || joiner.text === ':') && tokens[end + 1]?.kind === 'word') suffixIndex = end + 1; // 10-ї, 15:e
    // `الـ10`, `ke-10`: the prefix was claimed when the word was scanned; nothing to do here.
    if (suffixIndex < 0 || !this.#isOrdinalSuffix(suffixIndex) || !Number.isInteger(value)) return undefined;
    this.#emitOrdinal(i, suffixIndex + 1, value);
    return suffixIndex + 1;
  }

  /** After a day and month: an optional year and year marker. */
  #finishDate(from: number, afterMonth: number, parts: { day?: number; month: number; endDay?: number }): number {
    const tokens = this.#tokens;
    let end = afterMonth;
    let year: number | undefined;
    let yearAt = this.#nextWord(afterMonth - 1);
    if (yearAt >= 0 && tokens[yearAt]!.text === ',' ) yearAt = this.#nextWord(yearAt);
    if (yearAt >= 0 && tokens[yearAt]!.kind === 'digits' && tokens[yearAt]!.text.length === 4) {
      year = digitsToNumber(tokens[yearAt]!.text);
      end = this.#afterYearMarker(yearAt + 1);
    }
    this.#emitDate(from, end, { ...parts, year });
    return end;
  }

  /** A bare four-digit year, with its marker (`року`, `р.`) when it has one. */
  #finishYear(i: number, end: number, year: number): number {
    const markerEnd = this.#afterYearMarker(end);
    this.#emitDate(i, markerEnd, { year });
    return markerEnd;
  }

  #afterYearMarker(end: number): number {
    const marker = this.#nextWord(end - 1);
    if (marker < 0 || this.#tokens[marker]!.kind !== 'word') return end;
    const word = this.#folded[marker]!;
    if (!this.#t.yearMarkers.has(word) || this.#t.yearPrepositions.has(word)) return end;
    // Markers written as abbreviations keep their dot: `2025 р.`.
    if (this.#tokens[marker + 1]?.text === '.' && word.length <= 2) return marker + 2;
    return marker + 1;
  }

  /** A month name (or, next to a day, an abbreviation) at token `i`. */
  #monthAt(i: number, allowAbbreviation: boolean): number | undefined {
    if (this.#tokens[i]?.kind !== 'word') return undefined;
    const folded = this.#folded[i]!;
    const full = this.#lookupWord(this.#t.monthNames, i);
    if (full !== undefined) return full;
    // Two-word Levantine months (`كانون الثاني`, `تشرين الأول`).
    if (this.#t.arabicScript && this.#t.multiWordMonthStarts.some((start) => folded.includes(start))) {
      const next = this.#nextWord(i);
      if (next >= 0 && this.#tokens[next]!.kind === 'word') {
        for (const candidate of arabicCandidates(folded)) {
          const two = this.#t.monthNames.get(`${candidate} ${this.#folded[next]}`);
          if (two !== undefined) return two;
        }
      }
    }
    return allowAbbreviation ? this.#t.monthAbbreviations.get(folded) : undefined;
  }

  /** Whether the word before token `i` is one that makes a month name a month on its own (`في مارس`). */
  #afterMonthContext(i: number): boolean {
    if (this.#t.monthContextWords.size === 0) return false;
    let j = i - 1;
    if (j >= 0 && this.#tokens[j]!.kind === 'space' && !this.#tokens[j]!.text.includes('\n')) j--;
    return j >= 0 && this.#tokens[j]!.kind === 'word' && this.#t.monthContextWords.has(this.#folded[j]!);
  }

  /** Token after a (possibly two-word) month name that starts at `i`. */
  #monthEnd(i: number): number {
    if (this.#t.arabicScript && this.#lookupWord(this.#t.monthNames, i) === undefined) return this.#nextWord(i) + 1;
    if (this.#tokens[i + 1]?.text === '.' && this.#t.monthAbbreviations.has(this.#folded[i]!)) return i + 2;
    return i + 1;
  }

  // ---- words ---------------------------------------------------------------------------------------

  #scanPunct(i: number): number {
    return i + 1;
  }

  #scanWord(i: number): number {
    const tokens = this.#tokens;
    const folded = this.#folded[i]!;
    // `camp IV`, `Lager III`: a Roman numeral after a noun that numbers things is that number.
    const roman = this.#romanAfterNumberedNoun(i);
    if (roman !== undefined) {
      this.#emitNumber(i, i + 1, { value: roman, relation: 'exact' });
      return i + 1;
    }
    // `ke-10`, `الـ10`: a prefix joined to digits makes an ordinal.
    const joined = tokens[i + 1];
    if (joined && dashes.has(joined.text) && tokens[i + 2]?.kind === 'digits' && (this.#t.ordinalPrefixes.has(`${folded}-`) || this.#t.ordinalPrefixes.has(folded))) {
      return this.#prefixedOrdinal(i, i + 2);
    }
    if (joined?.kind === 'digits' && (this.#t.ordinalPrefixes.has(folded) || (this.#t.arabicScript && articleWithTatweel.test(tokens[i]!.text)))) {
      return this.#prefixedOrdinal(i, i + 1);
    }

    // Month first: `Februari 2025`, `February 20, 2025`, or a month on its own.
    const month = this.#monthAt(i, false);
    if (month !== undefined) {
      const end = this.#monthEnd(i);
      const dayAt = this.#nextWord(end - 1);
      if (dayAt >= 0 && tokens[dayAt]!.kind === 'digits') {
        const n = digitsToNumber(tokens[dayAt]!.text);
        if (tokens[dayAt]!.text.length === 4 && n >= 1000) return this.#monthYear(i, dayAt, month);
        if (n >= 1 && n <= 31 && tokens[dayAt]!.text.length <= 2 && this.#t.monthFirstDates) return this.#finishDate(i, dayAt + 1, { day: n, month });
      }
      // `Mai und Juni 1956`: every month of a coordinated list is in the year that ends it.
      const year = this.#monthListYear(i, end);
      if (year !== undefined) {
        this.#emitDate(i, end, { month, year });
        return end;
      }
      // A month name alone is a date only where the word has no other meaning (not in Arabic script).
      if ((!this.#t.arabicScript && folded.length >= 3) || this.#afterMonthContext(i)) {
        this.#emitDate(i, end, { month });
        return end;
      }
    }

    // Number words, ordinal words.
    const ordinal = this.#lookupWord(this.#t.ordinalWords, i);
    if (ordinal !== undefined) {
      if (!this.#isCollective(i)) {
        // Arabic compound ordinals put the unit first and the tens after `و`: `الثالث والستين` is the 63rd.
        const next = this.#t.arabicScript && ordinal < 10 ? this.#nextWord(i) : -1;
        const tens = next >= 0 && this.#tokens[next]!.kind === 'word' ? this.#lookupWord(this.#t.numberWords, next) : undefined;
        if (tens !== undefined && tens % 10 === 0 && tens >= 20 && tens < 100) {
          this.#emitOrdinal(i, next + 1, ordinal + tens, true);
          return next + 1;
        }
        this.#emitOrdinal(i, i + 1, ordinal, true);
        return i + 1;
      }
      // Collective `kedua negara` is "both countries", like nl `beide`: no count.
      if (ordinal === 2) return i + 1;
    }
    const number = this.#lookupWord(this.#t.numberWords, i) ?? (ordinal !== undefined ? ordinal : undefined);
    if (number !== undefined) return this.#numberWords(i, number);

    // Countries: up to three words (`Verenigde Staten`, `المملكة المتحدة`).
    return this.#country(i);
  }

  /**
   * The year that ends a list of month names joined by commas, coordinators, range words or dashes,
   * starting at the month at `i` (its name ends before `end`): `Mai und Juni 1956`, `mei, juni en juli
   * 2025`, `مايو ويونيو 2025`, `von Mai bis Oktober 1956`.
   * Undefined when no such list starts there. A walk that fails does so at the same month for every
   * month it passed, so those are not walked again (`#noMonthListBefore`), and a list found gives every
   * later month its year at once: the scan stays linear on `Mai, Mai, Mai, …`.
   */
  #monthListYear(i: number, end: number): number | undefined {
    const known = this.#monthListYears?.get(i);
    if (known !== undefined || i < this.#noMonthListBefore) return known;
    const tokens = this.#tokens;
    const months = [i];
    let monthEnd = end;
    for (;;) {
      let k = this.#nextWord(monthEnd - 1);
      if (k < 0) break;
      if (months.length > 1 && tokens[k]!.kind === 'digits' && tokens[k]!.text.length === 4) {
        const year = digitsToNumber(tokens[k]!.text);
        if (year < minYear || year > maxYear) break;
        this.#monthListYears ??= new Map();
        for (const month of months) this.#monthListYears.set(month, year);
        return year;
      }
      let separated = false;
      if (tokens[k]!.text === ',' || tokens[k]!.text === '،') {
        separated = true;
        k = this.#nextWord(k);
        if (k < 0) break;
      }
      let next = k;
      if (tokens[k]!.kind === 'word' && tokens[k - 1]!.kind === 'space' && (this.#t.coordinators.has(this.#folded[k]!) || this.#t.rangeWords.has(this.#folded[k]!))) {
        separated = true;
        next = this.#nextWord(k);
      } else if (dashes.has(tokens[k]!.text) && !separated) {
        // `Mai–Oktober 1956`
        separated = true;
        next = this.#nextWord(k);
      } else if (this.#t.arabicScript && tokens[k]!.kind === 'word' && this.#afterCliticCoordinator(this.#folded[k]!) !== undefined) {
        // Arabic glues `و` to the next month (`ويونيو`); the month look-up takes the clitic off.
        separated = true;
      }
      if (!separated || next < 0 || this.#monthAt(next, false) === undefined) break;
      months.push(next);
      monthEnd = this.#monthEnd(next);
    }
    this.#noMonthListBefore = monthEnd;
    return undefined;
  }

  /** The value of token `i` when it is a Roman numeral right after a noun that numbers its instances ({@link isNumberedNoun}). */
  #romanAfterNumberedNoun(i: number): number | undefined {
    // The noun first: it rules out nearly every word at the cost of one set look-up.
    const noun = i - 2;
    if (noun < 0 || this.#tokens[noun]!.kind !== 'word' || !isNumberedNoun(this.#folded[noun]!) || this.#previousToken(i) !== noun) return undefined;
    return romanValue(this.#tokens[i]!.text);
  }

  #monthYear(i: number, yearAt: number, month: number): number {
    const end = this.#afterYearMarker(yearAt + 1);
    this.#emitDate(i, end, { month, year: digitsToNumber(this.#tokens[yearAt]!.text) });
    return end;
  }

  #prefixedOrdinal(i: number, digitsAt: number): number {
    const digits = this.#tokens[digitsAt]!;
    if (digits.text.length > 6) return this.#skipChunk(i);
    this.#emitOrdinal(i, digitsAt + 1, digitsToNumber(digits.text));
    return digitsAt + 1;
  }

  /**
   * Indonesian `kelima provinsi` ("the five provinces") is a count, while `provinsi kelima` and
   * `tahun kelima ini` are ordinals: a ke- word directly before a content word counts.
   */
  #isCollective(i: number): boolean {
    const collective = this.#t.rules.collectiveNumbers;
    if (collective === undefined || !this.#folded[i]!.startsWith(collective.prefix)) return false;
    const next = this.#nextWord(i);
    if (next < 0 || this.#tokens[next]!.kind !== 'word') return false;
    return !collective.notBefore.includes(this.#folded[next]!);
  }

  /** Number words, combined (`двадцять п'ять`, `خمسة وعشرون`, `drie miljoen`). */
  #numberWords(i: number, first: number): number {
    const tokens = this.#tokens;
    let total = 0;
    let current = first;
    let last = first;
    let end = i + 1;
    for (let n = 0; n < 6; n++) {
      const next = this.#nextWord(end - 1);
      if (next < 0 || tokens[next]!.kind !== 'word') break;
      const addend = this.#lookupWord(this.#t.addendWords, next);
      if (addend !== undefined && current > 0 && current < addend) {
        current += addend;
        last = addend;
        end = next + 1;
        continue;
      }
      const scale = this.#lookupWord(this.#t.scaleWords, next);
      if (scale !== undefined) {
        current = (current || 1) * scale;
        total += current;
        current = 0;
        last = scale;
        end = next + 1;
        continue;
      }
      const value = this.#lookupWord(this.#t.numberWords, next);
      if (value === undefined || value === 0) break;
      // Tens after units only in Arabic word order (خمسة وعشرون); otherwise each word must be smaller.
      const arabicOrder = this.#t.arabicScript && last < 10 && value % 10 === 0 && value < 100;
      // A word adds below the last one's own digit only (`twintig een` 21, not `vier een` "four, one").
      if (!((value < last && value < lowestPlace(last)) || arabicOrder) || (value >= 1000 && total === 0 && current === 0)) break;
      current += value;
      last = value;
      end = next + 1;
    }
    const value = total + current;
    // `een`, `en`, `satu`, `один` are articles or "one of" far more often than counts.
    if (value <= 1 && end === i + 1) return i + 1;
    let spanEnd = end;
    let percent = false;
    const unit = this.#nextWord(end - 1);
    if (unit >= 0 && this.#t.percentWords.has(this.#folded[unit]!)) {
      percent = true;
      spanEnd = unit + 1;
    }
    this.#emitNumber(i, spanEnd, { value, relation: this.#relationBefore(i), percent, spelledOut: true });
    return spanEnd;
  }

  #country(i: number): number {
    const before = this.#anchors.length;
    const next = this.#countryName(i);
    if (this.#anchors.length > before || !this.#demonyms) return next;
    const folded = this.#folded[i]!;
    const capitalised = isCapitalised(this.#tokens[i]!.text);
    const code =
      demonymCountry(folded, this.#t.code, capitalised) ??
      (capitalised || this.#t.arabicScript ? compassCountry(folded, this.#t.code) : undefined) ??
      (this.#beforeHyphenatedWord(i) ? combiningFormCountry(folded, this.#t.code) : undefined);
    if (code === undefined) return next;
    return this.#emitCountry(i, i + 1, code, true);
  }

  /** Whether the word at `i` is joined by a hyphen, with no space, to a following word (`germano-suisse`). */
  #beforeHyphenatedWord(i: number): boolean {
    const hyphen = this.#tokens[i + 1];
    const word = this.#tokens[i + 2];
    return hyphen !== undefined && word !== undefined && nameHyphens.has(hyphen.text) && word.kind === 'word';
  }

  /** Pushes a country anchor over tokens [from, to) and claims them; returns `to`. */
  #emitCountry(from: number, to: number, code: string, adjective = false): number {
    const anchor: CountryAnchor = { type: 'country', ...this.#span(from, to), value: code };
    if (adjective) anchor.adjective = true;
    this.#anchors.push(anchor);
    this.#claim(from, to);
    return to;
  }

  /** `Royaume-Uni`, `États-Unis`, `Grande-Bretagne`: a country name of two or three words joined by hyphens. */
  #hyphenatedCountry(i: number): number | undefined {
    const tokens = this.#tokens;
    let phrase = this.#folded[i]!;
    let found: { end: number; code: string } | undefined;
    for (let j = i, n = 0; n < 2; n++, j += 2) {
      if (!this.#beforeHyphenatedWord(j)) break;
      phrase += `-${this.#folded[j + 2]!}`;
      const code = lookupFolded(phrase, this.#t.code);
      if (code) found = { end: j + 3, code };
    }
    if (found === undefined) return undefined;
    return this.#emitCountry(i, found.end, found.code);
  }

  #countryName(i: number): number {
    const tokens = this.#tokens;
    const word = tokens[i]!.text;
    if (!this.#t.arabicScript && !isCapitalised(word)) return i + 1;
    const hyphenated = this.#hyphenatedCountry(i);
    if (hyphenated !== undefined) return hyphenated;
    if (!multiWordCountryStarts(this.#t.code).has(this.#folded[i]!)) {
      const code = this.#folded[i]!.length >= 3 || (word.length === 2 && word === word.toUpperCase()) ? lookupFolded(this.#folded[i]!, this.#t.code) : undefined;
      if (!code) return i + 1;
      return this.#emitCountry(i, i + 1, code);
    }
    // Longest first: three, two, one word(s) separated by single spaces.
    const ends: number[] = [i];
    for (let n = 0; n < 2; n++) {
      const next = this.#nextWord(ends[ends.length - 1]!);
      if (next < 0 || tokens[next]!.kind !== 'word' || tokens[next - 1]!.kind !== 'space') break;
      ends.push(next);
    }
    for (let n = ends.length - 1; n >= 0; n--) {
      const last = ends[n]!;
      const phrase = n === 0 ? this.#folded[i]! : ends.slice(0, n + 1).map((j) => this.#folded[j]!).join(' ');
      if (n === 0 && phrase.length < 3 && !(phrase.length === 2 && word === word.toUpperCase())) continue;
      const code = lookupFolded(phrase, this.#t.code);
      if (code) return this.#emitCountry(i, last + 1, code);
    }
    return i + 1;
  }

  // ---- names ---------------------------------------------------------------------------------------

  #scanNames(): void {
    if (this.#t.arabicScript) this.#scanUncasedNames();
    else this.#scanCapitalisedNames();
  }

  #isNameWord(i: number): boolean {
    const token = this.#tokens[i];
    if (token === undefined || token.kind !== 'word' || this.#claimed[i] || !isCapitalised(token.text)) return false;
    const folded = this.#folded[i]!;
    if (this.#t.stopWords.has(folded) || this.#t.personTitles.has(folded)) return false;
    return !this.#writtenInLowercase(i, folded);
  }

  /** A long word the document also writes in lowercase, which the gazetteer does not know as (part of) a name. */
  #writtenInLowercase(i: number, folded: string): boolean {
    if (this.#lowercaseWords === undefined || this.#tokens[i]!.text.length < minLowercaseEvidenceLength || !this.#lowercaseWords.has(folded)) return false;
    return !gazetteerWords(this.#gazetteer).has(folded);
  }

  #isKnown(words: number[]): boolean {
    const key = this.#keyOf(words);
    return this.#gazetteerMatch(words, key) !== undefined || this.#known?.getExact(key) !== undefined;
  }

  /**
   * Latin and Cyrillic: runs of capitalised words joined by single spaces or hyphens. A lone capitalised
   * word at the start of a sentence is a name only if the gazetteer or the other versions know it;
   * adjectives made from country names (`Vietnamese`, `В'єтнамсько-`) are not names.
   */
  #scanCapitalisedNames(): void {
    const tokens = this.#tokens;
    let i = 0;
    let sentenceStart = true;
    while (i < tokens.length) {
      const token = tokens[i]!;
      if (token.kind === 'space') {
        i += 1;
        continue;
      }
      if (!this.#isNameWord(i)) {
        if (token.kind === 'word' || token.kind === 'digits') sentenceStart = false;
        // The dot of an initial (`J. Brown`, `H. Roiss`) starts no sentence: the name goes on.
        if (token.kind === 'punct' && /[.!?…:|«"„“]/.test(token.text) && !this.#endsInitial(i)) sentenceStart = true;
        i += 1;
        continue;
      }
      const run = [i];
      let j = i;
      for (;;) {
        const sep = tokens[j + 1];
        let nextIndex = j + 2;
        if (!sep || nextIndex >= tokens.length) break;
        const joins = (sep.kind === 'space' && (sep.text === ' ' || sep.text === '\u00a0')) || (dashes.has(sep.text) && sep.text !== '—' && sep.text !== '–');
        if (!joins || run.length >= 8) break;
        // A one-letter capital inside a name (`Hau A Len`, `Хау А Лень`) is part of it, even if it is
        // also a word (uk `а`).
        const next = tokens[nextIndex];
        const oneLetter = next?.kind === 'word' && next.text.length === 1 && isCapitalised(next.text) && !this.#claimed[nextIndex];
        if (!oneLetter && !this.#isNameWord(nextIndex)) break;
        if (oneLetter && !(tokens[nextIndex + 1]?.kind === 'space' && this.#isNameWord(nextIndex + 2))) break;
        run.push(nextIndex);
        j = nextIndex;
        nextIndex = j + 2;
      }
      // `Ho Chi Minh-stad`, `Quang Ninh-provinsen`: a lowercase word after a hyphen belongs to the name
      // when the gazetteer knows the whole.
      if (dashes.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.kind === 'word' && !isCapitalised(tokens[j + 2]!.text)) {
        const whole = this.#text.slice(tokens[i]!.start, tokens[j + 2]!.end);
        if (surfaceIndex(this.#gazetteer).has(foldWord(whole))) {
          run.push(j + 2);
          j += 2;
        }
      }
      // Adjectives made from country names end a name and are not part of it (`Побудова В'єтнамсько-`).
      const adjective = run.findIndex((w) => this.#isCountryAdjective(w));
      if (adjective >= 0) run.length = adjective;
      if (run.length === 0) {
        sentenceStart = false;
        i = j + 1;
        continue;
      }
      const lone = run.length === 1;
      const text = this.#tokens[i]!.text;
      const skip =
        (lone && sentenceStart && text.slice(1) === text.slice(1).toLowerCase() && !this.#isKnown(run)) ||
        (lone && text.length <= 2) ||
        // German capitalises every noun: a lone word is a name only if known or after a title.
        (lone && this.#t.capitalisesNouns && !this.#isKnown(run) && !this.#afterTitle(i) && !this.#afterInitial(i));
      const startsSentence = sentenceStart;
      sentenceStart = false;
      if (!skip) this.#emitRun(run, startsSentence);
      i = j + 1;
    }
  }

  /**
   * Whether token `i` is the dot after an initial: a one-letter capital that does not follow a
   * capitalised word other than the sentence's first (`par J. Brown`, `- H. Roiss`, `Dr. H. Roiss`,
   * `Tulisan J. Widodo`; not `Camp I.` or `Vitamin D.`).
   */
  #endsInitial(i: number): boolean {
    if (this.#tokens[i]!.text !== '.' || i === 0) return false;
    const letter = this.#tokens[i - 1]!;
    if (letter.kind !== 'word' || letter.text.length !== 1 || !isCapitalised(letter.text)) return false;
    const before = this.#previousToken(i - 1);
    if (before < 0 || this.#tokens[before]!.kind !== 'word' || !isCapitalised(this.#tokens[before]!.text)) return true;
    // The sentence's first word: nothing but spaces and punctuation before it (found by the nearest word).
    for (let k = before - 1; k >= 0; k--) if (this.#tokens[k]!.kind !== 'space' && this.#tokens[k]!.kind !== 'punct') return false;
    return true;
  }

  /** Whether a name word at `i` follows an initial (`H. Roiss`): a surname, not a noun. */
  #afterInitial(i: number): boolean {
    const dot = this.#tokens[i - 1]?.kind === 'space' ? i - 2 : i - 1;
    return dot >= 1 && this.#endsInitial(dot);
  }

  #afterTitle(i: number): boolean {
    const title = this.#previousToken(i);
    return title >= 0 && this.#tokens[title]!.kind === 'word' && this.#t.personTitles.has(this.#folded[title]!);
  }

  /** `Vietnamese`, `Chinese`, `В'єтнамсько`: a word that starts with a country's name (less its last letter). */
  #isCountryAdjective(i: number): boolean {
    const folded = this.#folded[i]!;
    const prefixes = countryPrefixes(this.#t.code);
    for (let length = Math.min(folded.length - 1, 12); length >= 4; length--) {
      if (prefixes.has(folded.slice(0, length))) return true;
    }
    return false;
  }

  /** Splits a run of name words into gazetteer matches (longest first) and the names between them. */
  #emitRun(run: number[], startsSentence: boolean): void {
    let pending: number[] = [];
    const flush = (beforeMatch: boolean) => {
      // `Provinsen Quang Ninh`, `Samarbetszonen Mong Cai`: a sentence's first word before a known name
      // is an ordinary word written with a capital.
      const sentenceOpener = beforeMatch && startsSentence && pending.length === 1 && pending[0] === run[0];
      if (pending.length > 0 && !sentenceOpener) this.#emitName(pending, undefined);
      pending = [];
    };
    for (let a = 0; a < run.length; ) {
      let matched = false;
      for (let b = Math.min(run.length, a + 5); b > a; b--) {
        const words = run.slice(a, b);
        const entry = this.#gazetteerMatch(words, this.#keyOf(words));
        if (entry) {
          flush(true);
          this.#emitName(words, entry);
          a = b;
          matched = true;
          break;
        }
      }
      if (!matched) {
        // A hyphen between two multi-word names (`Lang Son-Hanoi`) separates them; within one
        // name (`Гуансі-Чжуанський`) it does not, and the gazetteer has already taken those.
        if (pending.length > 0 && this.#tokens[run[a]! - 1]!.kind !== 'space') flush(false);
        pending.push(run[a]!);
        a += 1;
      }
    }
    flush(false);
  }

  /**
   * The gazetteer entry for capitalised words: by spelling, or by key when the key is long enough not to
   * hit other names by chance (`Hoang` and `Hanoi` share the key KAN).
   */
  #gazetteerMatch(words: number[], key: string): GazetteerEntry | undefined {
    const surface = this.#text.slice(this.#tokens[words[0]!]!.start, this.#tokens[words[words.length - 1]!]!.end);
    const bySpelling = surfaceIndex(this.#gazetteer).get(foldWord(surface));
    if (bySpelling) return bySpelling;
    if (key.length < 5) return undefined;
    return this.#gazetteer.lookup(key);
  }

  #keyOf(words: number[]): string {
    const text = this.#text.slice(this.#tokens[words[0]!]!.start, this.#tokens[words[words.length - 1]!]!.end);
    return this.#t.entityKey(text);
  }

  #emitName(words: number[], entry: GazetteerEntry | undefined): void {
    const from = words[0]!;
    const to = words[words.length - 1]! + 1;
    const span = this.#span(from, to);
    const key = entry ? this.#gazetteer.canonicalKey(entry) : this.#keyOf(words);
    if (key === '') return;
    let kind: EntityKind = entry ? entry.kind : 'unknown';
    if (!entry) {
      const title = this.#previousToken(from);
      if (title >= 0 && this.#tokens[title]!.kind === 'word' && this.#t.personTitles.has(this.#folded[title]!)) kind = 'person';
      else if (this.#tokens[title]?.text === '.' && this.#t.personTitles.has(`${this.#folded[title - 1]}.`)) kind = 'person';
    }
    const anchor: EntityAnchor = { type: 'entity', ...span, value: key, entityKind: kind };
    if (entry) {
      anchor.gazetteerId = entry.id;
      if (entry.country) anchor.country = entry.country;
    }
    this.#anchors.push(anchor);
    this.#claim(from, to);
  }

  /**
   * Arabic has no capitals: slide over runs of up to four unclaimed words and keep the longest whose
   * key is in the gazetteer or among the names seen in other versions.
   */
  #scanUncasedNames(): void {
    const tokens = this.#tokens;
    const wordSkeletons = new Map<number, string>();
    const starts = nameStartTest(this.#gazetteer, this.#knownNames, this.#t.code);
    for (let i = 0; i < tokens.length; i++) {
      if (!this.#isUncasedCandidate(i)) continue;
      // Cheap filter first: only words that can start a known name open a window.
      if (!starts(this.#folded[i]!)) continue;
      const firstForms = arabicCandidates(this.#folded[i]!);
      const words = [i];
      for (let n = 0; n < 3; n++) {
        const next = this.#nextWord(words[words.length - 1]!);
        if (next < 0 || !this.#isUncasedCandidate(next) || tokens[next - 1]!.kind !== 'space') break;
        words.push(next);
      }
      let matched = false;
      const restParts = words.slice(1).map((w) => {
        let part = wordSkeletons.get(w);
        if (part === undefined) {
          part = wordKeyPart(this.#folded[w]!, this.#t.code);
          wordSkeletons.set(w, part);
        }
        return part;
      });
      for (let n = words.length; n >= 1 && !matched; n--) {
        const slice = words.slice(0, n);
        const rest = slice.slice(1).map((w) => this.#folded[w]!);
        // The word itself first, then without its clitics (`وكاو` → `كاو`, `لانغ` stays `لانغ`).
        for (const first of firstForms) {
          const key = joinKeyParts([wordKeyPart(first, this.#t.code), ...restParts.slice(0, n - 1)]);
          if (key.length < 3) continue;
          const surface = [first, ...rest].join(' ');
          const entry = this.#gazetteerForUncased(surface, key, n);
          let known: string | undefined;
          if (!entry && this.#known && (n >= 2 ? key.length >= 5 : key.length >= 6) && !first.startsWith(arabicArticle)) {
            known = (n >= 2 ? this.#known.find(key, 7) : this.#known.find(key, Number.POSITIVE_INFINITY))?.key;
          }
          if (entry || known) {
            this.#emitUncased(slice, entry, entry ? this.#gazetteer.canonicalKey(entry) : known!, first);
            matched = true;
            i = slice[slice.length - 1]!;
            break;
          }
        }
      }
    }
  }

  #isUncasedCandidate(i: number): boolean {
    const token = this.#tokens[i];
    if (!token || token.kind !== 'word' || this.#claimed[i]) return false;
    if (!isArabicLetter(token.text[0]!) && !isCapitalised(token.text)) return false;
    return !this.#t.stopWords.has(this.#folded[i]!) && !this.#t.personTitles.has(this.#folded[i]!);
  }

  #gazetteerForUncased(surface: string, key: string, wordCount: number): GazetteerEntry | undefined {
    const exact = surfaceIndex(this.#gazetteer).get(surface);
    if (exact) return exact;
    // By key only for several words with a long key: one Arabic word easily shares a short key with a
    // name (قانونية and Quang Ninh are both KVNVN), and foreign names do not take the article.
    if (wordCount < 2 || key.length < 5 || surface.startsWith(arabicArticle)) return undefined;
    const entry = this.#gazetteer.lookup(key);
    if (!entry) return undefined;
    return key.length >= 8 || this.#gazetteer.canonicalKey(entry) === key || hasKey(this.#gazetteer, entry, key) ? entry : undefined;
  }

  #emitUncased(words: number[], entry: GazetteerEntry | undefined, key: string, bareFirst: string): void {
    const from = words[0]!;
    const to = words[words.length - 1]! + 1;
    const span = this.#span(from, to);
    // Leave a leading clitic (و، ب، ل) out of the span: `وكوانغ نينه` → `كوانغ نينه`.
    const firstText = this.#tokens[from]!.text;
    const cut = foldWord(firstText).length - bareFirst.length;
    const start = cut > 0 && cut < firstText.length && !bareFirst.startsWith(arabicArticle) ? span.start + cut : span.start;
    let kind: EntityKind = entry ? entry.kind : 'unknown';
    const title = this.#previousToken(from);
    if (!entry && title >= 0 && this.#t.personTitles.has(this.#folded[title]!)) kind = 'person';
    const anchor: EntityAnchor = { type: 'entity', start, end: span.end, text: this.#text.slice(start - this.#base, span.end - this.#base), value: key, entityKind: kind };
    if (entry) {
      anchor.gazetteerId = entry.id;
      if (entry.country) anchor.country = entry.country;
    }
    this.#anchors.push(anchor);
    this.#claim(from, to);
  }

  // ---- emitting ------------------------------------------------------------------------------------

  #emitNumber(from: number, to: number, n: { value: number; upper?: number; relation: NumberRelation; percent?: boolean; spelledOut?: boolean; value2?: string; isYearRange?: boolean; label?: boolean }): void {
    const anchor: NumberAnchor = {
      type: 'number',
      ...this.#span(from, to),
      value: n.value2 ?? `${formatNumber(n.value)}${n.percent ? '%' : ''}`,
      numeric: n.value,
      relation: n.relation,
    };
    if (n.upper !== undefined) anchor.upper = n.upper;
    if (n.percent) anchor.percent = true;
    if (n.spelledOut) anchor.spelledOut = true;
    if (n.label) anchor.label = true;
    this.#anchors.push(anchor);
    this.#claim(from, to);
  }

  #emitOrdinal(from: number, to: number, value: number, spelled = false): void {
    const anchor: OrdinalAnchor = { type: 'ordinal', ...this.#span(from, to), value: `${value}.`, numeric: value };
    if (spelled) (anchor as OrdinalAnchor & { spelledOut?: boolean }).spelledOut = true;
    this.#anchors.push(anchor);
    this.#claim(from, to);
  }

  #emitDate(from: number, to: number, d: { day?: number; month?: number; year?: number; endDay?: number }): void {
    const pad = (n: number) => String(n).padStart(2, '0');
    let value: string;
    if (d.year !== undefined && d.month !== undefined && d.day !== undefined) value = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
    else if (d.year !== undefined && d.month !== undefined) value = `${d.year}-${pad(d.month)}`;
    else if (d.month !== undefined && d.day !== undefined) value = `--${pad(d.month)}-${pad(d.day)}`;
    else if (d.month !== undefined) value = `--${pad(d.month)}`;
    else value = String(d.year);
    if (d.endDay !== undefined) value += `/${pad(d.endDay)}`;
    const anchor: DateAnchor = { type: 'date', ...this.#span(from, to), value };
    if (d.year !== undefined) anchor.year = d.year;
    if (d.month !== undefined) anchor.month = d.month;
    if (d.day !== undefined) anchor.day = d.day;
    if (d.endDay !== undefined) anchor.endDay = d.endDay;
    this.#anchors.push(anchor);
    this.#claim(from, to);
  }
}

/** Canonical decimal text of a number: `1435`, `1.5`, no exponent for large integers. */
function formatNumber(value: number): string {
  if (Number.isInteger(value)) return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  return String(Number(value.toPrecision(15)));
}

const surfaceIndexes = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();
const keySets = new WeakMap<Gazetteer, Map<GazetteerEntry, Set<string>>>();

/** Folded spelling → entry, for scripts where names are found by their exact written form. */
function surfaceIndex(gazetteer: Gazetteer): Map<string, GazetteerEntry> {
  return cached(surfaceIndexes, gazetteer, () => {
    const index = new Map<string, GazetteerEntry>();
    for (const entry of gazetteer.entries) {
      for (const names of Object.values(entry.names)) for (const name of names) if (!index.has(foldWord(name))) index.set(foldWord(name), entry);
    }
    return index;
  });
}

const wordSets = new WeakMap<Gazetteer, Set<string>>();

/** Every folded word of every gazetteer name (`partij` when the gazetteer names a party). */
function gazetteerWords(gazetteer: Gazetteer): Set<string> {
  return cached(wordSets, gazetteer, () => {
    const words = new Set<string>();
    for (const entry of gazetteer.entries) {
      for (const names of Object.values(entry.names)) for (const name of names) for (const word of name.split(/[\s\-]+/u)) if (word !== '') words.add(foldWord(word));
    }
    return words;
  });
}

/** Whether one of the entry's own names has exactly this key (not just a key within one edit). */
function hasKey(gazetteer: Gazetteer, entry: GazetteerEntry, key: string): boolean {
  const sets = cached(keySets, gazetteer, () => new Map<GazetteerEntry, Set<string>>());
  const keys = cached(sets, entry, () => new Set(Object.entries(entry.names).flatMap(([lang, names]) => names.map((name) => entityKey(name, lang)))));
  return keys.has(key);
}

const nameStartSets = new WeakMap<Gazetteer, WeakMap<readonly string[], Set<string>>>();
const noKnownNames: readonly string[] = [];

/**
 * Folded first words and first-word keys of every gazetteer name and known name: an uncased window can
 * only open on one of them.
 */
function nameStarts(gazetteer: Gazetteer, knownNames: readonly string[] | undefined): Set<string> {
  const byKnown = cached(nameStartSets, gazetteer, () => new WeakMap<readonly string[], Set<string>>());
  const known = knownNames ?? noKnownNames;
  return cached(byKnown, known, () => {
    const set = new Set<string>();
    const add = (name: string, lang: string) => {
      const first = name.split(/[\s\-]+/u).find((w) => w !== '');
      if (!first) return;
      set.add(foldWord(first));
      set.add(wordKeyPart(first, lang));
    };
    for (const entry of gazetteer.entries) for (const [lang, names] of Object.entries(entry.names)) for (const name of names) add(name, lang);
    for (const name of known) {
      if (/^[KJSPTDBNMLRAUI]+$/.test(name)) {
        // A key: any prefix of it may be the first word's key.
        for (let length = 1; length <= name.length; length++) set.add(name.slice(0, length));
      } else add(name, 'und');
    }
    return set;
  });
}

const startTests = new WeakMap<Set<string>, Map<string, (folded: string) => boolean>>();

/** Memoised: can this folded word (or the word without its clitics) start a known name? */
function nameStartTest(gazetteer: Gazetteer, knownNames: readonly string[] | undefined, lang: string): (folded: string) => boolean {
  const starts = nameStarts(gazetteer, knownNames);
  const byLang = cached(startTests, starts, () => new Map<string, (folded: string) => boolean>());
  return cached(byLang, lang, () => memoize((folded) => arabicCandidates(folded).some((form) => starts.has(form) || starts.has(wordKeyPart(form, lang)))));
}

/** The place of a number's lowest non-zero digit (20 → 10, 300 → 100, 4 → 1). */
function lowestPlace(value: number): number {
  let place = 1;
  while (value > 0 && value % (place * 10) === 0) place *= 10;
  return place;
}
