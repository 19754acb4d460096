// Character classes the scanner needs, as code-unit tests (no regular expressions on the hot path).

/** Line terminators: each one ends a paragraph (CR LF counts once, see `lines.ts`). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Unicode White_Space (as JS `\s`, which includes the BOM) plus the zero-width space. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Invisible formatting characters (LRM, RLM, ALM, ZWNJ, ZWJ, bidi embeddings and isolates, word joiner):
 * they carry no text, so the scanner looks through them — they neither separate nor glue sentences.
 */
export function isTransparent(code: number): boolean {
  return (
    (code >= 0x200c && code <= 0x200f) ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x180e
  );
}

/**
 * Characters that may stand between sentences (and are trimmed from their edges): white space and
 * invisible formatting characters. Every other character of a text lies inside exactly one sentence.
 */
export function isBlank(code: number): boolean {
  return isSpace(code) || isTransparent(code);
}

const upperLetter = /^\p{Lu}|^\p{Lt}/u;
const lowerLetter = /^\p{Ll}/u;
const letter = /^\p{L}/u;
const decimalDigit = /^\p{Nd}/u;

/** How the word after a possible sentence end begins. */
export type LetterCase = 'upper' | 'lower' | 'digit' | 'uncased' | 'other';

/** The case of the character (code point) at `index`. */
export function letterCaseAt(text: string, index: number): LetterCase {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return 'upper';
    if (code >= 0x61 && code <= 0x7a) return 'lower';
    if (code >= 0x30 && code <= 0x39) return 'digit';
    return 'other';
  }
  // Fast paths for the scripts of the built-in languages; everything else asks the Unicode tables.
  if (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) return code <= 0xde ? 'upper' : 'lower';
  if (code >= 0x400 && code <= 0x45f) return code <= 0x42f ? 'upper' : 'lower';
  if (code >= 0x621 && code <= 0x64a) return 'uncased';
  const char = String.fromCodePoint(text.codePointAt(index) ?? code);
  if (upperLetter.test(char)) return 'upper';
  if (lowerLetter.test(char)) return 'lower';
  if (decimalDigit.test(char)) return 'digit';
  if (letter.test(char)) return 'uncased';
  return 'other';
}

/** Closing brackets that a sentence end may carry after its terminator: `end.)`. */
export const closingBrackets: readonly string[] = [')', ']', '}', '›', '»', '”', '’', '"', "'", '」', '』', '）', '】', '》', '〉'];

/** Opening brackets and quotes skipped when looking at how the next sentence begins. */
export const openingBrackets: readonly string[] = ['(', '[', '{', '‹', '«', '„', '“', '‘', '"', "'", '¿', '¡', ',', '‚', '「', '『', '（', '【', '《', '〈'];
