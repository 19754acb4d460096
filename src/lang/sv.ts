import { svAnchorRules } from './anchors/sv.js';
import type { LanguageProfile } from './profile.js';

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
    abbreviations: ['bl.a.', 't.ex.', 'm.m.', 'ca.', 'd.v.s.', 's.k.', 'dvs.', 'osv.', 'etc.', 'fr.o.m.', 't.o.m.', 'o.s.v.', 'm.fl.', 'f.d.', 'p.g.a.', 'pga.', 'resp.', 'jfr.', 'st.', 'kl.', 'nr.', 'tel.', 'f.n.', 'e.Kr.', 'f.Kr.', 'dr.', 'prof.', 'mr.', 'ang.', 'inkl.', 'exkl.', 'Vol.', 'vol.', 'Rev.', 'Ph.', 'Jr.', 'Sr.', 'Inc.', 'Ltd.', 'Co.', 'fig.', 's.', 'sid.', 'kap.', 'tab.', 'uppl.', 'övers.', 'f.', 'ff.', 'bl.', 'c:a', 'el.', 'ev.', 'e.d.', 'mfl.', 'o.d.', 'u.a.', 'l.'],
    mayEndAbbreviations: ['osv.', 'o.s.v.', 'st.', 'etc.', 'm.m.', 'm.fl.', 'inkl.', 'exkl.', 'Inc.', 'Ltd.', 'Co.', 'mfl.', 'o.d.'],
    pageMarkers: {
      source: ['Källa', 'Källor'],
      comments: ['Kommentar', 'Kommentarer'],
      endOfArticle: ['I samma ämne', 'I samma kategori', 'Av samma författare', 'Läs också', 'Relaterade artiklar'],
      byline: ['Text och foto', 'Text', 'Foto'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/anchors/sv.ts (reviewed in docs/lang/sv.md).
  anchors: svAnchorRules,
};
