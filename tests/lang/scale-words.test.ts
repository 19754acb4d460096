// Scale words and their abbreviations after digits, in each of the five news languages: trillions,
// and the abbreviations the press uses (`mrd`, `md`, `milj.`, `трлн`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const valueOf = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);

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
    it(`reads "${text}" (${lang})`, () => assert.deepEqual(valueOf(text, lang), [value]));
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
