// A title of office before a surname makes it a person's name: the title inflects with the name
// (Ukrainian `президента`, `міністр` ending `прем'єр-міністр`), or is kept from English in translation
// (Swedish `mr`). A person's surname then takes part
// in name swaps like a full name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';
import { check } from '../../src/index.js';

const people = (text: string, lang: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'entity' && a.entityKind === 'person' ? [a.text] : []));

describe('titles of office', () => {
  it('make the surname after them a person', () => {
    assert.deepEqual(people("Прем'єр-міністр Гончар приїхав до Львова.", 'uk'), ['Гончар']);
    assert.deepEqual(people('Зустріч президента Ковальчука тривала годину.', 'uk'), ['Ковальчука']);
    assert.deepEqual(people('Hon talade med senator Lindqvist i går.', 'sv'), ['Lindqvist']);
    assert.deepEqual(people('Enligt mr Abernethy var kyrkan stängd.', 'sv'), ['Abernethy']);
    assert.deepEqual(people('Volgens minister Verhagen is het plan klaar.', 'nl'), ['Verhagen']);
    assert.deepEqual(people('Kata menteri Suryadi kepada wartawan.', 'id'), ['Suryadi']);
  });

  it('let check see a surname swapped for another person of the story', () => {
    const sv = ['Senator Lindqvist besökte Malmö på måndagen.', 'Han träffade borgmästaren Holm där.', 'Enligt senator Holm var mötet bra.'];
    const nl = ['Senator Lindqvist bezocht Malmö op maandag.', 'Hij ontmoette daar burgemeester Holm.', 'Volgens senator Lindqvist was de ontmoeting goed.'];
    const found = check([{ lang: 'sv', sentences: sv }, { lang: 'nl', sentences: nl }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant');
    assert.deepEqual(found.map((f) => f.evidence.map((e) => e.text).sort()), [['Holm', 'Lindqvist']]);
  });
});
