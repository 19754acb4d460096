// Figures of different kinds, and days one side repeats: a time of day is not a distance, and between
// separate articles a day named twice on one side and once on the other beside another day is a repeat,
// not a changed fact. A day changed is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countMismatch } from '../../src/check/rules/count-mismatch.js';
import { weekdayMismatch } from '../../src/check/rules/weekday-mismatch.js';
import { makeContext, makeDocument, num, person } from './helpers.js';

describe('a time of day against another kind of figure', () => {
  const nl = makeDocument({ lang: 'nl', sentences: ['Het ongeluk met Peters gebeurde om 10.15 uur.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Olyckan med Peters skedde 1,6 km därifrån.'] });
  const clock = num(nl, 0, '10.15', 615, { value: '10:15' });

  it('is not compared with a distance: two facts, not one changed', () => {
    const context = makeContext([nl, sv], [[person(nl, 0, 'Peters', 'peters'), clock], [person(sv, 0, 'Peters', 'peters'), num(sv, 0, '1,6', 1.6)]], [[0, [0], 1, [0], 0.9, 'parallel']]);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('is compared with another time of day', () => {
    const svTime = makeDocument({ lang: 'sv', sentences: ['Olyckan med Peters skedde klockan 10:45.'] });
    const context = makeContext([nl, svTime], [[person(nl, 0, 'Peters', 'peters'), clock], [person(svTime, 0, 'Peters', 'peters'), num(svTime, 0, '10:45', 645, { value: '10:45' })]], [[0, [0], 1, [0], 0.9, 'parallel']]);
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(findings[0]!.values.sort(), ['10:15', '10:45']);
  });
});

describe('a weekday one of two separate articles repeats', () => {
  // The two sentences share a figure (the wind speed), so the link is compared.
  const nl = makeDocument({ lang: 'nl', sentences: ['Rosa, met winden van 85 mijl per uur, brengt maandag en dinsdag regen.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Rosa, med vindar på 85 miles i timmen, når gränsen tisdag morgon och Utah sent tisdag kväll.'] });
  const anchors = [[person(nl, 0, 'Rosa', 'rosa'), num(nl, 0, '85', 85)], [person(sv, 0, 'Rosa', 'rosa'), num(sv, 0, '85', 85)]];

  it('is no other day between separate articles', () => {
    const context = makeContext([nl, sv], anchors, [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.deepEqual(weekdayMismatch.run(context), []);
  });

  it('still departs where the other article names another day', () => {
    const svOther = makeDocument({ lang: 'sv', sentences: ['Rosa, med vindar på 85 miles i timmen, når gränsen onsdag morgon.'] });
    const nlOne = makeDocument({ lang: 'nl', sentences: ['Rosa, met winden van 85 mijl per uur, bereikt de grens op dinsdag.'] });
    const context = makeContext([nlOne, svOther], [[person(nlOne, 0, 'Rosa', 'rosa'), num(nlOne, 0, '85', 85)], [person(svOther, 0, 'Rosa', 'rosa'), num(svOther, 0, '85', 85)]], [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(weekdayMismatch.run(context).length, 1);
  });
});
