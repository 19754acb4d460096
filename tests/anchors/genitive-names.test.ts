// German capitalises every noun, so a name in the genitive runs into the noun it qualifies (`Theresa Mays
// Besuch`, `Kavanaughs Aussage`); in Swedish it runs into a name after it (`Trumps Wheeling`). Where the
// document writes the name without the ending mid-sentence, the genitive ends the name, the name is read
// without it (as English `May's` is), and a German noun after it is no name. A one-word possessor before
// a full name (`Liverpools Alisson Becker`) is cut where the document writes it alone mid-sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentCase, extractAnchors } from '../../src/index.js';

const namesIn = (sentences: string[]) => {
  const evidence = documentCase(sentences.join('\n'));
  return sentences.map((s) => extractAnchors(s, { lang: 'de', documentCase: evidence }).filter((a) => a.type === 'entity').map((a) => `${a.text}|${a.value}`));
};

describe('German names in the genitive', () => {
  it('ends the name at its genitive and reads it as the name without it, when the document writes the name mid-sentence', () => {
    const [plain, genitive, full, oneWord] = namesIn(['Der Besuch von Theresa May dauerte zwei Tage.', 'Theresa Mays Besuch war kurz.', 'Richter Brett Kavanaugh sagte aus.', 'Kavanaughs Aussage war emotional.']);
    assert.equal(genitive!.length, 1);
    assert.equal(genitive![0]!.split('|')[1], plain![0]!.split('|')[1]);
    assert.equal(genitive![0]!.split('|')[0], 'Theresa May');
    assert.equal(full!.length, 1);
    assert.deepEqual(oneWord!.map((n) => n.split('|')[0]), ['Kavanaugh']);
  });

  it('leaves a name alone whose shorter form the document does not write (a middle word ending in s)', () => {
    assert.deepEqual(namesIn(['Juan Carlos Ferrero gewann.', 'Der Spieler Juan Carlos Ferrero gewann wieder.']).flat().map((n) => n.split('|')[0]), ['Juan Carlos Ferrero', 'Juan Carlos Ferrero']);
  });

  it('ends the name at its genitive before another name where nouns have no capital, keeping that name', () => {
    const sentences = ['USA:s president Donald Trump besöker staden.', 'Trumps Wheeling, West Virginia kampanjevenemang är planerat.'];
    const evidence = documentCase(sentences.join('\n'));
    const names = extractAnchors(sentences[1]!, { lang: 'sv', documentCase: evidence }).filter((a) => a.type === 'entity').map((a) => a.text);
    assert.deepEqual(names, ['Trump', 'Wheeling', 'West Virginia']);
  });

  it('ends a one-word name at its genitive before a full name, where the document writes it alone mid-sentence and the genitive marks the possessor only', () => {
    const read = (lang: string, sentences: string[]) => {
      const evidence = documentCase(sentences.join('\n'));
      return extractAnchors(sentences[1]!, { lang, documentCase: evidence }).filter((a) => a.type === 'entity').map((a) => a.text);
    };
    assert.deepEqual(read('sv', ['Chelsea mötte Liverpool på lördagen.', 'Han sköt förbi Liverpools Alisson Becker.']), ['Liverpool', 'Alisson Becker']);
    assert.deepEqual(read('nl', ['Chelsea speelde tegen Liverpool.', 'Hij schoot langs Liverpools Alisson Becker.']), ['Liverpool', 'Alisson Becker']);
    // Not a name of its own that ends in s (no `Denni` in the text), nor one the text never writes alone.
    assert.deepEqual(read('sv', ['Chelsea mötte Liverpool.', 'Sedan talade Dennis McCarthy.']), ['Dennis McCarthy']);
    assert.deepEqual(read('sv', ['Chelsea vann matchen.', 'Han sköt förbi Liverpools Alisson Becker.']), ['Liverpools Alisson Becker']);
    // A declined name writes its case on every word (`Питера Джонса`, Peter Jones's): one name, though `Питер` stands alone elsewhere.
    assert.deepEqual(read('ru', ['Об этом сообщил Питер.', 'Растёт компания Питера Джонса.']), ['Питера Джонса']);
  });
});
