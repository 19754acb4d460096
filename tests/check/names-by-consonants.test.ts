// A name Arabic reads by its consonants alone (`ترامب` for Trump) tells which people a sentence names;
// the rules that compare how names are written do not see it, so a version that glues two names into
// one run (`Trumps Wheeling`) or names a person in full where Arabic writes the surname twice raises no
// name alarm against it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const nameAlarms = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && (f.rule === 'name-variant' || f.rule === 'role-mismatch')).map((f) => f.message);

const arabic = [
  'قال الرئيس ترامب إن التجمع سيكون كبيرا.',
  'من المقرر أن يحدث التجمع لترامب في ويلنج بولاية فرجينيا الغربية في الساعة 7 مساءً.',
  'وأشاد ترامب بالمرشح باتريك موريسي.',
];
const swedish = [
  'President Trump sa att mötet skulle bli stort.',
  'Trumps Wheeling, West Virginia kampanjevenemang är planerat till 19:00.',
  'Trump berömde kandidaten Patrick Morrisey.',
];

describe('names read by their consonants', () => {
  it('raise no name alarm against a run of two names the other version glues', () => {
    assert.deepEqual(nameAlarms([{ lang: 'ar', sentences: arabic }, { lang: 'sv', sentences: swedish }]), []);
  });
});
