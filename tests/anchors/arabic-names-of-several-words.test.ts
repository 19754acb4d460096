// Arabic leaves short vowels unwritten in the names of Arab people as in foreign ones: `بشار الأسد`
// (BSARASD) is `Bashar al-Assad` (BASARASAD), `محمود عباس` is `Mahmoud Abbas`. A name of several words
// is matched by its consonants when its skeleton is long enough not to be a chance match.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../src/index.js';

const arabicNames = (english: string, arabic: string) => {
  const { anchors } = analyse([
    { lang: 'en', sentences: [english] },
    { lang: 'ar', sentences: [arabic] },
  ]);
  return anchors[1]![0]!.flatMap((a) => (a.type === 'entity' ? [a.text] : []));
};

describe('Arabic names of several words written without short vowels', () => {
  it('reads an Arab name the other version writes with its vowels', () => {
    assert.deepEqual(arabicNames('President Bashar al-Assad said 40 projects stopped.', 'وقال الرئيس بشار الأسد إن 40 مشروعا توقفت.'), ['بشار الأسد']);
    assert.deepEqual(arabicNames('The minister met Mahmoud Abbas in Brazil.', 'اجتمع الوزير بمحمود عباس في البرازيل.'), ['محمود عباس']);
  });
});
