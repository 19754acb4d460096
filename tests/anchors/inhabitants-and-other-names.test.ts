// Countries named by their inhabitants in every case and number (uk `французів`, `китайців`, `українцями`;
// Arabic broken plurals `الألمان`, `الأتراك`) and by the other names the news uses beside CLDR's
// (`Сполучене Королівство`, `Förenade kungariket`, Indonesian `Perancis`): each was read as no country, or
// as a name of its own, so a version naming another country there went unseen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const countries = (text: string, lang: string) => extractAnchors(text, { lang, demonyms: true }).flatMap((a) => (a.type === 'country' ? [a.value] : []));

describe('inhabitants and other names of a country', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uk', 'Переговори з французами, китайцями й британцями тривали добу.', ['FR', 'CN', 'GB']],
    ['uk', 'Серед загиблих було п\'ятеро українців і двоє болгар.', ['UA', 'BG']],
    ['uk', 'Прем\'єр Сполученого Королівства прибув до України.', ['GB', 'UA']],
    ['ar', 'التقى الوزير بالألمان والأتراك في أنقرة.', ['DE', 'TR']],
    ['ar', 'قال مسؤول إن الروس انسحبوا.', ['RU']],
    ['sv', 'Premiärministern i Förenade kungariket kom till Frankrike.', ['GB', 'FR']],
    ['id', 'Duta besar Perancis tiba di Jakarta.', ['FR']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(countries(text, lang), expected));
  }

  it('leaves a word that holds a plural without its article alone', () => {
    // `بروس` (Bruce) is `روس` with a clitic ب.
    assert.deepEqual(countries('قال بروس ويليس إن الفيلم انتهى.', 'ar'), []);
  });
});
