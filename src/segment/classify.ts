// Tells body text from headings, captions and web-page boilerplate, line by line. Signals are generic
// (framing bars, repeated lines, datelines, URLs, missing final punctuation, position before the
// dateline or after the article's end); words come from the language profiles' page markers.
import type { SentenceKind } from '../types.js';
import { isBlank, letterCaseAt } from './chars.js';
import type { LineSpan } from './lines.js';
import { normaliseLine, type CompiledRules } from './rules.js';

/** Lines longer than this are never furniture (headings, banners, datelines, markers). */
const SHORT_LINE = 160;
/** A heading has at most this many words. */
const HEADING_MAX_WORDS = 16;
/** The dateline, if any, stands among the first lines of a page. */
const DATELINE_SEARCH_LINES = 6;

/** Colon, comma, semicolon, hyphen, en dash, em dash: a line ending in one goes on below. */
const continuationMarks: ReadonlySet<number> = new Set([0x3a, 0x2c, 0x3b, 0x2d, 0x2013, 0x2014]);

const timeAtStart = /^\d{1,2}:\d{2}(?!\d)/;
const dateAtEnd = /\d{1,2}[./-]\d{1,2}[./-]\d{4}$/;
const urlOnly = /^(?:https?:\/\/|www\.)\S+$/i;
const labelThenUrl = /^[^\s:]{1,40}(?: [^\s:]{1,40}){0,3}: ?(?:https?:\/\/|www\.)\S+$/i;
const siteBanner = /^[\p{L}\d-]{1,40}\.[a-z]{2,6} [-–—|] /iu;
const placeholder = /^\[[^\s\[\]]{1,40}\]$/;
const counter = /^(.{1,40}?) ?\(\d{1,9}\)$/;

/** The kind of each line (same order as `lines`). */
export function classifyLines(text: string, lines: readonly LineSpan[], rules: CompiledRules): SentenceKind[] {
  const contents = lines.map((line) => text.slice(line.start, line.end));
  const kinds = new LineKinds(lines.length);
  // The captions pass reuses the lines the boilerplate pass normalised rather than normalising them again.
  const normalisedLines: Array<string | undefined> = new Array<string | undefined>(contents.length);
  const dateline = markBoilerplate(contents, normalisedLines, rules, kinds);
  markCaptions(contents, normalisedLines, rules, kinds);
  markHeadings(contents, dateline, rules, kinds);
  return kinds.kinds;
}

/** The kind of each line, and which lines an earlier pass has decided (a later pass leaves those alone). */
class LineKinds {
  readonly kinds: SentenceKind[];
  readonly decided: boolean[];

  constructor(count: number) {
    this.kinds = new Array<SentenceKind>(count).fill('body');
    this.decided = new Array<boolean>(count).fill(false);
  }

  mark(index: number, kind: SentenceKind): void {
    this.kinds[index] = kind;
    this.decided[index] = true;
  }
}

/**
 * Boilerplate, and the end of the article: everything after a source line, a comment counter or a
 * related-articles heading is page furniture. Fills `normalisedLines` for the lines it normalises and
 * returns the dateline's index (-1 when there is none among the first lines).
 */
function markBoilerplate(contents: readonly string[], normalisedLines: Array<string | undefined>, rules: CompiledRules, kinds: LineKinds): number {
  let inTail = false;
  let seenBody = false;
  let dateline = -1;
  for (let index = 0; index < contents.length; index++) {
    const line = contents[index] ?? '';
    if (inTail) {
      kinds.mark(index, 'boilerplate');
      continue;
    }
    if (line.length > SHORT_LINE * 2) {
      seenBody = true;
      continue;
    }
    const normalised = normaliseLine(line);
    normalisedLines[index] = normalised;
    if (endsArticle(line, normalised, rules)) {
      // A source line above any article text (`Source: Reuters` first) is furniture, not the end.
      inTail = seenBody;
      kinds.mark(index, 'boilerplate');
      continue;
    }
    if (isImageTitle(normalised, rules)) continue;
    if (line.length <= SHORT_LINE && isDateline(line)) {
      if (dateline < 0 && index < DATELINE_SEARCH_LINES) dateline = index;
      kinds.mark(index, 'boilerplate');
      continue;
    }
    if (isBoilerplateLine(line, normalised, rules)) kinds.mark(index, 'boilerplate');
    else if (line.length > 40 && hasFinalPunctuation(line, rules)) seenBody = true;
  }
  return dateline;
}

