// Country names → ISO 3166-1 alpha-2, from the CLDR territory names of every language with tables, plus
// the hand-written aliases, with Ukrainian/Swedish case endings and Arabic clitics stripped.
import { demonymsOf as demonymData } from '../lang/registry.js';
import { arabicArticle, arabicCliticForms } from '../lang/scripts/arabic.js';
import { isInitialism } from '../lang/initialism.js';
import { memoize } from './memo.js';
import { foldWord } from './text.js';
import { anchorRulesFor, arabicCandidates, languageTables, primaryLanguage, tableLanguages } from './language.js';

let allNames: Map<string, string> | undefined;

/** Names of every language, for a country written the way another language writes it. */
export function namesOfAllLanguages(): Map<string, string> {
  if (allNames) return allNames;
  allNames = new Map();
  // The rules alone: building every language's tables for their names cost more than the names.
  for (const lang of tableLanguages()) {
    for (const [name, code] of Object.entries(anchorRulesFor(primaryLanguage(lang)).countryNames)) {
      const folded = foldWord(name);
      // Short names collide with words of other languages (`Oman`, `Chad`…); keep them to their language.
      if (folded.length >= 5 && !allNames.has(folded)) allNames.set(folded, code);
    }
  }
  return allNames;
}

/** The initialisms among a language's country names (`США`, `VS`), folded: see {@link initialismWrittenSo}. */
const initialismsOf = memoize((lang: string): Set<string> => {
  const found = new Set<string>();
  for (const name of Object.keys(languageTables(lang).rules.countryNames)) if (isInitialism(name)) found.add(foldWord(name));
  return found;
});

/**
 * Whether `word`, read as a country, is no initialism of the language, or one written in capitals (a case
 * ending may follow: `ПАРу`). `Пари` (couples) folds to `ПАР` with a case ending, written in small letters.
 */
export function initialismWrittenSo(word: string, folded: string, lang: string): boolean {
  const initialisms = initialismsOf(lang);
  if (initialisms.size === 0) return true;
  const stems = [folded, ...languageTables(lang).nameEndings.filter((e) => folded.endsWith(e)).map((e) => folded.slice(0, folded.length - e.length))];
  const initialism = stems.find((stem) => initialisms.has(stem));
  if (initialism === undefined) return true;
  const letters = word.slice(0, initialism.length);
  return letters === letters.toUpperCase();
}

/** Country names of one language, folded → code. */
export const namesOf = memoize((lang: string): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [name, code] of Object.entries(languageTables(lang).rules.countryNames)) map.set(foldWord(name), code);
  return map;
});

/**
 * The ISO 3166-1 alpha-2 code of a country named by `word` (one word or a multi-word name) in `lang`,
 * in any inflected or cliticised form: `Китаю`, `Китаєм`, `В'єтнаму` (uk), `Kinas` (sv), `Tiongkok`,
 * `Cina` (id), `والصين`, `للصين` (ar). Names from the other languages' tables are recognised too.
 * Adjectives and demonyms (`Vietnamese`, `В'єтнамсько-китайської`, `الصيني`) are not countries.
 *
 * @throws {TypeError} when `word` or `lang` is not a string.
 */
export function countryCode(word: string, lang: string): string | undefined {
  if (typeof word !== 'string') throw new TypeError(`word must be a string, got ${typeof word}`);
  if (typeof lang !== 'string' || lang.trim() === '') throw new TypeError(`lang must be a non-empty language code, got ${typeof lang}`);
  const folded = foldWord(word.trim().replace(/\s+/g, ' '));
  if (folded === '') return undefined;
  return lookupFolded(folded, primaryLanguage(lang));
}

/** One memo of {@link computeLookup} per language. */
const lookupMemos = memoize((lang: string) => memoize((folded: string) => computeLookup(folded, lang) ?? null));

/** {@link countryCode} for an already folded word or phrase. Memoised per language. */
export function lookupFolded(folded: string, lang: string): string | undefined {
  return lookupMemos(lang)(folded) ?? undefined;
}

