// Russian words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';
import { withEndings } from '../build.js';

/** Russian words the check stage reads. */
export const ruCheck: CheckVocabulary = {
  and: ['и'],
  timeUnits: {
    hour: ['час', 'часа', 'часов', 'часу'],
    day: ['день', 'дня', 'дней', 'дни', 'сутки', 'суток'],
    week: ['неделя', 'недели', 'недель', 'неделю'],
    month: ['месяц', 'месяца', 'месяцев'],
    year: ['год', 'года', 'лет', 'годы'],
  },
  measureWords: ['лет', 'года', 'дней', 'часов', 'недель', 'метров', 'километров', 'процентов', 'раз', 'раза'],
  partWords: ['них', 'лишь', 'только', 'включая', 'среди', 'сам', 'сама'],
  restrictingWords: ['лишь', 'только'],
  exclusionWords: ['кроме', 'помимо'],
  exclusionConnectives: ['того', 'этого'],
  officeStems: { secretary: ['секретар'], chair: ['председател'], director: ['директор'], governor: ['губернатор'] },
  officeForms: { mayor: ['мэр', 'мэра', 'мэру', 'мэром', 'мэре'] },
  deputyWords: ['заместитель', 'заместителя', 'заместителем', 'замглавы'],
  deputyPrefixes: ['вице'],
  nameBreakers: ['и', 'с', 'со', 'товарищ', 'товарища', 'господин', 'господина'],
  unitWords: {
    millimetre: ['мм', 'миллиметр*'], centimetre: ['см', 'сантиметр*'], metre: ['м', 'метр*'], kilometre: ['км', 'км/ч', 'км/час', 'километр*'], inch: ['дюйм*'],
    foot: ['фут*'], yard: ['ярд*'], mile: ['миль', 'мили', 'миля', 'милю'], gram: ['г', 'грамм*'], kilogram: ['кг', 'килограмм*'], tonne: ['т', 'тонн*'],
    pound: ['фунт*'], ounce: ['унци*'], celsius: ['цельси*'], fahrenheit: ['фаренгейт*'], degree: ['градус*'],
    'square-metre': ['м²', 'м2', 'кв.м'], 'square-kilometre': ['км²', 'км2', 'кв.км'], hectare: ['га', 'гектар*'], acre: ['акр', 'акра', 'акров', 'акре', 'акрах'],
  },
  squareWords: { before: ['кв', 'кв.', 'квадратн*'] },
  clockWords: ['часов', 'часа', 'час', 'утра', 'вечера', 'ночи'],
  centuryWords: ['век', 'века', 'веке', 'веков', 'в.'],
  placeTypeWords: ['гора', 'озеро', 'река', 'мыс'],
  compassWords: ['северн*', 'южн*', 'западн*', 'восточн*', 'центральн*'],
  organisationWords: ['парламент*', 'ассамбле*', 'генассамбле*', 'комитет*', 'комисси*', 'сенат*', 'конгресс*', 'университет*', 'школ*', 'гостиниц*', 'отел*', 'министерств*', 'церкв*', 'церков*', 'суд', 'суда', 'суде', 'суду', 'судом', 'совет', 'совета', 'совете', 'лига', 'лиги', 'лигу', 'лиге', 'партия', 'партии', 'партию', 'банк', 'банка', 'банке', 'агентств*', 'служб*', 'обществ*', 'ассоциаци*', 'союз*', 'федераци*', 'фонд', 'фонду', 'фондом', 'фонде', 'компани*', 'клуб*', 'институт*', 'департамент*', 'организаци*', 'центр*', 'музе*', 'больниц*', 'колледж*', 'академи*', 'корпораци*', 'управлени*', 'бюро', 'сообществ*', 'общин*'],
};

/** Endings of the hard adjective declension (`пятничный`, `пятничного` …) and the soft one (`субботний`, `субботнего` …). */
const hardEndings = ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ыми'];
const softEndings = ['ий', 'его', 'ему', 'им', 'ем', 'яя', 'ей', 'юю', 'ее', 'ие', 'их', 'ими'];

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const ruWeekdays: WeekdayWords = {
  // Every case form written out: the stem `сред` alone is also "among" (`среди`) and "environment" (`среда`).
  // The adjectives of the days count too (`пятничного землетрясения`, Friday's earthquake), in every
  // case; not Wednesday's (`средний` is "middle", "average").
  names: [
    ['понедельник', 'понедельника', 'понедельнику', 'понедельником', ...withEndings('понедельничн', hardEndings)],
    ['вторник', 'вторника', 'вторнику', 'вторником', ...withEndings('вторничн', hardEndings)],
    ['среда', 'среду', 'среды', 'среде', 'средой'],
    ['четверг', 'четверга', 'четвергу', 'четвергом', ...withEndings('четвергов', hardEndings)],
    ['пятница', 'пятницу', 'пятницы', 'пятнице', 'пятницей', ...withEndings('пятничн', hardEndings)],
    ['суббота', 'субботу', 'субботы', 'субботе', 'субботой', ...withEndings('субботн', softEndings)],
    ['воскресенье', 'воскресенья', 'воскресенью', 'воскресеньем', ...withEndings('воскресн', hardEndings)],
  ],
  compounds: false,
  // `в ночь на субботу`, the night into Saturday: Friday night in English.
  eveWords: ['ночь на', 'ночью на', 'ночи на'],
};
