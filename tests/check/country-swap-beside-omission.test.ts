// A country put in another's place in a sentence where the other version also leaves a country out:
// several countries are left over, and the other versions' linked sentences tell which two swapped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const opening = {
  nl: 'De Amerikaanse minister Pompeo reisde op 7 oktober naar Pyongyang.',
  id: 'Menteri Amerika Serikat Pompeo pergi ke Pyongyang pada 7 Oktober.',
  sv: 'Den amerikanske ministern Pompeo reste till Pyongyang den 7 oktober.',
  en: 'The American minister Pompeo travelled to Pyongyang on 7 October.',
};
const closing = {
  nl: 'Hij bleef er 2 dagen.',
  id: 'Dia tinggal di sana selama 2 hari.',
  sv: 'Han stannade där i 2 dagar.',
  en: 'He stayed there for 2 days.',
};

const countryFindings = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');

describe('a country swapped beside a country the other version leaves out', () => {
  it('takes the pair of leftovers the other versions decide on', () => {
    const found = countryFindings([
      { lang: 'nl', sentences: [opening.nl, 'Drie maanden na de top in Singapore sprak hij met Kim Jong Un van Vietnam.', closing.nl] },
      { lang: 'id', sentences: [opening.id, 'Tiga bulan setelah pertemuan itu dia berbicara dengan Kim Jong Un dari Korea Utara.', closing.id] },
      // Each other version also leaves a country over against the Dutch (the American side, Singapore).
      { lang: 'sv', sentences: [opening.sv, 'Tre månader efter det amerikanska mötet i Singapore talade han med Kim Jong Un från Nordkorea.', closing.sv] },
      { lang: 'en', sentences: [opening.en, 'Three months after the American summit he spoke with Kim Jong Un of North Korea.', closing.en] },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^nl names Vietnam \(VN\) where .*North Korea \(KP\)/u);
  });

  it('with no other version, takes the leftover that stands beside the fact the other version\'s country stands by', () => {
    const found = countryFindings([
      { lang: 'nl', sentences: [opening.nl, 'Drie maanden na de top in Singapore sprak hij met Kim Jong Un van Vietnam.', closing.nl] },
      { lang: 'id', sentences: [opening.id, 'Tiga bulan setelah pertemuan itu dia berbicara dengan Kim Jong Un dari Korea Utara.', closing.id] },
    ]);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.value).sort(), ['KP', 'VN']);
  });

  it('leaves several leftovers alone where no other version decides and none stands beside the same fact', () => {
    const found = countryFindings([
      { lang: 'nl', sentences: [opening.nl, 'In Vietnam, drie maanden na de top in Singapore, sprak hij met Kim Jong Un.', closing.nl] },
      { lang: 'id', sentences: [opening.id, 'Tiga bulan setelah pertemuan itu dia berbicara dengan Kim Jong Un dari Korea Utara.', closing.id] },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
  });
});
