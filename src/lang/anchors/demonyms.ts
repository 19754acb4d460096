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
  /** Prefixes of compass points that make a region of a country in one word (`Westnepal`, `Nordvietnam`). */
  compassPrefixes?: readonly string[];
  /**
   * Combining forms by country code, lowercase, that name a country only as the first part of a
   * hyphenated compound (`germano-suisse`, `anglo-amerikanisch`): alone they are names (`Franco`).
   */
  combiningForms?: Readonly<Record<string, readonly string[]>>;
}

/** Latin combining forms shared by de, fr, en, nl and sv (`anglo-`, `franco-`, `italo-`). */
const latinCombiningForms: Readonly<Record<string, readonly string[]>> = {
  GB: ['anglo'],
  FR: ['franco', 'franko'],
  DE: ['germano'],
  IT: ['italo'],
  ES: ['hispano'],
  RU: ['russo'],
  AT: ['austro'],
  JP: ['nippo'],
  CH: ['helvéto', 'helvético'],
};

/** German: `chinesisch(e|en|er|es|em)`, `Chinese(n)`, `Japaner(in|innen)`; `sino-` as in `sino-tibetisch`. */
const de: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e', 'en', 'er', 'es', 'em', 'n', 'in', 'innen'],
  capitalised: false,
  stems: {
    VN: ['vietnamesisch', 'vietnamese'],
    CN: ['chinesisch', 'chinese', 'sino'],
    NP: ['nepalesisch', 'nepalisch', 'nepalese', 'nepali'],
    IN: ['indisch', 'inder'],
    PK: ['pakistanisch', 'pakistaner'],
    BT: ['bhutanisch', 'bhutaner'],
    JP: ['japanisch', 'japaner'],
    CH: ['schweizerisch', 'schweizer'],
    AT: ['österreichisch', 'österreicher'],
    DE: ['deutsch'],
    FR: ['französisch', 'franzose'],
    IT: ['italienisch', 'italiener'],
    ES: ['spanisch', 'spanier'],
    GB: ['britisch', 'brite', 'englisch', 'engländer'],
    US: ['amerikanisch', 'amerikaner'],
    RU: ['russisch', 'russe'],
    PL: ['polnisch'],
    NO: ['norwegisch', 'norweger'],
    PE: ['peruanisch', 'peruaner'],
    AR: ['argentinisch', 'argentinier'],
    CL: ['chilenisch', 'chilene'],
  },
  compassPrefixes: ['nordost', 'nordwest', 'südost', 'südwest', 'nord', 'süd', 'ost', 'west', 'zentral', 'mittel'],
};

/** French: `chinois(e|es)`, `vietnamien(ne|nes|s)`; `sino-` as in `sino-soviétique`. */
const fr: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e', 's', 'es', 'ne', 'nes'],
  capitalised: false,
  stems: {
    VN: ['vietnamien'],
    CN: ['chinois', 'sino'],
    NP: ['népalais'],
    IN: ['indien'],
    PK: ['pakistanais'],
    BT: ['bhoutanais'],
    JP: ['japonais', 'nippon'],
    CH: ['suisse', 'helvétique'],
    AT: ['autrichien'],
    DE: ['allemand'],
    FR: ['français'],
    IT: ['italien'],
    ES: ['espagnol'],
    GB: ['britannique', 'anglais'],
    US: ['américain'],
    RU: ['russe'],
    PL: ['polonais'],
    NO: ['norvégien'],
    PE: ['péruvien'],
    AR: ['argentin'],
    CL: ['chilien'],
  },
};

/** English: `Chinese`, `Pakistani(s)`, `Sino-`. */
const en: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 's'],
  capitalised: true,
  stems: {
    VN: ['vietnamese'],
    CN: ['chinese', 'sino'],
    NP: ['nepalese', 'nepali'],
    IN: ['indian'],
    PK: ['pakistani'],
    BT: ['bhutanese'],
    JP: ['japanese'],
    CH: ['swiss'],
    AT: ['austrian'],
    DE: ['german'],
    FR: ['french'],
    IT: ['italian'],
    ES: ['spanish', 'spaniard'],
    GB: ['british', 'briton', 'english'],
    US: ['american'],
    RU: ['russian'],
    PL: ['polish'],
    NO: ['norwegian'],
    PE: ['peruvian'],
    AR: ['argentine', 'argentinian'],
    CL: ['chilean'],
  },
};

