import { type AnchorRules, minScaleOfAPart } from './profile.js';

/** The CLDR part of a language's anchor tables (see src/lang/<code>/cldr.ts). */
export interface CldrAnchorTables {
  numberWords: Readonly<Record<string, number>>;
  ordinalWords: Readonly<Record<string, number>>;
  scaleWords: Readonly<Record<string, number>>;
  monthNames: Readonly<Record<string, number>>;
  monthAbbreviations: Readonly<Record<string, number>>;
  countryNames: Readonly<Record<string, string>>;
}

/** The hand-written part: forms CLDR lacks (case endings, clitics, colloquial names) and word lists. */
export type HandAnchorData = Partial<AnchorRules> & {
  /**
   * Forms of the CLDR tables that running text uses mostly as another word (Russian `семью`, "family",
   * beside `семью`, "seven" in the instrumental): left out of the merged tables. Lowercase.
   */
  notAnchorWords?: readonly string[];
};

/**
 * The spaces that group digits where a space does (`1 500`): the space, the no-break space, and the narrow
 * no-break and thin spaces of typeset text.
 */
export const spaceGroupSeparators: readonly string[] = [' ', '\u00a0', '\u202f', '\u2009'];

/** Label words of every language: `№`, `no.`, `nr.` and the like. */
const commonLabelWords = ['№', 'no', 'nr', 'nº', 'n°', '#'];

/** Merges generated CLDR tables with the hand-written layer; hand-written entries win. */
export function buildAnchorRules(cldr: CldrAnchorTables, hand: HandAnchorData, base: Pick<AnchorRules, 'decimalSeparator' | 'groupSeparators'>): AnchorRules {
  const left = new Set(hand.notAnchorWords ?? []);
  const without = <T>(table: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(table).filter(([word]) => !left.has(word)));
  return {
    decimalSeparator: hand.decimalSeparator ?? base.decimalSeparator,
    groupSeparators: hand.groupSeparators ?? base.groupSeparators,
    numberWords: withScaleParts(
      withCompounds(without({ ...cldr.numberWords, ...hand.numberWords }), hand.compoundScales ?? {}),
      without({ ...cldr.scaleWords, ...hand.scaleWords }),
      hand.fractions?.gluedScaleParts ?? {},
      hand.scaleAbbreviations ?? [],
    ),
    ordinalWords: without({ ...cldr.ordinalWords, ...hand.ordinalWords }),
    scaleWords: without({ ...cldr.scaleWords, ...hand.scaleWords }),
    approximations: { ...hand.approximations },
    monthNames: without({ ...cldr.monthNames, ...hand.monthNames }),
    monthAbbreviations: { ...cldr.monthAbbreviations, ...hand.monthAbbreviations },
    yearMarkers: hand.yearMarkers ?? [],
    cliticPrefixes: hand.cliticPrefixes ?? [],
    countryNames: { ...beforeParentheses(cldr.countryNames), ...cldr.countryNames, ...hand.countryNames },
    ordinalSuffixes: hand.ordinalSuffixes ?? [],
    ordinalPrefixes: hand.ordinalPrefixes ?? [],
    percentWords: hand.percentWords ?? [],
    nameEndings: hand.nameEndings ?? [],
    adjectiveEndings: hand.adjectiveEndings ?? [],
    addendWords: hand.addendWords ?? {},
    monthContextWords: hand.monthContextWords ?? [],
    monthContextWordsAfter: hand.monthContextWordsAfter ?? [],
    bareMonthNames: hand.bareMonthNames ?? [],
    bareMonthSurfaces: hand.bareMonthSurfaces ?? [],
    fleetingVowels: hand.fleetingVowels ?? '',
    vowels: hand.vowels ?? '',
    stopWords: hand.stopWords ?? [],
    openingWords: hand.openingWords ?? [],
    possessiveEndings: hand.possessiveEndings ?? [],
    personTitles: hand.personTitles ?? [],
    labelWords: [...commonLabelWords, ...(hand.labelWords ?? [])],
    coordinators: hand.coordinators ?? [],
    rangeWords: hand.rangeWords ?? [],
    dayWords: hand.dayWords ?? [],
    elidedWords: hand.elidedWords ?? {},
    ...behaviourFields(hand),
  };
}

