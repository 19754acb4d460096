// English headlines write every major word with a capital: there a capital tells nothing, and a name is
// what the article's running text capitalises too, or the gazetteer knows. A possessive ends a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, createGazetteer, documentCase, extractAnchors } from '../../src/index.js';

const empty = createGazetteer([]);
const namesIn = (text: string, lang = 'en', gazetteer = empty) =>
  analyse([{ lang, sentences: text.split('\n') }], { gazetteer }).anchors[0]!.map((sentence) => sentence.filter((a) => a.type === 'entity').map((a) => a.text));

describe('a title-case headline', () => {
  it('reads as names only the words running text capitalises too', () => {
    const article = 'Killer Pig Mauls Farmer Near Dalton\nA killer pig mauled a farmer near Dalton on Monday, police said.';
    assert.deepEqual(namesIn(article), [['Dalton'], ['Dalton']]);
  });

  it('keeps words the gazetteer knows, though running text never names them', () => {
    const gazetteer = createGazetteer([{ id: 'vegas', kind: 'place', names: { en: ['Las Vegas'] } }]);
    const article = 'Storms Threatening Phoenix, Las Vegas With Flash Flooding\nHeavy storms and flash flooding threaten Phoenix this week.';
    assert.deepEqual(namesIn(article, 'en', gazetteer)[0], ['Phoenix', 'Las Vegas']);
  });

  it('is no line of names only, as a caption is: those stay names', () => {
    const article = 'Angela Merkel, Emmanuel Macron, Boris Johnson\nThe leaders met in the morning.';
    assert.deepEqual(namesIn(article)[0], ['Angela Merkel', 'Emmanuel Macron', 'Boris Johnson']);
  });

  it('is read so only in a language whose headlines are title case', () => {
    const article = 'Moordzuchtig Varken Doodt Boer Bij Dalton\nEen varken doodde een boer bij Dalton, zei de politie.';
    // Only the document's lowercase words of six letters or more, and function words, are cut there.
    assert.deepEqual(namesIn(article, 'nl')[0], ['Doodt Boer', 'Dalton']);
  });

  it('is read as before with evidence built without running text', () => {
    const evidence = { lowercase: new Set(['killer', 'farmer', 'near']), midSentencePairs: new Set<string>() };
    const names = extractAnchors('Killer Pig Mauls Farmer Near Dalton', { lang: 'en', gazetteer: empty, documentCase: evidence }).filter((a) => a.type === 'entity');
    assert.deepEqual(names.map((a) => a.text), ['Pig Mauls', 'Near Dalton']);
    assert.throws(() => extractAnchors('Tekst.', { lang: 'en', documentCase: { ...evidence, runningTextCapitals: ['dalton'] } as never }), { name: 'TypeError', message: /documentCase/ });
    // documentCase gives running text's capitals, without the title-case line's.
    assert.deepEqual([...documentCase('Killer Pig Mauls Farmer Near Dalton\nA pig mauled a farmer near Dalton and Leeds.').runningTextCapitals!].sort(), ['dalton', 'leeds']);
  });
});

describe('a possessive', () => {
  it('ends the name it closes, in English and Dutch', () => {
    assert.deepEqual(namesIn('Fans cheered as Liverpool’s Daniel Sturridge scored.')[0], ['Liverpool', 'Daniel Sturridge']);
    assert.deepEqual(namesIn("Fans zagen hoe Barcelona's Lionel Messi scoorde.", 'nl')[0], ['Barcelona', 'Lionel Messi']);
  });
});
