// A linear tokenizer: one pass over the text, no backtracking. Words are runs of letters and marks (with
// apostrophes inside them); digit runs are separate tokens; everything else is space or one punctuation mark.

/** What a token is. */
export type TokenKind = 'word' | 'digits' | 'space' | 'punct';

/** A token of a sentence, with offsets into the scanned string (UTF-16, end exclusive). */
export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

const softHyphen = 0xad;
const letterPattern = /[\p{L}\p{M}]/u;
const digitPattern = /\p{Nd}/u;
const spacePattern = /[\s\u200b-\u200f\u2060\ufeff\u061c]/u;

/**
 * What the character of `width` code units at `text[i]` is, read by its code: a one-unit string made
 * for every character of a Cyrillic or Arabic document was most of a document scan's garbage.
 */
function classifyAt(text: string, i: number, width: number): TokenKind {
  const c = text.charCodeAt(i);
  // ASCII fast paths; everything else goes through the Unicode property classes.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'word';
  if (c >= 0x30 && c <= 0x39) return 'digits';
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return 'space';
  if (c < 0x80) return 'punct';
  // Cyrillic and Arabic letters and marks, Latin-1 and Latin Extended letters, Arabic-Indic digits.
  if ((c >= 0x0410 && c <= 0x045f) || (c >= 0x0620 && c <= 0x065f) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return 'word';
  if (c >= 0x0660 && c <= 0x0669) return 'digits';
  const ch = width === 1 ? text[i]! : text.slice(i, i + width);
  if (letterPattern.test(ch)) return 'word';
  if (digitPattern.test(ch)) return 'digits';
  if (spacePattern.test(ch)) return 'space';
  return 'punct';
}

/**
 * Splits `text` into tokens in one left-to-right pass. `elidedWords` (lowercase) end at their apostrophe,
 * which they keep (`d’` + `octobre`); before a capital every short lowercase word is split so (`d` + `’` +
 * `Abdel`, as before).
 */
export function tokenize(text: string, elidedWords?: ElidedWords): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (kind, start, end) => tokens.push({ kind, start, end, text: text.slice(start, end) }), elidedWords);
  return tokens;
}

/**
 * The same pass as {@link tokenize}, handing each token's kind and span to `visit` instead of
 * building an array: a whole document's scan (a million tokens a megabyte) then allocates nothing.
 */
export function forEachToken(text: string, visit: (kind: TokenKind, start: number, end: number) => void, elidedWords?: ElidedWords): void {
  let i = 0;
  while (i < text.length) {
    const width = charWidth(text, i);
    const kind = classifyAt(text, i, width);
    let end = i + width;
    if (kind !== 'punct') {
      while (end < text.length) {
        const nextWidth = charWidth(text, end);
        const nextKind = classifyAt(text, end, nextWidth);
        if (nextKind === kind) {
          end += nextWidth;
          continue;
        }
        // A soft hyphen marks where a page may break a word (`Tjugo\u00adtre`): the word goes on.
        if (kind === 'word' && text.charCodeAt(end) === softHyphen && end + 1 < text.length && classifyAt(text, end + 1, 1) === 'word') {
          end += 1;
          continue;
        }
        if (kind === 'word' && nextWidth === 1 && isApostrophe(text.charCodeAt(end)) && end + 1 < text.length && classifyAt(text, end + 1, 1) === 'word' && !isElision(text, i, end)) {
          end += 1;
          // A listed elided word keeps its apostrophe and ends there (`d’` + `octobre`).
          if (isListedElision(text, i, end - 1, elidedWords)) break;
          continue;
        }
        break;
      }
    }
    visit(kind, i, end);
    i = end;
  }
}

/** The elided words of a language, lowercase and without their apostrophe (a set or a map to full forms). */
export interface ElidedWords {
  has(word: string): boolean;
}

/** The apostrophes a word may hold inside it: `'`, `’`, `ʼ`. */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Letters an elided word before an apostrophe has at most (`d'`, `l'`, `qu'`, `dell'`, `lorsqu'`). */
const maxElidedLetters = 6;

/**
 * Whether the word `text[start, end)` before an apostrophe is elided onto a capitalised word (`d'Abdel`,
 * `l'Ukraine`, `dell'Italia`): lowercase letters then a capital, which no word holds inside it. The name
 * after it is a word of its own (`O'Brien`, `D'Angelo` begin with a capital and stay one word).
 */
function isElision(text: string, start: number, end: number): boolean {
  if (end - start > maxElidedLetters || end + 1 >= text.length) return false;
  const before = text.slice(start, end);
  const after = text[end + 1]!;
  return before === before.toLowerCase() && before !== before.toUpperCase() && after !== after.toLowerCase();
}

/** Whether the word `text[start, end)` before an apostrophe is one of the language's elided words. */
function isListedElision(text: string, start: number, end: number, elidedWords: ElidedWords | undefined): boolean {
  return elidedWords !== undefined && end - start <= maxElidedLetters && elidedWords.has(text.slice(start, end).toLowerCase());
}

/** 2 for a surrogate pair starting at `i`, else 1 (a lone surrogate is one unit of punctuation). */
function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
