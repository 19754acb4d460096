import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AlignedPair, clusterPairs, type Link, toSegmentedDocument } from '../../src/index.js';

// Three translations of two sentences each; every pair's alignment is given by hand.
const documents = ['nl', 'sv', 'id'].map((lang) => toSegmentedDocument({ sentences: [`Eerste zin ${lang}.`, `Tweede zin ${lang}.`], lang }));
const pair = (first: number, second: number, links: Link[]): AlignedPair => ({
  first,
  second,
  alignment: { mode: 'parallel', a: documents[first]!, b: documents[second]!, links },
  oneToOneLinks: links,
});
const weak = 0.4;
const members = (clusters: ReturnType<typeof clusterPairs>) => clusters.map((cluster) => cluster.members.map((m) => `${m.document}:${m.sentences.join(',')}`).join(' '));

describe('clusterPairs: versions confirm each other', () => {
  it('joins weak links that every pair of versions agrees on (A–B, B–C and A–C)', () => {
    const triangle = [pair(0, 1, [{ a: [1], b: [1], score: weak }]), pair(1, 2, [{ a: [1], b: [1], score: weak }]), pair(0, 2, [{ a: [1], b: [1], score: weak }])];
    assert.deepEqual(members(clusterPairs(documents, triangle)), ['0:1 1:1 2:1']);
  });

  it('leaves weak links that no other version confirms unclustered', () => {
    const disagreeing = [pair(0, 1, [{ a: [1], b: [1], score: weak }]), pair(1, 2, [{ a: [0], b: [1], score: weak }]), pair(0, 2, [{ a: [0], b: [0], score: weak }])];
    assert.deepEqual(members(clusterPairs(documents, disagreeing)), []);
  });

  it('lets a confident link of a translation veto a cluster that the others would make', () => {
    const vetoed = [
      pair(0, 1, [{ a: [0], b: [0], score: 0.9 }]),
      pair(1, 2, [{ a: [0], b: [0], score: 0.9 }]),
      pair(0, 2, [{ a: [0], b: [1], score: 0.9 }]),
    ];
    for (const cluster of clusterPairs(documents, vetoed)) {
      const sentenceOf = new Map(cluster.members.map((m) => [m.document, m.sentences]));
      if (sentenceOf.has(0) && sentenceOf.has(2)) assert.deepEqual([sentenceOf.get(0), sentenceOf.get(2)], [[0], [1]]);
    }
  });

  it('merges a link between separate articles at the lower confidence a rival leaves it, not the one it reports', () => {
    const link: Link = { a: [1], b: [1], score: 0.7 };
    const comparable = (mergeScores?: ReadonlyMap<Link, number>): AlignedPair => ({
      first: 0,
      second: 1,
      alignment: { mode: 'comparable', a: documents[0]!, b: documents[1]!, links: [link] },
      oneToOneLinks: [link],
      ...(mergeScores ? { mergeScores } : {}),
    });
    assert.deepEqual(members(clusterPairs(documents, [comparable()])), ['0:1 1:1']);
    assert.deepEqual(members(clusterPairs(documents, [comparable(new Map([[link, 0.5]]))])), []);
  });
});
