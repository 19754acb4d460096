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
  },
};
