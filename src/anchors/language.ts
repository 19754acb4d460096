// Per-language look-up tables for the scanners, built once per language from its AnchorRules.
import { getProfile } from '../lang/index.js';
import type { AnchorRules } from '../lang/profile.js';
import { unitSymbols } from '../lang/units.js';
import { findLanguage, primarySubtag, tabledLanguages } from '../lang/registry.js';
import { arabicArticle, arabicCliticCandidates, articleWithTatweel, bareArticle, endsInTaMarbuta, isArabicLetter } from '../lang/scripts/arabic.js';
import type { NumberRelation } from '../types.js';
import { entityKey } from './key.js';
import { memoize } from './memo.js';
import { foldWord } from './text.js';

/**
 * How a language's script writes words, as the anchor readers ask it instead of branching on the script:
 * read once from the language's script (its profile) in {@link languageTables}.
 */
export interface Orthography {
  /** Names stand out by their capital letters; without case, names are found by known spellings and keys. */
  casedNames: boolean;
  /** Words carry clitics glued to their front (`والصين`, `بالمئة`), so a look-up also tries the word without them. */
  gluedClitics: boolean;
  /** The forms a folded word may stand for once its glued clitics are removed, the word itself first. */
  wordForms(folded: string): readonly string[];
  /** The definite article written glued to its word (`ال`), which names borrowed from other languages do not take. */
  gluedArticle: string | undefined;
  /** Whether a token is the article alone, drawn-out filler removed (`الـ` before `10`). */
  isArticleToken(text: string): boolean;
  /** Whether a word is the article drawn out before digits (`الـ10`), which makes an ordinal. */
  isOrdinalArticle(text: string): boolean;
  /** Whether a word starting with this letter (and no capital) may be a name: the script's letters, which have no case. */
  startsUncasedName(char: string): boolean;
  /** Compound numbers put the units before the tens (`خمسة وعشرون`, `الثالث والستين`). */
  unitsBeforeTens: boolean;
  /** A month name on its own is a date; false where month names are common words too (then only after a context word). */
  bareMonthIsDate: boolean;
  /**
   * Consonant classes of a name key that the script writes with one letter when it spells a foreign
   * name, each mapped to the class of that letter (Arabic has no p: `Trump` → `ترامب`, `Pyongyang` →
   * `بيونغ يانغ`). Only for scripts that leave short vowels unwritten; empty elsewhere.
   */
  foreignConsonantMerges: Readonly<Record<string, string>>;
  /**
   * Short vowels go unwritten, long ones are letters: a foreign name keeps its consonants and some of its
   * vowels (`Washington` → `واشنطن`, `Belfast` → `بلفاست`), so its key may lack vowels the Latin key has.
   */
  shortVowelsUnwritten: boolean;
  /** Whether a word as written has an ending only native words take, so it is no foreign name read by its consonants. */
  nativeEnding(text: string): boolean;
}

const casedOrthography: Orthography = {
  casedNames: true,
  gluedClitics: false,
  wordForms: (folded) => [folded],
  gluedArticle: undefined,
  isArticleToken: () => false,
  isOrdinalArticle: () => false,
  startsUncasedName: () => false,
  unitsBeforeTens: false,
  bareMonthIsDate: true,
  foreignConsonantMerges: {},
  shortVowelsUnwritten: false,
  nativeEnding: () => false,
};

const tatweel = /ـ/g;

const arabicOrthography: Orthography = {
  casedNames: false,
  gluedClitics: true,
  wordForms: (folded) => arabicCandidates(folded),
  gluedArticle: arabicArticle,
  isArticleToken: (text) => bareArticle.test(text.replace(tatweel, '')),
  isOrdinalArticle: (text) => articleWithTatweel.test(text),
  startsUncasedName: isArabicLetter,
  unitsBeforeTens: false,
  bareMonthIsDate: false,
  foreignConsonantMerges: { B: 'P' },
  shortVowelsUnwritten: true,
  nativeEnding: endsInTaMarbuta,
};

