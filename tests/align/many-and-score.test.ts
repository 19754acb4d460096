import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  alignMany,
  type GoldClusters,
  linksToBeads,
  parseBeadLines,
  resolveGoldBeads,
  resolveGoldClusters,
  scoreAlignments,
  scoreClusters,
} from '../../src/index.js';

const corpusDir = fileURLToPath(new URL('../../corpora/spring-meeting-2025/', import.meta.url));
const langs = ['uk', 'nl', 'id', 'sv', 'ar'];

describe('alignMany', () => {
  const docs = langs.map((lang) => ({ text: readFileSync(`${corpusDir}${lang}.txt`, 'utf8'), lang }));
  const result = alignMany(docs);

  it('clusters the five corpus versions: each sentence once, at least two versions per cluster, scores in [0, 1]', () => {
    assert.equal(result.documents.length, 5);
    assert.ok(result.clusters.length >= 15);
    const seen = new Set<string>();
    for (const cluster of result.clusters) {
      assert.ok(cluster.score >= 0 && cluster.score <= 1);
      assert.ok(cluster.members.length >= 2);
      for (const member of cluster.members) {
        for (const sentence of member.sentences) {
          const key = `${member.document}:${sentence}`;
          assert.ok(!seen.has(key), `${key} in two clusters`);
          seen.add(key);
          const kind = result.documents[member.document]!.sentences[sentence]!.kind;
          assert.notEqual(kind, 'boilerplate');
        }
        // A cluster holds neighbouring sentences of one version, never far-apart ones.
        assert.ok(member.sentences.at(-1)! - member.sentences[0]! <= 2);
      }
    }
  });

  it('finds the hand-made clusters: most nl–ar beads and some facts shared by the separate articles', () => {
    const goldFile = JSON.parse(readFileSync(`${corpusDir}gold/clusters.json`, 'utf8')) as GoldClusters;
    const gold = resolveGoldClusters(goldFile, result.documents, langs.map((lang) => `${lang}.txt`));
    const ukIdSv = gold.filter((cluster) => cluster.members.some((member) => ![1, 4].includes(member.document)));
    const nlAr = gold.filter((cluster) => !ukIdSv.includes(cluster));
    const pair = scoreClusters(nlAr, result.clusters);
    assert.ok(pair.recall >= 0.75 && pair.precision >= 0.9, JSON.stringify(pair));
    const facts = scoreClusters(ukIdSv, result.clusters);
    assert.ok(facts.recall >= 0.4 && facts.precision >= 0.75, JSON.stringify(facts));
  });

  it('reports progress after each pair and rejects a progress callback that is not a function', () => {
    const calls: Array<[number, number]> = [];
    const three = [
      { sentences: ['Guangxi signed 29 agreements.'], lang: 'en' },
      { sentences: ['Guangxi tekende 29 overeenkomsten.'], lang: 'nl' },
      { sentences: ['Guangxi undertecknade 29 avtal.'], lang: 'sv' },
    ];
    alignMany(three, { onProgress: (done, total) => calls.push([done, total]) });
    assert.deepEqual(calls, [
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    assert.throws(() => alignMany(three, { onProgress: 'yes' as never }), (error: unknown) => error instanceof TypeError && /options\.onProgress/.test(error.message));
  });

  it('gives no clusters for fewer than two documents and names a bad element', () => {
    assert.deepEqual(alignMany([]).clusters, []);
    assert.deepEqual(alignMany([docs[0]!]).clusters, []);
    assert.throws(() => alignMany('nl.txt' as never), (error: unknown) => error instanceof TypeError && /docs/.test(error.message));
    assert.throws(() => alignMany([docs[0]!, 7 as never]), (error: unknown) => error instanceof TypeError && /docs\[1\]/.test(error.message));
  });
});

describe('scoreAlignments (Vecalign’s strict and lax measures)', () => {
  const gold = parseBeadLines('[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[]:[3]\n[3]:[4]\n');

  it('gives 1 everywhere for the gold itself', () => {
    assert.deepEqual(scoreAlignments([gold], [gold]), {
      precisionStrict: 1,
      recallStrict: 1,
      f1Strict: 1,
      precisionLax: 1,
      recallLax: 1,
      f1Lax: 1,
    });
  });

  it('counts 1-0/0-1 beads for precision only and credits overlapping beads as lax hits', () => {
    // [1]:[1] overlaps the gold [1]:[1,2] (lax hit, strict miss); [2]:[2] overlaps nothing; [3]:[3,4] overlaps [3]:[4].
    const test = parseBeadLines('[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3, 4]\n');
    const scores = scoreAlignments([gold], [test]);
    assert.equal(scores.precisionStrict, 1 / 4);
    assert.equal(scores.precisionLax, 3 / 4);
    // Recall: gold beads with both sides non-empty: [0]:[0] (hit), [1]:[1,2] (lax), [3]:[4] (lax).
    assert.equal(scores.recallStrict, 1 / 3);
    assert.equal(scores.recallLax, 1);
  });

  it('turns links into a full bead list with 1-0/0-1 beads for unaligned sentences', () => {
    const beads = linksToBeads([{ a: [0], b: [1] }], 2, 2);
    assert.deepEqual(beads, [
      [[0], [1]],
      [[1], []],
      [[], [0]],
    ]);
  });

  it('rejects a line that is not a bead, naming it', () => {
    assert.throws(() => parseBeadLines('[0]:[0]\nhello\n'), (error: unknown) => error instanceof SyntaxError && /line 2/.test(error.message));
  });

  it('maps gold sentences by offsets and refuses gold whose text no longer matches', () => {
    const doc = { text: 'One. Two.', sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }] };
    const mapped = resolveGoldBeads({ beads: [{ a: [{ start: 5, end: 9, text: 'Two.' }], b: [{ start: 0, end: 4, text: 'One.' }] }] }, doc, doc);
    assert.deepEqual(mapped.beads, [[[1], [0]]]);
    assert.throws(() => resolveGoldBeads({ beads: [{ a: [{ start: 0, end: 4, text: 'Uno.' }], b: [] }] }, doc, doc), RangeError);
  });
});
