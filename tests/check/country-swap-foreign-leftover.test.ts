// Among several countries one side leaves over, the one the other version names nowhere in its whole
// document is the one put in another's place; those it names elsewhere were only left out of this
// sentence ("wilayah Spanyol bagian utara dan barat daya Amerika Serikat" against "het noorden van
// Mexico": the Dutch names the United States in another sentence, never Spain).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

// The United States two sentences before, not next door (a country next door may have moved there).
const dutch = [
  'Orkaan Rosa trekt op zondag naar de Verenigde Staten.',
  'De wind haalt 135 km per uur.',
  'Rosa zal de komende dagen hevige regens naar het noorden van Mexico brengen.',
  'De storm bereikt op maandag de kust bij Ensenada.',
];
const indonesian = (middle: string) => [
  'Badai Rosa bergerak ke Amerika Serikat pada hari Minggu.',
  'Kecepatan angin mencapai 135 km per jam.',
  middle,
  'Badai itu mencapai pantai dekat Ensenada pada hari Senin.',
];
const countryAlarms = (middle: string) =>
  check([{ lang: 'nl', sentences: dutch }, { lang: 'id', sentences: indonesian(middle) }], { mode: 'parallel' }).findings.filter(
    (f) => f.rule === 'country-label' && f.severity !== 'info',
  );

describe('a swap among several leftovers, told by the country the other version never names', () => {
  it('finds the country the other version names nowhere against the one it gives', () => {
    const found = countryAlarms('Rosa akan menyebabkan hujan banjir di seluruh wilayah Spanyol bagian utara dan barat daya Amerika Serikat beberapa hari mendatang.');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.text), ['Spanyol', 'Mexico']);
  });

  it('raises nothing where the sentence only adds a country the other version names elsewhere', () => {
    assert.deepEqual(countryAlarms('Rosa akan menyebabkan hujan banjir di seluruh wilayah Meksiko bagian utara dan barat daya Amerika Serikat beberapa hari mendatang.'), []);
  });

  it('raises nothing where the other side leaves no country over', () => {
    const unrelated = [...dutch.slice(0, 2), 'Rosa zal de komende dagen hevige regens brengen.', dutch[3]!];
    const found = check([{ lang: 'nl', sentences: unrelated }, { lang: 'id', sentences: indonesian('Rosa akan menyebabkan hujan banjir di Spanyol dan Amerika Serikat beberapa hari mendatang.') }], { mode: 'parallel' });
    assert.deepEqual(found.findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info'), []);
  });
});
