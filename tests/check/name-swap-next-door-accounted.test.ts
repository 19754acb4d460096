// A name left over on one side that the other version writes in the next sentence is often only a
// boundary the translation drew elsewhere, and no swap. Not when the sentence next door is linked to one
// of this side that writes the name too: that mention has its partner, so the leftover is one name put
// in another's place (`Peter Jones` in both headlines, then `Holly Willoughby … Holly Willoughby`
// against `Peter Jones … Holly Willoughby`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const dutch = [
  'Peter Jones woedend nadat Holly Willoughby zich terugtrekt uit deal van 11 miljoen pond',
  'Dragons Den-ster Peter Jones is woedend omdat tv-presentator Holly Willoughby zich heeft teruggetrokken uit een deal met zijn bedrijf.',
  'Zij wil zich focussen op haar nieuwe contracten met ITV.',
];
const indonesian = (star: string, headline = 'Peter Jones geram setelah Holly Willoughby menarik diri dari kesepakatan senilai 11 juta pound') => [
  headline,
  `Bintang Dragons Den, ${star} pergi dengan geram setelah pembawa acara TV Holly Willoughby menarik diri dari kesepakatan dengan perusahaannya.`,
  'Dia ingin fokus pada kontrak barunya dengan ITV.',
];
const swaps = (id: string[]) =>
  check([{ lang: 'nl', sentences: dutch }, { lang: 'id', sentences: id }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant' && f.severity !== 'info');

describe('a name next door that its own link accounts for', () => {
  it('finds the name put in place of one both headlines write', () => {
    const found = swaps(indonesian('Holly Willoughby'));
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.sentence), [1, 1]);
    assert.match(found[0]!.message, /Peter Jones/);
  });

  it('raises nothing where the versions agree', () => {
    assert.deepEqual(swaps(indonesian('Peter Jones')), []);
  });
});
