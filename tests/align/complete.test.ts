// Alignment through the other versions: weak pairs of separate articles that a third version joins.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completeThroughOthers } from '../../src/align/complete.js';
import type { Alignment, Link, SegmentedDocument } from '../../src/types.js';

const doc = (lang: string): SegmentedDocument => ({ lang, text: 'x', sentences: [{ index: 0, start: 0, end: 1, text: 'x', paragraph: 0, kind: 'body' }] });
const docs = [doc('nl'), doc('sv'), doc('id')];
function pair(first: number, second: number, links: Link[], weak: Array<{ x: number; y: number; score: number }>, mode: 'comparable' | 'parallel' = 'comparable') {
  const alignment: Alignment = { mode, modeReason: 'asked for', a: docs[first]!, b: docs[second]!, links };
  return { first, second, alignment, oneToOneLinks: links, weak };
}

describe('completeThroughOthers', () => {
  it('links two weak pairs a third version joins, scored as both kinds of evidence combined', () => {
    const pairs = [pair(0, 1, [{ a: [0], b: [0], score: 0.9 }], []), pair(0, 2, [], [{ x: 0, y: 0, score: 0.35 }]), pair(1, 2, [], [{ x: 0, y: 0, score: 0.4 }])];
    completeThroughOthers(3, pairs);
    assert.deepEqual(pairs[1]!.alignment.links.map((l) => [l.a, l.b]), [[[0], [0]]]);
    assert.deepEqual(pairs[2]!.oneToOneLinks.map((l) => [l.a, l.b]), [[[0], [0]]]);
    assert.ok(pairs[1]!.alignment.links[0]!.score > 0.5 && pairs[1]!.alignment.links[0]!.score < 0.9);
  });

  it('completes no weak pair when links through another version lead one of its sentences elsewhere as surely', () => {
    // nl0–id0 is weak; sv joins them through a weak pair too, but nl0's link in uk leads to id1.
    const four = [doc('nl'), doc('sv'), doc('id'), doc('uk')];
    const make = (first: number, second: number, links: Link[], weak: Array<{ x: number; y: number; score: number }>) => {
      const alignment: Alignment = { mode: 'comparable', modeReason: 'asked for', a: four[first]!, b: four[second]!, links };
      return { first, second, alignment, oneToOneLinks: links, weak };
    };
    const pairs = (ukToId: number) => [
      make(0, 1, [], [{ x: 0, y: 0, score: 0.4 }]),
      make(0, 2, [], [{ x: 0, y: 0, score: 0.35 }]),
      make(0, 3, [{ a: [0], b: [0], score: 0.8 }], []),
      make(1, 2, [{ a: [0], b: [0], score: 0.9 }], []),
      make(2, 3, [{ a: [ukToId], b: [0], score: 0.8 }], []),
    ];
    const contradicted = pairs(1);
    completeThroughOthers(4, contradicted);
    assert.deepEqual(contradicted[1]!.alignment.links, []);
    // The same, uk's sentence linked to id0: a second way there, completed.
    const agreeing = pairs(0);
    completeThroughOthers(4, agreeing);
    assert.deepEqual(agreeing[1]!.alignment.links.map((l) => [l.a, l.b]), [[[0], [0]]]);
  });

  it('leaves a weak pair alone without a third version joining it, with two versions, and between translations', () => {
    const lonely = [pair(0, 1, [], []), pair(0, 2, [], [{ x: 0, y: 0, score: 0.45 }]), pair(1, 2, [], [])];
    completeThroughOthers(3, lonely);
    assert.deepEqual(lonely[1]!.alignment.links, []);
    const two = [pair(0, 1, [], [{ x: 0, y: 0, score: 0.45 }])];
    completeThroughOthers(2, two);
    assert.deepEqual(two[0]!.alignment.links, []);
    const parallel = [pair(0, 1, [{ a: [0], b: [0], score: 0.9 }], []), pair(0, 2, [], [{ x: 0, y: 0, score: 0.35 }], 'parallel'), pair(1, 2, [{ a: [0], b: [0], score: 0.9 }], [])];
    completeThroughOthers(3, parallel);
    assert.deepEqual(parallel[1]!.alignment.links, []);
  });

  it('gives a completed link the lower confidence clusters merge by when a link on its path has one', () => {
    const through = { a: [0], b: [0], score: 0.9 };
    const pairs = (contested: boolean) => {
      const made = [pair(0, 1, [through], []), pair(0, 2, [], [{ x: 0, y: 0, score: 0.35 }]), pair(1, 2, [], [{ x: 0, y: 0, score: 0.45 }])];
      if (contested) Object.assign(made[0]!, { mergeScores: new Map([[through, 0.3]]) });
      return made;
    };
    const plain = pairs(false);
    completeThroughOthers(3, plain);
    const completed = plain[1]!.alignment.links[0]!;
    assert.equal((plain[1] as { mergeScores?: Map<Link, number> }).mergeScores?.get(completed), undefined);
    const contested = pairs(true);
    completeThroughOthers(3, contested);
    const link = contested[1]!.alignment.links[0]!;
    // The same link (the same evidence, reported alike), merged by the path's contested confidence.
    assert.equal(link.score, completed.score);
    const merge = (contested[1] as { mergeScores?: Map<Link, number> }).mergeScores?.get(link);
    assert.ok(merge !== undefined && merge < link.score && merge >= 0.5, String(merge));
  });
});
