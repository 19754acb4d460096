import type { LanguageProfile } from './profile.js';

/** Rules for languages without a profile: Unicode punctuation, no abbreviations, no words. */
export const generic: LanguageProfile = {
  code: 'und',
  name: 'Generic',
  script: 'Zyyy',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…', '؟', '۔', '。', '！', '？'],
    quotePairs: [
      ['«', '»'],
      ['„', '“'],
      ['“', '”'],
      ['"', '"'],
    ],
    abbreviations: [],
    mayEndAbbreviations: ['etc.'],
    pageMarkers: {
      source: ['Source'],
      comments: ['Comment', 'Comments'],
      endOfArticle: ['In the same topic', 'In the same category', 'From the same author', 'Related articles', 'Read more'],
      byline: ['Photo', 'Photos', 'Text and photos'],
      lines: ['No data', 'No videos available', 'Advertisement'],
      imageLabels: ['Ảnh', 'Photo', 'Foto', 'Фото', 'Gambar', 'Bild', 'صورة'],
    },
  },
  anchors: {
    decimalSeparator: '.',
    groupSeparators: [','],
    numberWords: {},
    ordinalWords: {},
    scaleWords: {},
    approximations: {},
    monthNames: {},
    yearMarkers: [],
    cliticPrefixes: [],
    countryNames: {},
    // Without tables of its own, `1.000` and `1,000` group thousands and `1,5` and `2.25` mark decimals.
    ambiguousSeparators: true,
  },
};
