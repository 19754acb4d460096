// A name left over in a headline against a name in the sentence after it: the two links read as one
// (a swap across their boundary) must not pair a person with a body's name, nor a surname with the
// name of someone else while the full name it shortens stands beside it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { isOrganisationName } from '../../src/check/text.js';

const swaps = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant').map((f) => f.message);

const english = (headline: string, second: string) => ({
  lang: 'en',
  sentences: [headline, second, 'The budget of 140 billion euros was approved in 2019.', 'On 5 May, 12 ministers met in Brussels.'],
});
const indonesian = (headline: string, second: string) => ({
  lang: 'id',
  sentences: [headline, second, 'Anggaran sebesar 140 miliar euro disetujui pada 2019.', 'Pada 5 Mei, 12 menteri bertemu di Brussel.'],
});

describe('name swaps across a headline and the sentence after it', () => {
  it('reads no person swapped for a body whose name the translation translates (Uni Eropa)', () => {
    const found = swaps([
      english('PM Ray criticises rivals over the budget', 'The prime minister accused her rivals of playing politics with the budget of the European Union in an interview on 3 May.'),
      indonesian('Perdana Menteri mengkritik lawan soal anggaran', 'Perdana menteri menuduh lawannya bermain politik dengan anggaran Uni Eropa dalam wawancara pada 3 Mei.'),
    ]);
    assert.deepEqual(found, []);
  });

  it('reads no swap for a surname whose full name the other version writes in the next sentence', () => {
    const found = swaps([
      english('PM Ray criticises rivals over the budget', 'Prime Minister Anna Ray accused her rivals of playing politics with the budget, her spokesman said on 3 May.'),
      indonesian('Perdana Menteri mengkritik lawan soal anggaran', 'Perdana Menteri Anna Ray menuduh lawannya bermain politik dengan anggaran, kata juru bicara Budi Santoso pada 3 Mei.'),
    ]);
    assert.deepEqual(found, []);
  });

  it('still finds a surname swapped for another person in the headline', () => {
    const found = swaps([
      english('PM Ray criticises rivals over the budget', 'Prime Minister Anna Ray accused her rivals of playing politics with the budget, her spokesman said on 3 May.'),
      indonesian('Perdana Menteri Kowalski mengkritik lawan soal anggaran', 'Perdana Menteri Anna Ray menuduh lawannya bermain politik dengan anggaran, kata juru bicaranya pada 3 Mei.'),
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /Ray.*Kowalski/u);
  });
});

describe('names of bodies in every language', () => {
  it('knows the head nouns of unions, agencies, companies, clubs and foundations, not only parliaments', () => {
    const bodies = [
      'European Union', 'Europese Unie', 'Uni Eropa', 'Europeiska unionen', 'Європейський союз', 'Европейский союз', 'الاتحاد الأوروبي',
      'Europäische Union', 'Union européenne', 'Badan Meteorologi', 'Nationaal Instituut', 'Svenska Akademien', 'Агентство Франс Прес',
      'وكالة الأنباء', 'Stiftung Warentest', 'Fondation Abbé Pierre', 'Yayasan Mitra', 'Royal Horticultural Society', 'National Hurricane Center',
    ];
    assert.deepEqual(bodies.filter((name) => !isOrganisationName(name)), []);
  });

  it('takes no person for a body, even one whose surname begins like a head noun', () => {
    const people = ['Anna Ray', 'Jane Fonda', 'Джейн Фонда', 'Джейн Фонди', 'Maria Centeno', 'Tim Holt', 'جين فوندا'];
    assert.deepEqual(people.filter((name) => isOrganisationName(name)), []);
  });
});
