// Russian: segmentation rules, anchor rules (CLDR tables and the hand-written layer), check words,
// demonyms and detection words.
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { ruAnchorRules, ruHand } from './anchors.js';
import { ruCheck, ruWeekdays } from './check.js';
import { ruDemonyms } from './demonyms.js';

/** Short forms after which no sentence ends: titles, places, `т. е.`, language names, units before a noun. */
const abbreviations = [
  'г.', 'гг.', 'в.', 'вв.', 'ст.', 'св.', 'им.', 'ул.', 'пр.', 'просп.', 'пер.', 'пл.', 'д.', 'кв.', 'корп.', 'стр.', 'обл.', 'р-н.', 'пос.',
  'с.', 'дер.', 'о.', 'оз.', 'р.', 'м.', 'г-н.', 'г-жа.', 'проф.', 'акад.', 'доц.', 'канд.', 'ген.', 'полк.', 'т.', 'тт.', 'т.е.', 'т.к.',
  'т.н.', 'т.д.', 'т.п.', 'т.ч.', 'и.о.', 'н.э.', 'др.', 'см.', 'ср.', 'напр.', 'прим.', 'рис.', 'табл.', 'гл.', 'п.', 'пп.', 'ч.',
  'англ.', 'нем.', 'франц.', 'фр.', 'лат.', 'греч.', 'рус.', 'укр.', 'исп.', 'итал.', 'кит.', 'араб.', 'тыс.', 'млн.', 'млрд.', 'трлн.',
  'руб.', 'коп.', 'долл.', 'дол.', 'мин.', 'сек.', 'чел.', 'ок.', 'макс.', 'сокр.', 'букв.', 'ум.', 'янв.', 'февр.',
  'апр.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.',
];

/**
 * Of those, the ones that also end a sentence (`… в 1870 г.`, `… и т. д.`, `… 5 млн.`); `д.` and `п.` also
 * close `т. д.` and `т. п.` written with a space, and before a digit they stay `дом`, `пункт`.
 */
const mayEnd = ['д.', 'п.', 'г.', 'гг.', 'в.', 'вв.', 'т.д.', 'т.п.', 'н.э.', 'др.', 'тыс.', 'млн.', 'млрд.', 'трлн.', 'руб.', 'коп.', 'долл.', 'дол.', 'чел.', 'ст.', 'обл.'];

/** Russian. */
export const ru: LanguageProfile = {
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['«', '»'],
      ['„', '“'],
      ['“', '”'],
      ['"', '"'],
    ],
    abbreviations,
    mayEndAbbreviations: mayEnd,
    pageMarkers: {
      source: ['Источник', 'Источники'],
      comments: ['Комментарий', 'Комментарии', 'Комментариев'],
      endOfArticle: ['Читайте также', 'Похожие новости', 'По теме', 'В той же категории', 'Другие новости'],
      byline: ['Текст и фото', 'Фото', 'Автор', 'Текст'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/ru/anchors.ts (reviewed in docs/lang/ru.md).
  anchors: ruAnchorRules,
};

/** Everything the project knows about Russian. */
export const ruLanguage: LanguageDefinition = {
  code: 'ru',
  name: 'Russian',
  script: 'Cyrl',
  direction: 'ltr',
  profile: ru,
  anchors: ruAnchorRules,
  handAnchors: ruHand,
  check: ruCheck,
  weekdays: ruWeekdays,
  relativeLength: 1.15,
  demonyms: ruDemonyms,
  detection: {
    functionWords: ['и', 'что', 'на', 'не', 'как', 'это', 'он', 'для', 'от', 'было', 'между', 'также', 'его', 'которые', 'был', 'до', 'с', 'у', 'в', 'при', 'после', 'или', 'два', 'двух'],
    distinctiveLetters: ['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё'],
    confidence: 0.9,
  },
};
