// A lead or a change in percentage points is written with a phrase of one to three words in each
// language (`procentpunten`, `percentage points`, `points de pourcentage`); every one is read as percent,
// so the versions compare the figure in one kind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [`${a.value} ${a.relation}`] : []));

describe('percentage points', () => {
  it('reads the phrase of every language as percent, the longest phrase included', () => {
    const lead: Array<[string, string]> = [
      ['en', 'He won by more than 40 percentage points.'],
      ['fr', 'Il a gagné par plus de 40 points de pourcentage.'],
      ['de', 'Er gewann mit mehr als 40 Prozentpunkten.'],
      ['nl', 'Hij won met meer dan 40 procentpunten.'],
      ['sv', 'Han vann med mer än 40 procentenheter.'],
      ['id', 'Dia menang dengan lebih dari 40 poin persentase.'],
      ['ru', 'Он победил более чем на 40 процентных пунктов.'],
    ];
    for (const [lang, text] of lead) assert.deepEqual(numbers(text, lang), ['40% more-than'], lang);
  });

  it('keeps the shorter percent phrases and reads no percent where the phrase is cut short', () => {
    assert.deepEqual(numbers('Les prix ont augmenté de cinq pour cent.', 'fr'), ['5% exact']);
    assert.deepEqual(numbers('Il a marqué 40 points de plus.', 'fr'), ['40 exact']);
  });
});
