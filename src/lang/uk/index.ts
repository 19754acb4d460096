import { ukAnchorRules, ukHand } from './anchors.js';
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { ukCheck, ukWeekdays } from './check.js';
import { ukDemonyms } from './demonyms.js';

/** Ukrainian. */
/** Latin titles kept in names written as in the original (`Dr. PawPaw`, `St. Martin's`): never an end. */
const latinTitles = ['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'St.'];

export const uk: LanguageProfile = {
  code: 'uk',
  name: 'Ukrainian',
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
    abbreviations: ['р.', 'ім.', 'тис.', 'млн.', 'ст.', 'вул.', 'див.', 'грн.', 'т.зв.', 'т.д.', 'т.п.', 'і т.д.', 'напр.', 'с.', 'м.', 'обл.', 'пров.', 'проф.', 'акад.', 'ін.', 'др.', 'тов.', 'руб.', 'млрд.', 'кв.', 'км.', 'мал.', 'рис.', 'табл.', 'розд.', 'п.', 'пп.', 'гл.', 'вид.', 'зб.', 'т.', 'тт.', 'о.', 'смт.', 'р-н.', 'ред.', 'упор.', 'пер.', 'англ.', 'нім.', 'франц.', 'лат.', 'грец.', 'укр.', 'рос.', 'хв.', 'год.', 'млн', 'млрд', 'тис', 'коп.', 'дол.', 'н.е.', 'до н.е.', 'ч.', 'чол.', 'жін.', 'буд.', 'бл.', 'корп.', 'оф.', 'стор.', 'с-ще.', ...latinTitles],
    mayEndAbbreviations: ['р.', 'рр.', 'ст.', 'обл.', 'тис.', 'млн.', 'млрд.', 'грн.', 'коп.', 'дол.', 'т.', 'т.д.', 'т.п.', 'ін.', 'км.', 'н.е.'],
    pageMarkers: {
      source: ['Джерело'],
      comments: ['Коментар', 'Коментарі', 'Коментарів'],
      endOfArticle: ['Читайте також', 'Схожі новини', 'На ту саму тему', 'У тій самій категорії'],
      byline: ['Новини та фотографії', 'Текст і фото', 'Фото', 'Автор', 'Текст'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/uk/anchors.ts (reviewed in docs/lang/uk.md).
  anchors: ukAnchorRules,
};

/** Everything the project knows about Ukrainian. */
export const ukLanguage: LanguageDefinition = {
  code: 'uk',
  name: 'Ukrainian',
  script: 'Cyrl',
  direction: 'ltr',
  profile: uk,
  anchors: ukAnchorRules,
  handAnchors: ukHand,
  check: ukCheck,
  weekdays: ukWeekdays,
  relativeLength: 1.06,
  demonyms: ukDemonyms,
  detection: {
    functionWords: ['і', 'й', 'та', 'що', 'на', 'не', 'як', 'це', 'він', 'для', 'від', 'було', 'між', 'також', 'його', 'які', 'був', 'до', 'з', 'у', 'в', 'при', 'після', 'або', 'два', 'двох'],
    distinctiveLetters: ['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ'],
    confidence: 0.95,
    scriptDefault: true,
  },
};
