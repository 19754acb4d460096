// Countries: names of up to three words (`Verenigde Staten`, `المملكة المتحدة`), hyphenated names
// (`Royaume-Uni`), and — when asked for demonyms — country adjectives and demonyms (`Vietnamese`,
// `الصينية`), compass regions (`Westnepal`) and combining forms (`germano-suisse`).
import { combiningFormCountry, compassCountry, demonymCountry, initialismWrittenSo, isContinentPart, lookupFolded, multiWordCountryStarts, multiWordDemonymStarts, namesOf, namesOfAllLanguages } from '../countries.js';
import { endsLongerName, mayStartPartedName, partsCountry } from '../country-parts.js';
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
    if (endsLinkedPlaceName(cursor, i) || afterNewPlaceWord(cursor, i)) return i + 1;
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
    const joinedBefore = previousJoinedWord(cursor, i);
    if (joinedBefore >= 0 && isContinentPart(code, cursor.folded[joinedBefore]!, tables.code)) return next;
    return cursor.emitCountry(i, i + 1, code, true);
  },
};

/** Dashes that, with a space on each side, join the parts of a name as a hyphen does (`Папуа — Новая Гвинея`). */
const spacedDashes: ReadonlySet<string> = new Set(['–', '—', '-', '‐', '‑']);
/** Most parts of a country name read across separators (`Papoea Nieuw-Guinea`). */
const maxNameParts = 4;

/**
 * The word joined to the word at `j` from the right as the next part of one name: by a hyphen or dash
 * with no space, by one space, or by a dash with a space on each side; -1 when none.
 */
function nextJoinedWord(cursor: TokenCursor, j: number): number {
  const { tokens } = cursor;
  const sep = tokens[j + 1];
  if (sep === undefined) return -1;
  if (sep.kind === 'punct' && (nameHyphens.has(sep.text) || spacedDashes.has(sep.text))) return tokens[j + 2]?.kind === 'word' ? j + 2 : -1;
  if (sep.kind !== 'space' || sep.text.includes('\n')) return -1;
  const after = tokens[j + 2];
  if (after?.kind === 'word') return j + 2;
  if (after !== undefined && spacedDashes.has(after.text) && tokens[j + 3]?.kind === 'space' && !tokens[j + 3]!.text.includes('\n')) {
    return tokens[j + 4]?.kind === 'word' ? j + 4 : -1;
  }
  return -1;
}

/** {@link nextJoinedWord} the other way: the word joined to the word at `j` from the left, or -1. */
function previousJoinedWord(cursor: TokenCursor, j: number): number {
  const { tokens } = cursor;
  const sep = tokens[j - 1];
  if (sep === undefined) return -1;
  if (sep.kind === 'punct' && (nameHyphens.has(sep.text) || spacedDashes.has(sep.text))) return tokens[j - 2]?.kind === 'word' ? j - 2 : -1;
  if (sep.kind !== 'space' || sep.text.includes('\n')) return -1;
  const before = tokens[j - 2];
  if (before?.kind === 'word') return j - 2;
  if (before !== undefined && spacedDashes.has(before.text) && tokens[j - 3]?.kind === 'space' && !tokens[j - 3]!.text.includes('\n')) {
    return tokens[j - 4]?.kind === 'word' ? j - 4 : -1;
  }
  return -1;
}

/** Whether the tokens between two joined words hold a hyphen or dash (not spaces alone). */
function joinedByDash(cursor: TokenCursor, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (cursor.tokens[k]!.kind === 'punct') return true;
  return false;
}

/**
 * Whether the word at `i` ends a place name whose parts a lowercase link word joins by hyphens or
 * spaced dashes (`Ньюпорт-он-Ливи`, `Ньюпорт — он — Ливи`, `Villers-sur-Niger`, `Stratford-upon-Avon`):
 * a country-like word there names the river or region the town lies on, and the whole is one town.
 */
