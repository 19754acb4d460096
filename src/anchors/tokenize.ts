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

const letterPattern = /[\p{L}\p{M}]/u;
const digitPattern = /\p{Nd}/u;
const spacePattern = /[\s\u200b-\u200f\u2060\ufeff\u061c]/u;
const apostrophe = /['’ʼ]/;

function classify(ch: string): TokenKind {
  const c = ch.charCodeAt(0);
  // ASCII fast paths; everything else goes through the Unicode property classes.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 'word';
  if (c >= 0x30 && c <= 0x39) return 'digits';
  if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) return 'space';
  if (c < 0x80) return 'punct';
  if (letterPattern.test(ch)) return 'word';
  if (digitPattern.test(ch)) return 'digits';
  if (spacePattern.test(ch)) return 'space';
  return 'punct';
}

/** Splits `text` into tokens in one left-to-right pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const kind = classify(String.fromCodePoint(cp));
    let end = i + width;
    if (kind !== 'punct') {
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        const ch = String.fromCodePoint(next);
        const nextKind = classify(ch);
        if (nextKind === kind) {
          end += next > 0xffff ? 2 : 1;
          continue;
        }
        // An apostrophe between letters stays inside the word: п'ять, В'єтнам, zo'n.
        if (kind === 'word' && apostrophe.test(ch) && end + 1 < text.length && classify(text[end + 1]!) === 'word') {
          end += 1;
          continue;
        }
        break;
      }
    }
    tokens.push({ kind, start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return tokens;
}
