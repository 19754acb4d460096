/**
 * The words the check stage reads, per language (`check` in a language's definition): units, offices,
 * time units, parts of counts and more. Split from `profile.ts`, which re-exports these types.
 *
 * @module
 */

/** Offices the check stage recognises (a person's role), by the class it compares. */
export type Office = 'secretary' | 'chair' | 'director' | 'governor' | 'mayor';

/** Units of time: translators convert between them, so counts of different units are no contradiction. */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Units of measure the check stage converts between (defined in src/lang/units.ts). */
export type UnitName =
  | 'millimetre' | 'centimetre' | 'metre' | 'kilometre' | 'scandinavian-mile' | 'inch' | 'foot' | 'yard' | 'mile'
  | 'gram' | 'kilogram' | 'tonne' | 'pound' | 'ounce' | 'celsius' | 'fahrenheit' | 'degree'
  | 'square-centimetre' | 'square-metre' | 'square-kilometre' | 'square-foot' | 'square-yard' | 'square-mile' | 'hectare' | 'acre';

/**
 * Words the check stage reads. The check stage reads the words of every registered language at once
 * (a quotation may be in another language), so each list says what a word does, not which version it is in.
 */
export interface CheckVocabulary {
  /** "and" (`och`, `та`, `و`): joins two counted nouns (`provinserna och regionerna`). Lowercase. */
  and?: readonly string[];
  /** Exact lowercased forms of the units of time (`zwei Wochen`, `quinze jours`); a prefix would catch too much. */
  timeUnits?: Partial<Record<TimeUnit, readonly string[]>>;
  /** Words after a count that make it an amount, not members of a set (`jaren`, `метрів`, `procent`, `keer`). */
  measureWords?: readonly string[];
  /**
   * Words marking a count as part of a larger one, up to six words before it (`alleen`, `varav`,
   * `зокрема`); a phrase of several words (`of them`, `dari mereka`, `av dem`) also up to four words after
   * it (`70 procent av dem`). Lowercase.
   */
  partWords?: readonly string[];
  /**
   * Part words that right before the number only restrict it or point at it (`тільки десять`, "only
   * ten"; `dessa fem`, "these five"): no part there; further back they still mark one (`лише в
   * Куангніні 12`, `Av dessa har … 12`). Each is also in `partWords`.
   */
  restrictingWords?: readonly string[];
  /** Relative pronouns marking a part only right before the number (`of which 12`, `dont 12`). */
  partPronouns?: readonly string[];
  /** "Besides", "apart from": a fronted phrase leaving someone out of the first count after it. */
  exclusionWords?: readonly string[];
  /**
   * Pronouns that, right after an exclusion word, make it a connective ("besides that", `selain itu`,
   * `крім того`): "in addition", leaving no one out of a count. Lowercase.
   */
  exclusionConnectives?: readonly string[];
  /**
   * Words that, right before an exclusion word, make it a connective (French `en outre`, "moreover"):
   * as {@link exclusionConnectives}, no one left out of a count. Lowercase.
   */
  exclusionConnectiveOpeners?: readonly string[];
  /**
   * Words right before a part word that make the phrase "instead" (Dutch `in plaats daarvan`), which
   * leaves the count after it whole. Lowercase.
   */
  insteadWords?: readonly string[];
  /** Stems of office words, matching inflected and compound forms (`partijsecretaris`, `секретаря`). */
  officeStems?: Partial<Record<Office, readonly string[]>>;
  /** Short office words matched only as written, since as stems they would catch other words (uk `мер`). */
  officeForms?: Partial<Record<Office, readonly string[]>>;
  /** Words before an office that make it a deputy's (`plaatsvervangend`, `заступник`, `نائب`). */
  deputyWords?: readonly string[];
  /** Prefixes that make an office word a deputy's on their own (`vicevoorzitter`, `vice-president`). */
  deputyPrefixes?: readonly string[];
  /** Clitics written glued before an office word (Arabic `وال`, `لل`), stripped before matching, longest first. */
  officeClitics?: readonly string[];
  /** Words between a role's place and a name that start a new person: "and", "with", titles (`kameraad`). */
  nameBreakers?: readonly string[];
  /** Prefixes that make a word such a breaker (Arabic `و` "and", `ال` "the"). */
  nameBreakerPrefixes?: readonly string[];
  /** Letters written for one sound in transliterated names, folded together when comparing spellings (Arabic ج/غ). */
  spellingEquivalents?: ReadonlyArray<readonly [from: string, to: string]>;
  /**
   * Words for units of measure (see `units` in src/lang/units.ts), by unit: a translator converts feet to
   * metres, so figures in two units may state one value. A form ending in `*` is a stem. Lowercase.
   */
  unitWords?: Partial<Record<UnitName, readonly string[]>>;
  /**
   * Words that make a unit of length by them a unit of area, its square: `before` it (`square feet`,
   * `vierkante meter`, `кв. м`, `квадратних метрів`) or `after` it (`meter persegi`, `متر مربع`, `mètres
   * carrés`). A form ending in `*` is a stem. Lowercase. Area units written as one word (`hectare`,
   * `kvadratmeter`, `m²`) are `unitWords`.
   */
  squareWords?: { before?: readonly string[]; after?: readonly string[] };
  /** Words that make a number by them a clock time (`uur`, `pukul`, `الساعة`): 15 and 3 may be one time. Lowercase. */
  clockWords?: readonly string[];
  /**
   * Words for "century" beside a number (`eeuw`, `القرن`, `століття`); a form starting `*` is a suffix glued
   * to the number by a hyphen (sv `1800-talet`). Lowercase.
   */
  centuryWords?: readonly string[];
  /**
   * The points of the compass as they stand in a place name (`West Virginia`, `Virginia Barat`,
   * `Западная Вирджиния`, `Noord-Korea`): translators translate this word and transliterate the rest, so
   * one place is written with a compass word no other script shares. A form ending in `*` is a stem
   * (adjectives that decline). Lowercase.
   */
  compassWords?: readonly string[];
  /**
   * Kinds of natural place written as part of its name (`Mount Everest`, `Mont Everest`, `Gunung Rinjani`,
   * `гора Говерла`): translators translate this word and keep the rest, so one text may write the place
   * with its own language's word and with the source's. Lowercase.
   */
  placeTypeWords?: readonly string[];
  /**
   * Head nouns of the names of institutions, bodies and places of business (`Assembly`, `Vergadering`,
   * `Парламент`, `Mahkamah`, `Hotel`): translators translate such a name word for word, so two versions
   * name one body two ways, and a name holding one is no person. A form ending in `*` is a stem. Lowercase.
   */
  organisationWords?: readonly string[];
}

/** How a language names the days of the week in running text. */
export interface WeekdayWords {
  /** Per ISO weekday (index 0 = Monday … 6 = Sunday), lowercase forms that begin a word. */
  names: readonly (readonly string[])[];
  /** Whether a name may stand inside a compound word: letters after it (`vrijdagavond`, `fredagskvällen`) or before it (`vilosöndag`, `Karfreitag`). */
  compounds: boolean;
  /** Whether a name counts only with its capital (Indonesian `Minggu` is Sunday, `minggu` a week). */
  capitalised?: boolean;
  /** One-letter words glued before a name (Arabic `و`, `ب`: `والجمعة`). */
  gluedPrefixes?: readonly string[];
  /**
   * Words right before a name that make it the night leading into that day (`ніч на суботу`, `ليلة
   * السبت`, `natten till lördag`, `Nacht zum Samstag`): the evening of the day before, which another
   * language names by that day ("Friday night"). Lowercase; several words apart by one space.
   */
  eveWords?: readonly string[];
}
