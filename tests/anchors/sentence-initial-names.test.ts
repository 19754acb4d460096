// A lone capitalised word opening a sentence is a name when the document writes it with a capital inside
// sentences and never in lowercase (`president Trump zei` … `Trump zal…`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentCase, extractAnchors } from '../../src/index.js';

const names = (sentence: string, document: string, lang: string) =>
  extractAnchors(sentence, { lang, documentCase: documentCase(document) }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('sentence-initial names from the document’s case', () => {
  it('collects the capitalised words written inside sentences, not the sentence openers', () => {
    const evidence = documentCase('Gisteren zei president Trump iets. Daarna, zei Kim, kwam de rest.\nKop Hier');
    assert.deepEqual([...evidence.midSentenceWords].sort(), ['hier', 'kim', 'trump']);
  });

  it('reads the word as a name at a sentence start when the document writes it so inside one', () => {
    const sentence = 'Trump zal het waarschijnlijk over de hoorzittingen hebben.';
    assert.deepEqual(names(sentence, sentence, 'nl'), []);
    assert.deepEqual(names(sentence, `De campagne van president Trump begon. ${sentence}`, 'nl'), ['Trump']);
  });

  it('not when the document also writes it in lowercase, nor in a language that capitalises nouns', () => {
    const sentence = 'Morgen komt de rest.';
    assert.deepEqual(names(sentence, `Hij zei Morgen als titel. Hij komt morgen. ${sentence}`, 'nl'), []);
    const german = 'Regierung und Opposition stimmten zu.';
    assert.deepEqual(names(german, `Die neue Regierung trat zurück. ${german}`, 'de'), []);
  });
});