/** Folded look-up tables of one language. */
export interface LanguageTables {
  code: string;
  rules: AnchorRules;
  /** Written in Arabic script: no capitals, clitics glued to words. */
  arabicScript: boolean;
  /** What the script means for reading words ({@link Orthography}). */
  orthography: Orthography;
  /** Whether common nouns are capitalised (German). */
  capitalisesNouns: boolean;
  /**
   * Abbreviations after which no sentence ends, folded without their dot (`mr`, `st`, `dhr`, `tn`), from
   * the segmentation profile: a capital after such a dot goes on with the sentence (`Mr. Adams`).
   */
  runOnAbbreviations: Set<string>;
  /** Whether dates may put the month first (`2/20/2025`, `February 20`). */
  monthFirstDates: boolean;
  /** Year markers that stand only before a year (`in 2025`). */
  yearPrepositions: Set<string>;
  /** Words joining a day and month to a year marker before the year (`من عام`). */
  yearLinks: Set<string>;
  /** Scale abbreviations that may keep their dot (`млн.`). */
  scaleAbbreviations: Set<string>;
  /** Endings a stem may have lost, tried to find a name's nominative. */
  nominativeEndings: readonly string[];
  /** First words of month names written as two words (`كانون الثاني`). */
  multiWordMonthStarts: readonly string[];
  numberWords: Map<string, number>;
  /** AnchorRules.compoundScales, folded, largest first: the scales a number written as one word is cut at. */
  compoundScales: ReadonlyArray<readonly [word: string, value: number]>;
  /** The dual forms among the number words, each with the singular noun it counts (`قدمين` → `قدم`). */
  dualNouns: Map<string, string>;
  /** AnchorRules.halfAfter, folded. */
  halfAfter: Set<string>;
  /** AnchorRules.halfRightAfter, folded. */
  halfRightAfter: Set<string>;
  /** AnchorRules.romanOrdinalNouns, folded: the nouns before and after which a Roman numeral is an ordinal. */
  romanOrdinalNounsBefore: Set<string>;
  romanOrdinalNounsAfter: Set<string>;
  /** AnchorRules.notAfterOrdinals, folded. */
  notAfterOrdinals: Set<string>;
  /** AnchorRules.seriesStartOrdinals, folded. */
  seriesStartOrdinals: Set<string>;
  /** AnchorRules.ordinalsAlsoOther, folded. */
  ordinalsAlsoOther: { words: Set<string>; determiners: Set<string>; definiteEndings: readonly string[]; sides: Set<string> };
  /** AnchorRules.vagueAmounts and notCounts, folded (each maps to 1: a table for the clitic-aware look-up); read as no count. */
  vagueAmounts: Map<string, number>;
  ordinalWords: Map<string, number>;
  scaleWords: Map<string, number>;
  /** Words after a unit that add to it (Indonesian `belas`: `empat belas` = 14). */
  addendWords: Map<string, number>;
  monthContextWords: Set<string>;
  monthContextWordsAfter: Set<string>;
  /** Month names that are a month alone where the others need a context word (see the profile field). */
  bareMonthNames: Set<string>;
  /** AnchorRules.bareMonthSurfaces, lowercase, not folded. */
  bareMonthSurfaces: Set<string>;
  /** AnchorRules.monthsAlsoNames, folded: months that need a context word. */
  monthsAlsoNames: Set<string>;
  /** AnchorRules.elidedWords: an elided word (lowercase, no apostrophe) → its full form, folded. */
  elidedWords: Map<string, string>;
  monthNames: Map<string, number>;
  monthAbbreviations: Map<string, number>;
  /** Approximation phrases (one to four words, folded, joined by one space). */
  approximations: Map<string, Exclude<NumberRelation, 'exact'>>;
  /** Prepositions that may stand between an approximation and its number, folded. */
  approximationPrepositions: Set<string>;
  /** Hyphenated endings that make a year a decade (`1930-х`, `1930-an`), folded. */
  decadeSuffixes: Set<string>;
  /** Words before a two-digit decade (`années 80`, `jaren 80`), folded. */
  decadeWords: Set<string>;
  /** Plural words for years after tens written as an ordinal (`30-е годы`), folded. */
  decadeYearWords: Set<string>;
  /** AnchorRules.decadeNames, folded: a decade named by one word, to its last two digits. */
  decadeNames: Map<string, number>;
  /** Approximation phrases written after the number and its noun, folded. */
  approximationsAfter: Map<string, Exclude<NumberRelation, 'exact'>>;
  yearMarkers: Set<string>;
  percentWords: Set<string>;
  ordinalSuffixes: Set<string>;
  ordinalPrefixes: Set<string>;
  stopWords: Set<string>;
  /** AnchorRules.openingWords, folded. */
  openingWords: Set<string>;
  /** AnchorRules.possessiveEndings, folded. */
  possessiveEndings: readonly string[];
  /** AnchorRules.titleCaseHeadlines. */
  titleCaseHeadlines: boolean;
  personTitles: Set<string>;
  /** AnchorRules.nameParticles, folded. */
  nameParticles: Set<string>;
  /** Label words (exact) and label prefixes (from entries ending in `*`). */
  labelWords: Set<string>;
  labelPrefixes: readonly string[];
  nameEndings: readonly string[];
  /** Words joining list items, "and"/"or" (`und`, `en`, `і`, `أو`), folded. */
  coordinators: Set<string>;
  /** Coordinators that are also clitic prefixes and may be glued to the next number (Arabic `و` in `و16`). */
  cliticCoordinators: Set<string>;
  /** Words between the ends of a range, "to" (`bis`, `tot`, `по`, `إلى`), folded. */
  rangeWords: Set<string>;
  /** Words before a day that a list may repeat (`den`, `le`, `am`), folded. */
  dayWords: Set<string>;
  /** Clock words that mark a time (`uur`, `klockan`, `pukul`, `الساعة`), from the check vocabulary; folded, no final dot. */
  clockWords: Set<string>;
  /**
   * Words after which digits and a full stop are an ordinal (German `der 25.`), from the segmentation
   * profile's `ordinalDots`; folded. Empty where the language writes ordinals otherwise.
   */
  ordinalDotAfter: Set<string>;
  /** Units of measure written after a figure (`meter`, `km`), from the check vocabulary and the shared symbols; folded. */
  measureUnits: Set<string>;
  groupSeparators: Set<string>;
  decimalSeparators: Set<string>;
  /** Whether `.` and `,` may each group thousands or mark decimals (languages without tables). */
  ambiguousSeparators: boolean;
  /** {@link entityKey} in this language, memoised. */
  entityKey(name: string): string;
  /** Look-up of an Arabic-script word in one of these tables, trying it without clitics too (memoised). */
  arabicLookup<V>(table: Map<string, V>, folded: string): V | undefined;
  /** Look-up of a folded word in one of these tables: as written, and where clitics are glued also without them. */
  lookup<V>(table: Map<string, V>, folded: string): V | undefined;
  /** Fraction words (`Drittel`, `ثلث`), when the language lists them. */
  fractions: FractionTable | undefined;
  /** Half-hour clock phrases (`half tien`), when the language lists them. */
  halfHours: HalfHourTable | undefined;
  /** Clock times told as an hour word and a part of the hour (`الثالثة والنصف`), when the language lists the parts. */
  hourMinutes: HourMinuteTable | undefined;
  /** "New" words before another place's name (`New`, `Nieuw`, `Нью`: see `AnchorRules.newPlaceWords`), folded. */
  newPlaceWords: Map<string, true>;
  /** AnchorRules.timePrepositions, folded. */
  timePrepositions: Set<string>;
  /** AnchorRules.dayMonthLinks, folded. */
  dayMonthLinks: Set<string>;
}

