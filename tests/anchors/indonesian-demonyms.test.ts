// Indonesia's adjective and inhabitant forms, in every case and gender the demonym tables build, name
// Indonesia: against a version that names another country there, the country-label rule sees the swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const countries = (text: string, lang: string) => extractAnchors(text, { lang, demonyms: true }).flatMap((a) => (a.type === 'country' ? [[a.text, a.value]] : []));

describe('Indonesian as an adjective', () => {
  it('is Indonesia in each language', () => {
    assert.deepEqual(countries('Вона грає за індонезійську команду.', 'uk'), [['індонезійську', 'ID']]);
    assert.deepEqual(countries('Hij speelt voor de Indonesische ploeg.', 'nl'), [['Indonesische', 'ID']]);
    assert.deepEqual(countries('Hon spelar i det indonesiska laget.', 'sv'), [['indonesiska', 'ID']]);
    assert.deepEqual(countries('يلعب في المنتخب الإندونيسي.', 'ar'), [['الإندونيسي', 'ID']]);
    assert.deepEqual(countries('Он играет за индонезийскую команду.', 'ru'), [['индонезийскую', 'ID']]);
    assert.deepEqual(countries('Elle joue pour l’équipe indonésienne.', 'fr'), [['indonésienne', 'ID']]);
  });

  it('meets another country named in its place', () => {
    const found = check(
      [
        { lang: 'uk', sentences: ['Тренер індонезійської збірної Буді Сантосо приїхав до Палу.'] },
        { lang: 'sv', sentences: ['Budi Santoso, tränare för det spanska landslaget, kom till Palu.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'country-label');
    assert.equal(found.length, 1);
  });
});
