// Countries: names of up to three words (`Verenigde Staten`, `المملكة المتحدة`), hyphenated names
// (`Royaume-Uni`), and — when asked for demonyms — country adjectives and demonyms (`Vietnamese`,
// `الصينية`), compass regions (`Westnepal`) and combining forms (`germano-suisse`).
import { combiningFormCountry, compassCountry, demonymCountry, lookupFolded, multiWordCountryStarts, multiWordDemonymStarts } from '../countries.js';
import { isCapitalised } from '../text.js';
import type { TokenCursor } from './cursor.js';
import type { AnchorReader } from './reader.js';

/** Hyphens inside a name (`Royaume-Uni`), not dashes between phrases. */
export const nameHyphens: ReadonlySet<string> = new Set(['-', '‐', '‑']);
/** Most words of a country name (`Verenigde Arabische Emiraten`), and most hyphenated parts after the first (`Royaume-Uni`). */
const maxCountryWords = 3;
const maxHyphenatedParts = 2;
/** Shorter one-word names are read only as two capitals (`VS`, `UK`): short words are too often other words. */
const minCountryWordLength = 3;

/** A country name, or (with demonyms on) a country adjective, demonym, compass region or combining form. */
export const countries: AnchorReader = {
  name: 'countries',
  startsAt: 'word',
  read(cursor, i) {
    if (endsLinkedPlaceName(cursor, i)) return i + 1;
    const before = cursor.anchors.length;
    const next = countryName(cursor, i);
    if (cursor.anchors.length > before || !cursor.context.demonyms) return next;
    const folded = cursor.folded[i]!;
    const { tables } = cursor;
    const capitalised = isCapitalised(cursor.tokens[i]!.text);
    // A demonym of two words, joined by a hyphen (`nord-coréen`, `Noord-Koreaanse`) or a space (`North
    // Korean`): the whole names the country (`Korean` alone would be the South's).
    const joined = compoundDemonym(cursor, i, capitalised);
    if (joined !== undefined) return cursor.emitCountry(i, joined.end, joined.code, true);
    const code =
      demonymCountry(folded, tables.code, capitalised) ??
      (capitalised || !tables.orthography.casedNames ? compassCountry(folded, tables.code) : undefined) ??
      (isBeforeHyphenatedWord(cursor, i) ? combiningFormCountry(folded, tables.code) : undefined);
    if (code === undefined) return next;
    return cursor.emitCountry(i, i + 1, code, true);
  },
};

/**
 * Whether the word at `i` ends a place name whose parts a lowercase link word joins by hyphens
 * (`Ньюпорт-он-Ливи`, `Villers-sur-Niger`, `Stratford-upon-Avon`): a country-like word there names the
 * river or region the town lies on, and the whole is one town.
 */
function endsLinkedPlaceName(cursor: TokenCursor, i: number): boolean {
  const { tokens } = cursor;
  if (i < 3 || !cursor.tables.orthography.casedNames) return false;
  const link = tokens[i - 2]!;
  return (
    nameHyphens.has(tokens[i - 1]!.text) && nameHyphens.has(tokens[i - 3]!.text) && link.kind === 'word' && link.text === link.text.toLowerCase() && tokens[i - 4]?.kind === 'word'
  );
}

/** A demonym of the word at `i` and the next, joined by a hyphen or (for the language's two-word demonyms) a space. */
function compoundDemonym(cursor: TokenCursor, i: number, capitalised: boolean): { end: number; code: string } | undefined {
  const { tokens, folded, tables } = cursor;
  const second = tokens[i + 2];
  if (second === undefined || second.kind !== 'word') return undefined;
  const joiner = tokens[i + 1]!.text;
  const joined = nameHyphens.has(joiner) ? '-' : tokens[i + 1]!.kind === 'space' && joiner === ' ' && multiWordDemonymStarts(tables.code).has(folded[i]!) ? ' ' : undefined;
  if (joined === undefined) return undefined;
  const code = demonymCountry(`${folded[i]!}${joined}${folded[i + 2]!}`, tables.code, capitalised);
  return code === undefined ? undefined : { end: i + 3, code };
}