/** Captions: lines framed by bars, image titles and the line after them, lines printed twice. */
function markCaptions(contents: readonly string[], normalisedLines: ReadonlyArray<string | undefined>, rules: CompiledRules, kinds: LineKinds): void {
  for (let index = 0; index < contents.length; index++) {
    if (kinds.decided[index]) continue;
    const line = contents[index] ?? '';
    if (line.length > SHORT_LINE * 3) continue;
    if (line.charCodeAt(0) === 0x7c || line.charCodeAt(line.length - 1) === 0x7c) {
      kinds.mark(index, 'caption');
    } else if (isImageTitle(normalisedLines[index] ?? normaliseLine(line), rules)) {
      kinds.mark(index, 'caption');
      const nextIndex = index + 1;
      if (nextIndex < contents.length && !kinds.decided[nextIndex] && (contents[nextIndex] ?? '').length <= SHORT_LINE * 2) {
        kinds.mark(nextIndex, 'caption');
      }
    } else if (line === contents[index - 1] || line === contents[index + 1]) {
      kinds.mark(index, 'caption');
    }
  }
}

/**
 * Headings: the title above the dateline, and short lines without final punctuation. The first line
 * of the text is the title whatever its length in words: a headline translated runs longer than
 * sixteen words in some languages and not in others, and the versions' titles must stay alike.
 */
function markHeadings(contents: readonly string[], dateline: number, rules: CompiledRules, kinds: LineKinds): void {
  for (let index = 0; index < contents.length; index++) {
    if (kinds.decided[index]) continue;
    const line = contents[index] ?? '';
    const maxWords = index === 0 ? Infinity : HEADING_MAX_WORDS;
    if ((index < dateline && line.length <= SHORT_LINE * 2) || isHeadingLine(line, rules, maxWords)) kinds.mark(index, 'heading');
  }
}

function endsArticle(line: string, normalised: string, rules: CompiledRules): boolean {
  const { source, comments, endOfArticle } = rules.markers;
  if (endOfArticle.has(normalised) || source.has(normalised) || comments.has(normalised)) return true;
  const colon = normalised.indexOf(':');
  if (colon > 0 && source.has(normalised.slice(0, colon).trimEnd())) return true;
  if (line.charCodeAt(line.length - 1) === 0x29 && comments.has(counter.exec(normalised)?.[1] ?? '')) return true;
  return false;
}

function isBoilerplateLine(line: string, normalised: string, rules: CompiledRules): boolean {
  const { byline, lines } = rules.markers;
  if (lines.has(normalised)) return true;
  if (countNonBlank(line) <= 2 && !hasDigit(line)) return true;
  if (line.length > SHORT_LINE) return false;
  // Cheap character tests first: most lines are plain text and need none of the patterns.
  const colon = normalised.indexOf(':');
  if ((colon > 0 || normalised.startsWith('www.')) && (urlOnly.test(line) || labelThenUrl.test(line))) return true;
  if (line.charCodeAt(0) === 0x5b && placeholder.test(line)) return true;
  if (colon > 0 && byline.has(normalised.slice(0, colon).trimEnd())) return true;
  if (line.charCodeAt(line.length - 1) === 0x29 && rules.markers.comments.has(counter.exec(normalised)?.[1] ?? '')) return true;
  if (line.includes('.') && siteBanner.test(line)) return true;
  return !hasFinalPunctuation(line, rules) && isForeignLine(line, rules);
}

/** A page's dateline: `14:27, 21 лютого 2025 р.` or `Người Lao Động21/02/2025`. */
function isDateline(line: string): boolean {
  if (!hasDigit(line)) return false;
  if (timeAtStart.test(line) && line.length <= 60) return true;
  return dateAtEnd.test(line);
}