function computeLookup(folded: string, lang: string): string | undefined {
  const own = namesOf(lang);
  const all = namesOfAllLanguages();
  const direct = own.get(folded) ?? all.get(folded);
  if (direct) return direct;
  const tables = languageTables(lang);
  if (tables.arabicScript) {
    const candidates = arabicCandidates(folded);
    for (const candidate of candidates) {
      // A word written with the article is a country only if the country's name has it (`الصين`):
      // `المالي` is "the financial", not Mali (`مالي`).
      const articleRemoved = !candidate.startsWith(arabicArticle) && candidates.includes(arabicArticle + candidate);
      // A name that has the article is not that country written without it and without a clitic that
      // swallows it (`لليونان`, read as `اليونان`): bare `يونان` is Yunnan, not Greece (`اليونان`).
      const code = articleRemoved
        ? (own.get(arabicArticle + candidate) ?? all.get(arabicArticle + candidate))
        : (own.get(candidate) ?? all.get(candidate));
      if (code) return code;
    }
    return undefined;
  }
  // A multi-word name inflects in every word ("Північну Корею", "Північної Кореї" for "Північна Корея").
  if (folded.includes(' ') && tables.nameEndings.length > 0) {
    const code = inflectedMultiWordName(folded, lang);
    if (code) return code;
  }
  for (const ending of tables.nameEndings) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 3) continue;
    const stem = folded.slice(0, folded.length - ending.length);
    for (const restored of tables.nominativeEndings) {
      const code = own.get(stem + restored);
      if (code) return code;
    }
    // A vowel the nominative has before its last consonant and the cases drop (`Єгипту`, `Египта` for
    // `Єгипет`, `Египет`).
    // Only between two consonants: `Сама` (from `Самая`, "the most") is no `Самоа`.
    if (!endsInTwoConsonants(stem, tables.rules.vowels ?? '')) continue;
    for (const vowel of tables.rules.fleetingVowels ?? '') {
      const code = own.get(`${stem.slice(0, -1)}${vowel}${stem.slice(-1)}`);
      if (code) return code;
    }
  }
  // A stem's last consonant changed by the case ending (`мексиці`, `південній африці`): each word with
  // the nominative's ending put back, read again.
  const alternations = tables.rules.alternatingEndings ?? [];
  const nominative = alternations.length === 0 ? folded : withWordEndings(folded, alternations);
  return nominative === folded ? undefined : computeLookup(nominative, lang);
}

/** Whether a folded stem ends in two consonants (letters not among `vowels`), where a fleeting vowel may have stood (`єгипт`). */
function endsInTwoConsonants(stem: string, vowels: string): boolean {
  if (stem.length < 2) return false;
  const [before, last] = [stem[stem.length - 2]!, stem[stem.length - 1]!];
  return !vowels.includes(before) && !vowels.includes(last) && /\p{L}/u.test(before) && /\p{L}/u.test(last);
}

/** Shortest stem a word keeps when its case or adjective ending is taken off. */
const shortestStem = 3;

/** Each word of a folded phrase less its longest case or adjective ending (`північн`). */
function wordStems(folded: string, lang: string): string {
  return withWordEndings(folded, strippedEndings(lang));
}

/** {@link inflectionEndings}, each to be replaced by nothing. */
const strippedEndings = memoize((lang: string): ReadonlyArray<readonly [string, string]> => inflectionEndings(lang).map((ending) => [ending, ''] as const));

/**
 * Each word of a folded phrase that ends in one of the `replacements`' endings (the first that leaves a
 * stem of {@link shortestStem} letters), with that replacement's ending in its place.
 */
function withWordEndings(folded: string, replacements: ReadonlyArray<readonly [ending: string, replacement: string]>): string {
  return folded
    .split(' ')
    .map((word) => {
      const found = replacements.find(([ending]) => word.endsWith(ending) && word.length - ending.length >= shortestStem);
      return found === undefined ? word : word.slice(0, word.length - found[0].length) + found[1];
    })
    .join(' ');
}

/** Whether two words are one stem with two of the language's endings (`корею`, `корея`: `коре` + `ю`/`я`). */
export function sameWordUpToEnding(x: string, y: string, endings: readonly string[]): boolean {
  if (x === y) return true;
  for (const ex of ['', ...endings]) {
    if (!x.endsWith(ex) || x.length - ex.length < shortestStem) continue;
    const stem = x.slice(0, x.length - ex.length);
    if (y.startsWith(stem) && (y.length === stem.length || endings.includes(y.slice(stem.length)))) return true;
  }
  return false;
}

/** Case, adjective and country-name endings of a language, longest first. */
export const inflectionEndings = memoize((lang: string): readonly string[] => {
  const rules = languageTables(lang).rules;
  return [...new Set([...(rules.nameEndings ?? []), ...(rules.adjectiveEndings ?? []), ...(rules.nominativeEndings ?? []), ...(rules.countryNameEndings ?? [])].map(foldWord))]
    .filter((e) => e !== '')
    .sort((a, b) => b.length - a.length);
});

/** The language's multi-word country names, split into words. */
const multiWordNamesOf = memoize((lang: string): Array<{ words: string[]; code: string }> =>
  [...namesOf(lang)].filter(([name]) => name.includes(' ')).map(([name, code]) => ({ words: name.split(' '), code })),
);

/** The multi-word country name a phrase states with each word inflected. */
function inflectedMultiWordName(folded: string, lang: string): string | undefined {
  const words = folded.split(' ');
  const endings = inflectionEndings(lang);
  return multiWordNamesOf(lang).find((name) => name.words.length === words.length && name.words.every((w, i) => sameWordUpToEnding(words[i]!, w, endings)))?.code;
}

/**
 * Country names of a language less their last letter (`vietna`, `chin`, `в'єтна`), at least four letters:
 * a capitalised word starting with one is an adjective or demonym (`Vietnamese`, `Chinese`), not a name.
 */
export const countryPrefixes = memoize((lang: string): Set<string> => {
  const set = new Set<string>();
  for (const name of namesOf(lang).keys()) {
    if (!name.includes(' ') && name.length >= 5) set.add(name.slice(0, -1));
  }
  return set;
});

