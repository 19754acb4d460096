// Finds where each character of a parsed text node's value stands in the file: parsers give the node's
// span and its decoded value, not where `&amp;`, `&#1575;` or a Markdown `\*` went.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { ReadBlock, ReadTextBuilder } from './offsets.js';

const numericReference = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,8}));?/y;
const namedReference = /&([A-Za-z][A-Za-z0-9]{0,31})(;?)/y;
/** The longest legacy entity written without a semicolon (`&frac34`, `&middot`) has this many letters. */
const legacyNameMaxLength = 6;
const replacementCharacter = '\ufffd';

/** A character reference at `index` of `source`: its length and what it decodes to (named ones only when known). */
function referenceAt(source: string, index: number, end: number): { length: number; decoded: string | undefined } | undefined {
  numericReference.lastIndex = index;
  const numeric = numericReference.exec(source);
  if (numeric && index + numeric[0].length <= end) {
    const code = numeric[1] === undefined ? Number(numeric[2]) : Number.parseInt(numeric[1], 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    // Control codes 0x80–0x9F are read as windows-1252 by HTML parsers: the decoded value is taken as given.
    const decoded = code >= 0x80 && code <= 0x9f ? undefined : valid ? String.fromCodePoint(code) : replacementCharacter;
    return { length: numeric[0].length, decoded };
  }
  namedReference.lastIndex = index;
  const named = namedReference.exec(source);
  if (!named || index + named[0].length > end) return undefined;
  const name = named[1] ?? '';
  if (named[2] === ';') {
    const decoded = decodeNamedCharacterReference(name);
    if (decoded !== false) return { length: named[0].length, decoded };
  }
  // Legacy entities without a semicolon (`&copy2025`, `&amp`): the longest known prefix.
  for (let length = Math.min(name.length, legacyNameMaxLength); length >= 2; length--) {
    const decoded = decodeNamedCharacterReference(name.slice(0, length));
    if (decoded !== false) return { length: length + 1, decoded };
  }
  return undefined;
}

/** `<` opens a tag in HTML only before a letter, `/`, `!` or `?`; elsewhere it is text (`a < b`). */
function opensTag(source: string, at: number): boolean {
  const next = source.charCodeAt(at + 1);
  return (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x2f || next === 0x21 || next === 0x3f;
}

function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

/**
 * Pushes `value` (a parsed node's decoded text) into `builder`, each character with the span of
 * `source` it was read from, `source.slice(start, end)` being the node's raw text. Markup the parser
 * left out of the value (Markdown's `*`, backslash escapes, indentation) is skipped; should the value
 * ever hold text the raw span lacks, the rest is pinned to the span's end rather than guessed.
 */
export function pushValue(
  builder: ReadTextBuilder,
  value: string,
  source: string,
  start: number,
  end: number,
  kind: ReadBlock['kind'],
  options: { backslashEscapes: boolean; skipTags?: boolean },
): void {
  let at = start;
  let index = 0;
  while (index < value.length) {
    const expected = value.charCodeAt(index);
    const width = expected >= 0xd800 && expected <= 0xdbff && index + 1 < value.length ? 2 : 1;
    if (at >= end) {
      builder.push(value.slice(index, index + width), end, end, kind);
      index += width;
      continue;
    }
    const actual = source.charCodeAt(at);
    if (options.skipTags && actual === 0x3c /* < */ && opensTag(source, at)) {
      // A tag the parser dropped inside one text node (a stray `</b>`): its `<` is no text to match.
      const close = source.indexOf('>', at + 1);
      at = close < 0 || close >= end ? end : close + 1;
      continue;
    }
    if (actual === 0x26 /* & */) {
      const reference = referenceAt(source, at, end);
      if (reference) {
        const decoded = reference.decoded ?? value.slice(index, index + width);
        if (value.startsWith(decoded, index)) {
          builder.push(decoded, at, at + reference.length, kind);
          index += decoded.length;
          at += reference.length;
          continue;
        }
      }
    }
    if (actual === expected) {
      builder.push(value.slice(index, index + width), at, at + width, kind);
      index += width;
      at += width;
      continue;
    }
    const rewritten = pushRewrittenCharacter(builder, value, index, width, source, at, kind, options.backslashEscapes);
    if (rewritten > 0) {
      index += width;
      at += rewritten;
      continue;
    }
    at++;
  }
}

/**
 * Pushes the value's character at `index` when the source writes it otherwise at `at`: a line break
 * as CR LF, an escaped character, white space of another kind. Returns how many characters of the
 * source it was read from, or 0 when it was none of these (the source's character is then markup the
 * parser left out). A line break or white space is one character of the value, so `width` is 1 there.
 */
function pushRewrittenCharacter(
  builder: ReadTextBuilder,
  value: string,
  index: number,
  width: number,
  source: string,
  at: number,
  kind: ReadBlock['kind'],
  backslashEscapes: boolean,
): number {
  const actual = source.charCodeAt(at);
  const expected = value.charCodeAt(index);
  if (actual === 0x0d && expected === 0x0a) {
    // The parser made CR LF (or a lone CR) one LF.
    const length = source.charCodeAt(at + 1) === 0x0a ? 2 : 1;
    builder.push('\n', at, at + length, kind);
    return length;
  }
  if (backslashEscapes && actual === 0x5c /* \ */ && source.charCodeAt(at + 1) === expected) {
    builder.push(value.slice(index, index + width), at, at + 1 + width, kind);
    return 1 + width;
  }
  if (isWhiteSpace(actual) && isWhiteSpace(expected)) {
    builder.push(' ', at, at + 1, kind);
    return 1;
  }
  return 0;
}
