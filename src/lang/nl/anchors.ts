// Dutch: the hand-written layer over CLDR (approximations, percent words, sentence openers, titles).
import { cldrNl } from './cldr.js';
import { buildAnchorRules, spaceGroupSeparators, type HandAnchorData } from '../build.js';

/** Hand-written Dutch anchor data (reviewed in docs/lang/nl.md). */
export const nlHand: HandAnchorData = {
  numberWords: {
    tweeën: 2, drieën: 3,
    // A number and a half written as one word (`anderhalf uur`, `tweeënhalf miljard`).
    anderhalf: 1.5, tweeënhalf: 2.5, drieënhalf: 3.5, vierenhalf: 4.5, vijfenhalf: 5.5, zesenhalf: 6.5, zevenenhalf: 7.5, achtenhalf: 8.5, negenenhalf: 9.5, tienenhalf: 10.5,
    // How many times, in one word (`tweemaal`, `driemaal`), as others write `two times`; not `eenmaal` ("once and for all").
    tweemaal: 2, driemaal: 3, viermaal: 4, vijfmaal: 5, zesmaal: 6, zevenmaal: 7, achtmaal: 8, negenmaal: 9, tienmaal: 10,
  },
  // `tweeduizend`, and the hundreds past a thousand in one word (`vijftienhonderd`, 1500).
  compoundScales: { duizend: 1000, honderd: 100 },
  ordinalWords: {},
  scaleWords: { honderd: 100, mln: 1e6, mld: 1e9, mrd: 1e9, md: 1e9, miljoenen: 1e6, duizenden: 1000, biljoen: 1e12, bln: 1e12, dozijn: 12 },
  // "Tens", "hundreds": an order of magnitude, no figure.
  vagueAmounts: ['tientallen', 'honderden', 'duizenden', 'tienduizenden', 'honderdduizenden', 'dozijnen'],
  // A half added after a number in words (`twee en een half jaar`).
  halfAfter: ['en een half', 'en een halve'],
  // `om half tien`, `half tien uur`: 9:30 (the half before the hour named); `half` alone is any half.
  halfHours: { words: ['half'], hourOffset: -1, contextBefore: ['om', 'tegen', 'rond', 'vanaf', 'tot'] },
  // `twee derde`, `een derde van`: fractions (`een derde termijn` is an ordinal); `een kwart`, `drie kwart`
  // (`kwart over drie` is a time, with no number before it).
  // `een half miljoen`: half the scale.
  fractions: { nouns: { kwart: 4 }, nounsNeedCount: true, ordinalsAfterCount: true, partitiveWords: ['van'], scaleParts: { half: 0.5, halve: 0.5 } },
  newPlaceWords: ['nieuw', 'new'],
  // `in de jaren 80`: the decade of the 1900s its last two digits name.
  decadeWords: ['jaren'],
  approximations: {
    bijna: 'approximately', ongeveer: 'approximately', circa: 'approximately', 'ca.': 'approximately', "zo'n": 'approximately',
    rond: 'approximately', 'rond de': 'approximately', ruim: 'more-than', 'meer dan': 'more-than', 'minder dan': 'less-than', 'ten minste': 'at-least', tenminste: 'at-least', boven: 'more-than', 'boven de': 'more-than',
    minstens: 'at-least', minimaal: 'at-least', hooguit: 'at-most', maximaal: 'at-most', 'niet meer dan': 'at-most', 'hoger dan': 'more-than', 'lager dan': 'less-than',
  },
  // `meer dan de 20,4 miljoen`, `högre än de 20,4 miljoner`: an article between the approximation and its number.
  approximationPrepositions: ['de', 'het'],
  yearMarkers: ['jaar', 'in'],
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { 'volksrepubliek china': 'CN', 'groot-brittannië': 'GB', engeland: 'GB', VAE: 'AE', macedonië: 'MK', birma: 'MM', bosnië: 'BA' },
  ordinalSuffixes: ['e', 'de', 'ste', 'ste'],
  percentWords: ['%', 'pct', 'procent', 'percent', 'procentpunt', 'procentpunten'],
  // The genitive: `Ruttes`, and with an apostrophe after a long vowel or a sibilant (`Obama's`, `May's`, `Vargas'`).
  nameEndings: ['s', "'s", '’s', "'", '’'],
  groupGenitive: true,
  possessiveEndings: ["'s", '’s'],
  // Closed classes that open a sentence before a name (`Terwijl Jennifer Capriati`, `Volgens Maguire`): no part of it there.
  openingWords: [
    // prepositions
    'achter', 'behalve', 'binnen', 'boven', 'buiten', 'langs', 'na', 'naar', 'om', 'onder', 'ondanks', 'rond',
    'rondom', 'sinds', 'tegen', 'tot', 'tussen', 'vanaf', 'vanuit', 'vanwege', 'via', 'volgens', 'wegens', 'zonder',
    // conjunctions
    'aangezien', 'als', 'doordat', 'dus', 'hoewel', 'indien', 'nadat', 'noch', 'nu', 'ofschoon', 'omdat', 'tenzij',
    'terwijl', 'toen', 'totdat', 'voordat', 'want', 'wanneer', 'zoals', 'zodat', 'zodra',
    // pronouns and sentence adverbs
    'alleen', 'bovendien', 'daar', 'daarna', 'daarom', 'echter', 'eerder', 'er', 'hier', 'ik', 'inmiddels', 'intussen', 'jullie',
    'later', 'nog', 'ons', 'onze', 'slechts', 'toch', 'vervolgens', 'wel', 'zelfs', 'zo', 'zijn', 'haar', 'hun',
    // auxiliaries and modals, which open questions and inverted sentences (`Kan Rutte winnen?`)
    'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen', 'mag', 'mogen', 'heeft', 'hebben', 'wordt', 'worden', 'werd', 'werden',
    // interrogatives, which open questions and headlines (`Waarom Trump wint`)
    'waarom', 'hoe', 'waar', 'wie', 'wat', 'welk', 'welke', 'hoeveel', 'waardoor', 'waarmee',
  ],
  stopWords: [
    'de', 'het', 'een', 'en', 'of', 'maar', 'in', 'op', 'aan', 'van', 'voor', 'met', 'bij', 'uit', 'over', 'tijdens',
    'ter', 'ook', 'dit', 'dat', 'deze', 'die', 'hij', 'zij', 'ze', 'wij', 'we', 'beide', 'daarnaast',
    'tegelijkertijd', 'door', 'naast', 'vanmiddag', 'kameraad', 'kameraden', 'heer', 'bron', 'reactie', 'laat', 'een',
    'hetzelfde', 'dezelfde', 'secretaris', 'partijsecretaris', 'vicevoorzitter', 'voorzitter',
  ],
  labelWords: ['grensmarker*', 'marker*', 'nummer*', 'paal*', 'huisnummer*'],
  // Dutch writes Cyrillic names by its own letters: ч `tsj`, ш `sj`, ж `zj`, х `ch`, у `oe`, й `j` (`Chroesjtsjov`, `Sjtsjoekin`, `Zjoekov`).
  nameSpellings: [['tsj', 'ch'], ['sj', 'sh'], ['zj', 'zh'], ['ch', 'kh'], ['oe', 'u'], ['j', 'y'], ['w', 'v']],
  // Not `van` ("of": `Partijcomité van Quang Ninh`) nor `de`, the article.
  nameParticles: ['bin', 'ibn', 'ben', 'al', 'el', 'von', 'der', 'den', 'da', 'dos'],
  personTitles: [
    'kameraad', 'heer', 'mevrouw', 'dhr.', 'mevr.', 'president', 'premier', 'partijsecretaris', 'secretaris', 'voorzitter', 'minister', 'senator',
    // Offices, ranks and roles written before a name, capitalised at a sentence's start (`Burgemeester
    // Halsema`, `Bondscoach Koeman`). Not `koning`, `prins`, `paus`: surnames too.
    'burgemeester', 'gouverneur', 'kanselier', 'ambassadeur', 'rechter', 'professor', 'generaal', 'kapitein', 'bisschop', 'dominee',
    'pastoor', 'woordvoerder', 'directeur', 'bondscoach', 'trainer', 'coach', 'aanvoerder', 'scheidsrechter',
  ],
  coordinators: ['en', 'of'],
  rangeWords: ['tot'],
  dayWords: ['op'],
  // `vierde` is also "celebrated": before an article, a possessive or a subject it is the verb (`vierde zijn verjaardag`, `vierde hij`).
  notAfterOrdinals: [
    'de', 'het', 'een', "'n", 'zijn', 'haar', 'hun', 'mijn', 'ons', 'onze', 'uw', 'jouw', 'deze', 'dit', 'die', 'dat',
    'hij', 'zij', 'ze', 'wij', 'we', 'jij', 'je', 'men',
  ],
  yearPrepositions: ['in'],
  scaleAbbreviations: ['mln', 'mld', 'mrd', 'md', 'bln'],
  nominativeEndings: ['', 'a'],
  numberedNouns: ['kamp', 'hoofdstuk', 'deel'],
};

/** Dutch anchor rules: CLDR tables plus {@link nlHand}. */
export const nlAnchorRules = buildAnchorRules(cldrNl, nlHand, { decimalSeparator: ',', groupSeparators: ['.', ...spaceGroupSeparators] });