/** Whether the word at `i` is joined by a hyphen, with no space, to a following word (`germano-suisse`). */
function isBeforeHyphenatedWord(cursor: TokenCursor, i: number): boolean {
  const hyphen = cursor.tokens[i + 1];
  const word = cursor.tokens[i + 2];
  return hyphen !== undefined && word !== undefined && nameHyphens.has(hyphen.text) && word.kind === 'word';
}

/** `Royaume-Uni`, `États-Unis`, `Grande-Bretagne`: a country name of two or three words joined by hyphens. */
function hyphenatedCountry(cursor: TokenCursor, i: number): number | undefined {
  let phrase = cursor.folded[i]!;
  let found: { end: number; code: string } | undefined;
  for (let j = i, n = 0; n < maxHyphenatedParts; n++, j += 2) {
    if (!isBeforeHyphenatedWord(cursor, j)) break;
    phrase += `-${cursor.folded[j + 2]!}`;
    const code = lookupFolded(phrase, cursor.tables.code);
    if (code) found = { end: j + 3, code };
  }
  if (found === undefined) return undefined;
  return cursor.emitCountry(i, found.end, found.code);
}

/** Most letters of a country written as dotted capitals (`U.S.`, `U.K.`, `U.A.E.`). */
const maxDottedLetters = 3;

/**
 * `U.S.`, `U.K.`: a country's letters written as capitals each followed by a dot, read as the letters
 * written together (`US`, `UK`) when the language's tables know them.
 */
function dottedCountry(cursor: TokenCursor, i: number): number | undefined {
  const { tokens } = cursor;
  const isCapitalLetter = (j: number) => tokens[j]?.kind === 'word' && tokens[j]!.text.length === 1 && tokens[j]!.text !== tokens[j]!.text.toLowerCase();
  let letters = '';
  let j = i;
  while (letters.length < maxDottedLetters && isCapitalLetter(j) && tokens[j + 1]?.text === '.') {
    letters += tokens[j]!.text;
    j += 2;
  }
  if (letters.length < 2) return undefined;
  const code = lookupFolded(letters.toLowerCase(), cursor.tables.code);
  // The last dot may also end the sentence: the anchor covers the letters and dots, as written.
  return code === undefined ? undefined : cursor.emitCountry(i, j, code);
}

/** Whether a one-word name is long enough to look up, or two capitals (`VS`). */
function isCountryWord(word: string, folded: string): boolean {
  return folded.length >= minCountryWordLength || (word.length === 2 && word === word.toUpperCase());
}

/** A country name at `i`, longest first; the token after it (an anchor emitted), or `i + 1`. */
function countryName(cursor: TokenCursor, i: number): number {
  const { tokens, folded, tables } = cursor;
  const word = tokens[i]!.text;
  if (tables.orthography.casedNames && !isCapitalised(word)) return i + 1;
  const dotted = dottedCountry(cursor, i);
  if (dotted !== undefined) return dotted;
  const hyphenated = hyphenatedCountry(cursor, i);
  if (hyphenated !== undefined) return hyphenated;
  if (!multiWordCountryStarts(tables.code).has(folded[i]!)) {
    const code = isCountryWord(word, folded[i]!) ? lookupFolded(folded[i]!, tables.code) : undefined;
    if (!code) return i + 1;
    return cursor.emitCountry(i, i + 1, code);
  }
  // Longest first: three, two, one word(s) separated by single spaces.
  const ends: number[] = [i];
  for (let n = 1; n < maxCountryWords; n++) {
    const next = cursor.nextWord(ends[ends.length - 1]!);
    if (next < 0 || tokens[next]!.kind !== 'word' || tokens[next - 1]!.kind !== 'space') break;
    ends.push(next);
  }
  for (let n = ends.length - 1; n >= 0; n--) {
    const phrase = n === 0 ? folded[i]! : ends.slice(0, n + 1).map((j) => folded[j]!).join(' ');
    if (n === 0 && phrase.length < minCountryWordLength && !(phrase.length === 2 && word === word.toUpperCase())) continue;
    const code = lookupFolded(phrase, tables.code);
    if (code) return cursor.emitCountry(i, ends[n]! + 1, code);
  }
  return i + 1;
}
