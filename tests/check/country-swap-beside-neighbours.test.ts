// A sentence left with two countries against one: the one the other version names in the sentence
// beside its linked one moved there, so the other is the swap ("USA:s utrikesminister … i Pakistan"
// against "staatssecretaris … in Singapore", the Dutch naming the United States in the sentence before).
// Where nothing is named beside, the leftover standing by the fact the other's country stands by is the
// swap (Pakistan and Singapore both before Kim Jong Un); leftovers beside other facts stay omissions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const countryAlarms = (nlFirst: string) =>
  check(
    [
      {
        lang: 'sv',
        sentences: [
          'Han uppmanade USA att uppfylla löftena från toppmötet i Singapore.',
          'Hans kommentarer kom då USA:s utrikesminister Mike Pompeo verkar vara nära en lösning tre månader efter mötet i Pakistan med Nordkoreas ledare Kim Jong Un.',
          'Pompeo reser till Pyongyang nästa månad.',
        ],
      },
      {
        lang: 'nl',
        sentences: [
          nlFirst,
          'Hij zei dit op het moment dat staatssecretaris Mike Pompeo dicht bij een oplossing lijkt, drie maanden na de topontmoeting in Singapore met Kim Jong Un van Noord-Korea.',
          'Pompeo reist volgende maand naar Pyongyang.',
        ],
      },
    ],
    { mode: 'parallel' },
  ).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');

describe('a country swap beside a country moved to the next sentence', () => {
  it('sets the country left over against the other version once the one it names beside is set aside', () => {
    const found = countryAlarms('Hij riep de Verenigde Staten op de beloften van de top in Singapore na te komen.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.value), ['PK', 'SG']);
  });

  it('without a country beside, takes the leftover that stands where the other version\'s country stands', () => {
    const found = countryAlarms('Hij riep op de beloften van de top in Singapore na te komen.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.value), ['PK', 'SG']);
  });

  it('raises nothing when no leftover stands beside the fact the other version\'s country stands by', () => {
    const found = check(
      [
        { lang: 'sv', sentences: ['Han uppmanade USA att uppfylla löftena.', 'Hans kommentarer kom då USA:s utrikesminister Mike Pompeo i Pakistan verkar vara nära en lösning tre månader efter mötet med Nordkoreas ledare Kim Jong Un.', 'Pompeo reser till Pyongyang nästa månad.'] },
        { lang: 'nl', sentences: ['Hij riep op de beloften na te komen.', 'Hij zei dit op het moment dat staatssecretaris Mike Pompeo dicht bij een oplossing lijkt, drie maanden na de topontmoeting in Singapore met Kim Jong Un van Noord-Korea.', 'Pompeo reist volgende maand naar Pyongyang.'] },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');
    assert.deepEqual(found, []);
  });
});