/** A language's `fractions` (see `AnchorRules.fractions`), folded. */
export interface FractionTable {
  nouns: Map<string, number | readonly [number, number]>;
  nounsNeedCount: boolean;
  ordinalsAfterCount: boolean;
  oneWords: Set<string>;
  partitiveWords: Set<string> | undefined;
  overWords: Set<string>;
  /** AnchorRules.fractions.scaleParts, folded. */
  scaleParts: Map<string, number>;
  /** AnchorRules.fractions.scaleLinks, folded, each split into its words. */
  scaleLinks: ReadonlyArray<readonly string[]>;
}

/** A language's `halfHours` (see `AnchorRules.halfHours`), folded. */
export interface HalfHourTable {
  words: Set<string>;
  hourOffset: number;
  ordinalHour: boolean;
  contextBefore: Set<string> | undefined;
}

/** A language's `hourMinutes` (see `AnchorRules.hourMinutes`), folded. */
export interface HourMinuteTable {
  ordinalHour: boolean;
  /** Phrases after the hour, folded, with the minutes they add (negative: to the hour). */
  minuteWords: Map<string, number>;
}

function hourMinuteTable(rules: AnchorRules): HourMinuteTable | undefined {
  const hourMinutes = rules.hourMinutes;
  if (hourMinutes === undefined) return undefined;
  return { ordinalHour: hourMinutes.ordinalHour === true, minuteWords: foldedMap(hourMinutes.minuteWords) };
}

