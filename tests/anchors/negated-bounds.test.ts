// A bound negated is the other bound: "no more than 3" is at most 3, "no fewer than 3" at least 3. The
// longest phrase before the number decides, in every language that writes them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const relations = (text: string, lang: string) =>
  extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [`${a.value} ${a.relation}`] : []));

describe('negated bounds', () => {
  it('reads a negated "more" as a bound from above and a negated "fewer" as one from below', () => {
    assert.deepEqual(relations('They stayed no more than 3 days.', 'en'), ['3 at-most']);
    assert.deepEqual(relations('They stayed no fewer than 3 days.', 'en'), ['3 at-least']);
    assert.deepEqual(relations('Ze bleven niet meer dan 3 dagen.', 'nl'), ['3 at-most']);
    assert.deepEqual(relations('Вони були там не більше 3 днів.', 'uk'), ['3 at-most']);
    assert.deepEqual(relations('Вони були там не менше 3 днів.', 'uk'), ['3 at-least']);
    assert.deepEqual(relations('Не более трёх месяцев министр молчал.', 'ru'), ['3 at-most']);
  });

  it('keeps the plain comparatives, also with a preposition before the number', () => {
    assert.deepEqual(relations('They stayed more than 3 days.', 'en'), ['3 more-than']);
    assert.deepEqual(relations('Ze bleven meer dan 3 dagen.', 'nl'), ['3 more-than']);
    assert.deepEqual(relations('Більше ніж через три місяці він виступив.', 'uk'), ['3 more-than']);
  });
});
