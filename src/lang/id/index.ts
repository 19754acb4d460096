import { idAnchorRules, idHand } from './anchors.js';
import type { LanguageDefinition, LanguageProfile } from '../profile.js';
import { idCheck, idWeekdays } from './check.js';
import { idDemonyms } from './demonyms.js';
import { idMorphology } from './morphology.js';

/** Indonesian. */
export const id: LanguageProfile = {
  code: 'id',
  name: 'Indonesian',
  script: 'Latn',
  direction: 'ltr',
  segmentation: {
    terminators: ['.', '?', '!', '…'],
    quotePairs: [
      ['“', '”'],
      ['"', '"'],
      ['‘', '’'],
    ],
    abbreviations: ['Tn.', 'Ny.', 'Nn.', 'dll.', 'dsb.', 'dst.', 'No.', 'no.', 'Dr.', 'dr.', 'Prof.', 'H.', 'Hj.', 'Jl.', 'Kab.', 'Kec.', 'Rp.', 'S.H.', 'S.E.', 'M.Si.', 'tsb.', 'yth.', 'sdr.', 'Bpk.', 'Ir.', 'St.', 'a.n.', 'u.p.', 'hlm.', 'Tb.', 'Drs.', 'Rev.', 'RS.', 'Dsn.', 'Dk.', 'Ph.', 'Kel.', 'Ds.', 'Prov.', 'Vol.', 'Jr.', 'Sr.', 'Inc.', 'Ltd.', 'Co.', 'Bl.', 'gg.', 'Gg.', 'kg.', 'km.', 'Sdr.', 'Letjen.', 'Mayjen.', 'Brigjen.', 'Kapt.', 'Let.', 'Pdt.', 'KH.', 'Moh.', 'Muh.', 'Mr.', 'Mrs.'],
    mayEndAbbreviations: ['dll.', 'dsb.', 'dst.', 'tsb.', 'Inc.', 'Ltd.', 'Co.'],
    pageMarkers: {
      source: ['Sumber'],
      comments: ['Komentar'],
      endOfArticle: ['Dalam topik yang sama', 'Dalam kategori yang sama', 'Dari penulis yang sama', 'Baca juga', 'Berita terkait'],
      byline: ['Penulis', 'Foto', 'Editor', 'Teks dan foto'],
    },
  },
  // CLDR tables plus the hand-written layer: src/lang/id/anchors.ts (reviewed in docs/lang/id.md).
  anchors: idAnchorRules,
};

/** Everything the project knows about Indonesian. */
export const idLanguage: LanguageDefinition = {
  code: 'id',
  name: 'Indonesian',
  script: 'Latn',
  direction: 'ltr',
  profile: id,
  anchors: idAnchorRules,
  handAnchors: idHand,
  check: idCheck,
  weekdays: idWeekdays,
  relativeLength: 1.20,
  demonyms: idDemonyms,
  morphology: idMorphology,
  detection: {
    functionWords: ['yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'dalam', 'tidak', 'akan', 'adalah', 'juga', 'oleh', 'sebagai', 'kedua', 'telah', 'bahwa', 'para', 'antara', 'provinsi', 'tersebut', 'atau', 'kerja', 'sama'],
  },
};
