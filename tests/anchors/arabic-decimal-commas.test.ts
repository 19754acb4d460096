// The Arabic press writing Latin digits marks decimals with a comma, Latin or Arabic (`2,5%`,
// `14،8 مليار`): before one or two digits it is a decimal, before exactly three it still groups
// thousands (`3,500 دولار`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const numbers = (text: string) => extractAnchors(text, { lang: 'ar' }).flatMap((a) => (a.type === 'number' ? [a.numeric] : []));

describe('Arabic decimal commas', () => {
  it('reads a comma before one or two digits as a decimal', () => {
    assert.deepEqual(numbers('ارتفع التضخم إلى 4,7% هذا العام.'), [4.7]);
    assert.deepEqual(numbers('بلغت الصادرات 14،8 مليار دولار.'), [14.8e9]);
    assert.deepEqual(numbers('نما الاقتصاد بنسبة 0,25% فقط.'), [0.25]);
  });

  it('still groups thousands before three digits', () => {
    assert.deepEqual(numbers('دفعت الشركة 3,500 دولار.'), [3500]);
  });

  it('check compares such decimals between two versions', () => {
    const found = check(
      [
        { lang: 'ar', sentences: ['ارتفع التضخم إلى 4,7% هذا العام.'] },
        { lang: 'ar', sentences: ['ارتفع التضخم إلى 4,2% هذا العام.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.severity !== 'info');
    assert.equal(found.length, 1);
  });
});
