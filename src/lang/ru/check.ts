// Russian words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

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
  exclusionWords: ['кроме', 'помимо'],
  officeStems: { secretary: ['секретар'], chair: ['председател'], director: ['директор'], governor: ['губернатор'] },
  officeForms: { mayor: ['мэр', 'мэра', 'мэру', 'мэром', 'мэре'] },
  deputyWords: ['заместитель', 'заместителя', 'заместителем', 'замглавы'],
  deputyPrefixes: ['вице'],
  nameBreakers: ['и', 'с', 'со', 'товарищ', 'товарища', 'господин', 'господина'],
  unitWords: {
    millimetre: ['мм', 'миллиметр*'], centimetre: ['см', 'сантиметр*'], metre: ['м', 'метр*'], kilometre: ['км', 'километр*'], inch: ['дюйм*'],
    foot: ['фут*'], yard: ['ярд*'], mile: ['миль', 'мили', 'миля', 'милю'], gram: ['г', 'грамм*'], kilogram: ['кг', 'килограмм*'], tonne: ['т', 'тонн*'],
    pound: ['фунт*'], ounce: ['унци*'], celsius: ['цельси*'], fahrenheit: ['фаренгейт*'], degree: ['градус*'],
  },
  clockWords: ['часов', 'часа', 'час', 'утра', 'вечера', 'ночи'],
  centuryWords: ['век', 'века', 'веке', 'веков', 'в.'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const ruWeekdays: WeekdayWords = {
  // Every case form written out: the stem `сред` alone is also "among" (`среди`) and "environment" (`среда`).
  names: [
    ['понедельник', 'понедельника', 'понедельнику', 'понедельником'],
    ['вторник', 'вторника', 'вторнику', 'вторником'],
    ['среда', 'среду', 'среды', 'среде', 'средой'],
    ['четверг', 'четверга', 'четвергу', 'четвергом'],
    ['пятница', 'пятницу', 'пятницы', 'пятнице', 'пятницей'],
    ['суббота', 'субботу', 'субботы', 'субботе', 'субботой'],
    ['воскресенье', 'воскресенья', 'воскресенью', 'воскресеньем'],
  ],
  compounds: false,
};
