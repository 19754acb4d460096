// A country swapped in a sentence where one version names another country once more than the other
// version does: the repeat is not the swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { framedVersions } from './framed.js';

describe('a country swap beside a repeated country', () => {
  it('finds the swap when one version names a third country once more', () => {
    const found = check(
      [
        { lang: 'uk', text: 'Північна Корея не бачить відповіді від США, заявив міністр Північної Кореї 3 травня в Сінгапурі.' },
        { lang: 'sv', text: 'Nordkorea ser ingen respons från Storbritannien, sa Nordkoreas minister den 3 maj i Singapore om Nordkoreas steg.' },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.value).sort(), ['GB', 'US']);
  });

  it('blames the version whose mentions of the two countries the others do not share, when every version names both', () => {
    // One of id's two North Koreas became the United States: each version names both countries, so only
    // how often tells the versions apart (the others name North Korea twice and the United States once).
    const middle = {
      nl: 'Noord-Korea ziet geen reactie van de Verenigde Staten op de eerste ontwapeningsstappen van Noord-Korea.',
      id: 'Amerika Serikat tidak melihat respons dari Amerika Serikat atas langkah awal perlucutan senjata Korea Utara.',
      sv: 'Nordkorea ser ingen respons från USA efter Nordkoreas första nedrustningssteg.',
      uk: 'Північна Корея не бачить відповіді від США на перші кроки Північної Кореї з роззброєння.',
      ar: 'كوريا الشمالية لا ترى استجابة من الولايات المتحدة على خطوات نزع السلاح الأولى لكوريا الشمالية.',
    };
    const found = check(framedVersions(middle), { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');
    assert.deepEqual(
      found.map((f) => [f.evidence[0]!.value, f.evidence.slice(1).map((e) => e.value)]),
      [['US', ['KP', 'KP', 'KP', 'KP']]],
    );
    assert.match(found[0]!.message, /^id names United States/);
  });
});
