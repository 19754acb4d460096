// "How many times" in one word (uk `двічі`, ru `трижды`, nl `tweemaal`, en `twice`, the Arabic dual
// `مرتين`) is a count, as `two times` is in the languages that write it in two words; words that also
// mean something else (`eenmaal`, `once`) are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const counts = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.numeric);

describe('how many times, in one word', () => {
  it('reads the one-word forms as counts', () => {
    assert.deepEqual(counts('Він двічі вигравав титул.', 'uk'), [2]);
    assert.deepEqual(counts('Он трижды выигрывал титул.', 'ru'), [3]);
    assert.deepEqual(counts('Hij won de titel tweemaal.', 'nl'), [2]);
    assert.deepEqual(counts('He won the title twice.', 'en'), [2]);
    assert.deepEqual(counts('فاز باللقب مرتين.', 'ar'), [2]);
  });

  it('leaves the words for once, which also mean "formerly" or "just"', () => {
    assert.deepEqual(counts('Dat is nu eenmaal zo.', 'nl'), []);
    assert.deepEqual(counts('He was once a coach.', 'en'), []);
  });

  it('sets a changed count against versions that write it in two words', () => {
    const title = (uk: string) => [
      { lang: 'nl', sentences: ['Yuan speelde in Guiyang.', 'Op 30 mei won hij de titel twee keer.'] },
      { lang: 'sv', sentences: ['Yuan spelade i Guiyang.', 'Den 30 maj vann han titeln två gånger.'] },
      { lang: 'uk', sentences: ['Юань грав у Гуйяні.', `30 травня він ${uk} виграв титул.`] },
    ];
    const alarms = (uk: string) => check(title(uk), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info').map((f) => f.message);
    assert.deepEqual(alarms('двічі'), []);
    assert.match(alarms('тричі')[0] ?? '', /^uk gives 3 /u);
  });
});