function fractionTable(rules: AnchorRules): FractionTable | undefined {
  const fractions = rules.fractions;
  if (fractions === undefined) return undefined;
  return {
    nouns: new Map(Object.entries(fractions.nouns ?? {}).map(([word, value]) => [foldWord(word), value])),
    nounsNeedCount: fractions.nounsNeedCount === true,
    ordinalsAfterCount: fractions.ordinalsAfterCount === true,
    oneWords: foldedSet(fractions.oneWords),
    partitiveWords: fractions.partitiveWords && foldedSet(fractions.partitiveWords),
    overWords: foldedSet(fractions.overWords),
    scaleParts: foldedMap(fractions.scaleParts ?? {}),
    scaleLinks: (fractions.scaleLinks ?? []).map((link) => link.split(' ').map(foldWord)),
  };
}

function halfHourTable(rules: AnchorRules): HalfHourTable | undefined {
  const halfHours = rules.halfHours;
  if (halfHours === undefined) return undefined;
  return {
    words: foldedSet(halfHours.words),
    hourOffset: halfHours.hourOffset,
    ordinalHour: halfHours.ordinalHour === true,
    contextBefore: halfHours.contextBefore && foldedSet(halfHours.contextBefore),
  };
}

const cache = new Map<string, LanguageTables>();

/** The primary language subtag, lowercase (`nl-BE` → `nl`). */
export const primaryLanguage = primarySubtag;

/** The anchor rules of a language: the registry's, or the generic profile's. */
export function anchorRulesFor(lang: string): AnchorRules {
  return findLanguage(lang)?.anchors ?? getProfile(lang).anchors;
}

const byRawCode = new Map<string, LanguageTables>();

/** Folded tables for `lang`, built on first use. */
export function languageTables(lang: string): LanguageTables {
  const known = byRawCode.get(lang);
  if (known) return known;
  const primary = primaryLanguage(lang);
  let tables = cache.get(primary);
  if (!tables) {
    tables = buildTables(primary, anchorRulesFor(primary));
    cache.set(primary, tables);
  }
  if (byRawCode.size < 1000) byRawCode.set(lang, tables);
  return tables;
}

function foldedMap<V>(table: Readonly<Record<string, V>> | undefined): Map<string, V> {
  const map = new Map<string, V>();
  for (const [key, value] of Object.entries(table ?? {})) {
    const folded = foldWord(key);
    if (!map.has(folded)) map.set(folded, value);
  }
  return map;
}

