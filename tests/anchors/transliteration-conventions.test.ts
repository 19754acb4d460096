// Names of another script as each language transliterates them: Russian and Ukrainian write the j of
// Latin spellings as дж, and German, Dutch, Swedish, French and Indonesian write the sounds of Cyrillic
// names with letter groups of their own, which a respelt key undoes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityKey, nameSimilarity, relatedNameSimilarity, respellName, sameNameSimilarity } from '../../src/anchors/index.js';

const similarity = (a: string, langA: string, b: string, langB: string) => nameSimilarity(entityKey(a, langA), entityKey(b, langB));

test('Cyrillic дж, respelt, keys as the j of a Latin spelling', () => {
  const respelt = (name: string, lang: string) => entityKey(respellName(name, lang) ?? name, lang);
  assert.notEqual(entityKey('Джакарта', 'ru'), entityKey('Jakarta', 'id'));
  assert.equal(respelt('Джакарта', 'ru'), entityKey('Jakarta', 'id'));
  assert.equal(respelt('Аджай', 'uk'), entityKey('Ajay', 'en'));
  assert.ok(nameSimilarity(respelt('Джонс', 'ru'), entityKey('Jones', 'en')) >= sameNameSimilarity);
  assert.ok(nameSimilarity(respelt('Джефф Флейк', 'ru'), entityKey('Jeff Flake', 'en')) >= sameNameSimilarity);
});

test('a name respelt by its language transliteration conventions', () => {
  assert.equal(respellName('Chruschtschow', 'de'), 'khrushchov');
  assert.equal(respellName('Lawrow', 'de'), 'lavrov');
  assert.equal(respellName('Jelzin', 'de'), 'yeltsin');
  assert.equal(respellName('Sjtsjoekin', 'nl'), 'shchukin');
  assert.equal(respellName('Chrusjtjov', 'sv'), 'khrushchov');
  assert.equal(respellName('Gorbatjov', 'sv'), 'gorbachov');
  assert.equal(respellName('Gorbatchev', 'fr'), 'gorbachev');
  assert.equal(respellName('Tjokro', 'id'), 'chokro');
  // Languages without conventions, and names none applies to, are left as they are.
  assert.equal(respellName('Khrushchev', 'en'), undefined);
  assert.equal(respellName('Лавров', 'ru'), undefined);
  assert.equal(respellName('Джонс', 'ru'), 'jонс');
  assert.equal(respellName('Poutine', 'fr'), undefined);
});

test('respelt, the keys of one name in five languages come together; apart they did not', () => {
  const respelt = (name: string, lang: string) => entityKey(respellName(name, lang) ?? name, lang);
  const cases: Array<[string, string, string, string]> = [
    ['Хрущёв', 'ru', 'Chruschtschow', 'de'],
    ['Хрущёв', 'ru', 'Chroesjtsjov', 'nl'],
    ['Хрущёв', 'ru', 'Chrusjtjov', 'sv'],
    ['Лавров', 'ru', 'Lawrow', 'de'],
    ['Жуков', 'ru', 'Schukow', 'de'],
  ];
  for (const [cyrillic, langA, latin, langB] of cases) {
    assert.ok(similarity(cyrillic, langA, latin, langB) < relatedNameSimilarity, `${latin} apart`);
    assert.ok(nameSimilarity(entityKey(cyrillic, langA), respelt(latin, langB)) >= sameNameSimilarity, `${latin} respelt`);
  }
  // Two other people stay apart.
  assert.ok(nameSimilarity(entityKey('Лавров', 'ru'), respelt('Schukow', 'de')) < relatedNameSimilarity);
});

test('respellName rejects bad arguments with a TypeError naming them', () => {
  assert.throws(() => respellName(3 as unknown as string, 'de'), { name: 'TypeError', message: /name/ });
  assert.throws(() => respellName('Lawrow', undefined as unknown as string), { name: 'TypeError', message: /lang/ });
});