/**
 * CLDR gives some countries a name with a second one or a qualifier in parentheses (`myanmar (burma)`,
 * `мʼянма (бірма)`, `ميانمار (بورما)`): running text writes the first part alone. Kept where it names
 * one country only (`congo (drc)` and `congo (republic)` share theirs, `congo (rdc)` and `congo-brazzaville`).
 */
function beforeParentheses(names: Readonly<Record<string, string>>): Record<string, string> {
  const codes = new Map<string, Set<string>>();
  for (const [name, code] of Object.entries(names)) {
    const open = name.indexOf(' (');
    if (open <= 0 || !name.endsWith(')')) continue;
    const first = name.slice(0, open).trim();
    codes.set(first, (codes.get(first) ?? new Set()).add(code));
  }
  // `congo` also begins `congo-brazzaville`, another country's name: left out.
  const sharedStart = (first: string, code: string) => Object.entries(names).some(([name, other]) => other !== code && name !== first && name.startsWith(first) && !/\p{L}/u.test(name[first.length]!));
  return Object.fromEntries(
    [...codes].filter(([first, set]) => set.size === 1 && names[first] === undefined && !sharedStart(first, [...set][0]!)).map(([first, set]) => [first, [...set][0]!]),
  );
}

/** The fields that tell how the language behaves rather than list its words: taken from the hand layer as given. */
function behaviourFields(hand: HandAnchorData): Partial<AnchorRules> {
  const fields: Partial<AnchorRules> = {};
  if (hand.capitalisesNouns !== undefined) fields.capitalisesNouns = hand.capitalisesNouns;
  if (hand.titleCaseHeadlines !== undefined) fields.titleCaseHeadlines = hand.titleCaseHeadlines;
  if (hand.unitsBeforeTens !== undefined) fields.unitsBeforeTens = hand.unitsBeforeTens;
  if (hand.separateCompoundOrdinals !== undefined) fields.separateCompoundOrdinals = hand.separateCompoundOrdinals;
  if (hand.elidedYearOrdinals !== undefined) fields.elidedYearOrdinals = hand.elidedYearOrdinals;
  if (hand.monthFirstDates !== undefined) fields.monthFirstDates = hand.monthFirstDates;
  if (hand.yearPrepositions !== undefined) fields.yearPrepositions = hand.yearPrepositions;
  if (hand.yearLinks !== undefined) fields.yearLinks = hand.yearLinks;
  if (hand.scaleAbbreviations !== undefined) fields.scaleAbbreviations = hand.scaleAbbreviations;
  if (hand.approximationPrepositions !== undefined) fields.approximationPrepositions = hand.approximationPrepositions;
  if (hand.approximationsAfter !== undefined) fields.approximationsAfter = hand.approximationsAfter;
  if (hand.decadeSuffixes !== undefined) fields.decadeSuffixes = hand.decadeSuffixes;
  if (hand.decadeWords !== undefined) fields.decadeWords = hand.decadeWords;
  if (hand.decadeYearWords !== undefined) fields.decadeYearWords = hand.decadeYearWords;
  if (hand.decadeNames !== undefined) fields.decadeNames = hand.decadeNames;
  if (hand.currencyScaleLetters !== undefined) fields.currencyScaleLetters = hand.currencyScaleLetters;
  if (hand.currencyWords !== undefined) fields.currencyWords = hand.currencyWords;
  if (hand.compoundScales !== undefined) fields.compoundScales = hand.compoundScales;
  if (hand.nominativeEndings !== undefined) fields.nominativeEndings = hand.nominativeEndings;
  if (hand.alternatingEndings !== undefined) fields.alternatingEndings = hand.alternatingEndings;
  if (hand.countryNameEndings !== undefined) fields.countryNameEndings = hand.countryNameEndings;
  if (hand.collectiveNumbers !== undefined) fields.collectiveNumbers = hand.collectiveNumbers;
  if (hand.numberedNouns !== undefined) fields.numberedNouns = hand.numberedNouns;
  if (hand.keyCaseEndings !== undefined) fields.keyCaseEndings = hand.keyCaseEndings;
  if (hand.nameSpellings !== undefined) fields.nameSpellings = hand.nameSpellings;
  if (hand.nameParticles !== undefined) fields.nameParticles = hand.nameParticles;
  if (hand.groupGenitive !== undefined) fields.groupGenitive = hand.groupGenitive;
  if (hand.ambiguousSeparators !== undefined) fields.ambiguousSeparators = hand.ambiguousSeparators;
  if (hand.shortDecimalMarks !== undefined) fields.shortDecimalMarks = hand.shortDecimalMarks;
  if (hand.duals !== undefined) fields.duals = hand.duals;
  if (hand.vagueAmounts !== undefined) fields.vagueAmounts = hand.vagueAmounts;
  if (hand.notCounts !== undefined) fields.notCounts = hand.notCounts;
  if (hand.notAfterOrdinals !== undefined) fields.notAfterOrdinals = hand.notAfterOrdinals;
  if (hand.seriesStartOrdinals !== undefined) fields.seriesStartOrdinals = hand.seriesStartOrdinals;
  if (hand.ordinalsAlsoOther !== undefined) fields.ordinalsAlsoOther = hand.ordinalsAlsoOther;
  if (hand.monthsAlsoNames !== undefined) fields.monthsAlsoNames = hand.monthsAlsoNames;
  if (hand.romanOrdinalNouns !== undefined) fields.romanOrdinalNouns = hand.romanOrdinalNouns;
  if (hand.halfAfter !== undefined) fields.halfAfter = hand.halfAfter;
  if (hand.halfRightAfter !== undefined) fields.halfRightAfter = hand.halfRightAfter;
  if (hand.halfHours !== undefined) fields.halfHours = hand.halfHours;
  if (hand.hourMinutes !== undefined) fields.hourMinutes = hand.hourMinutes;
  if (hand.fractions !== undefined) fields.fractions = hand.fractions;
  if (hand.newPlaceWords !== undefined) fields.newPlaceWords = hand.newPlaceWords;
  if (hand.timePrepositions !== undefined) fields.timePrepositions = hand.timePrepositions;
  if (hand.dayMonthLinks !== undefined) fields.dayMonthLinks = hand.dayMonthLinks;
  return fields;
}

