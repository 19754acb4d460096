// Between separate articles, a version whose own sentence states the figure the others give, as often
// as one of theirs does, keeps that figure: a mismatch read there pairs figures wrongly, it is no fact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const opening: Record<string, string> = {
  nl: 'Het Europese team won op 29 september in Parijs.',
  sv: 'Det europeiska laget vann i Paris den 29 september.',
  id: 'Tim Eropa menang di Paris pada 29 September.',
};
const closing: Record<string, string> = { nl: 'Jordan Spieth scoorde 3 punten.', sv: 'Jordan Spieth tog 3 poäng.', id: 'Jordan Spieth mencetak 3 poin.' };
const version = (lang: string, middle: string) => ({ lang, sentences: [opening[lang]!, middle, closing[lang]!] });
const countAlarms = (mode: 'comparable' | 'parallel', middles: Record<string, string>) =>
  check(Object.entries(middles).map(([lang, middle]) => version(lang, middle)), { mode })
    .findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info')
    .map((f) => f.message);

describe('a figure the outlier keeps beside another', () => {
  it('is no alarm between separate articles', () => {
    const middles = {
      nl: 'Europa staat vier punten voor met nog twaalf te spelen.',
      sv: 'Paret har fyra av fyra och kan inte missa.',
      id: 'Eropa unggul empat poin dengan dua belas lagi dalam permainan.',
    };
    assert.deepEqual(countAlarms('comparable', middles), []);
  });

  it('still finds a figure changed between separate articles when the outlier does not state the other', () => {
    const middles = {
      nl: 'Europa staat vier punten voor met nog twaalf te spelen.',
      sv: 'Europa leder med fyra poäng och tolv återstår.',
      id: 'Eropa unggul tujuh poin dengan dua belas lagi dalam permainan.',
    };
    const found = countAlarms('comparable', middles);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^id gives 7 where .* give 4/u);
  });
});
