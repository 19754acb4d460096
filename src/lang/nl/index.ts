import { nlAnchorRules, nlHand } from './anchors.js';
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { nlCheck, nlWeekdays } from './check.js';
import { nlDemonyms } from './demonyms.js';
import { nlMorphology } from './morphology.js';

/** Dutch. */
export const nl: LanguageProfile = {
  code: 'nl',
  name: 'Dutch',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['„', '”'],
      ['“', '”'],
      ['‘', '’'],
      ['"', '"'],
      ["'", "'"],
    ],
    abbreviations: ['o.a.', 'd.w.z.', 'bijv.', 'bv.', 'ca.', 'dhr.', 'mevr.', 'nr.', 'm.b.t.', 'i.p.v.', 'z.g.a.n.', 'e.d.', 'enz.', 'etc.', 'mr.', 'dr.', 'prof.', 'ir.', 'drs.', 'jl.', 'a.s.', 't.o.v.', 'vs.', 'blz.', 'p.', 'm.', 'n.a.v.', 'o.b.v.', 'resp.', 'incl.', 'excl.', 'St.', 'ing.', 'ds.', 'mgr.', 'mej.', 'mw.', 'Vol.', 'Rev.', 'Ph.', 'Jr.', 'Sr.', 'Inc.', 'Ltd.', 'Co.', 'fig.', 'afb.', 'art.', 'hfdst.', 'jr.', 'sr.', 'gem.', 'max.', 'min.', 'ong.', 'plm.', 'vnl.', 'zgn.'],
    mayEndAbbreviations: ['enz.', 'etc.', 'e.d.', 'jl.', 'incl.', 'excl.', 'Inc.', 'Ltd.', 'Co.'],
    pageMarkers: {
      source: ['Bron'],
      comments: ['Reactie', 'Reacties'],
      endOfArticle: ['In hetzelfde onderwerp', 'In dezelfde categorie', 'Van dezelfde auteur', 'Lees ook', 'Gerelateerde artikelen'],
      byline: ['Tekst en foto\'s', 'Tekst', 'Foto\'s', 'Foto', 'Door'],
      lines: ['Laat een reactie achter om je gevoelens te delen!'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/nl/anchors.ts (reviewed in docs/lang/nl.md).
  anchors: nlAnchorRules,
};

/** Everything the project knows about Dutch. */
export const nlLanguage: LanguageDefinition = {
  code: 'nl',
  name: 'Dutch',
  script: 'Latn',
  direction: 'ltr',
  profile: nl,
  anchors: nlAnchorRules,
  handAnchors: nlHand,
  check: nlCheck,
  weekdays: nlWeekdays,
  relativeLength: 1.17,
  demonyms: nlDemonyms,
  morphology: nlMorphology,
  detection: {
    functionWords: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'voor', 'met', 'zijn', 'niet', 'ook', 'aan', 'door', 'bij', 'werd', 'wordt', 'naar', 'hij', 'zij', 'deze', 'tussen', 'twee', 'heeft', 'hebben', 'om', 'uit', 'als'],
  },
};
