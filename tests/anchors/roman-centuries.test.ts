// Centuries written in Roman numerals (`XIX століття`, `XIX веке`, `abad XXI`, `XIXe siècle`) are ordinals,
// as other versions write them (`19e eeuw`, `abad ke-19`, `القرن التاسع عشر`); alone the numeral read as a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const anchorsOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type !== 'country')
    .map((a) => `${a.type} ${a.value}`);

describe('Roman-numeral centuries', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uk', 'Церкву збудували у XIX столітті.', ['ordinal 19.']],
    ['uk', 'Це сталося наприкінці XX ст.', ['ordinal 20.']],
    ['ru', 'Церковь построили в XIX веке.', ['ordinal 19.']],
    ['id', 'Gereja itu dibangun pada abad XIX.', ['ordinal 19.']],
    ['fr', "L'église fut construite au XIXe siècle.", ['ordinal 19.']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(anchorsOf(text, lang), expected));
  }

  it('leaves a numeral beside no century word to the names (Елизавета II)', () => {
    assert.deepEqual(anchorsOf('Королева Єлизавета II відвідала Київ.', 'uk').filter((a) => a.startsWith('ordinal')), []);
  });
});
