// Scale words as a class: every case, number and abbreviation each language's grammar gives them, after
// digits (also glued and after a decimal comma) and after number words; a changed scale word between two
// versions is a count mismatch, the same value written in two forms is none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const valuesOf = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => Number(a.value));
const valueStringsOf = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);

/** [language, phrase, value]: each phrase is read as one number of that value. */
const forms: Array<[string, string, number]> = [
  // Ukrainian: тисяча declines as a feminine noun, мільйон/мільярд/трильйон as hard masculine ones.
  ['uk', '5 тисяч', 5000], ['uk', '3 тисячі', 3000], ['uk', '1 тисяча', 1000], ['uk', 'з 5 тисячами', 5000],
  ['uk', 'понад 1 тисячу', 1000], ['uk', 'перед 1 тисячею', 1000], ['uk', 'у 5 тисячах', 5000],
  ['uk', '1,5 мільйона', 1.5e6], ['uk', '5 мільйонів', 5e6], ['uk', 'з 5 мільйонами', 5e6], ['uk', 'у 2 мільйонах', 2e6],
  ['uk', '3 мільярди', 3e9], ['uk', 'з 3 мільярдами', 3e9], ['uk', 'по 1 мільярду', 1e9], ['uk', '2 трильйонами', 2e12],
  ['uk', '5 тис.', 5000], ['uk', '5тис.', 5000], ['uk', '2,5 млн', 2.5e6], ['uk', '7 млрд', 7e9], ['uk', '1 трлн', 1e12],
  ['uk', 'два мільйони', 2e6], ['uk', "п'ять мільйонів", 5e6], ['uk', 'три мільярди', 3e9],
  // Dutch: duizend is a number word and a scale after digits.
  ['nl', '5 duizend', 5000], ['nl', '1,5 miljoen', 1.5e6], ['nl', '5 miljard', 5e9], ['nl', '5mld', 5e9], ['nl', '5 mln.', 5e6],
  ['nl', '3 mrd', 3e9], ['nl', 'twee miljoen', 2e6], ['nl', 'vijf duizend', 5000], ['nl', '5 md', 5e9],
  // Dutch, Swedish and German write a thousand together with the number word before it.
  ['nl', 'vijfduizend', 5000], ['nl', 'vijfentwintigduizend', 25000], ['nl', 'tweehonderdduizend', 200000], ['nl', 'honderdduizend', 100000],
  // Indonesian: scale words also glued to the number and to a currency sign.
  ['id', '5 ribu', 5000], ['id', '£11juta', 11e6], ['id', '11juta', 11e6], ['id', '1,5 juta', 1.5e6], ['id', '1.5 juta', 1.5e6],
  ['id', 'tiga juta', 3e6], ['id', 'sejuta', 1e6], ['id', 'semiliar', 1e9], ['id', '5 miliar', 5e9], ['id', '5 milyar', 5e9], ['id', '5 jt', 5e6], ['id', '5 rb', 5000],
  ['id', 'Rp5 juta', 5e6], ['id', 'Rp 5 M', 5e9], ['id', 'Rp3,5 T', 3.5e12], ['id', 'tinggi 5 M', 5],
  // Swedish: tusen is a number word and a scale after digits.
  ['sv', '5 tusen', 5000], ['sv', 'fem tusen', 5000], ['sv', '1,5 miljoner', 1.5e6], ['sv', '1 miljon', 1e6], ['sv', '5 mn', 5e6],
  ['sv', '5 md', 5e9], ['sv', '5 mdr', 5e9], ['sv', 'två miljoner', 2e6], ['sv', '5 miljarder', 5e9], ['sv', '5 milj.', 5e6],
  ['sv', 'femtusen', 5000], ['sv', 'tvåhundratusen', 200000], ['sv', 'hundratusen', 100000],
  // Arabic: singular after digits, plurals, hamza spellings, proclitics, and the dual as a number by itself.
  ['ar', '5 ألف', 5000], ['ar', '5 آلاف', 5000], ['ar', '5 الاف', 5000], ['ar', 'عشرين ألفا', 20000], ['ar', '5 ملايين', 5e6],
  ['ar', '5 مليارات', 5e9], ['ar', '1.5 مليون', 1.5e6], ['ar', '5 بالمليار', 5e9], ['ar', 'ثلاثة ملايين', 3e6], ['ar', 'خمسة ألف', 5000],
  ['ar', 'ألفين', 2000], ['ar', 'مليونين', 2e6], ['ar', 'مليونان', 2e6], ['ar', 'بمليونين', 2e6], ['ar', 'مليارين', 2e9],
  ['ar', 'ملياري', 2e9], ['ar', 'ألفي دولار', 2000], ['ar', 'وملياري', 2e9], ['ar', '5 بلايين', 5e9], ['ar', '5ملايين', 5e6],
  // An amount written as groups of digits and scale, largest first; Arabic hundreds as one word.
  ['uk', '3 млн 500 тис.', 3.5e6], ['id', '3 juta 500 ribu', 3.5e6], ['nl', '3 miljoen 500 duizend', 3.5e6],
  ['ar', '3 ملايين و500 ألف', 3.5e6], ['en', '3 million and 500 thousand', 3.5e6],
  ['ar', 'خمسمائة', 500], ['ar', 'وخمسمئة', 500], ['ar', 'ثلاثمائة ألف', 300000], ['ar', 'خمسة ملايين وثلاثمائة ألف', 5.3e6],
  // Russian, German, French, English: the same classes where the profile has them.
  ['ru', '5 тыс.', 5000], ['ru', '5 тысячами', 5000], ['ru', '2 триллионам', 2e12], ['de', '5 Mio.', 5e6], ['de', '5 Tsd.', 5000], ['de', 'fünftausend', 5000], ['de', 'zweihunderttausend', 200000],
  ['fr', '5 Mds', 5e9], ['en', '5bn', 5e9], ['en', '1.5 million', 1.5e6], ['en', '5 thousand', 5000], ['en', '2 tn', 2e12],
];

