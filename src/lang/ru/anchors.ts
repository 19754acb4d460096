// Russian: the hand-written layer over CLDR. CLDR's spell-out rules give cardinals and ordinals in every
// case, but spell `е` where running text often writes `ё` (`трёх`), and lack the collective numerals
// (`трое`, `пятеро`), the locative of months (`в феврале`) and the abbreviated scale words (`млн`).
import { buildAnchorRules, inflect, spaceGroupSeparators, type HandAnchorData } from '../build.js';
import { cldrRu } from './cldr.js';

/** Collective numerals decline like plural adjectives: трое, троих, троим, троими. */
const collectiveStems: Record<string, number> = { дво: 2, тро: 3, четвер: 4, пятер: 5, шестер: 6, семер: 7, восьмер: 8, девятер: 9, десятер: 10 };
// `двоих`, `троих`; the others take `ы` (`четверых`, `шестерым`).
const collectiveEndings = ['их', 'им', 'ими', 'ых', 'ым', 'ыми'];

/** Ordinals whose stem `ё` CLDR writes `е`, in every case (четвёртый, четвёртого, четвёртой…). */
const yoOrdinalStems: Record<string, number> = { четвёрт: 4, тысячн: 1000 };
const hardAdjectiveEndings = ['ый', 'ая', 'ое', 'ого', 'ой', 'ому', 'ую', 'ым', 'ом', 'ые', 'ых', 'ыми'];

