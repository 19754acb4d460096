// Links between separate articles that their own distinctive facts make sure of (src/check/distinctive.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCorroborated } from '../../src/check/corroborate.js';
import { distinctiveLinks, linkEvidence } from '../../src/check/distinctive.js';
import { confidentPairs } from '../../src/check/links.js';
import { countMismatch } from '../../src/check/rules/count-mismatch.js';
import { evidenceTexts, makeContext, makeDocument, num, person, place } from './helpers.js';

describe('distinctive comparable links', () => {
  // Two separate reports; the Dutch changed 29 to 12. Besides the figure, the sentences share a
  // minister and a town that each article names in this sentence only.
  const nl = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'In Kiruna tekende minister Lindqvist 12 overeenkomsten.', 'De pers was aanwezig.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Minister Lindqvist undertecknade 29 avtal i Kiruna.', 'Vädret var fint.', 'Pressen var där.'] });
  const anchors = [
    [place(nl, 1, 'Kiruna', 'Kiruna'), person(nl, 1, 'Lindqvist', 'lindqvist'), num(nl, 1, '12', 12)],
    [person(sv, 0, 'Lindqvist', 'lindqvist'), num(sv, 0, '29', 29), place(sv, 0, 'Kiruna', 'Kiruna')],
  ];

  it('sentences sharing two facts no other sentence states are compared, though no third version confirms the link', () => {
    const context = makeContext([nl, sv], anchors, [[0, [1], 1, [0], 0.52, 'comparable']]);
    const pair = context.pairs[0]!;
    const evidence = linkEvidence(context).get(pair)!;
    assert.deepEqual(evidence, { weight: 2, withoutBest: 1, shared: 2, rival: 0 });
    assert.ok(distinctiveLinks(context).has(pair));
    assert.ok(isCorroborated(context, pair));
    assert.equal(confidentPairs(context).length, 1);
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!).sort(), ['nl:12', 'sv:29']);
  });

  it('a name written another way in the other version (a similar key) is the same fact', () => {
    const svSpelt = makeDocument({ lang: 'sv', sentences: ['Minister Lindkvist undertecknade 29 avtal i Kiruna.', 'Vädret var fint.', 'Pressen var där.'] });
    const spelt = [anchors[0]!, [person(svSpelt, 0, 'Lindkvist', 'lindkvist'), num(svSpelt, 0, '29', 29), place(svSpelt, 0, 'Kiruna', 'Kiruna')]];
    const context = makeContext([nl, svSpelt], spelt, [[0, [1], 1, [0], 0.52, 'comparable']]);
    assert.equal(linkEvidence(context).get(context.pairs[0]!)!.shared, 2);
    assert.ok(distinctiveLinks(context).has(context.pairs[0]!));
  });

  it('one shared fact is not enough: the link would fall with the value a change touches', () => {
    const oneName = [anchors[0]!.filter((a) => a.type !== 'entity' || a.value !== 'kiruna'), anchors[1]!.filter((a) => a.type !== 'entity' || a.value !== 'kiruna')];
    const context = makeContext([nl, sv], oneName, [[0, [1], 1, [0], 0.52, 'comparable']]);
    const evidence = linkEvidence(context).get(context.pairs[0]!)!;
    assert.equal(evidence.shared, 1);
    assert.equal(evidence.withoutBest, 0);
    assert.equal(distinctiveLinks(context).size, 0);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('figures alone single out no statement: two reports repeat small figures in different sentences', () => {
    // 3 to 6 inches of rain in one sentence, 3 to 5 cm and up to 10 in another of the other report.
    const nlRain = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'Er valt 3 tot 5 cm regen, hier en daar 10 cm.', 'De pers was aanwezig.'] });
    const svRain = makeDocument({ lang: 'sv', sentences: ['Det väntas 3 till 6 tum regn, upp till 10 tum.', 'Vädret var fint.', 'Pressen var där.'] });
    const figures = [
      [num(nlRain, 1, '3', 3), num(nlRain, 1, '5', 5), num(nlRain, 1, '10', 10)],
      [num(svRain, 0, '3', 3), num(svRain, 0, '6', 6), num(svRain, 0, '10', 10)],
    ];
    const context = makeContext([nlRain, svRain], figures, [[0, [1], 1, [0], 0.52, 'comparable']]);
    const evidence = linkEvidence(context).get(context.pairs[0]!)!;
    assert.equal(evidence.shared, 2);
    assert.ok(evidence.withoutBest >= 0.5, 'by weight alone the link would count as distinctive');
    assert.equal(distinctiveLinks(context).size, 0);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('facts another sentence of the other version shares as well single out nothing', () => {
    // The Swedish names the minister and the town again in its second sentence: a rival as strong.
    const svTwice = makeDocument({ lang: 'sv', sentences: ['Minister Lindqvist undertecknade 29 avtal i Kiruna.', 'Lindqvist talade i Kiruna.', 'Pressen var där.'] });
    const twice = [anchors[0]!, [...anchors[1]!, person(svTwice, 1, 'Lindqvist', 'lindqvist'), place(svTwice, 1, 'Kiruna', 'Kiruna')]];
    const context = makeContext([nl, svTwice], twice, [[0, [1], 1, [0], 0.52, 'comparable']]);
    const evidence = linkEvidence(context).get(context.pairs[0]!)!;
    // Each fact is stated in two Swedish sentences: half its weight, and the other sentence shares as much.
    assert.equal(evidence.weight, 1);
    assert.equal(evidence.rival, 1);
    assert.equal(distinctiveLinks(context).size, 0);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('in texts of a sentence or two every fact is rare: shared names there make no statement', () => {
    const nlShort = makeDocument({ lang: 'nl', sentences: ['In Kiruna tekende minister Lindqvist 12 overeenkomsten.'] });
    const svShort = makeDocument({ lang: 'sv', sentences: ['Minister Lindqvist undertecknade 29 avtal i Kiruna.', 'Vädret var fint.'] });
    const short = [
      [place(nlShort, 0, 'Kiruna', 'Kiruna'), person(nlShort, 0, 'Lindqvist', 'lindqvist'), num(nlShort, 0, '12', 12)],
      [person(svShort, 0, 'Lindqvist', 'lindqvist'), num(svShort, 0, '29', 29), place(svShort, 0, 'Kiruna', 'Kiruna')],
    ];
    const context = makeContext([nlShort, svShort], short, [[0, [0], 1, [0], 0.52, 'comparable']]);
    assert.equal(linkEvidence(context).get(context.pairs[0]!)!.weight, 2);
    assert.equal(distinctiveLinks(context).size, 0);
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('translation links and links of several sentences a side are left to their own checks', () => {
    const parallel = makeContext([nl, sv], anchors, [[0, [1], 1, [0], 0.52, 'parallel']]);
    assert.equal(linkEvidence(parallel).size, 0);
    const wide = makeContext([nl, sv], anchors, [[0, [0, 1], 1, [0], 0.52, 'comparable']]);
    assert.equal(distinctiveLinks(wide).size, 0);
  });
});