function foldedSet(list: readonly string[] | undefined): Set<string> {
  return new Set((list ?? []).map(foldWord));
}

function buildTables(code: string, rules: AnchorRules): LanguageTables {
  const script = findLanguage(code)?.script ?? getProfile(code).script;
  // The script decides how words and names are read; the word order of compound numbers is the language's.
  const orthography = { ...(script === 'Arab' ? arabicOrthography : casedOrthography), unitsBeforeTens: rules.unitsBeforeTens === true };
  const arabicLookup = memoizedArabicLookup();
  return {
    code,
    rules,
    arabicScript: script === 'Arab',
    orthography,
    capitalisesNouns: rules.capitalisesNouns === true,
    runOnAbbreviations: new Set(
      getProfile(code).segmentation.abbreviations.filter((a) => a.endsWith('.')).map((a) => foldWord(a.slice(0, -1))),
    ),
    ...separatorTables(rules),
    ...numberTables(code, rules),
    ...dateTables(code, rules),
    ...nameTables(code, rules),
    arabicLookup,
    lookup: orthography.gluedClitics ? arabicLookup : plainLookup,
    entityKey: memoize((name) => entityKey(name, code), 20_000),
  };
}

/** The marks that group thousands and that mark decimals in a language's figures. */
function separatorTables(rules: AnchorRules) {
  const decimal = new Set([rules.decimalSeparator]);
  const groups = new Set(rules.groupSeparators);
  // A dot never means a decimal in languages with a decimal comma, so it can only group thousands there.
  if (rules.decimalSeparator === ',') groups.add('.');
  if (rules.decimalSeparator === '٫') decimal.add('.');
  // Languages without tables of their own: a dot or comma before exactly three digits groups
  // thousands (`1.000`, `1,000`), before other digit counts it is a decimal mark (`1,5`, `2.25`).
  // Marks read as decimals only before one or two digits: the group loop takes three-digit groups first.
  for (const mark of rules.shortDecimalMarks ?? []) {
    groups.add(mark);
    decimal.add(mark);
  }
  const ambiguousSeparators = rules.ambiguousSeparators === true;
  if (ambiguousSeparators) for (const mark of ['.', ',']) {
    groups.add(mark);
    decimal.add(mark);
  }
  return { groupSeparators: groups, decimalSeparators: decimal, ambiguousSeparators };
}

