// German writes every noun with a capital, so a title or a noun stands in one run of capitalised words
// with the name beside it. The other versions' names tell where the name is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, createGazetteer } from '../../src/index.js';

const empty = createGazetteer([]);
describe('a noun beside a name, where every noun has a capital', () => {
  const germanNames = (german: string, other: string) =>
    analyse([{ lang: 'nl', text: other }, { lang: 'de', text: german }], { gazetteer: empty }).anchors[1]!.flat().filter((a) => a.type === 'entity').map((a) => a.text);

  it('is cut where the other versions name the rest of the run', () => {
    assert.deepEqual(germanNames('Die Moderatorin Holly Willoughby kündigte ihren Rückzug an.', 'De presentatrice Holly Willoughby kondigde haar vertrek aan.'), ['Holly Willoughby']);
    assert.deepEqual(germanNames('Das sagte Ehemann Dan Baldwin am Montag.', 'Dat zei haar man Dan Baldwin maandag.'), ['Dan Baldwin']);
  });

  it('stays where the rest is one known word, as a surname after its given name', () => {
    assert.deepEqual(germanNames('Leiter war Guido Magnone aus Chamonix.', 'De leider was Magnone uit Chamonix.'), ['Guido Magnone', 'Chamonix']);
  });

  it('stays without other versions to tell the name', () => {
    const alone = analyse([{ lang: 'de', text: 'Die Moderatorin Holly Willoughby kündigte ihren Rückzug an.' }], { gazetteer: empty });
    assert.deepEqual(alone.anchors[0]!.flat().filter((a) => a.type === 'entity').map((a) => a.text), ['Moderatorin Holly Willoughby']);
  });
});
