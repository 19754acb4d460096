// French: the hand-written layer over CLDR (forms CLDR lacks, word lists).
import { buildAnchorRules, spaceGroupSeparators, type HandAnchorData } from '../build.js';
import { cldrFr } from './cldr.js';

/** Hand-written French anchor data. */
export const frHand: HandAnchorData = {
  // Belgian and Swiss tens beside CLDR's.
  numberWords: { septante: 70, huitante: 80, octante: 80, nonante: 90 },
  // `milliers` counts an indefinite many; `Md`, `Mds`, `mrd` are how figures are written (`3 Mds €`).
  scaleWords: { cent: 100, cents: 100, milliers: 1000, millier: 1000, billion: 1e12, billions: 1e12, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, mln: 1e6, douzaine: 12, douzaines: 12 },
  // "About ten", "hundreds": an order of magnitude, no figure (`une dizaine`, `des centaines`).
  // `deux ans et demi`, `trois heures et demie`.
  halfAfter: ['et demi', 'et demie'],
  // `un tiers`, `deux tiers`, `trois quarts`; `pays tiers` is no fraction.
  // `un demi-million`, `un quart de million`.
  fractions: { nouns: { tiers: 3, quart: 4, quarts: 4 }, nounsNeedCount: true, scaleParts: { demi: 0.5 }, scaleLinks: ['de'] },
  newPlaceWords: ['nouveau', 'nouvelle', 'new'],
  vagueAmounts: ['dizaine', 'dizaines', 'vingtaine', 'vingtaines', 'trentaine', 'quarantaine', 'cinquantaine', 'centaine', 'centaines', 'milliers'],
  currencyScaleLetters: { k: 1000, M: 1e6, Md: 1e9, Mds: 1e9 },
  scaleAbbreviations: ['md', 'mds', 'mrd', 'mrds', 'mln'],
  // `dans les années 80`: the decade of the 1900s its last two digits name.
  decadeWords: ['années'],
  // `d’octobre`, `l’an 2000`, `plus d’un million`; not `jusqu’`, which `jusqu’à` keeps as one approximation.
  elidedWords: { c: 'ce', d: 'de', j: 'je', l: 'le', m: 'me', n: 'ne', s: 'se', t: 'te', qu: 'que' },
  yearMarkers: ['an', 'année', 'en'],
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { 'grande-bretagne': 'GB', angleterre: 'GB', macédoine: 'MK', birmanie: 'MM', bosnie: 'BA' },
  percentWords: ['%', 'pour cent', 'pourcent', 'point de pourcentage', 'points de pourcentage'],
  approximations: { presque: 'approximately', environ: 'approximately', près: 'approximately', quelque: 'approximately', approximativement: 'approximately', 'autour de': 'approximately', 'jusqu’à': 'at-most', "jusqu'à": 'at-most', 'plus de': 'more-than', 'moins de': 'less-than', 'au moins': 'at-least', 'au plus': 'at-most' },
  // `près de 1 000`, `près d’un tiers`: the preposition between the approximation and its number.
  approximationPrepositions: ['de'],
  ordinalSuffixes: ['e', 'er', 're', 'ème', 'ième'],
  seriesStartOrdinals: ['premiers', 'premières'],
  stopWords: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'au', 'aux', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'ce', 'cette', 'ces', 'cet', 'qui', 'que', 'quand', 'comme', 'si', 'mais', 'donc', 'ainsi', 'alors', 'puis',
    // Titles, offices and kinds of storm or place before a name (`le Président Trump`, `l’ouragan Rosa`).
    'président', 'présidente', 'ministre', 'sénateur', 'sénatrice', 'gouverneur', 'maire', 'juge', 'entraîneur', 'père', 'roi', 'reine',
    'prince', 'princesse', 'pape', 'évêque', 'professeur', 'ouragan', 'l’ouragan', "l'ouragan", 'tempête', 'typhon', 'cyclone', 'province'],
  // French writes ч as `tch` (`Khrouchtchev`, `Gorbatchev`, `Tchaïkovski`).
  nameSpellings: [['tch', 'ch']],
  // Not `de` ("of": `Comité de Quang Ninh`).
  nameParticles: ['bin', 'ben', 'ibn', 'al', 'el', 'von', 'van', 'der', 'da', 'dos'],
  personTitles: [
    'm.', 'mme', 'monsieur', 'madame', 'président', 'ministre',
    // Ranks and roles before a name (`Chancelier Scholz`, `Capitaine Lloris`).
    'chancelier', 'chancelière', 'ambassadeur', 'ambassadrice', 'directeur', 'directrice', 'capitaine', 'arbitre', 'attaquant', 'gardien', 'porte-parole',
  ],
  // Closed classes that open a sentence before a name (`Selon Nielsen`, `Pendant Macron …`): no part of it there.
  openingWords: [
    'après', 'avant', 'bien', 'lorsque', 'puisque', 'pendant', 'malgré', 'selon', 'depuis', 'parmi', 'contre', 'entre', 'vers', 'chez', 'durant',
    'dès', 'outre', 'quoique', 'tandis', 'afin', 'ensuite', 'enfin', 'cependant', 'pourtant', 'toutefois', 'aussi', 'même', 'seulement', 'déjà', 'encore',
    // interrogatives, which open questions and headlines (`Pourquoi Trump gagnera`)
    'pourquoi', 'comment', 'quand', 'où', 'quel', 'quelle', 'quels', 'quelles', 'combien',
  ],
  coordinators: ['et', 'ou'],
  rangeWords: ['au', 'à'],
  dayWords: ['le', 'du'],
  yearPrepositions: ['en'],
  numberedNouns: ['camp', 'chapitre', 'tome', 'volume', 'partie'],
  // Centuries in Roman numerals (`XIXe siècle`).
  romanOrdinalNouns: { after: ['siècle', 'siècles'] },
};

/** French anchor rules: CLDR tables plus {@link frHand}. */
export const frAnchorRules = buildAnchorRules(cldrFr, frHand, { decimalSeparator: ',', groupSeparators: [...spaceGroupSeparators, '.'] });
