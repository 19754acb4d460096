import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, parseConfig } from '../../src/index.js';

// Two short articles with no shared names or figures, in opposite order: only word pairs can link them.
const versions = [
  { text: 'De hond blaft in de tuin.\nHet sneeuwt morgen in het dorp.', lang: 'nl', presegmented: true },
  { text: 'Det snöar i morgon i byn.\nHunden skäller i trädgården.', lang: 'sv', presegmented: true },
];
const lexicon: Array<[string, string]> = [
  ['hond', 'hunden'],
  ['blaft', 'skäller'],
  ['tuin', 'trädgården'],
  ['sneeuwt', 'snöar'],
  ['morgen', 'morgon'],
  ['dorp', 'byn'],
];
/** The sentence pairs the clusters join, as `nl sentence → sv sentence`. */
const linked = (result: ReturnType<typeof check>) =>
  result.clusters
    .flatMap((cluster) => {
      const nl = cluster.members.filter((member) => member.document === 0).flatMap((member) => member.sentences);
      const sv = cluster.members.filter((member) => member.document === 1).flatMap((member) => member.sentences);
      return nl.flatMap((a) => sv.map((b) => `${a}→${b}`));
    })
    .sort();

describe('check: lexicon', () => {
  it('aligns every pair of versions with the lexicon given', () => {
    const without = check(versions, { mode: 'comparable' });
    const withLexicon = check(versions, { mode: 'comparable', lexicon });
    assert.ok(!linked(without).includes('0→1'), JSON.stringify(linked(without)));
    assert.ok(linked(withLexicon).includes('0→1'), JSON.stringify(linked(withLexicon)));
    assert.deepEqual(withLexicon.findings, without.findings);
  });

  it('rejects a lexicon that is not word pairs, naming options.lexicon, and one in a config file', () => {
    for (const bad of ['hond hunden', [['hond']], [['hond', 3]]]) {
      assert.throws(
        () => check(versions, { lexicon: bad as never }),
        (error: unknown) => error instanceof TypeError && /options\.lexicon/.test(error.message),
        JSON.stringify(bad),
      );
    }
    assert.throws(() => parseConfig('{"lexicon": [["hond", "hunden"]]}'), (error: unknown) => error instanceof RangeError && /unknown key "lexicon"/.test(error.message));
  });
});