/** Hand-written Russian anchor data (reviewed in docs/lang/ru.md). */
export const ruHand: HandAnchorData = {
  numberWords: {
    ...inflect(collectiveStems, collectiveEndings),
    // How many times, in one word (`дважды`, `трижды`), as others write `two times`.
    дважды: 2, трижды: 3, четырежды: 4,
    двое: 2, трое: 3, четверо: 4, пятеро: 5, шестеро: 6, семеро: 7, восьмеро: 8, девятеро: 9, десятеро: 10,
    трёх: 3, трём: 3, четырёх: 4, четырём: 4,
    // Not `оба`, `обе` ("both"): no other profile reads its "both" as a count (uk `обидва`, de `beide`,
    // en `both`), so a Russian version would bring a 2 no other version states.
    // A hundred as a noun (`сотня человек`, `сотню`); `сотни` is also "hundreds", and a scale after a number.
    сотня: 100, сотню: 100, сотней: 100,
  },
  // "Tens", "hundreds", "a ten or so": an order of magnitude, no figure (`десятки людей`, `сотни домов`).
  // `два с половиной года`, `три часа с половиной`.
  halfAfter: ['с половиной'],
  // `в половине десятого`, `около половины десятого`: 9:30 (half of the tenth hour).
  halfHours: { words: ['половина', 'половине', 'половины', 'половину'], hourOffset: -1, ordinalHour: true, contextBefore: ['в', 'во', 'около', 'до', 'после', 'к', 'с'] },
  // `треть`, `две трети`, `одна третья`.
  fractions: {
    nouns: { треть: 3, трети: 3, третью: 3, третей: 3, третям: 3, четверть: 4, четверти: 4, четвертью: 4, четвертей: 4 },
    ordinalsAfterCount: true,
    // `пол миллиона`, `половина миллиарда`, `полмиллиона`: half the scale.
    scaleParts: { пол: 0.5, половина: 0.5, половину: 0.5, половины: 0.5, половиной: 0.5 },
    gluedScaleParts: { пол: 0.5 },
  },
  newPlaceWords: ['нью'],
  // `в 15.00`: a time (the decimal mark is a comma).
  timePrepositions: ['в'],
  // `двадцать первый`, `сорок пятом`: the tens a cardinal, the unit an ordinal.
  // `у 2006-му`, `в 2012-м`: the year as an ordinal, the word for year left out.
  elidedYearOrdinals: true,
  separateCompoundOrdinals: true,
  vagueAmounts: ['десятки', 'десятков', 'десяткам', 'десятками', 'десятках', 'десяток', 'десятка', 'сотни', 'сотен', 'сотням', 'сотнями', 'сотнях', 'тысячи', 'дюжины'],
  ordinalWords: inflect(yoOrdinalStems, hardAdjectiveEndings),
  scaleWords: {
    тыс: 1000, тысячью: 1000, млн: 1e6, млрд: 1e9, трлн: 1e12,
    // `три сотни`, `пять сотен`; a dozen (`две дюжины`, 24).
    сотни: 100, сотен: 100, ...inflect({ дюжин: 12 }, ['а', 'ы', 'у', 'ой']),
    ...inflect({ триллион: 1e12 }, ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']),
  },
  approximations: {
    почти: 'approximately', около: 'approximately', примерно: 'approximately', приблизительно: 'approximately', порядка: 'approximately',
    свыше: 'more-than', более: 'more-than', 'более чем': 'more-than', больше: 'more-than', 'больше чем': 'more-than',
    менее: 'less-than', 'менее чем': 'less-than', меньше: 'less-than', 'не менее': 'at-least', 'по меньшей мере': 'at-least',
    минимум: 'at-least', 'как минимум': 'at-least', 'не более': 'at-most', максимум: 'at-most',
  },
  // `более чем через три месяца`, `свыше в 30 странах`: a preposition between the approximation and the number.
  // `в 1930-х годах`, `1990-е`: the decade a year starts.
  decadeSuffixes: ['х', 'е', 'ые', 'ых'],
  decadeYearWords: ['годы', 'годов', 'годам', 'годах', 'годами'],
  approximationPrepositions: ['через', 'на', 'в', 'во', 'до', 'с', 'со', 'за', 'после', 'от', 'по'],
  // CLDR has the nominative and genitive; `в феврале`, `в мае` use the prepositional.
  monthNames: { январе: 1, феврале: 2, марте: 3, апреле: 4, мае: 5, июне: 6, июле: 7, августе: 8, сентябре: 9, октябре: 10, ноябре: 11, декабре: 12 },
  yearMarkers: ['г.', 'г', 'год', 'года', 'году', 'годом', 'годы', 'годов', 'гг.'],
  // CLDR names the two Koreas by their official names (`КНДР`, `Республика Корея`); news says North and South Korea.
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia, South Africa, Belorussia).
  countryNames: { США: 'US', РФ: 'RU', КНР: 'CN', КНДР: 'KP', 'северная корея': 'KP', 'южная корея': 'KR', англия: 'GB', великобритания: 'GB', британия: 'GB', ОАЭ: 'AE', македония: 'MK', бирма: 'MM', босния: 'BA', 'южная африка': 'ZA', ЮАР: 'ZA', белоруссия: 'BY', молдавия: 'MD' },
  // `10-й`, `1-го`, `5-я`, `3-е`, `2-м`, `50-летие`.
  // Not `первым`: also the instrumental singular.
  seriesStartOrdinals: ['первые', 'первых', 'первыми'],
  ordinalSuffixes: ['лети*', 'й', 'я', 'е', 'го', 'му', 'м', 'ый', 'ий', 'ой', 'ая', 'ое', 'ого', 'ому', 'ым', 'ом', 'ых', 'ую', 'ые', 'ю'],
  percentWords: ['%', 'процентов', 'процента', 'процент', 'проценты', 'процентами', 'процентах', 'процентных пунктов', 'процентного пункта', 'процентный пункт', 'процентных пункта'],
  nameEndings: ['ом', 'ем', 'ём', 'ою', 'ею', 'у', 'ю', 'а', 'я', 'е', 'и', 'ы'],
  // Hard and soft adjective declension (Северная/Северной/Северную, Нижняя/Нижней).
  adjectiveEndings: ['ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ого', 'его', 'ей', 'ому', 'ему', 'ым', 'им', 'ую', 'юю', 'ые', 'ие', 'ых', 'их', 'ыми', 'ими', 'ом', 'ем', 'ою', 'ею'],
  // Plural nouns and adjectives in multi-word country names (Сполучених Штатів, Vereinigten Staaten).
  countryNameEndings: ['ов', 'ам', 'ами', 'ах'],
  fleetingVowels: 'оеё',
  vowels: 'аеёиоуыэюя',
  stopWords: [
    'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'за', 'из', 'от', 'до', 'для', 'о', 'об', 'при', 'про', 'через', 'после', 'перед',
    'и', 'а', 'но', 'или', 'однако', 'это', 'этот', 'эта', 'эти', 'этих', 'тот', 'та', 'те', 'он', 'она', 'они', 'оно', 'мы', 'вы',
    'я', 'как', 'что', 'когда', 'где', 'также', 'кроме', 'уже', 'так', 'там', 'здесь', 'сегодня', 'вчера', 'ранее', 'теперь', 'по словам',
    'если', 'хотя', 'поэтому', 'затем', 'тогда', 'его', 'ее', 'её', 'их', 'все', 'всё', 'в то же время', 'кроме того',
    'господин', 'господина', 'госпожа', 'товарищ', 'президент', 'премьер', 'министр', 'секретарь', 'председатель', 'директор',
    'сенатор', 'губернатор', 'мэр', 'судья', 'тренер', 'отец', 'ураган', 'шторм', 'тайфун', 'циклон', 'провинция', 'провинции',
  ],
  labelWords: ['маркер*', 'номер*', 'пункт*', 'столб*'],
  // дж writes the j of names from Latin spellings (Джонс, Джакарта: Jones, Jakarta).
  nameSpellings: [['дж', 'j']],
  nameParticles: ['ибн', 'бин', 'бен', 'аль', 'эль', 'ас', 'ад', 'ар', 'фон', 'дер', 'ван', 'де', 'да', 'дос', 'дю'],
  personTitles: [
    'господин', 'господина', 'госпожа', 'г-н', 'г-жа', 'товарищ', 'товарища', 'президент', 'премьер', 'министр', 'секретарь', 'секретаря', 'генсек', 'председатель', 'директор',
    // Ranks and roles before a name (`Канцлер Меркель`, `Вратарь Акинфеев`). Not `король`, `принц`: surnames too.
    'канцлер', 'канцлера', 'посол', 'посла', 'генерал', 'генерала', 'профессор', 'профессора', 'капитан', 'капитана', 'епископ', 'священник',
    'представитель', 'менеджер', 'нападающий', 'вратарь', 'тренер', 'тренера', 'мэр', 'мэра',
  ],
  // Closed classes that open a sentence before a name (`Поскольку Петров …`): no part of it there.
  openingWords: [
    'поскольку', 'пока', 'чтобы', 'потому', 'ещё', 'еще', 'лишь', 'только', 'даже', 'потом',
    'между', 'среди', 'против', 'без', 'около', 'вокруг', 'вместо', 'благодаря', 'согласно', 'несмотря', 'может', 'можно', 'нужно', 'будет',
    'был', 'была', 'было', 'были',
    // interrogatives, which open questions and headlines (`Почему Трамп победил`)
    'почему', 'кто', 'кого', 'кому', 'зачем', 'куда', 'откуда', 'сколько', 'какой', 'какая', 'какое', 'какие',
  ],
  coordinators: ['и', 'или', 'либо'],
  rangeWords: ['по', 'до'],
  scaleAbbreviations: ['тыс', 'млн', 'млрд', 'трлн'],
  nominativeEndings: ['', 'а', 'я', 'й', 'о', 'ь', 'ия'],
  numberedNouns: ['лагерь', 'глава', 'том', 'раздел'],
  // Centuries in Roman numerals (`XIX века`, `XX в.`).
  romanOrdinalNouns: { after: ['век', 'века', 'веке', 'веку', 'веком', 'веков', 'вв', 'столетие', 'столетия', 'столетии'] },
  // Case endings that are not plain vowels (vowel endings vanish with the key's final vowel anyway).
  keyCaseEndings: ['ом', 'ем', 'ём', 'ою', 'ею', 'ам', 'ях', 'ах'],
  // CLDR forms that in running text are mostly another word: `семью` is "family" far more often than "seven".
  notAnchorWords: ['семью'],
};

/** Russian anchor rules: CLDR tables plus {@link ruHand}. */
export const ruAnchorRules = buildAnchorRules(cldrRu, ruHand, { decimalSeparator: ',', groupSeparators: [...spaceGroupSeparators] });