function endsLinkedPlaceName(cursor: TokenCursor, i: number): boolean {
  if (i < 3 || !cursor.tables.orthography.casedNames) return false;
  const link = previousJoinedWord(cursor, i);
  if (link < 0 || !joinedByDash(cursor, link, i)) return false;
  const linkText = cursor.tokens[link]!.text;
  if (linkText !== linkText.toLowerCase()) return false;
  const town = previousJoinedWord(cursor, link);
  return town >= 0 && joinedByDash(cursor, town, link) && isCapitalised(cursor.tokens[town]!.text);
}

/** A demonym of the word at `i` and the next, joined by a hyphen or (for the language's two-word demonyms) a space. */
function compoundDemonym(cursor: TokenCursor, i: number, capitalised: boolean): { end: number; code: string } | undefined {
  const { tokens, folded, tables } = cursor;
  const second = tokens[i + 2];
  if (second === undefined || second.kind !== 'word') return undefined;
  const joiner = tokens[i + 1]!.text;
  const joined = nameHyphens.has(joiner) ? '-' : tokens[i + 1]!.kind === 'space' && joiner === ' ' && tables.lookup(multiWordDemonymStarts(tables.code), folded[i]!) !== undefined ? ' ' : undefined;
  if (joined === undefined) return undefined;
  const code = demonymCountry(`${folded[i]!}${joined}${folded[i + 2]!}`, tables.code, capitalised);
  return code === undefined ? undefined : { end: i + 3, code };
}

/**
 * Whether a "new" word of the language (`New`, `Nieuw`, `Нью`, `نيو`) is joined before the word at `i`
 * by a space or hyphen: `New Mexico`, `Nieuw-Mexico`, `Нью-Джерсі` name other places than the country
 * (names that start so, `New Zealand`, were read whole at the "new" word). Left unclaimed, the words are
 * read as one name.
 */
function afterNewPlaceWord(cursor: TokenCursor, i: number): boolean {
  const { tables } = cursor;
  if (tables.newPlaceWords.size === 0) return false;
  const before = previousJoinedWord(cursor, i);
  if (before < 0 || (tables.orthography.casedNames && !isCapitalised(cursor.tokens[before]!.text))) return false;
  return tables.lookup(tables.newPlaceWords, cursor.folded[before]!) !== undefined;
}

/**
 * Whether the word at `i` is joined by a hyphen, with no space, to a following word (`germano-suisse`,
 * `twenty-five`): tokens cover the text, so a hyphen token right after it stands with no space between.
 */
export function isBeforeHyphenatedWord(cursor: TokenCursor, i: number): boolean {
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
  const parted = partedCountry(cursor, i);
  if (parted !== undefined) return parted;
  const hyphenated = hyphenatedCountry(cursor, i);
  if (hyphenated !== undefined) return hyphenated;
  if (!multiWordCountryStarts(tables.code).has(folded[i]!)) {
    const code = isCountryWord(word, folded[i]!) ? lookupFolded(folded[i]!, tables.code) : undefined;
    if (!code || endsPartedName(cursor, i) || foreignNameBeforeName(cursor, i) || foreignNameWrittenInLowercase(cursor, i) || foreignNameInTitleCase(cursor, i) || !initialismWrittenSo(word, folded[i]!, tables.code)) return i + 1;
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
    if (code && n === 0 && (endsPartedName(cursor, i) || foreignNameBeforeName(cursor, i))) return i + 1;
    if (code && n > 0 && onlyArticleCapitalised(cursor, ends.slice(0, n + 1))) continue;
    if (code) return cursor.emitCountry(i, ends[n]! + 1, code);
  }
  return i + 1;
}

/**
 * Whether the only capital of a name of several words is on a word that is never part of a name (an
 * article the sentence's start capitalised): `La réunion` is "the meeting", `La Réunion` the island.
 */
function onlyArticleCapitalised(cursor: TokenCursor, words: readonly number[]): boolean {
  const { tokens, folded, tables } = cursor;
  if (!tables.orthography.casedNames || !tables.stopWords.has(folded[words[0]!]!)) return false;
  return words.slice(1).every((j) => !isCapitalised(tokens[j]!.text));
}

/**
 * A country name of two to four parts from `i`, whatever separates them (spaces, hyphens, dashes) and
 * with each part inflected (`Папуа — Новую Гвинею`, `Гвинее-Бисау`, `Ekvatorial-Guinea`), longest first.
 */
