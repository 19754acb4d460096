// The majority vote over versions, and a version whose linked sentences state both values: links that
// joined two of its statements, one with each value, make it no outlier for facts compared across
// versions, while a version's own labels that disagree still name it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDocument } from './helpers.js';
import { type Observation, voteOutliers } from '../../src/check/vote.js';

const documents = [
  makeDocument({ lang: 'ar', sentences: ['وقع الحادث يوم الجمعة.', 'وبدأت المحاكمة يوم السبت.'] }),
  makeDocument({ lang: 'id', sentences: ['Sidang dimulai pada hari Sabtu.'] }),
  makeDocument({ lang: 'nl', sentences: ['Het proces begon zaterdag.'] }),
];
const at = (document: number, sentence: number, value: string): Observation => ({
  value,
  evidence: { document, sentence, start: documents[document]!.sentences[sentence]!.start, end: documents[document]!.sentences[sentence]!.end, value },
});

describe('vote: a version stating both values', () => {
  const observations = [at(0, 0, 'Friday'), at(0, 1, 'Saturday'), at(1, 0, 'Saturday'), at(2, 0, 'Saturday')];

  it('names the version as the outlier by default (a version\'s own labels that disagree)', () => {
    const outliers = voteOutliers(observations, documents);
    assert.deepEqual(outliers.map((o) => [o.value, o.evidence[0]!.document]), [['Friday', 0]]);
  });

  it('names no outlier when excused: the version states the majority value too', () => {
    assert.deepEqual(voteOutliers(observations, documents, { excuseVersionsStatingBoth: true }), []);
  });

  it('still names a version that states only the other value', () => {
    const changed = [at(0, 0, 'Friday'), at(1, 0, 'Saturday'), at(2, 0, 'Saturday')];
    const outliers = voteOutliers(changed, documents, { excuseVersionsStatingBoth: true });
    assert.deepEqual(outliers.map((o) => [o.value, o.evidence[0]!.document, o.evidence.slice(1).map((e) => e.document)]), [['Friday', 0, [1, 2]]]);
  });
});
