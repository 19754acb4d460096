// A month named by its adjective: Ukrainian writes "the June summit" as `червневий саміт`, declined as
// any adjective (`після червневого саміту`, `на жовтневих виборах`). It states the month as `у червні` does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const dates = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'date')
    .map((a) => `${a.text} ${a.value}`);

describe('months named by their adjectives', () => {
  it('reads a Ukrainian month adjective in any case as its month', () => {
    assert.deepEqual(dates('Через три місяці після червневого саміту дипломат виступив в ООН.', 'uk'), ['червневого --06']);
    assert.deepEqual(dates('Республіканці можуть програти на листопадових виборах.', 'uk'), ['листопадових --11']);
    assert.deepEqual(dates('Січнева повінь зруйнувала міст.', 'uk'), ['Січнева --01']);
  });

  it('compares the adjective with the month the other version names', () => {
    const months = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => a.value);
    assert.deepEqual(months('після червневого саміту', 'uk'), months('na de top in juni', 'nl'));
  });
});