function partedCountry(cursor: TokenCursor, i: number): number | undefined {
  const { folded, tables } = cursor;
  if (tables.arabicScript || !mayStartPartedName(folded[i]!, tables.code)) return undefined;
  const ends = [i];
  while (ends.length < maxNameParts) {
    const next = nextJoinedWord(cursor, ends[ends.length - 1]!);
    if (next < 0) break;
    ends.push(next);
  }
  for (let n = ends.length; n >= 2; n--) {
    const code = partsCountry(ends.slice(0, n).map((j) => folded[j]!), tables.code);
    if (code && !onlyArticleCapitalised(cursor, ends.slice(0, n))) return cursor.emitCountry(i, ends[n - 1]! + 1, code);
  }
  return undefined;
}

/**
 * Whether the one-word country at `i` ends, with the capitalised words joined before it, the last parts
 * of a longer name (`Нова Гвінея`, `New Guinea` of Papua New Guinea): that is no country of its own.
 */
function endsPartedName(cursor: TokenCursor, i: number): boolean {
  if (!cursor.tables.orthography.casedNames) return false;
  const tail = [cursor.folded[i]!];
  for (let j = previousJoinedWord(cursor, i); j >= 0 && tail.length < maxNameParts - 1; j = previousJoinedWord(cursor, j)) {
    if (!isCapitalised(cursor.tokens[j]!.text) || cursor.tokens.slice(0, j).every((t) => t.kind !== 'word')) break;
    tail.unshift(cursor.folded[j]!);
    if (endsLongerName(tail, cursor.tables.code)) return true;
  }
  return false;
}

/**
 * Whether the one-word country at `i` is only another language's name for it (`Island`, Swedish and
 * German for Iceland) and a word the document writes in lowercase elsewhere (`the island`): a word of
 * the document's own language, capitalised by a title-case headline or a sentence's start.
 */
function foreignNameWrittenInLowercase(cursor: TokenCursor, i: number): boolean {
  const { folded, tables } = cursor;
  const lowercase = cursor.context.lowercaseWords;
  if (lowercase === undefined || !tables.orthography.casedNames || !lowercase.has(folded[i]!)) return false;
  return isOnlyForeignName(cursor, i);
}

/**
 * Whether the one-word country at `i` is only another language's name for it (`Island`) in a title-case
 * headline (`Indonesia Tsunami and Quake Devastate an Island`) and a word running text never capitalises:
 * the headline's style capitalised a word of the document's own language, as the name reader reads it.
 */
function foreignNameInTitleCase(cursor: TokenCursor, i: number): boolean {
  if (!cursor.tables.titleCaseHeadlines || !isOnlyForeignName(cursor, i)) return false;
  const capitals = cursor.caseEvidence().runningTextCapitals;
  return capitals !== undefined && !capitals.has(cursor.folded[i]!) && cursor.inTitleCase();
}

/** Whether the word at `i` is a country name of another language's table and not of the document's own. */
function isOnlyForeignName(cursor: TokenCursor, i: number): boolean {
  const folded = cursor.folded[i]!;
  return !namesOf(cursor.tables.code).has(folded) && namesOfAllLanguages().has(folded);
}

/**
 * Whether the one-word country at `i` is only another language's name for it (`Jordan` in Swedish or
 * Indonesian, which write `Jordanien`, `Yordania`) and a capitalised word that names no country follows
 * it after one space: a given name before a surname (`Jordan Spieth`), not the country. The language's
 * own names stay countries wherever they stand (`Presiden Indonesia Joko Widodo`).
 */
function foreignNameBeforeName(cursor: TokenCursor, i: number): boolean {
  const { tokens, folded, tables } = cursor;
  // Where every noun has a capital (German), a capital after the country tells nothing.
  if (!tables.orthography.casedNames || tables.capitalisesNouns) return false;
  if (!isOnlyForeignName(cursor, i)) return false;
  const space = tokens[i + 1];
  const next = tokens[i + 2];
  if (space?.kind !== 'space' || space.text.includes('\n') || next?.kind !== 'word' || !isCapitalised(next.text)) return false;
  return lookupFolded(folded[i + 2]!, tables.code) === undefined;
}