describe('scale words in every form', () => {
  for (const [lang, phrase, value] of forms) {
    it(`reads "${phrase}" (${lang}) as ${value}`, () => assert.deepEqual(valuesOf(`— ${phrase} .`, lang), [value]));
  }
});

describe('amounts in scale groups', () => {
  it('joins no two amounts of the same or a rising scale', () => {
    assert.deepEqual(valuesOf('Борг зріс з 3 млн до 5 млн гривень .', 'uk'), [3e6, 5e6]);
    assert.deepEqual(valuesOf('Utang 3 juta 5 juta .', 'id'), [3e6, 5e6]);
    assert.deepEqual(valuesOf('بلغ 3 ملايين و500 دولار .', 'ar'), [3e6, 500]);
  });
});

/** One sentence per language, stating 1.5 million of a currency on 3 May. */
const sameValue: Array<{ lang: string; text: string }> = [
  { lang: 'uk', text: '3 травня держава позичила 1,5 мільйона гривень.' },
  { lang: 'en', text: 'On 3 May the state borrowed 1.5 million pounds.' },
  { lang: 'nl', text: 'Op 3 mei leende de staat 1,5 miljoen euro.' },
  { lang: 'id', text: 'Pada 3 Mei negara meminjam 1.5 juta rupiah.' },
  { lang: 'ar', text: 'في 3 مايو اقترضت الدولة 1.5 مليون دولار.' },
  { lang: 'sv', text: 'Den 3 maj lånade staten 1,5 miljoner kronor.' },
];

const alarms = (a: { lang: string; text: string }, b: { lang: string; text: string }) =>
  check([a, b], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

describe('scale words compared across versions', () => {
  for (let i = 0; i < sameValue.length; i++) {
    for (let j = i + 1; j < sameValue.length; j++) {
      const a = sameValue[i]!;
      const b = sameValue[j]!;
      it(`the same value in ${a.lang} and ${b.lang} gives no alarm`, () => assert.equal(alarms(a, b).length, 0));
    }
  }
  const changed: Array<[string, string, string]> = [
    ['uk', '3 травня держава позичила 1,5 мільярда гривень.', 'мільйона → мільярда'],
    ['uk', '3 травня держава позичила 1,5 тис. гривень.', 'мільйона → тис.'],
    ['nl', 'Op 3 mei leende de staat 1,5 mld euro.', 'miljoen → mld'],
    ['id', 'Pada 3 Mei negara meminjam 1.5 miliar rupiah.', 'juta → miliar'],
    ['ar', 'في 3 مايو اقترضت الدولة 1.5 مليار دولار.', 'مليون → مليار'],
    ['ar', 'في 3 مايو اقترضت الدولة 1.5 ألف دولار.', 'مليون → ألف'],
    ['sv', 'Den 3 maj lånade staten 1,5 tusen kronor.', 'miljoner → tusen'],
  ];
  it('a thousand written together with its number word is compared as the number', () => {
    const en = { lang: 'en', text: 'On 3 May five thousand people marched in the city.' };
    assert.equal(alarms(en, { lang: 'nl', text: 'Op 3 mei liepen vijfduizend mensen door de stad.' }).length, 0);
    assert.equal(alarms(en, { lang: 'sv', text: 'Den 3 maj tågade femtusen personer genom staden.' }).length, 0);
    assert.equal(alarms(en, { lang: 'nl', text: 'Op 3 mei liepen achtduizend mensen door de stad.' }).length, 1);
  });
  for (const [lang, text, change] of changed) {
    it(`a changed scale word (${lang} ${change}) against en is a count mismatch`, () => assert.equal(alarms(sameValue[1]!, { lang, text }).length, 1));
  }
});

// Trillions, and the abbreviations the press uses (`mrd`, `md`, `milj.`, `трлн`), in whole sentences.
describe('scale words after digits', () => {
  const cases: Array<[string, string, string]> = [
    ['nl', 'De staat leende 5 mrd euro.', '5000000000'],
    ['nl', 'De schuld bedraagt 2 biljoen euro.', '2000000000000'],
    ['sv', 'Staten lånade 5 md kronor.', '5000000000'],
    ['sv', 'Staten lånade 5 milj. kronor.', '5000000'],
    ['sv', 'Skulden är 2 biljoner kronor.', '2000000000000'],
    ['id', 'Utang negara mencapai 2 triliun rupiah.', '2000000000000'],
    ['uk', 'Борг становить 2 трлн гривень.', '2000000000000'],
    ['uk', 'Борг становить 2 трильйони гривень.', '2000000000000'],
    ['ar', 'بلغ الدين 2 تريليون دولار.', '2000000000000'],
    ['ar', 'بلغ الدين 5 بليون دولار.', '5000000000'],
  ];
  for (const [lang, text, value] of cases) {
    it(`reads "${text}" (${lang})`, () => assert.deepEqual(valueStringsOf(text, lang), [value]));
  }

  it('finds a scale word changed between two translations', () => {
    const found = check(
      [
        { lang: 'nl', text: 'Op 3 mei leende de staat 5 mrd euro van de banken.' },
        { lang: 'sv', text: 'Den 3 maj lånade staten 5 milj. kronor av bankerna.' },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');
    assert.equal(found.length, 1);
  });
});
