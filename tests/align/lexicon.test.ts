import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { align, lexiconKey, parseDictdDictionary, parseHunalignDictionary, pivotLexicon } from '../../src/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/dictionary/', import.meta.url));

describe('lexicon readers', () => {
  it('reads hunalign dictionary lines as [source, target] and skips lines without " @ "', () => {
    assert.deepEqual(parseHunalignDictionary('katt @ kat\nno separator here\nrött hus @ rood huis\n'), [
      ['kat', 'katt'],
      ['rood huis', 'rött hus'],
    ]);
  });

  it('reads a FreeDict dictd dictionary: every translation of every headword, numbered senses too, not the database info', () => {
    const pairs = parseDictdDictionary(
      readFileSync(`${fixtures}freedict-nld-swe.index`, 'utf8'),
      new Uint8Array(gunzipSync(readFileSync(`${fixtures}freedict-nld-swe.dict.dz`))),
    );
    const translationsOf = (word: string) => pairs.filter(([headword]) => headword === word).map(([, translation]) => translation);
    assert.ok(translationsOf('kat').includes('katt'));
    assert.deepEqual(translationsOf('mat'), ['matta', 'dörrmatta']);
    assert.deepEqual(translationsOf('slapen').slice(0, 2), ['sova', 'slumra']);
    assert.ok(!pairs.some(([headword]) => headword.startsWith('00')));
  });

  it('drops notes in brackets after a translation, but not a bracket left open', () => {
    const entry = 'huis /hœys/ <n>\nhus (byggnad), bostad [bildl.]; (hem\n';
    const bytes = new TextEncoder().encode(entry);
    const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const pairs = parseDictdDictionary(`huis\tA\t${base64[bytes.length]}\n`, bytes);
    assert.deepEqual(pairs.map(([, translation]) => translation), ['hus', 'bostad', '(hem']);
  });

  it('joins two dictionaries through the language they share', () => {
    const dutchEnglish = [['kat', 'cat'], ['hond', 'dog']] as const;
    const swedishEnglish = [['katt', 'cat'], ['häst', 'horse']] as const;
    assert.deepEqual(pivotLexicon(dutchEnglish, swedishEnglish), [['kat', 'katt']]);
  });

  it('looks words up by a folded prefix', () => {
    assert.equal(lexiconKey('Regeringen'), lexiconKey('regering'));
    assert.equal(lexiconKey('Côté'), lexiconKey('cote'));
    assert.notEqual(lexiconKey('kat'), lexiconKey('mat'));
  });
});

describe('align with a lexicon', () => {
  const dutch = { sentences: ['De kat slaapt op de warme mat.', 'Het regent vandaag in de stad.'], lang: 'nl' };
  const swedish = { sentences: ['Det regnar idag i staden.', 'Katten sover på den varma mattan.'], lang: 'sv' };
  const lexicon = parseHunalignDictionary(readFileSync(`${fixtures}nl-sv.hunalign.txt`, 'utf8'));

  it('links sentences with no number or name through the dictionary’s word pairs', () => {
    const without = align(dutch, swedish, { mode: 'comparable' });
    const withLexicon = align(dutch, swedish, { mode: 'comparable', lexicon });
    assert.ok(without.links.length < 2, `without a dictionary: ${JSON.stringify(without.links)}`);
    assert.deepEqual(
      withLexicon.links.map((link) => [link.a, link.b]),
      [
        [[0], [1]],
        [[1], [0]],
      ],
    );
  });

  it('throws a TypeError naming options.lexicon for a bad lexicon', () => {
    assert.throws(
      () => align(dutch, swedish, { lexicon: 'kat=katt' as never }),
      (error: unknown) => error instanceof TypeError && /options\.lexicon/.test(error.message),
    );
    assert.throws(
      () => align(dutch, swedish, { lexicon: [['kat']] as never }),
      (error: unknown) => error instanceof TypeError && /options\.lexicon\[0\]/.test(error.message),
    );
  });
});

describe('align features: dictionary concepts are evidence, not confident anchors', () => {
  it('marks a concept shared once in each document coarse and keeps it out of the confident anchor matches', async () => {
    const { extractPairFeatures } = await import('../../src/align/features.js');
    const { compileLexicon } = await import('../../src/align/lexicon.js');
    const { defaultFeatureWeights, toSegmentedDocument } = await import('../../src/index.js');
    const lexicon = compileLexicon(parseHunalignDictionary(readFileSync(`${fixtures}nl-sv.hunalign.txt`, 'utf8')));
    const dutch = toSegmentedDocument({ sentences: ['De kat slaapt.'], lang: 'nl' });
    const swedish = toSegmentedDocument({ sentences: ['Katten sover.'], lang: 'sv' });
    const features = extractPairFeatures(dutch, swedish, { weights: defaultFeatureWeights, lexicon });
    const sharedIds = [...features.a.features[0]!].filter((id) => features.b.features[0]!.includes(id));
    const concepts = sharedIds.filter((id) => features.coarse[id] === 1);
    assert.ok(concepts.length > 0, 'the dictionary joins kat and katten');
    for (const id of concepts) assert.ok(!features.uniqueInBoth.includes(id));
  });
});