/** The first words of multi-word names, each once, in the order the names come. */
function multiWordFirstWords(names: Iterable<string>, into: Set<string>): Set<string> {
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space > 0) into.add(name.slice(0, space));
  }
  return into;
}

/** First words of the multi-word country names of all tables (the same for every language). */
let allFirstWords: Set<string> | undefined;

/** First words of the multi-word country names of a language and of all tables (`verenigde`, `الولايات`). */
export const multiWordCountryStarts = memoize((lang: string): Set<string> => {
  allFirstWords ??= multiWordFirstWords(namesOfAllLanguages().keys(), new Set());
  const set = new Set<string>();
  const endings = inflectionEndings(lang);
  const tables = languageTables(lang);
  const nameEndings = (tables.rules.countryNameEndings ?? []).map(foldWord);
  // Each first word once (many names share one: `north`, `república`): its forms are the same each time.
  const firstWords = multiWordFirstWords(namesOf(lang).keys(), new Set());
  for (const first of allFirstWords) firstWords.add(first);
  for (const first of firstWords) {
    set.add(first);
    // Its inflected forms too (`північну`, `північної` for `північна`), which computeLookup reads by word stems.
    const stem = wordStems(first, lang);
    if (stem !== first || endings.some((e) => first === stem + e)) for (const ending of endings) set.add(stem + ending);
    // A first word with a country-name ending added (`vereinigten` for `vereinigte`).
    for (const ending of nameEndings) set.add(first + ending);
    if (tables.arabicScript) for (const form of arabicCliticForms(first)) set.add(form);
  }
  return set;
});

/** Every folded demonym form of a language (stem + ending) → country code. */
const demonymsOf = memoize((lang: string): Map<string, string> => {
  const map = new Map<string, string>();
  const data = demonymData(lang);
  for (const { stems, endings } of data ? [data, ...(data.nounClasses ?? [])] : []) {
    for (const [code, list] of Object.entries(stems)) {
      for (const stem of list) for (const ending of endings) map.set(foldWord(stem + ending), code);
    }
  }
  return map;
});

/**
 * Whether `code`, read from a demonym, is a country named like a continent and `before` (the word joined
 * before the demonym, folded) a region word that makes the demonym the continent's part (`Zuid-Amerikaanse`).
 */
export function isContinentPart(code: string, before: string, lang: string): boolean {
  const namesakes = demonymData(lang)?.continentNamesakes;
  return namesakes !== undefined && namesakes.countries.includes(code) && namesakes.regionWords.includes(before);
}

/**
 * The country a country adjective or demonym names (`Vietnamese`, `chinesischen`, `китайської`,
 * `والصينية`), from the hand-written tables of src/lang/<code>/demonyms.ts; `capitalised` tells whether
 * the word was written with a capital (languages that capitalise these forms need one).
 */
export function demonymCountry(folded: string, lang: string, capitalised: boolean): string | undefined {
  const data = demonymData(lang);
  if (!data || (data.capitalised && !capitalised)) return undefined;
  const map = demonymsOf(lang);
  return languageTables(lang).lookup(map, folded);
}

/**
 * First words of a language's demonyms of two words (`north` of `North Korean`), as a table for the
 * language's lookup, which strips Arabic clitics and article (`الكورية` of `الكورية الشمالية`).
 */
export const multiWordDemonymStarts = memoize((lang: string): Map<string, true> => {
  const starts = new Map<string, true>();
  for (const stems of Object.values(demonymData(lang)?.stems ?? {})) {
    for (const stem of stems) if (stem.includes(' ')) starts.set(foldWord(stem.slice(0, stem.indexOf(' '))), true);
  }
  return starts;
});

/** Folded combining forms of a language (`germano`, `anglo`) → country code. */
const combiningFormsOf = memoize((lang: string): Map<string, string> => {
  const map = new Map<string, string>();
  for (const [code, forms] of Object.entries(demonymData(lang)?.combiningForms ?? {})) for (const form of forms) map.set(foldWord(form), code);
  return map;
});

/**
 * The country a combining form names (`germano` in `germano-suisse`); the caller makes sure the word is
 * the first part of a hyphenated compound.
 */
export function combiningFormCountry(folded: string, lang: string): string | undefined {
  return combiningFormsOf(lang).get(folded);
}

/**
 * The country of a one-word compass region (`Westnepal`, `Nordvietnams`, `Sydkorea` is a name of its own
 * and found before this): a compass prefix of the language, then a country name of at least four letters.
 */
export function compassCountry(folded: string, lang: string): string | undefined {
  const data = demonymData(lang);
  const prefixes = data?.compassPrefixes;
  if (!prefixes || data?.compassExceptions?.includes(folded)) return undefined;
  for (const prefix of prefixes) {
    if (!folded.startsWith(prefix) || folded.length - prefix.length < 4) continue;
    const code = lookupFolded(folded.slice(prefix.length), lang);
    if (code) return code;
  }
  return undefined;
}
