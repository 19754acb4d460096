// German capitalises every noun, and glues a noun to a name with a hyphen (`ITV-Sendung`, `Trump-Regierung`,
// `BBC-Reporter`): the noun after the hyphen is the compound's head, no name of its own, or a version that
// translates the show or the government reads as naming one more person than the others.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const namesOf = (text: string) =>
  extractAnchors(text, { lang: 'de' })
    .filter((a) => a.type === 'entity')
    .map((a) => a.text);

describe('German compound heads', () => {
  it('reads the name before the hyphen and not the noun after it', () => {
    assert.deepEqual(namesOf('Der Moderator der ITV-Sendung kam am Montag.'), ['ITV']);
    assert.deepEqual(namesOf('Die Trump-Regierung verhängte Sanktionen.'), ['Trump']);
    assert.deepEqual(namesOf('Der BBC-Reporter sprach mit Anhängern von Boris Johnson.'), ['BBC', 'Boris Johnson']);
  });

  it('leaves an abbreviation before the hyphen to the compound, not to the name before it', () => {
    assert.deepEqual(namesOf('Er hält einen Anteil an Baldwins TV-Produktionsfirma.'), ['Baldwins', 'TV']);
    assert.deepEqual(namesOf('Die Boris Johnson-Regierung trat zurück.'), ['Boris Johnson']);
  });

  it('keeps a hyphenated name of several words before the hyphen', () => {
    assert.deepEqual(namesOf('Jean-Claude Juncker kam am Montag.'), ['Jean', 'Claude Juncker']);
  });
});
