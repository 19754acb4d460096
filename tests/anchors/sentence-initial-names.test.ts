// A name that opens a sentence is read when the document writes it with a capital after a lowercase
// word elsewhere (`met Akhannouch in Brazil`, then `Akhannouch and Abe met`): news names a person in
// the running text and opens later sentences with the name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, createGazetteer, documentCase, extractAnchors } from '../../src/index.js';

const empty = createGazetteer([]);
const names = (sentence: string, lang: string, document?: string) =>
  extractAnchors(sentence, { lang, gazetteer: empty, ...(document === undefined ? {} : { documentCase: documentCase(document) }) })
    .filter((a) => a.type === 'entity')
    .map((a) => a.text);

describe('capitalised words a document writes after a lowercase word', () => {
  it('collects them, and none from a headline in title case or at a sentence start', () => {
    const evidence = documentCase('Sainsbury Plans Push Into Beauty\nThe minister met Akhannouch in Rabat. Akhannouch smiled, said Abe.');
    assert.deepEqual([...evidence.afterLowercaseWords!].sort(), ['abe', 'akhannouch', 'rabat']);
  });

  it('leaves evidence made without them valid', () => {
    const { lowercase, midSentencePairs } = documentCase('The minister met Akhannouch.');
    assert.deepEqual(
      extractAnchors('Akhannouch left.', { lang: 'en', gazetteer: empty, documentCase: { lowercase, midSentencePairs } }).filter((a) => a.type === 'entity'),
      [],
    );
  });
});

describe('a lone name that opens a sentence', () => {
  it('is read when the document writes it after a lowercase word (Latin script)', () => {
    const en = 'The minister met Akhannouch in Brazil. Akhannouch and Abe met in Paris.';
    assert.deepEqual(names('Akhannouch and Abe met in Paris.', 'en', en), ['Akhannouch', 'Abe', 'Paris']);
    const nl = 'De minister ontving Akhannouch in Brazilië. Akhannouch en Abe ontmoetten elkaar in Parijs.';
    assert.deepEqual(names('Akhannouch en Abe ontmoetten elkaar in Parijs.', 'nl', nl), ['Akhannouch', 'Abe', 'Parijs']);
    // Without that evidence a capitalised word at a sentence's start may be any word.
    assert.deepEqual(names('Akhannouch and Abe met in Paris.', 'en'), ['Abe', 'Paris']);
  });

  it('is read when the document writes it in another case form (Cyrillic)', () => {
    const uk = 'Міністр прийняв Аханнуша у Бразилії. Аханнуш і Абе зустрілися в Парижі.';
    assert.ok(names('Аханнуш і Абе зустрілися в Парижі.', 'uk', uk).includes('Аханнуш'));
  });

  it('is read by analyse, which gives every sentence its document as evidence', () => {
    const { anchors } = analyse([{ lang: 'sv', text: 'Ministern tog emot Akhannouch i Rabat. Akhannouch log.' }], { gazetteer: empty });
    assert.deepEqual(anchors[0]![1]!.filter((a) => a.type === 'entity').map((a) => a.text), ['Akhannouch']);
  });

  it('is not read when the document also writes the word in lowercase, or where every noun has a capital', () => {
    assert.deepEqual(names('Will it rain?', 'en', 'They asked Will to stay. Will it rain? It will not.'), []);
    assert.deepEqual(names('Vertrauen fehlt.', 'de', 'Es fehlt das Vertrauen. Vertrauen fehlt.'), []);
  });
});
