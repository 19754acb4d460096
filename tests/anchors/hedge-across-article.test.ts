// An approximation bounds its number across an article between them (`more than the 20.4 million`,
// `meer dan de 20,4 miljoen`, `högre än de 20,4 miljoner`), as it does across a preposition in Ukrainian
// (`більше ніж через три місяці`); "higher than" is "more than". A version whose hedge went unread was set
// against the others' hedged figure as exact, and a changed figure there was left in doubt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const relations = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => (a.type === 'number' ? `${a.value}:${a.relation}` : ''));

describe('an approximation across an article', () => {
  it('bounds the number after the article', () => {
    assert.deepEqual(relations('It is likely that more than the 20.4 million people watched.', 'en'), ['20400000:more-than']);
    assert.deepEqual(relations('Waarschijnlijk hebben meer dan de 20,4 miljoen mensen gekeken.', 'nl'), ['20400000:more-than']);
    assert.deepEqual(relations('Antalet tittare var högre än de 20,4 miljoner som angetts.', 'sv'), ['20400000:more-than']);
  });

  it('leaves a number after an article alone without an approximation', () => {
    assert.deepEqual(relations('De 20 personerna kom.', 'sv'), ['20:exact']);
    assert.deepEqual(relations('The 20 people came.', 'en'), ['20:exact']);
  });
});