/** `Gặp gỡ … - Ảnh 1.`: an image's title, ending in a word for "photo" and its number. */
function isImageTitle(normalised: string, rules: CompiledRules): boolean {
  let end = normalised.length;
  if (normalised.endsWith('.')) end--;
  let digits = end;
  while (digits > 0 && isAsciiDigit(normalised.charCodeAt(digits - 1))) digits--;
  if (digits === end || end - digits > 3) return false;
  const beforeNumber = normalised.slice(0, digits).trimEnd();
  return rules.imageLabels.some((label) => beforeNumber.endsWith(label) && beforeNumber.length > label.length + 3);
}

/**
 * Short, ends without punctuation, starts like a sentence, perhaps after an opening quote: `Ta din
 * relation till nästa nivå`, `"غضب" بيتر جونز …`, `‘Phenomenal’ from Livingston`.
 */
function isHeadingLine(line: string, rules: CompiledRules, maxWords: number): boolean {
  if (line.length > SHORT_LINE || (hasFinalPunctuation(line, rules) && !endsInDottedInitials(line))) return false;
  // A line that ends in a colon, comma, semicolon or dash, perhaps inside its closing quote (`ini,”`,
  // `— заявив він. —`), goes on below: dialogue or a list, not a heading.
  let lastAt = line.length - 1;
  while (lastAt > 0 && (rules.closers.has(line.charCodeAt(lastAt)) || isBlank(line.charCodeAt(lastAt)))) lastAt--;
  if (continuationMarks.has(line.charCodeAt(lastAt))) return false;
  let words = 1;
  for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 0x20) words++;
  if (words > maxWords) return false;
  let start = 0;
  while (start < line.length - 1 && rules.openers.has(line.charCodeAt(start))) start++;
  const first = letterCaseAt(line, start);
  return first === 'upper' || first === 'digit' || first === 'uncased';
}

/**
 * Whether a line given on its own (a sentence of a pre-segmented list) reads as a heading by the rule
 * {@link classifyLines} applies to lines of text: the first line whatever its length in words, any
 * other up to {@link HEADING_MAX_WORDS}.
 */
export function isHeadingText(line: string, rules: CompiledRules, first: boolean): boolean {
  // A list may hold empty or blank sentences; the segmenter never gives such lines.
  if (line.trim() === '') return false;
  return isHeadingLine(line, rules, first ? Infinity : HEADING_MAX_WORDS);
}

/** `… trust U.S.`, `… A.S.`: the last dot closes an abbreviation of dotted capitals, not a sentence. */
function endsInDottedInitials(line: string): boolean {
  let k = line.length;
  let pairs = 0;
  while (k >= 2 && line.charCodeAt(k - 1) === 0x2e && letterCaseAt(line, k - 2) === 'upper') {
    pairs++;
    k -= 2;
  }
  return pairs >= 2 && (k === 0 || isBlank(line.charCodeAt(k - 1)));
}

function hasFinalPunctuation(line: string, rules: CompiledRules): boolean {
  let k = line.length - 1;
  while (k > 0 && (rules.closers.has(line.charCodeAt(k)) || isBlank(line.charCodeAt(k)))) k--;
  return rules.terminators.has(line.charCodeAt(k));
}

/**
 * Letters of the document's script that its language does not write make up much of the line: a site
 * banner or motto left in the page's own language (`Độc lập - Tự do - Hạnh phúc` on an Indonesian page),
 * not part of the article.
 */
function isForeignLine(line: string, rules: CompiledRules): boolean {
  const isForeignLetter = rules.isForeignLetter;
  if (isForeignLetter === undefined) return false;
  let letters = 0;
  let foreign = 0;
  for (let k = 0; k < line.length; k++) {
    const kind = letterCaseAt(line, k);
    if (kind !== 'upper' && kind !== 'lower' && kind !== 'uncased') continue;
    letters++;
    if (isForeignLetter(line[k]!)) foreign++;
  }
  return foreign >= minimumForeignLetters && foreign * foreignLetterShare >= letters;
}

/** A foreign line has at least this many foreign letters… */
const minimumForeignLetters = 2;
/** …and at least one letter in this many is foreign. */
const foreignLetterShare = 12;

function countNonBlank(line: string): number {
  let count = 0;
  for (let k = 0; k < line.length && count < 3; k++) if (!isBlank(line.charCodeAt(k))) count++;
  return count;
}

function hasDigit(line: string): boolean {
  for (let k = 0; k < line.length; k++) if (isAsciiDigit(line.charCodeAt(k))) return true;
  return false;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