/** Dutch: `Vietnamees`/`Vietnamese`, `Chinees`/`Chinese`/`Chinezen`, `Pakistaans(e)`. */
const nl: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'e'],
  capitalised: true,
  stems: {
    VN: ['vietnamees', 'vietnames', 'vietnamezen'],
    CN: ['chinees', 'chines', 'chinezen', 'sino'],
    NP: ['nepalees', 'nepales', 'nepalezen'],
    IN: ['indiaas', 'indias', 'indiër', 'indiërs'],
    PK: ['pakistaans', 'pakistaan', 'pakistanen'],
    BT: ['bhutaans'],
    JP: ['japans', 'japanner', 'japanners'],
    CH: ['zwitsers', 'zwitser'],
    AT: ['oostenrijks', 'oostenrijker', 'oostenrijkers'],
    DE: ['duits', 'duitser', 'duitsers'],
    FR: ['franse', 'fransman', 'fransen'],
    IT: ['italiaans', 'italiaan', 'italianen'],
    ES: ['spaans', 'spanjaard', 'spanjaarden'],
    GB: ['brits', 'brit', 'engelse', 'engelsman'],
    US: ['amerikaans', 'amerikaan', 'amerikanen'],
    RU: ['russisch', 'rus', 'russen'],
    PL: ['pools', 'polen'],
    NO: ['noors', 'noor', 'noren'],
    PE: ['peruaans'],
    AR: ['argentijns'],
    CL: ['chileens'],
  },
  compassPrefixes: ['noordoost', 'noordwest', 'zuidoost', 'zuidwest', 'noord', 'zuid', 'oost', 'west', 'midden', 'centraal'],
};

/** Swedish: `kinesisk(a|t)`, `vietnames(er|erna)`. */
const sv: DemonymData = {
  combiningForms: latinCombiningForms,
  endings: ['', 'a', 't', 'er', 'erna'],
  capitalised: false,
  stems: {
    VN: ['vietnamesisk', 'vietnames'],
    CN: ['kinesisk', 'kines'],
    NP: ['nepalesisk', 'nepales'],
    IN: ['indisk', 'indier'],
    PK: ['pakistansk', 'pakistanier'],
    BT: ['bhutansk'],
    JP: ['japansk', 'japan'],
    CH: ['schweizisk', 'schweizar'],
    AT: ['österrikisk', 'österrikar'],
    DE: ['tysk'],
    FR: ['fransk', 'fransman', 'fransmän'],
    IT: ['italiensk', 'italien'],
    ES: ['spansk', 'spanjor'],
    GB: ['brittisk', 'britt', 'engelsk', 'engelsman', 'engelsmän'],
    US: ['amerikansk', 'amerikan'],
    RU: ['rysk', 'ryss'],
    PL: ['polsk'],
    NO: ['norsk'],
    PE: ['peruansk'],
    AR: ['argentinsk'],
    CL: ['chilensk'],
  },
  compassPrefixes: ['nordost', 'nordväst', 'sydost', 'sydväst', 'nord', 'syd', 'öst', 'väst', 'mellan', 'central'],
};

/** Indonesian uses the country name as the adjective (`Partai Komunis Vietnam`); `Tionghoa` is Chinese. */
const id: DemonymData = {
  endings: [''],
  capitalised: true,
  stems: { CN: ['tionghoa'] },
};

/**
 * Ukrainian: adjectives in `-ськ-`/`-цьк-` in every case and gender (`китайський`, `китайської`,
 * `китайським`), and the combining form in `-о` (`в'єтнамсько-китайський`).
 */
const uk: DemonymData = {
  endings: ['ий', 'а', 'е', 'ого', 'ої', 'ому', 'ій', 'им', 'ою', 'у', 'і', 'их', 'ими', 'о'],
  capitalised: false,
  stems: {
    VN: ["в'єтнамськ"],
    CN: ['китайськ'],
    NP: ['непальськ'],
    IN: ['індійськ'],
    PK: ['пакистанськ'],
    BT: ['бутанськ'],
    JP: ['японськ'],
    CH: ['швейцарськ'],
    AT: ['австрійськ'],
    DE: ['німецьк'],
    FR: ['французьк'],
    IT: ['італійськ'],
    ES: ['іспанськ'],
    GB: ['британськ', 'англійськ'],
    US: ['американськ'],
    RU: ['російськ'],
    PL: ['польськ'],
    NO: ['норвезьк'],
    PE: ['перуанськ'],
    AR: ['аргентинськ'],
    CL: ['чилійськ'],
  },
};

/**
 * Arabic: the nisba adjective (`صيني`, `الصينية`, `الصينيين`), masculine, feminine and plural; the
 * extractor strips the article and clitics (`وال`, `لل`) before looking a word up.
 */
const ar: DemonymData = {
  endings: ['', 'ة', 'ين', 'ون', 'ان', 'تين'],
  capitalised: false,
  stems: {
    VN: ['فيتنامي'],
    CN: ['صيني'],
    NP: ['نيبالي'],
    IN: ['هندي'],
    PK: ['باكستاني'],
    BT: ['بوتاني'],
    JP: ['ياباني'],
    CH: ['سويسري'],
    AT: ['نمساوي'],
    DE: ['ألماني'],
    FR: ['فرنسي'],
    IT: ['إيطالي'],
    ES: ['إسباني'],
    GB: ['بريطاني', 'إنجليزي', 'إنكليزي'],
    US: ['أمريكي', 'أميركي'],
    RU: ['روسي'],
    PL: ['بولندي'],
    NO: ['نرويجي'],
    PE: ['بيروفي'],
    AR: ['أرجنتيني'],
    CL: ['تشيلي'],
  },
};

/** Demonym data by language (primary subtag). */
export const demonymData: Readonly<Record<string, DemonymData>> = { de, fr, en, nl, sv, id, uk, ar };
