// Swedish: the hand-written layer over CLDR (genitive -s, approximations, sentence openers, titles).
import { cldrSv } from './cldr.js';
import { buildAnchorRules, spaceGroupSeparators, type HandAnchorData } from '../build.js';

/** Hand-written Swedish anchor data (reviewed in docs/lang/sv.md). */
export const svHand: HandAnchorData = {
  numberWords: { hundra: 100, tusen: 1000, halvannan: 1.5, halvannat: 1.5 },
  // `tvåtusen`, and the hundreds past a thousand in one word (`femtonhundra`, 1500).
  compoundScales: { tusen: 1000, hundra: 100 },
  ordinalWords: {},
  scaleWords: { hundra: 100, miljoner: 1e6, miljarder: 1e9, mn: 1e6, milj: 1e6, md: 1e9, mdr: 1e9, tkr: 1000, mkr: 1e6, mdkr: 1e9, tusentals: 1000, biljon: 1e12, biljoner: 1e12, dussin: 12 },
  // A decade of the 1900s named in one word (`på nittiotalet`, `åttiotalets musik`: the 1990s, 1980s);
  // not `tjugotalet`, which is the 1920s or the 2020s, nor the indefinite `ett tjugotal`, "some twenty".
  decadeNames: Object.fromEntries(
    Object.entries({ trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90 }).flatMap(([tens, value]) =>
      ['talet', 'talets'].map((ending) => [`${tens}${ending}`, value]),
    ),
  ),
  // "Tens", "hundreds": an order of magnitude, no figure (`tiotals människor`, `hundratals hus`).
  vagueAmounts: ['tiotals', 'hundratals', 'tusentals', 'tiotusentals', 'hundratusentals', 'miljontals', 'dussintals'],
  // A half added after a number in words (`två och en halv timme`).
  halfAfter: ['och en halv', 'och ett halvt'],
  // `klockan halv tio`: 9:30 (the half before the hour named); `halv` alone is any half.
  halfHours: { words: ['halv'], hourOffset: -1, contextBefore: ['vid', 'till', 'från'] },
  fractions: {
    nouns: {
      tredjedel: 3, tredjedelen: 3, tredjedelar: 3, tredjedelarna: 3, fjärdedel: 4, fjärdedelen: 4, fjärdedelar: 4, fjärdedelarna: 4,
      femtedel: 5, femtedelen: 5, femtedelar: 5, femtedelarna: 5, tiondel: 10, tiondelen: 10, tiondelar: 10, tiondelarna: 10,
    },
    // `en halv miljon`, `en kvarts miljon`: a part of the scale.
    scaleParts: { halv: 0.5, halva: 0.5, halvt: 0.5, kvarts: 0.25 },
  },
  newPlaceWords: ['nya', 'new'],
  approximations: {
    nästan: 'approximately', cirka: 'approximately', 'ca.': 'approximately', ca: 'approximately', omkring: 'approximately',
    ungefär: 'approximately', runt: 'approximately', knappt: 'approximately', drygt: 'more-than', över: 'more-than', överstiger: 'more-than', översteg: 'more-than',
    'mer än': 'more-than', 'fler än': 'more-than', 'mindre än': 'less-than', 'färre än': 'less-than', minst: 'at-least',
    högst: 'at-most', 'upp till': 'at-most', 'högre än': 'more-than', 'lägre än': 'less-than',
  },
  // `meer dan de 20,4 miljoen`, `högre än de 20,4 miljoner`: an article between the approximation and its number.
  approximationPrepositions: ['de', 'den', 'det'],
  yearMarkers: ['år', 'året', 'under', 'i'],
  // `30-talet`, `1930-talets`: the decade, as `trettiotalet` is.
  decadeSuffixes: ['talet', 'talets'],
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia, Belorussia).
  countryNames: { england: 'GB', 'förenade kungariket': 'GB', makedonien: 'MK', burma: 'MM', bosnien: 'BA', vitryssland: 'BY' },
  ordinalSuffixes: ['e', 'a', 'årsdag*', 'årsjubileum*'],
  percentWords: ['%', 'proc', 'procent', 'procentenhet', 'procentenheter', 'procentenheterna'],
  nameEndings: ['s'],
  groupGenitive: true,
  // Closed classes that open a sentence before a name (`Medan Ri`, `Eftersom Trump`): no part of it there.
  openingWords: [
    // prepositions
    'bakom', 'bland', 'bredvid', 'emot', 'förbi', 'före', 'hos', 'inför', 'innan', 'kring', 'längs', 'mellan',
    'mot', 'sedan', 'trots', 'utan', 'utanför', 'ur', 'via', 'åt', 'över',
    // conjunctions
    'då', 'eftersom', 'fast', 'fastän', 'medan', 'samt', 'så', 'tills', 'ty', 'varför',
    // pronouns and sentence adverbs
    'alltså', 'bara', 'därefter', 'därför', 'där', 'dock', 'endast', 'här', 'hennes', 'jag', 'just', 'kanske',
    'nu', 'också', 'redan', 'sådan', 'även', 'ändå', 'deras', 'vår', 'våra',
    // auxiliaries and modals, which open questions and inverted sentences (`Kan Löfven vinna?`)
    'kan', 'kunde', 'ska', 'skall', 'skulle', 'måste', 'vill', 'ville', 'har', 'hade', 'blir', 'blev',
    // interrogatives, which open questions and headlines (`Hur Löfven vann`)
    'hur', 'vad', 'vem', 'vems', 'vilken', 'vilket', 'vilka', 'varifrån', 'vart',
  ],
  // `andra` is "second" and "other": the ordinal after a determiner or before a definite singular noun.
  ordinalsAlsoOther: {
    words: ['andra', 'andre'],
    determiners: ['den', 'det', 'ett', 'sin', 'sitt', 'hans', 'hennes', 'dess', 'deras', 'vår', 'vårt', 'min', 'mitt', 'din', 'ditt', 'er', 'ert'],
    definiteEndings: ['en', 'et', 'an'],
    sides: ['sidan', 'handen'],
  },
  stopWords: [
    'den', 'det', 'de', 'en', 'ett', 'och', 'eller', 'men', 'i', 'på', 'av', 'för', 'med', 'vid', 'till', 'från',
    'om', 'under', 'efter', 'genom', 'inom', 'utom', 'enligt', 'detta', 'denna', 'dessa', 'han', 'hon', 'vi', 'ni',
    'man', 'som', 'när', 'därigenom', 'dessutom', 'framför', 'utifrån', 'till', 'följaktligen', 'baserat', 'kamrat',
    'källa', 'kommentar', 'president', 'ordförande', 'direkt', 'med', 'sekreterare', 'det', 'de',
    // The English place type Swedish keeps in foreign city names (`Ha Long City`, `Mong Cai Citys`): part of no name.
    'city', 'citys',
  ],
  labelWords: ['gränsmarkör*', 'markör*', 'nummer*', 'gränssten*'],
  // Swedish writes Cyrillic names by its own letters: щ `sjtj`, ч `tj`, ш `sj`, ж `zj`, х `ch`, й `j` (`Chrusjtjov`, `Gorbatjov`, `Zjukov`).
  nameSpellings: [['sjtj', 'shch'], ['tj', 'ch'], ['sj', 'sh'], ['zj', 'zh'], ['ch', 'kh'], ['j', 'y'], ['w', 'v']],
  // `mr`/`ms`/`dr`, which translations keep. Not the definite forms (`premiärministern Mays`): the name
  // after them is often a genitive of the title's holder, read as another name.
  // Not `de`: a pronoun and article.
  nameParticles: ['bin', 'ibn', 'ben', 'al', 'el', 'von', 'van', 'der', 'af', 'da', 'dos'],
  personTitles: [
    'kamrat', 'president', 'ordförande', 'herr', 'fru', 'sekreterare', 'premiärminister', 'partisekreterare', 'mr', 'mr.', 'ms', 'ms.', 'dr', 'dr.',
    // Offices written before a name, capitalised at a sentence's start (`Statsminister Löfven`).
    'statsminister', 'utrikesminister', 'minister', 'förbundskansler', 'kansler', 'senator', 'guvernör', 'ambassadör',
    // Ranks and roles before a name (`Förbundskapten Andersson`, `Tränare Ancelotti`). Not `kung`, `prins`: surnames too; not `general`: `General Motors`.
    'borgmästare', 'domare', 'professor', 'kapten', 'biskop', 'pastor', 'påven', 'drottning', 'talesperson', 'direktör',
    'förbundskapten', 'tränare', 'coach', 'lagkapten',
  ],
  coordinators: ['och', 'eller'],
  rangeWords: ['till'],
  dayWords: ['den'],
  yearPrepositions: ['i', 'under'],
  scaleAbbreviations: ['mn', 'milj', 'md', 'mdr'],
  nominativeEndings: ['', 'a'],
  numberedNouns: ['läger', 'volym'],
};

/** Swedish anchor rules: CLDR tables plus {@link svHand}. */
export const svAnchorRules = buildAnchorRules(cldrSv, svHand, { decimalSeparator: ',', groupSeparators: [...spaceGroupSeparators] });