/** Highest number word glued before a compound scale (`negenhonderdnegenennegentig|duizend`). */
const maxCompoundPrefix = 999;

/** The number words plus each one below a thousand glued before each compound scale (`vijf` + `duizend` → 5000). */
function withCompounds(numberWords: Record<string, number>, scales: Readonly<Record<string, number>>): Record<string, number> {
  const compounds: Record<string, number> = {};
  for (const [scale, scaleValue] of Object.entries(scales)) {
    for (const [word, value] of Object.entries(numberWords)) if (value >= 1 && value <= maxCompoundPrefix) compounds[word + scale] = value * scaleValue;
  }
  return { ...compounds, ...numberWords };
}

/**
 * Adds `part + scale` → part × scale for every glued part and every scale word of a thousand or more
 * (`півмільйона`), abbreviations left out (no text writes `півмлн`).
 */
function withScaleParts(
  numberWords: Record<string, number>,
  scaleWords: Readonly<Record<string, number>>,
  parts: Readonly<Record<string, number>>,
  abbreviations: readonly string[],
): Record<string, number> {
  const glued: Record<string, number> = {};
  for (const [part, share] of Object.entries(parts)) {
    for (const [scale, value] of Object.entries(scaleWords)) {
      if (value >= minScaleOfAPart && /^\p{L}+$/u.test(scale) && !abbreviations.includes(scale)) glued[part + scale] = share * value;
    }
  }
  return { ...glued, ...numberWords };
}

/** One stem with each of `endings`: the forms of a word that inflects by its ending (`пятничн` → `пятничный`, `пятничного` …). */
export function withEndings(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

/** Adds `stem + ending` → value for every stem, e.g. Ukrainian ordinal adjectives in all cases. */
export function inflect(stems: Readonly<Record<string, number>>, endings: readonly string[]): Record<string, number> {
  const table: Record<string, number> = {};
  for (const [stem, value] of Object.entries(stems)) for (const ending of endings) table[stem + ending] = value;
  return table;
}
