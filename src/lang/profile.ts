/**
 * The one interface every language implements. Language data is typed data: the segmenter and the
 * anchor extractor read it, and callers can extend a profile (`{ ...nl, segmentation: { ... } }`).
 *
 * @module
 */
import type { CheckVocabulary, WeekdayWords } from './check-vocabulary.js';

export type { CheckVocabulary, Office, TimeUnit, UnitName, WeekdayWords } from './check-vocabulary.js';

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
   * Where digits before a full stop make an ordinal rather than end a sentence (German writes `am 3.
   * Oktober`, `in der 89. Minute`, `seinem 63. Geburtstag`): the stop ends no sentence when the word
   * before the digits is one of `after` (articles, prepositions with an article, possessives) or the
   * word after them is a month name of the profile's anchor tables. Lowercase.
   */
  ordinalDots?: { after: readonly string[] };
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

/**
 * Smallest scale a part is taken of (`half a million`, `чверть мільйона`, glued `півмільйона`): below it
 * a part is a vague amount as often (`півсотні`, "a quarter hundred"). Read by `scaleParts`, `scaleLinks`
 * and `gluedScaleParts` alike.
 */
export const minScaleOfAPart = 1000;

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
  /**
   * Country names in every inflected form → ISO 3166-1 alpha-2 (`Китаю` → CN). Initialisms are written
   * in capitals (`США`, `VAE`): they name the country only when the text writes them so (`Пари` is no `ПАР`).
   */
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
   * The possessive ending stands on the possessor's last word alone (`Liverpools Alisson Becker`), not on
   * every word of a declined name (`Питера Джонса`, Peter Jones's): before another name, a name the text
   * writes without the ending elsewhere is that name's possessor.
   */
  groupGenitive?: boolean;
  /**
   * Words before a month name that make it a month on its own, where month names have other meanings
   * and alone are no date (Arabic `في مارس`, `شهر أيار`, `منذ يونيو`). Lowercase.
   */
  monthContextWords?: readonly string[];
  /**
   * Month names that are also names of people (English `May`, `June`, `April`, `August`: `Theresa May`):
   * alone, one is a month only after a context word (`monthContextWords`: `in May`, `since June`) or
   * beside a day or a year. Lowercase.
   */
  monthsAlsoNames?: readonly string[];
  /** Words right after a month name that make it a month on its own (Arabic `يونيو الماضي`, last June). Lowercase. */
  monthContextWordsAfter?: readonly string[];
  /**
   * Month names that are a month with no context word, where the language's month names otherwise need
   * one: names with no other meaning (Arabic `يونيو` in `قمة يونيو`, the June summit; not `مارس`, he
   * practised; `آب`, which folds to father, is in `bareMonthSurfaces`). Lowercase.
   */
  bareMonthNames?: readonly string[];
  /**
   * Like `bareMonthNames`, matched as written, unfolded: a month name whose folded form is another word
   * (Levantine `آب`, August, with its madda; folded, it is `أب`, father). Lowercase.
   */
  bareMonthSurfaces?: readonly string[];
  /** Words after a unit word that add to it rather than multiply it (Indonesian `belas`: `empat belas` = 14). */
  addendWords?: Readonly<Record<string, number>>;
  /**
   * Adjective endings, for languages where a place name declines like an adjective (`Північна Корея`,
   * `Північної Кореї`, `Західній Вірджинії`): two spellings of one name differing only here are one name.
   */
  adjectiveEndings?: readonly string[];
  /**
   * Further endings the words of a multi-word country name take in its case forms, read for country
   * names only: plural nouns (`Сполучені Штати` → `Сполучених Штатів`, `Штатам`) and German adjective
   * endings (`Vereinigte Staaten` → `den Vereinigten Staaten`).
   */
  countryNameEndings?: readonly string[];
  /**
   * Vowels that come and go inside a declined word (Ukrainian `Кубок` / `Кубку`, `Київ` / `Києва` aside):
   * a stem with one of them more is the same stem. Empty for languages without such vowels.
   */
  fleetingVowels?: string;
  /** The language's vowel letters, lowercase: a fleeting vowel stands only between two consonants (`Єгипт`). */
  vowels?: string;
  /** Capitalised words that are never part of a name (sentence openers, capitalised common nouns). Lowercase. */
  stopWords?: readonly string[];
  /**
   * Function words of closed classes (prepositions, conjunctions, pronouns, sentence adverbs) that are
   * no name's first word when they open a sentence (`Terwijl Jennifer Capriati`, `Після Бродів`): there the
   * name starts after them. Unlike {@link stopWords}, mid-sentence they stay readable as names (sv `i
   * Medan`). Lowercase.
   */
  openingWords?: readonly string[];
  /** Words before a name that mark it as a person (`kameraad`, `товариш`, `الرفيق`). Lowercase. */
  personTitles?: readonly string[];
  /**
   * Lowercase particles inside a person's name, between two of its capitalised words or glued to the next
   * by a hyphen (`bin`, `al-`, `von der`, `da`, `аль-`): the name goes on across them (`Mohammed bin
   * Salman`, `Bashar al-Assad`). Only words that are no ordinary word of the language between two names.
   * Lowercase.
   */
  nameParticles?: readonly string[];
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
  /** Whether common nouns are capitalised (German): a lone capitalised word is then no name by itself. */
  capitalisesNouns?: boolean;
  /**
   * Whether headlines write every major word with a capital (English title case: `Killer Pig Mauls
   * Chinese Farmer`). In such a line a capital tells nothing: a word there is a name's only when the
   * document writes it with a capital in running text too, or the gazetteer knows it.
   */
  titleCaseHeadlines?: boolean;
  /**
   * Possessive endings written with an apostrophe (`'s`, `’s`): a name word ending in one ends its name
   * (`Liverpool's Daniel Sturridge` is two names). Lowercase.
   */
  possessiveEndings?: readonly string[];
  /** Compound numbers put the units before the tens as separate words (`خمسة وعشرون`, `الثالث والستين`). */
  unitsBeforeTens?: boolean;
  /**
   * Whether compound ordinals write the tens as a cardinal and the unit as an ordinal, as separate words
   * (`двадцять перший`, `двадцать первый`, 21st). Elsewhere a cardinal before "first" is the first so many
   * (`de tjugo första`, `les vingt premiers`); joined by a hyphen (`twenty-first`) it is the compound everywhere.
   */
  separateCompoundOrdinals?: boolean;
  /**
   * Whether a year written as an ordinal stands for the year with the word for year left out (`у 2006-му`,
   * `з 2015-го`, `в 2012-м`: "in 2006"), as East Slavic news writes it. Only suffixes listed exactly in
   * `ordinalSuffixes` (not `річч*`: `1000-річчя` is a millennium).
   */
  elidedYearOrdinals?: boolean;
  /**
   * Short words written onto the next word with an apostrophe, lowercase, each with its full form
   * (French `d` → `de`, `qu` → `que`): `d’octobre` is read as `de octobre` (`plus d’un million` as `plus de`).
   * A word not listed keeps its apostrophe inside (`aujourd’hui`, Ukrainian `дев'ять`).
   */
  elidedWords?: Readonly<Record<string, string>>;
  /**
   * Words no ordinal stands right before, articles, possessives and subject pronouns (`de`, `zijn`, `hij`):
   * an ordinal stands before a noun or an adjective, so an ordinal word before one of these is a verb
   * spelt alike (Dutch `vierde zijn verjaardag`, `vierde hij de zege`: celebrated). Lowercase.
   */
  notAfterOrdinals?: readonly string[];
  /**
   * Forms of "first" that are plural only (`premiers`, `перших`, `первые`): they pick out the start of a
   * series (`les premiers coups`, `на перших лунках`, "the first holes"), as "first" beside a count does,
   * and rank nothing, so they are no ordinal. Not a form the singular shares. Lowercase.
   */
  seriesStartOrdinals?: readonly string[];
  /**
   * Ordinal words that also mean "other" (Swedish `andra`: `andra länder`, "other countries"; `de andra`,
   * "the others"). Such a word is the ordinal only after one of the `determiners` (`den andra dagen`, `sin
   * andra förlust`, `ett andra möte`) or before a noun with one of the `definiteEndings` (`i andra
   * halvleken`, `under andra världskriget`), unless that noun is one of the `sides` of the idiom "on the
   * other side/hand" (`å andra sidan`). Lowercase.
   */
  ordinalsAlsoOther?: { words: readonly string[]; determiners: readonly string[]; definiteEndings: readonly string[]; sides: readonly string[] };
  /**
   * Clock times told by the half hour (`om half tien`, `klockan halv tio`, `um halb zehn`, `в половине
   * десятого`, `о пів на десяту`: 9:30; `half past nine`): `words` stand right before the hour, a number
   * word or digits of 1–12 (`ordinalHour`: an ordinal word, `десятого`), and the time is that hour plus
   * `hourOffset` and thirty minutes. Where `contextBefore` is given the phrase is a time only after one of
   * those words or a clock word, or before a clock word (`half` alone is any half). Lowercase.
   */
  halfHours?: { words: readonly string[]; hourOffset: number; ordinalHour?: boolean; contextBefore?: readonly string[] };
  /**
   * Clock times told as an hour word of 1–12 and a part of the hour after it (`الساعة الثالثة والنصف`:
   * 3:30, `الرابعة إلا ربعا`: 3:45): `minuteWords` add their minutes to the hour (negative: to the hour),
   * `ordinalHour` where the hour is an ordinal word. A time only right after a clock word or a time
   * preposition, or before a clock word. Lowercase.
   */
  hourMinutes?: { ordinalHour?: boolean; minuteWords: Readonly<Record<string, number>> };
  /**
   * Fractions (`zwei Drittel`, `en tredjedel`, `третина`, `ثلثي`, `twee derde`, `a third of`): read as a
   * number n/d, never as an ordinal or a count of the numerator. `nouns` name a part, by denominator (the
   * numerator is the number word before, else 1) or as [numerator, denominator] (`sepertiga`, `ثلثا`);
   * `nounsNeedCount`: a noun without a number before is no fraction (`das Viertel`, a district).
   * `ordinalsAfterCount`: an ordinal word after a smaller number word is a fraction (`twee derde`,
   * `дві треті`); after one (or a `oneWords` article, `a`) only before a `partitiveWords` word where given
   * (`een derde van`; `een derde termijn` is an ordinal). Lowercase.
   */
  fractions?: {
    nouns?: Readonly<Record<string, number | readonly [number, number]>>;
    nounsNeedCount?: boolean;
    ordinalsAfterCount?: boolean;
    oneWords?: readonly string[];
    partitiveWords?: readonly string[];
    /** Words between a numerator and a denominator both written as numbers (`dua per tiga`). */
    overWords?: readonly string[];
    /**
     * Words giving a part of the scale word of a thousand or more right after them, and nothing elsewhere:
     * halves (`half a million`, `een half miljoen`, `пів мільйона`, `نصف مليون`, `setengah juta`) and
     * words for a quarter that alone are no fraction (Swedish `en kvarts miljon`; `kvart` is mostly a
     * quarter hour). Word → the part.
     */
    scaleParts?: Readonly<Record<string, number>>;
    /**
     * Words that may stand between a fraction and the scale it takes a part of (`half a million`, `a
     * quarter of a million`, `un quart de million`), one to two words. A fraction right before a scale
     * word of a thousand or more is that part of it (`чверть мільйона`, `een kwart miljoen`: 250,000).
     */
    scaleLinks?: readonly string[];
    /**
     * Parts glued before a scale word (`півмільйона`, `полмиллиона`, `Viertelmillion`): read as one number
     * word, the part times the scale, for each scale word of a thousand or more. Lowercase.
     */
    gluedScaleParts?: Readonly<Record<string, number>>;
  };
  /**
   * Words for "new" that start a place named after another (`New Mexico`, `Nieuw-Mexico`, `New Jersey`,
   * `Нью-Джерсі`, `نيو مكسيكو`): a country name right after one, joined by a space or hyphen, is that
   * other place, no country. Countries whose own name starts so (`New Zealand`) are read whole first. Lowercase.
   */
  newPlaceWords?: readonly string[];
  /**
   * Prepositions that, right before hours and minutes joined by a dot, make them a time of day as a clock
   * word does (`о 15.00`, `об 11.30`): where the dot is no decimal mark, `15.03` is otherwise a date. Lowercase.
   */
  timePrepositions?: readonly string[];
  /**
   * Words between an ordinal word of a day and its month (`الخامس من مارس`, "the fifth of March"); where
   * the script glues its article, not after a definite noun, whose adjective the ordinal then is
   * (`النصف الثاني من نوفمبر`, the second half of November). Lowercase.
   */
  dayMonthLinks?: readonly string[];
  /** Whether dates may put the month first (`2/20/2025`, `February 20`), as US English does. */
  monthFirstDates?: boolean;
  /**
   * Year markers that stand only before a year, never after it (`in 2025`, `i år`, `im Jahr`): `2025 in`
   * is no marked year. Lowercase; each is also listed in `yearMarkers`.
   */
  yearPrepositions?: readonly string[];
  /**
   * Words that join a day and month to a year marker standing before the year (`30 سبتمبر من عام 1882`:
   * "30 September of the year 1882"). Lowercase.
   */
  yearLinks?: readonly string[];
  /**
   * Scale letters glued to an amount of money (`$5m`, `£2bn`, `€3M`, `50k`), case as written: read as a scale
   * only right after digits that follow a currency sign, since alone they are units (`100m`, `5k`).
   */
  currencyScaleLetters?: Readonly<Record<string, number>>;
  /**
   * Currency abbreviations written with letters before an amount, glued or spaced (`Rp5 juta`, `Rp 5 T`),
   * case as written: they stand for a currency sign (so the scale letters after the amount read) and make
   * the digits glued to them no code.
   */
  currencyWords?: readonly string[];
  /**
   * Scale words a number word is written together with (Dutch `vijfduizend`, Swedish `femtusen`, German
   * `fünftausend`): every number word below a thousand glued before one is a number, in the tables; and
   * the number reader cuts a longer word at them, thousands first (`tweehonderdvijftig`,
   * `tvåtusenfemhundra`; see `readers/closed-numbers.ts`). Lowercase.
   */
  compoundScales?: Readonly<Record<string, number>>;
  /**
   * Prepositions and articles that may stand between an approximation and its number (`більше ніж через
   * три місяці`, `понад у 30 країнах`, `more than the 20.4 million`, `meer dan de 20,4 miljoen`): the
   * approximation still bounds the number. Lowercase.
   */
  approximationPrepositions?: readonly string[];
  /**
   * Approximations written after the number and the word it counts (`ثلاثة أيام على الأقل`, "three days
   * at least"). One to three words, lowercase.
   */
  approximationsAfter?: Readonly<Record<string, 'approximately' | 'more-than' | 'less-than' | 'at-least' | 'at-most'>>;
  /**
   * Endings joined by a hyphen to a year that make it the decade it starts (`1930-х`, `1930-an`): the
   * year is read, the ending is no code. Lowercase.
   */
  decadeSuffixes?: readonly string[];
  /**
   * Words before a decade written with its last two digits (`années 80`, `jaren 80`): the decade of the
   * 1900s. The same decade with a hyphenated `decadeSuffixes` ending (`80-х`, `80-an`) is read too. Lowercase.
   */
  decadeWords?: readonly string[];
  /**
   * Plural words for years after which tens written as an ordinal are a decade of the 1900s (`30-е годы`,
   * `тридцятих роках`: the 1930s), where the language writes decades so. Lowercase.
   */
  decadeYearWords?: readonly string[];
  /**
   * Words that name a decade of the 1900s by themselves, each mapped to the decade's last two digits
   * (`التسعينيات`, `nittiotalet`: the 1990s, 90). Lowercase.
   */
  decadeNames?: Readonly<Record<string, number>>;
  /**
   * The dual of counted nouns, a count of two by itself (Arabic `يومين` "two days", `ساعتين`, `دولارين`):
   * `endings` make the dual of a singular (`ان`, `ين`), `stemChanges` rewrite the singular's end before
   * them (`ة` → `ت`: `ساعة`, `ساعتين`). The nouns are `nouns` plus the language's units of time and of
   * measure (check vocabulary `timeUnits`, `unitWords`) of at least `minNounLetters` letters, so no
   * other word with such an ending is read. Lowercase.
   */
  duals?: {
    endings: readonly string[];
    stemChanges?: ReadonlyArray<readonly [from: string, to: string]>;
    nouns: readonly string[];
    minNounLetters: number;
  };
  /**
   * Phrases adding a half to a number written in words, right after it or after it and the noun it
   * counts (`two and a half`, `två och en halv timme`, `два з половиною`, `ساعتين ونصف`, `ثلاث ساعات
   * ونصف`): the number is its value and a half. One to three words, lowercase.
   */
  halfAfter?: readonly string[];
  /**
   * Phrases adding a half only right after the number words, never after their noun (Indonesian `dua
   * setengah jam`, while `orang setengah baya` is "middle-aged people"). Lowercase.
   */
  halfRightAfter?: readonly string[];
  /**
   * Words that give an amount by its order of magnitude alone, never a figure (`сотні`, `десятки`,
   * `tientallen`, `puluhan`, `hundratals`, `عشرات`, "dozens"): read as no count, so no reader takes one
   * for a number and no figure of another version is held against it. A word that is also a scale
   * (`сотні` in `три сотні`, 300) is still read so after a number. Lowercase.
   */
  vagueAmounts?: readonly string[];
  /**
   * Words spelling a number that in running text name something else, read as no count (Arabic `الاثنين`,
   * "the two", is Monday: `يوم الاثنين`, `الاثنين الماضي`). Lowercase.
   */
  notCounts?: readonly string[];
  /** Scale words written as abbreviations that may keep their dot (`млн.`, `mln.`, `jt.`). Lowercase. */
  scaleAbbreviations?: readonly string[];
  /**
   * Endings a name's stem may have lost once a case ending is stripped, tried to find the nominative
   * (`Кита|ю` → `Кита|й`, `Kin|as` → `Kin|a`). `''` tries the stem itself.
   */
  nominativeEndings?: readonly string[];
  /**
   * Endings a case changes at the end of a stem, each with the nominative's (Ukrainian dative and locative
   * `-і` after `к`, `г`, `х`: `Мексиці`, `Празі` for `Мексика`, `Прага`). Lowercase.
   */
  alternatingEndings?: ReadonlyArray<readonly [inflected: string, nominative: string]>;
  /**
   * Collective numbers made from ordinals by a prefix (Indonesian `kelima provinsi`, "the five provinces"):
   * the prefixed word directly before a content word counts, before the listed function words it is an ordinal.
   */
  collectiveNumbers?: { prefix: string; notBefore: readonly string[] };
  /**
   * Nouns a Roman numeral beside is an ordinal, centuries above all: the noun `after` it (`XIX століття`,
   * `XIX веке`, `XIXe siècle`) or `before` it (`abad XIX`). Lowercase, every form.
   */
  romanOrdinalNouns?: { before?: readonly string[]; after?: readonly string[] };
  /** Nouns that number their instances (`Lager 3`, `camp IV`, `розділ 2`): the number after them is a label. Lowercase. */
  numberedNouns?: readonly string[];
  /** Case endings stripped from a name before its cross-script key is made (Ukrainian `-ові`, `-ою`). Lowercase. */
  keyCaseEndings?: readonly string[];
  /**
   * Letter groups this language writes for the sounds of names it transliterates from other scripts,
   * each with the spelling cross-script keys read (German `tsch` → `ch`, `w` → `v`: `Gorbatschow`,
   * `Lawrow`). A name's key is also made from it respelt so, since the language writes names of its own
   * script as they are (`Willoughby`). Lowercase, diacritics folded.
   */
  nameSpellings?: ReadonlyArray<readonly [string, string]>;
  /**
   * Whether `.` and `,` may each group thousands or mark decimals: before exactly three digits they group
   * (`1.000`, `1,000`), before other digit counts they mark decimals. True for languages without tables.
   */
  ambiguousSeparators?: boolean;
  /**
   * Marks that group thousands before exactly three digits and mark decimals before one or two, beside
   * the decimal separator (the Arabic press writing Latin digits: `2,3%`, `12،6 مليار` beside `1,000`).
   */
  shortDecimalMarks?: readonly string[];
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


/** What language detection reads: frequent function words and letters only this language uses. */
export interface DetectionData {
  /** Frequent short words; words shared with other languages of the script count for each. Lowercase. */
  functionWords?: readonly string[];
  /** Letters that mark this language among those sharing its script (uk `ї є ґ`, ru `ы э`, fa `پ چ`). */
  distinctiveLetters?: readonly string[];
  /** Share of the script's letters that the distinctive letters must pass to decide (fa: 0.01); default 0. */
  distinctiveShare?: number;
  /** How sure a decision by letters or by default is, before weighting by the script's share of the letters. */
  confidence?: number;
  /** Of the languages sharing a script, the one assumed when nothing else decides (uk among Cyrillic, ar among Arabic). */
  scriptDefault?: boolean;
}

// Country adjectives and demonyms (`Vietnamese`, `chinesisch`, `الصيني`, `китайської`): hand-written, since
// CLDR has territory names but no adjective forms. They name a country as surely as its name does
// ("de Communistische Partij van Vietnam" = "الحزب الشيوعي الفيتنامي"), so the check stage reads them as
// countries (extractAnchors option `demonyms`). Reviewed in docs/lang/demonyms.md, which names the sources.
//
// Each language lists stems and the endings its adjectives and nouns take; every stem + ending is a form.
// A few forms that are also common first names or surnames are left out (nl `Frans`, `Engels`).

/** Adjective and demonym stems of one language, by ISO 3166-1 alpha-2 code, with the endings they take. */
export interface DemonymData {
  /** Endings added to every stem (`''` keeps the stem itself). */
  endings: readonly string[];
  /** Stems by country code; lowercase. */
  stems: Readonly<Record<string, readonly string[]>>;
  /** Whether the language writes these forms with a capital (nl, en, id): then only capitalised words count. */
  capitalised: boolean;
  /**
   * Inhabitant nouns that decline unlike the adjectives (uk `іспанець`, `іспанця`; ru `шведы`): each class
   * its own endings and stems by country code, lowercase.
   */
  nounClasses?: ReadonlyArray<{ endings: readonly string[]; stems: Readonly<Record<string, readonly string[]>> }>;
  /** Prefixes of compass points that make a region of a country in one word (`Westnepal`, `Nordvietnam`). */
  compassPrefixes?: readonly string[];
  /** Compass compounds that are no region of the country their remainder names (`nordirland`), lowercase. */
  compassExceptions?: readonly string[];
  /**
   * Combining forms by country code, lowercase, that name a country only as the first part of a
   * hyphenated compound (`germano-suisse`, `anglo-amerikanisch`): alone they are names (`Franco`).
   */
  combiningForms?: Readonly<Record<string, readonly string[]>>;
  /**
   * Countries named like a continent (the United States, "America") and the words that make their
   * demonym the continent's part when joined before it by a hyphen or space (`Zuid-Amerikaanse`, `Latin
   * American`, `nord-américain`: South, Latin, North America, no country). Lowercase.
   */
  continentNamesakes?: { countries: readonly string[]; regionWords: readonly string[] };
}


/**
 * One language in the registry (src/lang/registry.ts): everything the project knows about it, from one
 * folder `src/lang/<code>/`. Only `code`, `name`, `script` and `direction` are required: a language with
 * no segmentation rules of its own is segmented by the generic profile but still has its words read.
 */
export interface LanguageDefinition {
  /** BCP 47 primary subtag (`uk`, `de`). */
  code: string;
  /** English name, for messages. */
  name: string;
  /** ISO 15924 script (`Latn`, `Cyrl`, `Arab`). */
  script: string;
  direction: 'ltr' | 'rtl';
  /** The full profile, when the language has segmentation rules of its own. */
  profile?: LanguageProfile;
  /** Anchor rules (CLDR tables plus the hand-written layer), when the language has any. */
  anchors?: AnchorRules;
  /** The hand-written layer of `anchors`, for the readable snapshot docs/lang/<code>.md. */
  handAnchors?: Partial<AnchorRules>;
  /** Words the check stage reads. */
  check?: CheckVocabulary;
  /** Country adjectives and demonyms. */
  demonyms?: DemonymData;
  /** What language detection reads. */
  detection?: DetectionData;
  /** Weekday names in running text. */
  weekdays?: WeekdayWords;
  /** Inflection, for finding a word's headword in a user's dictionary (`lexicon`). */
  morphology?: Morphology;
  /**
   * Non-space characters this language writes for one of English in news translated from English
   * (NTREX-128 documents 1–31, all ten languages; `npx tsx benchmarks/length-factors.ts` measures it).
   * The aligner's prior on a pair's length ratio: the ratio of the two languages' factors.
   */
  relativeLength?: number;
}

/**
 * How a language inflects, read to find the headword of a word of the text in a dictionary: every way of
 * removing one prefix and one suffix (each possibly replaced) that leaves a stem of `minStem` letters is
 * tried. Only general morphology (endings of a part of speech), no word of any text. Lowercase.
 */
export interface Morphology {
  /** Endings and what replaces each to give the headword (Swedish `['arna', '']`, `['er', 'a']` in `kommer`). */
  suffixes: ReadonlyArray<readonly [ending: string, replacement: string]>;
  /** Beginnings and what replaces each (Indonesian `['meny', 's']` in `menyapu`, `['di', '']`). */
  prefixes?: ReadonlyArray<readonly [start: string, replacement: string]>;
  /** Fewest letters the stem keeps once the affixes are gone. */
  minStem: number;
  /**
   * Whole-word templates and the headword template each gives, digits standing for the root's letters
   * (Arabic broken plurals: `['ا12ا3', '123']` reads `أمطار` as `مطر`). Tried on the word without its
   * clitics, as the affixes are.
   */
  templates?: ReadonlyArray<readonly [form: string, headword: string]>;
  /**
   * Whether a consonant doubles after a short vowel before an ending (Dutch and Swedish `man` / `mannen`):
   * a stem ending in a doubled consonant is also tried with one.
   */
  doubledConsonants?: boolean;
  /**
   * Whether a long vowel is written double in a closed syllable and once in an open one (Dutch `jaar` /
   * `jaren`, `maakt` / `maken`): a stem's last vowel is also tried doubled, and once where an ending follows.
   */
  openSyllableVowels?: boolean;
  /**
   * The vowel letters, lowercase without diacritics (`aeiou`), that tell the stem's consonants and
   * syllables apart for `doubledConsonants` and `openSyllableVowels`; without them neither applies.
   */
  vowels?: string;
}
