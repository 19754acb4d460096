// A surname after an initial (`J. Brown`, `H. Roiss`) is a name: the initial's dot starts no sentence.
// A capital letter after a capitalised word (`Camp I.`, `Vitamin D.`) is no initial.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const names = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('surnames after an initial', () => {
  it('reads the surname after an initial as a name, in languages that capitalise nouns too', () => {
    assert.deepEqual(names('par H. Roiss et J. Brown .', 'fr'), ['Roiss', 'Brown']);
    assert.deepEqual(names('- H. Roiss , Erste Besteigung', 'fr'), ['Roiss', 'Erste Besteigung']);
    assert.deepEqual(names('H. Roiss schrieb darüber .', 'de'), ['Roiss']);
    assert.deepEqual(names('von Dr. H. Roiss geschrieben', 'de'), ['Roiss']);
    assert.deepEqual(names('Tulisan J. Widodo dimuat .', 'id'), ['Widodo']);
    assert.deepEqual(names('за словами О. Шевченка , посла', 'uk'), ['Шевченка']);
  });

  it('reads an initial and surname after a capitalised title, where nouns are not capitalised', () => {
    assert.ok(names('Presiden Terpilih A. Obrador sudah bersumpah.', 'id').includes('Obrador'));
    assert.ok(names('Perdana Menteri Makedonia Z. Zaev, istrinya Zorica dan anaknya memberikan suara.', 'id').includes('Zaev'));
  });

  it('does not take a capital letter after a capitalised word for an initial', () => {
    assert.deepEqual(names('Er nahm Vitamin D. Dann ging er.', 'de'), []);
    assert.ok(!names('They reached Camp I. Then the porters came.', 'en').includes('Then'));
    // A lone word after a real full stop is still only a name when something else says so.
    assert.deepEqual(names('Es regnete. Dann ging er.', 'de'), []);
  });
});