/** How a language writes numbers, amounts, measures and ordinals in words. */
function numberTables(code: string, rules: AnchorRules) {
  const dualsByForm = dualForms(code, rules);
  return {
    scaleAbbreviations: foldedSet(rules.scaleAbbreviations),
    numberWords: foldedMap({ ...Object.fromEntries(Object.keys(dualsByForm).map((form) => [form, 2])), ...rules.numberWords }),
    dualNouns: foldedMap(dualsByForm),
    compoundScales: Object.entries(rules.compoundScales ?? {})
      .map(([word, value]) => [foldWord(word), value] as const)
      .sort((x, y) => y[1] - x[1]),
    ordinalWords: foldedMap(rules.ordinalWords),
    halfAfter: foldedSet(rules.halfAfter),
    halfRightAfter: foldedSet(rules.halfRightAfter),
    romanOrdinalNounsBefore: foldedSet(rules.romanOrdinalNouns?.before ?? []),
    romanOrdinalNounsAfter: foldedSet(rules.romanOrdinalNouns?.after ?? []),
    notAfterOrdinals: foldedSet(rules.notAfterOrdinals ?? []),
    seriesStartOrdinals: foldedSet(rules.seriesStartOrdinals ?? []),
    ordinalsAlsoOther: {
      words: foldedSet(rules.ordinalsAlsoOther?.words ?? []),
      determiners: foldedSet(rules.ordinalsAlsoOther?.determiners ?? []),
      definiteEndings: (rules.ordinalsAlsoOther?.definiteEndings ?? []).map(foldWord),
      sides: foldedSet(rules.ordinalsAlsoOther?.sides ?? []),
    },
    vagueAmounts: foldedMap(Object.fromEntries([...(rules.vagueAmounts ?? []), ...(rules.notCounts ?? [])].map((word) => [word, 1]))),
    // CLDR's rule text `eine Million` / `un million` also yields the article (`eine`, `un`): a word that
    // spells another number is no scale, or `1955 eine Expedition` reads as 1955 million. A word that
    // spells the scale itself (`duizend`, `tusen`, `ألف`) stays one: `5 duizend` is 5000.
    scaleWords: foldedMap(Object.fromEntries(Object.entries(rules.scaleWords).filter(([word, value]) => !(word in rules.numberWords) || rules.numberWords[word] === value))),
    addendWords: foldedMap(rules.addendWords),
    elidedWords: new Map(Object.entries(rules.elidedWords ?? {}).map(([word, full]) => [word.toLowerCase(), foldWord(full)])),
    approximations: foldedMap(rules.approximations),
    approximationPrepositions: foldedSet(rules.approximationPrepositions),
    approximationsAfter: foldedMap(rules.approximationsAfter),
    percentWords: foldedSet(rules.percentWords),
    ordinalSuffixes: foldedSet(rules.ordinalSuffixes),
    ordinalPrefixes: foldedSet(rules.ordinalPrefixes),
    coordinators: foldedSet(rules.coordinators),
    rangeWords: foldedSet(rules.rangeWords),
    ordinalDotAfter: foldedSet(findLanguage(code)?.profile?.segmentation.ordinalDots?.after ?? []),
    measureUnits: new Set([...Object.values(findLanguage(code)?.check?.unitWords ?? {}).flat(), ...Object.values(unitSymbols).flat()].filter((word) => !word.endsWith('*')).map(foldWord)),
    cliticCoordinators: foldedSet((rules.coordinators ?? []).filter((word) => rules.cliticPrefixes.includes(word))),
    fractions: fractionTable(rules),
  };
}

/** How a language writes dates, years, decades and times of day. */
function dateTables(code: string, rules: AnchorRules) {
  return {
    clockWords: new Set((findLanguage(code)?.check?.clockWords ?? []).map((word) => foldWord(word).replace(/\.$/u, ''))),
    monthFirstDates: rules.monthFirstDates === true,
    yearPrepositions: foldedSet(rules.yearPrepositions),
    yearLinks: foldedSet(rules.yearLinks),
    multiWordMonthStarts: [...new Set(Object.keys(rules.monthNames).filter((name) => name.includes(' ')).map((name) => foldWord(name.slice(0, name.indexOf(' ')))))],
    monthContextWords: foldedSet(rules.monthContextWords ?? []),
    monthContextWordsAfter: foldedSet(rules.monthContextWordsAfter ?? []),
    bareMonthNames: foldedSet(rules.bareMonthNames ?? []),
    bareMonthSurfaces: new Set((rules.bareMonthSurfaces ?? []).map((name) => name.toLowerCase())),
    monthsAlsoNames: foldedSet(rules.monthsAlsoNames ?? []),
    monthNames: foldedMap(rules.monthNames),
    monthAbbreviations: foldedMap(rules.monthAbbreviations),
    decadeSuffixes: foldedSet(rules.decadeSuffixes),
    decadeWords: foldedSet(rules.decadeWords),
    decadeYearWords: foldedSet(rules.decadeYearWords),
    decadeNames: foldedMap(rules.decadeNames),
    yearMarkers: foldedSet(rules.yearMarkers.map((m) => m.replace(/\.$/, ''))),
    dayWords: foldedSet(rules.dayWords),
    halfHours: halfHourTable(rules),
    hourMinutes: hourMinuteTable(rules),
    timePrepositions: foldedSet(rules.timePrepositions),
    dayMonthLinks: foldedSet(rules.dayMonthLinks),
  };
}

