// A known name that opens with a vowel is found where another script writes that vowel with another
// quality (`Evo Morales`, IPUMURALIS; `إيفو موراليس`, APUMURALIS): the fuzzy look-up forgives one edit but
// took a different first sound for a different name, and the cheap filter of window starts asked for the
// first word's key exactly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';
import { KeyIndex } from '../../src/anchors/key-index.js';

const names = (text: string, known: string[]) =>
  extractAnchors(text, { lang: 'ar', knownNames: known }).flatMap((a) => (a.type === 'entity' ? [[a.text, a.value]] : []));

describe('a name that opens with a vowel', () => {
  it('is found in Arabic with its opening vowel written as another', () => {
    assert.deepEqual(names('قال إيفو موراليس إن الاتفاق صامد.', ['Evo Morales']), [['إيفو موراليس', 'IPUMURALIS']]);
    assert.deepEqual(names('اجتمع الوزير بإيفو موراليس في لاباز.', ['Evo Morales', 'Volodymyr Zelensky']), [['إيفو موراليس', 'IPUMURALIS']]);
  });

  it('still takes a different opening consonant for a different name', () => {
    const index = new KeyIndex<string>();
    index.add('IPUMURALIS', 'Evo Morales');
    index.add('TANKUN', 'Tran Cuong');
    assert.equal(index.find('APUMURALIS', 7)?.value, 'Evo Morales');
    assert.equal(index.find('UPUMURALIS', 7)?.value, 'Evo Morales');
    assert.equal(index.find('KPUMURALIS', 7), undefined);
    assert.equal(index.find('DANKUN', 6), undefined);
  });
});
