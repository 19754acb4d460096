// Two names side by side read as one on one side (`Trumps Wheeling`, a possessive before a place;
// `Trump Kim`, subject and object), where the other version reads one of them alone: no swap. A swap
// of one person for another beside them is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const swaps = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant').map((f) => f.message);

const arabic = [
  'قال الرئيس ترامب إن التجمع سيكون كبيرا.',
  'من المقرر أن يحدث التجمع لترامب في ويلنج بولاية فرجينيا الغربية في الساعة 7 مساءً.',
  'وأشاد ترامب بالمرشح باتريك موريسي.',
];

describe('names glued side by side', () => {
  it('reads a one-word name as a word of a two-word run of unknown kind on the other side', () => {
    const swedish = [
      'President Trump sa att mötet skulle bli stort.',
      'Trumps Wheeling, West Virginia kampanjevenemang är planerat till 19:00.',
      'Trump berömde kandidaten Patrick Morrisey.',
    ];
    assert.deepEqual(swaps([{ lang: 'ar', sentences: arabic }, { lang: 'sv', sentences: swedish }]), []);
  });

  it('still finds a person swapped for another of the story', () => {
    const dutch = [
      'President Trump zei dat de bijeenkomst groot zou worden.',
      'De bijeenkomst van Trump in Wheeling, West Virginia, is om 19.00 uur.',
      'Trump prees kandidaat Patrick Morrisey.',
      'Politicoloog Simon Haeder was kritisch.',
    ];
    const swedish = [
      'President Trump sa att mötet skulle bli stort.',
      'Trumps Wheeling, West Virginia kampanjevenemang är planerat till 19:00.',
      'Trump berömde kandidaten Simon Haeder.',
      'Statsvetaren Simon Haeder var kritisk.',
    ];
    const found = swaps([
      { lang: 'ar', sentences: [...arabic, 'وكان عالم السياسة سيمون هايدر ناقدا.'] },
      { lang: 'nl', sentences: dutch },
      { lang: 'sv', sentences: swedish },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^sv names Simon Haeder/u);
  });
});
