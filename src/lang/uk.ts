import type { LanguageProfile } from './profile.js';

/** Ukrainian. */
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
    abbreviations: ['р.', 'ім.', 'тис.', 'млн.', 'ст.', 'вул.', 'див.', 'грн.', 'т.зв.', 'т.д.', 'т.п.', 'і т.д.', 'напр.', 'с.', 'м.', 'обл.', 'пров.', 'проф.', 'акад.', 'ін.', 'др.', 'тов.', 'руб.', 'млрд.', 'кв.', 'км.'],
    mayEndAbbreviations: ['р.', 'рр.', 'тис.', 'млн.', 'млрд.', 'грн.', 'т.д.', 'т.п.', 'ін.', 'км.'],
    pageMarkers: {
      source: ['Джерело'],
      comments: ['Коментар', 'Коментарі', 'Коментарів'],
      endOfArticle: ['Читайте також', 'Схожі новини', 'На ту саму тему', 'У тій самій категорії'],
      byline: ['Новини та фотографії', 'Текст і фото', 'Фото', 'Автор', 'Текст'],
    },
  },
  anchors: {
    decimalSeparator: ',',
    groupSeparators: [' ', '\u00a0', '\u202f'],
    numberWords: {},
    ordinalWords: {},
    scaleWords: {},
    approximations: {},
    monthNames: {},
    yearMarkers: ['р.', 'року', 'рік', 'році', 'роки', 'років'],
    cliticPrefixes: [],
    countryNames: {},
  },
};
