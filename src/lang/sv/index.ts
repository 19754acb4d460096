import { svAnchorRules, svHand } from './anchors.js';
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { svCheck, svWeekdays } from './check.js';
import { svDemonyms } from './demonyms.js';
import { svMorphology } from './morphology.js';

/** Swedish. */
export const sv: LanguageProfile = {
  code: 'sv',
  name: 'Swedish',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['”', '”'],
      ['»', '»'],
      ['“', '”'],
      ['"', '"'],
      ['’', '’'],
    ],
    // `St.` (Saint, before a name: St. Louis) is another word than `st.` (pieces), which may end a sentence.
    abbreviations: ['St.', 'bl.a.', 't.ex.', 'm.m.', 'ca.', 'd.v.s.', 's.k.', 'dvs.', 'osv.', 'etc.', 'fr.o.m.', 't.o.m.', 'o.s.v.', 'm.fl.', 'f.d.', 'p.g.a.', 'pga.', 'resp.', 'jfr.', 'st.', 'kl.', 'nr.', 'tel.', 'f.n.', 'e.Kr.', 'f.Kr.', 'dr.', 'prof.', 'mr.', 'ang.', 'inkl.', 'exkl.', 'Vol.', 'vol.', 'Rev.', 'Ph.', 'Jr.', 'Sr.', 'Inc.', 'Ltd.', 'Co.', 'fig.', 's.', 'sid.', 'kap.', 'tab.', 'uppl.', 'övers.', 'f.', 'ff.', 'bl.', 'c:a', 'el.', 'ev.', 'e.d.', 'mfl.', 'o.d.', 'u.a.', 'l.'],
    mayEndAbbreviations: ['osv.', 'o.s.v.', 'st.', 'etc.', 'm.m.', 'm.fl.', 'inkl.', 'exkl.', 'Inc.', 'Ltd.', 'Co.', 'mfl.', 'o.d.'],
    pageMarkers: {
      source: ['Källa', 'Källor'],
      comments: ['Kommentar', 'Kommentarer'],
      endOfArticle: ['I samma ämne', 'I samma kategori', 'Av samma författare', 'Läs också', 'Relaterade artiklar'],
      byline: ['Text och foto', 'Text', 'Foto'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/sv/anchors.ts (reviewed in docs/lang/sv.md).
  anchors: svAnchorRules,
};

/** Everything the project knows about Swedish. */
export const svLanguage: LanguageDefinition = {
  code: 'sv',
  name: 'Swedish',
  script: 'Latn',
  direction: 'ltr',
  profile: sv,
  anchors: svAnchorRules,
  handAnchors: svHand,
  check: svCheck,
  weekdays: svWeekdays,
  relativeLength: 0.99,
  demonyms: svDemonyms,
  morphology: svMorphology,
  detection: {
    functionWords: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'var', 'från', 'vid', 'också', 'mellan', 'två', 'under', 'efter', 'sig', 'sina', 'samt'],
  },
};
