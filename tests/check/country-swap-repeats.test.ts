// A country swapped in a sentence where one version names another country once more than the other
// version does: the repeat is not the swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

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
});
