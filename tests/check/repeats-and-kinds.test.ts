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

describe('figures in two units between separate articles', () => {
  // Three reports; the Dutch gives the rain in centimetres, the Indonesian and Swedish in inches.
  const links: Array<[number, number[], number, number[], number, 'comparable']> = [
    [0, [0], 1, [0], 0.9, 'comparable'],
    [0, [0], 2, [0], 0.9, 'comparable'],
    [1, [0], 2, [0], 0.9, 'comparable'],
  ];
  const report = (nlRain: string, idRain: string, svRain: string) => {
    const nl = makeDocument({ lang: 'nl', sentences: [`Rosa brengt ${nlRain} regen naar Sonora.`] });
    const id = makeDocument({ lang: 'id', sentences: [`Rosa membawa hujan ${idRain} ke Sonora.`] });
    const sv = makeDocument({ lang: 'sv', sentences: [`Rosa ger ${svRain} regn i Sonora.`] });
    const figure = (doc: typeof nl, text: string) => {
      const digits = text.match(/\d+/u)![0]!;
      return num(doc, 0, digits, Number(digits));
    };
    return makeContext([nl, id, sv], [[person(nl, 0, 'Rosa', 'rosa'), figure(nl, nlRain)], [person(id, 0, 'Rosa', 'rosa'), figure(id, idRain)], [person(sv, 0, 'Rosa', 'rosa'), figure(sv, svRain)]], links);
  };

  it('are not compared: each article converts and rounds its own way', () => {
    assert.deepEqual(countMismatch.run(report('5 centimeter', '6 inci', '6 tum')), []);
  });

  it('in one unit, a changed figure is still found', () => {
    const findings = countMismatch.run(report('15 centimeter', '6 inci', '9 tum'));
    assert.ok(findings.some((f) => f.values.includes('9') && f.values.includes('6')), JSON.stringify(findings.map((f) => f.message)));
  });
});
