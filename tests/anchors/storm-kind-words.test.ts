// The kind of storm written capitalised before its name (`Hurricane Rosa`, `Badai Rosa`, `Topan Haiyan`) is
// not part of the name: else it glues itself to the name, or to the next capitalised word (`Badai Kategori 1`,
// a category-1 hurricane), and takes part in name swaps against the other versions' `Rosa`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createGazetteer, extractAnchors } from '../../src/index.js';

const names = (sentence: string, lang: string) =>
  extractAnchors(sentence, { lang, gazetteer: createGazetteer([]) }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('a kind of storm before its name', () => {
  it('is left out of the name in Indonesian', () => {
    assert.deepEqual(names('Kemudian Badai Rosa melemah di atas perairan Meksiko.', 'id'), ['Rosa']);
    assert.deepEqual(names('Kemudian Topan Haiyan melanda Filipina.', 'id').includes('Haiyan'), true);
  });

  it('glues no capitalised common noun after it into a name', () => {
    assert.deepEqual(names('Angin 85 mph, Badai Kategori 1, mulai jam 5 pagi.', 'id').includes('Badai Kategori'), false);
  });

  it('is left out as it is in English', () => {
    assert.deepEqual(names('Then Hurricane Rosa weakened over Mexican waters.', 'en'), ['Rosa']);
  });
});

describe('a kind of administrative area before its name', () => {
  it('is left out of the name in Indonesian, as provinsi and kota are', () => {
    assert.deepEqual(names('Gempa melanda Kabupaten Donggala dan Kecamatan Banda.', 'id'), ['Donggala', 'Banda']);
    assert.deepEqual(names('Warga Desa Petobo mengungsi ke Kota Palu.', 'id'), ['Petobo', 'Palu']);
  });
});
