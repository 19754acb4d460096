// Another language's name of a country is often a given name (Jordan, Georgia, Chad): before a
// capitalised surname it starts a person's name, where the language's own name of the country would not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const read = (text: string, lang: string) => extractAnchors(text, { lang }).map((a) => `${a.type}:${text.slice(a.start, a.end)}`);

describe('a foreign country name before a surname', () => {
  it('reads a person where the language writes the country otherwise (sv Jordanien, id Yordania, nl Jordanië)', () => {
    assert.deepEqual(read('Det sa Jordan Spieth efter rundan.', 'sv'), ['entity:Jordan Spieth']);
    assert.deepEqual(read('Begitu kata Jordan Spieth sesudah pertandingan.', 'id'), ['entity:Jordan Spieth']);
    assert.deepEqual(read('Dat zei Jordan Spieth na afloop.', 'nl'), ['entity:Jordan Spieth']);
  });

  it('keeps the country when it stands alone or before a word that is no name', () => {
    assert.deepEqual(read('Kungen besökte Jordan i fjol.', 'sv'), ['country:Jordan']);
    assert.deepEqual(read('Daarna reisde hij naar Jordan en Israël.', 'nl'), ['country:Jordan', 'country:Israël']);
  });

  it("keeps the language's own name before a name (a title, the country, then the person)", () => {
    assert.deepEqual(read('Presiden Indonesia Joko Widodo tiba di Palu.', 'id'), ['country:Indonesia', 'entity:Joko Widodo', 'entity:Palu']);
  });
});
