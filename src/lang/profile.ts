/**
 * The one interface every language implements. Language data is typed data: the segmenter and the
 * anchor extractor read it, and callers can extend a profile (`{ ...nl, segmentation: { ... } }`).
 *
 * @module
 */

/** Rules the sentence segmenter reads. Owned by `src/segment/`. */
export interface SegmentationRules {
  /** Characters that can end a sentence (`.`, `?`, `!`, `…`, Arabic `؟`, `۔`). */
  terminators: readonly string[];
  /** Opening and closing quote characters (`«` `»`, `„` `"`, `"` `"`). */
  quotePairs: ReadonlyArray<readonly [open: string, close: string]>;
  /** Abbreviations, with their final dot, after which a sentence does not end (`р.`, `bijv.`, `Tn.`). */
  abbreviations: readonly string[];
  /**
   * Abbreviations that may also end a sentence (`enz.`, `etc.`, `osv.`, `dll.`, `р.` after a year): they
   * end one when the next word starts with neither a lowercase letter nor a digit.
   */
  mayEndAbbreviations?: readonly string[];
  /**
   * Web-page furniture, used to tell captions, headings and boilerplate from the article body.
   * Matching ignores case and surrounding whitespace. The generic profile's lists apply to every language.
   */
  pageMarkers?: PageMarkers;
}

/** Words that scraped news pages put around an article, per language. */
export interface PageMarkers {
  /** Source labels (`Bron`, `Källa`, `Sumber`, `Джерело`, `مصدر`), alone or before `:`; the article ends there. */
  source?: readonly string[];
  /** Comment-widget labels (`Reactie`, `Коментар`), alone or as `Reactie (0)`; the article ends there. */
  comments?: readonly string[];
  /** Lines that open a related-articles list (`In hetzelfde onderwerp`); the article ends there. */
  endOfArticle?: readonly string[];
  /** Byline labels before `:` (`Новини та фотографії`, `Tekst en foto's`): the line is boilerplate. */
  byline?: readonly string[];
  /** Whole lines that are boilerplate wherever they stand (`No data`). */
  lines?: readonly string[];
  /** Words for "photo" in image titles such as `… - Ảnh 1.`: such a line and the line after it are captions. */
  imageLabels?: readonly string[];
}

/** Rules the anchor extractor reads. Owned by `src/anchors/`. */
export interface AnchorRules {
  /** Decimal separator (`,` in nl/id/sv/uk, `٫` in ar). */
  decimalSeparator: string;
  /** Thousands separators (`.`, space, NBSP, narrow NBSP, `٬`). */
  groupSeparators: readonly string[];
  /** Cardinal number words in every inflected form → value (`трьох` → 3, `drie` → 3). */
  numberWords: Readonly<Record<string, number>>;
  /** Ordinal words in every inflected form → value (`tionde` → 10, `kesepuluh` → 10). */
  ordinalWords: Readonly<Record<string, number>>;
  /** Scale words → multiplier (`мільйон` → 1e6, `juta` → 1e6). */
  scaleWords: Readonly<Record<string, number>>;
  /** Words before a number that make it approximate or a bound (`nästan` → approximately). */
  approximations: Readonly<Record<string, 'approximately' | 'more-than' | 'less-than' | 'at-least' | 'at-most'>>;
  /** Month names in every grammatical form → 1–12 (`лютого` → 2, `فبراير` → 2). */
  monthNames: Readonly<Record<string, number>>;
  /** Words marking a year (`року`, `р.`, `år`, `tahun`, `عام`). */
  yearMarkers: readonly string[];
  /** Clitic prefixes stripped before a dictionary look-up (Arabic `و ب ل ف ال`). */
  cliticPrefixes: readonly string[];
  /** Country names in every inflected form → ISO 3166-1 alpha-2 (`Китаю` → CN). */
  countryNames: Readonly<Record<string, string>>;
  /** Abbreviated month names (`лют`, `feb`) → 1–12; read only next to a day or a year. */
  monthAbbreviations?: Readonly<Record<string, number>>;
  /** Suffixes that make digits an ordinal, after a hyphen, colon or nothing (`ї` in `10-ї`, `e` in `15:e`, `de`). */
  ordinalSuffixes?: readonly string[];
  /** Prefixes that make digits an ordinal (`ke-` in `ke-10`). */
  ordinalPrefixes?: readonly string[];
  /** Words after a number that make it a percentage (`procent`, `відсотків`, `بالمئة`). */
  percentWords?: readonly string[];
  /** Case and possessive endings stripped to match a name's stem (`у`, `ом`, `s`). Longest first is not required. */
  nameEndings?: readonly string[];
  /**
   * Words before a month name that make it a month on its own, where month names have other meanings
   * and alone are no date (Arabic `في مارس`, `شهر أيار`, `منذ يونيو`). Lowercase.
   */
  monthContextWords?: readonly string[];
  /** Words after a unit word that add to it rather than multiply it (Indonesian `belas`: `empat belas` = 14). */
  addendWords?: Readonly<Record<string, number>>;
  /**
   * Adjective endings, for languages where a place name declines like an adjective (`Північна Корея`,
   * `Північної Кореї`, `Західній Вірджинії`): two spellings of one name differing only here are one name.
   */
  adjectiveEndings?: readonly string[];
  /**
   * Vowels that come and go inside a declined word (Ukrainian `Кубок` / `Кубку`, `Київ` / `Києва` aside):
   * a stem with one of them more is the same stem. Empty for languages without such vowels.
   */
  fleetingVowels?: string;
  /** Capitalised words that are never part of a name (sentence openers, capitalised common nouns). Lowercase. */
  stopWords?: readonly string[];
  /** Words before a name that mark it as a person (`kameraad`, `товариш`, `الرفيق`). Lowercase. */
  personTitles?: readonly string[];
  /** Words after which a number is a label, not a count (`markör`, `nr`, `№`); `*` ends a prefix. Lowercase. */
  labelWords?: readonly string[];
  /**
   * Words joining the items of a list, "and" and "or" (`und`, `oder`, `en`, `of`, `і`, `або`, `و`, `أو`).
   * Lets the extractor read every day of `am 6. und 7. Juli` as a date, not just the last. A coordinator
   * that is also a clitic prefix (Arabic `و`) may be written glued to the number after it (`و16`). Lowercase.
   */
  coordinators?: readonly string[];
  /**
   * Words between the two ends of a range, "to" (`bis`, `tot`, `till`, `hingga`, `по`, `إلى`). Lets the
   * extractor read `van 19 tot 21 februari` as one date range, like `19–21 februari`, and give the first
   * month of `Mai bis Oktober 1956` its year. Lowercase.
   */
  rangeWords?: readonly string[];
  /**
   * Words that stand before a day and may be said again before each day of a list (`den`, `le`, `am`,
   * `op`, `tanggal`): `den 6 och den 7 juli` is two dates like `den 6 och 7 juli`. Lowercase.
   */
  dayWords?: readonly string[];
}

/** A language the pipeline knows. Unknown codes get the generic profile. */
export interface LanguageProfile {
  /** BCP 47 code (`uk`, `nl`, `id`, `sv`, `ar`). */
  code: string;
  /** English name, for messages. */
  name: string;
  /** ISO 15924 script (`Latn`, `Cyrl`, `Arab`). */
  script: string;
  direction: 'ltr' | 'rtl';
  segmentation: SegmentationRules;
  anchors: AnchorRules;
}
