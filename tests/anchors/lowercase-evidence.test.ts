// A long capitalised word that the document also writes in lowercase is a common word written with a
// capital (`het Provinciaal Partijcomité` beside `het partijcomité`), not part of a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGazetteer, extractAnchors, lowercaseWords } from '../../src/index.js';

const names = (sentence: string, document: string, lang: string, gazetteer = createGazetteer([])) =>
  extractAnchors(sentence, { lang, gazetteer, lowercaseWords: lowercaseWords(document) }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('lowercase evidence from the document', () => {
  const sentence = 'Het Provinciaal Partijcomité van Quang Ninh kwam bijeen.';
  const document = `${sentence} Het partijcomité en het provinciaal bestuur tekenden.`;

  it('collects the long words written in lowercase, folded', () => {
    assert.deepEqual([...lowercaseWords('Het Partijcomité en het partijcomité, Ханой і провінції; de Regio')].sort(), ['partijcomité', 'провінції']);
  });

  it('drops capitalised common words from names, keeping the name', () => {
    assert.deepEqual(names(sentence, sentence, 'nl'), ['Provinciaal Partijcomité', 'Quang Ninh']);
    assert.deepEqual(names(sentence, document, 'nl'), ['Quang Ninh']);
  });

  it('keeps words of at most five letters and words the gazetteer knows', () => {
    assert.deepEqual(names('Zij bezochten Ha Long en Bogor.', 'Zij bezochten Ha Long en Bogor. De weg is long.', 'nl'), ['Ha Long', 'Bogor']);
    const gazetteer = createGazetteer([{ id: 'party', kind: 'organisation', names: { nl: ['Provinciaal Partijcomité'] } }]);
    assert.deepEqual(names(sentence, document, 'nl', gazetteer), ['Provinciaal Partijcomité', 'Quang Ninh']);
  });

  it('rejects evidence that is not a Set', () => {
    assert.throws(() => extractAnchors('Tekst.', { lang: 'nl', lowercaseWords: ['woord'] as unknown as Set<string> }), { name: 'TypeError', message: /lowercaseWords/ });
  });
});
