// Ukrainian words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';
import { withEndings } from '../build.js';
import { hardAdjectiveEndings } from './anchors.js';

/** Ukrainian words the check stage reads. */
export const ukCheck: CheckVocabulary = {
  and: ['та', 'і', 'й'],
  timeUnits: { hour: ['година', 'години', 'годин', 'годину'], day: ['день', 'дні', 'днів', 'дня', 'днями'], week: ['тиждень', 'тижні', 'тижнів', 'тижня'], month: ['місяць', 'місяці', 'місяців', 'місяця'], year: ['рік', 'роки', 'років', 'року'] },
  measureWords: ['років', 'роки', 'днів', 'години', 'годин', 'тижні', 'метрів', 'відсотків', 'разів'],
  partWords: ['них', 'лише', 'тільки', 'зокрема', 'серед', 'сама', 'сам'],
  restrictingWords: ['лише', 'тільки'],
  exclusionWords: ['крім', 'окрім'],
  exclusionConnectives: ['того', 'цього'],
  officeStems: { secretary: ['секретар'], chair: ['голова'], director: ['директор'], governor: ['губернатор'] },
  officeForms: { mayor: ['мер', 'мера'] },
  deputyWords: ['заступник', 'заступника'],
  nameBreakers: ['та', 'і', 'й', 'з', 'із', 'товариш', 'товариша', 'товаришем'],
  unitWords: {
    millimetre: ['мм', 'міліметр*'], centimetre: ['см', 'сантиметр*'], metre: ['м', 'метр*'], kilometre: ['км', 'км/год', 'кілометр*'], inch: ['дюйм*'],
    foot: ['фут*'], mile: ['миль', 'милі', 'миля', 'милю'], kilogram: ['кг', 'кілограм*'], tonne: ['т', 'тонн*'], pound: ['фунт*'], yard: ['ярд*'], gram: ['г', 'грам', 'грамів', 'грами'], degree: ['градус*'], celsius: ['цельсі*', '°с'], fahrenheit: ['фаренгейт*'],
    'square-metre': ['м²', 'м2', 'кв.м'], 'square-kilometre': ['км²', 'км2', 'кв.км'], hectare: ['га', 'гектар*'], acre: ['акр', 'акра', 'акрів', 'акри', 'акрах'],
  },
  squareWords: { before: ['кв', 'кв.', 'квадратн*'] },
  clockWords: ['годині', 'година', 'годину', 'годин', 'год', 'ранку', 'вечора', 'ночі'],
  centuryWords: ['століття', 'сторіччя', 'ст.'],
  placeTypeWords: ['гора', 'озеро', 'річка', 'мис'],
  compassWords: ['північн*', 'південн*', 'західн*', 'східн*', 'центральн*'],
  organisationWords: ['парламент*', 'асамбле*', 'комітет*', 'коміс*', 'сенат*', 'конгрес*', 'університет*', 'школ*', 'готел*', 'міністерств*', 'церкв*', 'суд', 'суду', 'судом', 'судi', 'рада', 'ради', 'раді', 'раду', 'ліга', 'ліги', 'лігу', 'лізі', 'партія', 'партії', 'партію', 'банк', 'банку', 'агентств*', 'служб*', 'товариств*', 'асоціаці*', 'спілк*', 'союз*', 'федераці*', 'фонд', 'фонду', 'фондом', 'фонді', 'компані*', 'клуб*', 'інститут*', 'департамент*', 'організаці*', 'центр*', 'музе*', 'лікарн*', 'коледж*', 'академі*', 'корпораці*', 'управлінн*', 'бюро', 'громад*', 'спільнот*'],
};

/** Endings of the soft adjective declension (`суботній`, `суботнього` …); the hard one (`п'ятничний`) is the anchors' own. */
const softEndings = ['ій', 'ього', 'ьому', 'ім', 'я', 'ьої', 'ю', 'ьою', 'є', 'і', 'іх', 'іми'];

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const ukWeekdays: WeekdayWords = {
  // Every case form written out: the stem `серед` alone is also "among". Apostrophe variants are added by the reader.
  // The adjectives of the days count too (`п'ятничного землетрусу`, Friday's earthquake), in every case;
  // not Wednesday's (`середній` is "middle", "average").
  names: [
    ['понеділок', 'понеділка', 'понеділку', 'понеділком', ...withEndings('понеділков', hardAdjectiveEndings)],
    ['вівторок', 'вівторка', 'вівторку', 'вівторком', ...withEndings('вівторков', hardAdjectiveEndings)],
    ['середа', 'середу', 'середи', 'середі', 'середою'],
    ['четвер', 'четверга', 'четвергу', 'четвергом', ...withEndings('четвергов', hardAdjectiveEndings)],
    ["п'ятниця", "п'ятницю", "п'ятниці", "п'ятницею", ...withEndings("п'ятничн", hardAdjectiveEndings)],
    ['субота', 'суботу', 'суботи', 'суботі', 'суботою', ...withEndings('суботн', softEndings)],
    ['неділя', 'неділю', 'неділі', 'неділею', ...withEndings('недільн', hardAdjectiveEndings)],
  ],
  compounds: false,
  // `у ніч на суботу`, the night into Saturday: Friday night in English.
  eveWords: ['ніч на', 'ніч проти', 'вночі на', 'вночі проти', 'ночі на', 'ночі проти'],
};