/** How a language writes names: the words that open, title, end or stand beside them and are none. */
function nameTables(code: string, rules: AnchorRules) {
  return {
    nominativeEndings: rules.nominativeEndings ?? [],
    // Weekday names are written with a capital in some languages (`Monday`, `Senin`) and are never part of a name.
    stopWords: foldedSet([...(rules.stopWords ?? []), ...(findLanguage(code)?.weekdays?.names.flat() ?? [])]),
    openingWords: foldedSet(rules.openingWords),
    possessiveEndings: (rules.possessiveEndings ?? []).map(foldWord),
    titleCaseHeadlines: rules.titleCaseHeadlines === true,
    personTitles: foldedSet(rules.personTitles),
    nameParticles: foldedSet(rules.nameParticles),
    labelWords: foldedSet((rules.labelWords ?? []).filter((w) => !w.endsWith('*'))),
    labelPrefixes: (rules.labelWords ?? []).filter((w) => w.endsWith('*')).map((w) => foldWord(w.slice(0, -1))),
    nameEndings: [...(rules.nameEndings ?? [])].map(foldWord).sort((a, b) => b.length - a.length),
    newPlaceWords: new Map((rules.newPlaceWords ?? []).map((word) => [foldWord(word), true] as const)),
  };
}

/** Every language with anchor tables (for country names written in another language's form). */
export function tableLanguages(): string[] {
  return tabledLanguages().map((language) => language.code);
}

/**
 * The forms an Arabic-script word may stand for once its clitics are removed: `والصين` → `الصين`, `صين`;
 * `للصين` → `الصين`; `بالمئة` → `المئة`, `مئة`. The word itself comes first.
 */
export function arabicCandidates(folded: string): readonly string[] {
  return memoCandidates(folded);
}

const memoCandidates = memoize(arabicCliticCandidates);

function plainLookup<V>(table: Map<string, V>, folded: string): V | undefined {
  return table.get(folded);
}

function memoizedArabicLookup(): LanguageTables['arabicLookup'] {
  const memos = new Map<Map<string, unknown>, (folded: string) => unknown>();
  return <V>(table: Map<string, V>, folded: string): V | undefined => {
    let memo = memos.get(table);
    if (!memo) {
      memo = memoize((word) => {
        for (const candidate of arabicCandidates(word)) {
          const value = table.get(candidate);
          if (value !== undefined) return value;
        }
        return null;
      });
      memos.set(table, memo);
    }
    return (memo(folded) as V | null) ?? undefined;
  };
}

/**
 * Units that name a temperature scale: adjectives of "degree" that agree with it, in the dual too (Arabic
 * `درجتين مئويتين`, "two degrees Celsius"), which is one count of two, not two.
 */
const temperatureScaleUnits: ReadonlySet<string> = new Set(['celsius', 'fahrenheit']);

/**
 * The dual forms of a language's counted nouns, each a count of 2 (Arabic `يومين`, `ساعتين`), with the noun:
 * the nouns of `rules.duals` and the language's units of time and measure, with each dual ending (AnchorRules.duals).
 */
function dualForms(code: string, rules: AnchorRules): Record<string, string> {
  const duals = rules.duals;
  if (!duals) return {};
  const check = findLanguage(code)?.check;
  const nouns = [
    ...duals.nouns,
    ...Object.values(check?.timeUnits ?? {}).flat(),
    ...Object.entries(check?.unitWords ?? {})
      .filter(([unit]) => !temperatureScaleUnits.has(unit))
      .flatMap(([, words]) => words)
      .map((word) => word.replace(/\*$/u, '')),
  ].filter((noun) => noun.length >= duals.minNounLetters && !noun.includes(' ') && !noun.includes('/'));
  const forms: Record<string, string> = {};
  for (const noun of nouns) {
    const change = duals.stemChanges?.find(([from]) => noun.endsWith(from));
    const stem = change ? noun.slice(0, noun.length - change[0].length) + change[1] : noun;
    for (const ending of duals.endings) forms[stem + ending] ??= noun;
  }
  return forms;
}
