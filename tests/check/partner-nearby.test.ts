// A translation link trusted for its place alone (a weak link between good ones) is not compared when
// it shares no fact across it and a sentence next to one of its sentences shares two with the other:
// a version that left a line out or moved one shifts the links beside the gap onto a neighbour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { confidentPairs } from '../../src/check/links.js';
import { makeContext, makeDocument, num, person } from './helpers.js';
import type { Anchor, SegmentedDocument } from '../../src/types.js';

type LinkSpec = [number, number[], number, number[], number];

const nl = makeDocument({
  lang: 'nl',
  sentences: ['Livingston wint.', 'De ploeg van Holt speelde 90 minuten.', 'Craig Halkett en Alan Lithgow misten 2 kansen.', 'Menga scoorde.', 'Einde.'],
});
const sv = makeDocument({
  lang: 'sv',
  sentences: ['Livingston vinner.', 'Craig Halkett och Alan Lithgow missade 2 chanser.', 'Holts lag spelade 90 minuter, 2 halvlekar.', 'Menga gjorde mål.', 'Slut.'],
});
// Line 2 and 3 of the story swapped places in sv: the aligner linked nl 2 to sv 2, weakly, between good links.
const links: LinkSpec[] = [
  [0, [0], 1, [0], 0.9],
  [0, [1], 1, [1], 0.3],
  [0, [2], 1, [2], 0.3],
  [0, [3], 1, [3], 0.9],
  [0, [4], 1, [4], 0.9],
];
const halkettAndLithgow = (doc: SegmentedDocument, s: number): Anchor[] => [person(doc, s, 'Craig Halkett', 'craig halkett'), person(doc, s, 'Alan Lithgow', 'alan lithgow')];
const holt = (doc: SegmentedDocument, s: number): Anchor[] => [person(doc, s, 'Holt', 'holt'), num(doc, s, '90', 90)];
const trusted = (anchors: Anchor[][]) => {
  const context = makeContext([nl, sv], anchors, links);
  const weak = context.pairs.find((pair) => pair.a.sentences[0] === 2)!;
  return confidentPairs(context).includes(weak);
};

describe('a weak translation link whose partner stands next to it', () => {
  it('is not compared when a neighbour shares two facts with the other side and its own link shares fewer', () => {
    assert.equal(trusted([[...holt(nl, 1), ...halkettAndLithgow(nl, 2)], [...halkettAndLithgow(sv, 1), ...holt(sv, 2)]]), false);
  });

  it('is, when the neighbour is linked to a sentence that shares as much (a lead repeating its headline)', () => {
    const nlRepeating = makeDocument({ lang: 'nl', sentences: nl.sentences.map((s, i) => (i === 1 ? 'Craig Halkett en Alan Lithgow, de ploeg van Holt, 90 minuten.' : s.text)) });
    const context = makeContext(
      [nlRepeating, sv],
      [
        [...halkettAndLithgow(nlRepeating, 1), ...halkettAndLithgow(nlRepeating, 2)],
        [...halkettAndLithgow(sv, 1), ...holt(sv, 2)],
      ],
      links,
    );
    const weak = context.pairs.find((pair) => pair.a.sentences[0] === 2)!;
    assert.ok(confidentPairs(context).includes(weak));
  });

  it('is, when no neighbour shares two facts: one changed fact leaves no truer partner', () => {
    // nl 2 names another player than sv 2, and the sentences around share nothing with either.
    const changed = [[person(nl, 2, 'Craig Halkett', 'craig halkett')], [person(sv, 2, 'Holt', 'holt')]];
    assert.ok(trusted(changed));
  });

  it('is, when the link itself shares a fact', () => {
    assert.ok(trusted([[...holt(nl, 1), ...halkettAndLithgow(nl, 2), num(nl, 2, '2', 2)], [...halkettAndLithgow(sv, 1), ...holt(sv, 2), num(sv, 2, '2', 2)]]));
  });
});
