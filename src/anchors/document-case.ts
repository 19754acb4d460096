// What a whole document tells about the case of its words: which words it writes in lowercase, and
// which pairs of capitalised words it writes in the middle of a sentence. The name reader weighs a
// capitalised word at a sentence's start by them (an ordinary word there has a capital only because
// it opens the sentence). One linear pass over the text.
import { foldWord, isCapitalised } from './text.js';
import { forEachToken } from './tokenize.js';

/** A document's case evidence, built by {@link documentCase}. */
export interface DocumentCase {
  /** Every word the document writes in lowercase (first letter lowercase), folded. */
  readonly lowercase: ReadonlySet<string>;
  /**
   * Two capitalised words one space apart that the document writes in the middle of a sentence, folded
   * and joined by a space (`team usa` from `het Europese team en Team USA`): a name, wherever it stands.
   */
  readonly midSentencePairs: ReadonlySet<string>;
  /**
   * Capitalised words the document writes in the middle of a sentence outside title-case lines (see
   * {@link isTitleCaseLine}), folded: a headline's capital tells nothing, running text's does. Absent in
   * evidence built by hand: then every capital counts.
   */
  readonly runningTextCapitals?: ReadonlySet<string>;
}

/** Words shorter than this are left out of the title-case test (`a`, `of`, `the`, `to` stay lowercase in title case). */
const minTitleCaseWordLength = 4;
/** Fewest such words a title-case line has after its first: a short line of names is no headline style. */
const minTitleCaseWords = 3;
/** Share of those words written with a capital that makes a line title case (`With`, `From` may be either). */
const titleCaseShare = 0.8;

/** What the title-case test reads of a line: its words after the first, those long enough to count. */
export interface LineCase {
  /** How many words of {@link minTitleCaseWordLength} letters or more follow the line's first. */
  long: number;
  /** Those of them written with a capital, folded. */
  capitalised: string[];
}

/** Adds a word (not the line's first) to what the title-case test reads of its line. */
export function countLineWord(line: LineCase, folded: string, capitalised: boolean): void {
  if (folded.length < minTitleCaseWordLength) return;
  line.long++;
  if (capitalised) line.capitalised.push(folded);
}

/**
 * Whether a line is written in title case (`Killer Pig Mauls Chinese Farmer to Death`): after its first
 * word, at least {@link minTitleCaseWords} words of {@link minTitleCaseWordLength} letters or more,
 * nearly all capitalised, and one of those the document also writes in lowercase (a line of names only,
 * as a caption's, is no headline style).
 */
export function isTitleCaseLine(line: LineCase, lowercase: ReadonlySet<string>): boolean {
  return mayBeTitleCase(line) && line.capitalised.some((word) => lowercase.has(word));
}

/** {@link isTitleCaseLine} without the look at the document's lowercase words. */
function mayBeTitleCase(line: LineCase): boolean {
  return line.long >= minTitleCaseWords && line.capitalised.length >= titleCaseShare * line.long;
}

/** Punctuation after which the next word still stands inside the sentence: `,`, `;`, `(`, by code. */
const insideSentencePunctuation = new Set([0x2c, 0x3b, 0x28]);
const newline = 0x0a;

// How a word's first code unit is written, as `isCapitalised` and a lowercase test read it: capitalised;
// not capitalised and changed by uppercasing (a lowercase word); neither (a letter without case: Arabic).
const capitalFirst = 0;
const lowercaseFirst = 1;
const caselessFirst = 2;
type FirstLetter = typeof capitalFirst | typeof lowercaseFirst | typeof caselessFirst;

/**
 * The case of `text[start]`, read by its code for ASCII, Cyrillic and Arabic letters (a document has a
 * million words, and two case-mapped strings for each were much of its scan's garbage), by case mapping
 * as `isCapitalised` does for any other.
 */
function firstLetterAt(text: string, start: number): FirstLetter {
  const c = text.charCodeAt(start);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f)) return lowercaseFirst;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f)) return capitalFirst;
  if (c >= 0x620 && c <= 0x65f) return caselessFirst;
  const first = text[start]!;
  if (isCapitalised(first)) return capitalFirst;
  return first !== first.toUpperCase() ? lowercaseFirst : caselessFirst;
}

/** Whether `text` holds a line break between `start` and `end`. */
function hasNewline(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === newline) return true;
  return false;
}

/**
 * The case evidence of `text` (a document, or one sentence): its lowercase words and the pairs of
 * capitalised words it writes mid-sentence, a word or a comma before them. A line break ends a sentence
 * (a headline has no full stop). Linear in the length of the text.
 */
export function documentCase(text: string): DocumentCase {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const lowercase = new Set<string>();
  const midSentencePairs = new Set<string>();
  const runningTextCapitals = new Set<string>();
  // Lines that may be title case wait for the whole text's lowercase words; the others give their
  // mid-sentence capitals at once.
  const maybeTitles: Array<{ words: LineCase; capitals: string[] }> = [];
  let line = { words: { long: 0, capitalised: [] as string[] }, capitals: [] as string[] };
  const endLine = () => {
    if (mayBeTitleCase(line.words)) maybeTitles.push(line);
    else for (const word of line.capitals) runningTextCapitals.add(word);
  };
  let firstOfLine = true;
  // The capitalised word that stands mid-sentence and waits for a second one after one space.
  let pending: string | undefined;
  let pendingEnd = -1;
  let inside = false;
  forEachToken(text, (kind, start, end) => {
    if (kind === 'space') {
      if (hasNewline(text, start, end)) {
        inside = false;
        endLine();
        line = { words: { long: 0, capitalised: [] }, capitals: [] };
        firstOfLine = true;
      }
      return;
    }
    if (kind !== 'word') {
      inside = kind === 'digits' || (end - start === 1 && insideSentencePunctuation.has(text.charCodeAt(start)));
      pending = undefined;
      return;
    }
    const firstLetter = firstLetterAt(text, start);
    if (firstLetter !== capitalFirst) {
      if (firstLetter === lowercaseFirst) {
        const folded = foldWord(text.slice(start, end));
        lowercase.add(folded);
        if (!firstOfLine) countLineWord(line.words, folded, false);
      }
      firstOfLine = false;
      pending = undefined;
      inside = true;
      return;
    }
    const folded = foldWord(text.slice(start, end));
    if (!firstOfLine) countLineWord(line.words, folded, true);
    firstOfLine = false;
    if (inside) line.capitals.push(folded);
    if (pending !== undefined && start === pendingEnd + 1 && (text[pendingEnd] === ' ' || text[pendingEnd] === '\u00a0')) midSentencePairs.add(`${pending} ${folded}`);
    pending = inside ? folded : undefined;
    pendingEnd = end;
    inside = true;
  });
  endLine();
  for (const { words, capitals } of maybeTitles) if (!isTitleCaseLine(words, lowercase)) for (const word of capitals) runningTextCapitals.add(word);
  return { lowercase, midSentencePairs, runningTextCapitals };
}
