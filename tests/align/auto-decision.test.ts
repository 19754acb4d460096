import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideFromEvidence, type ModeEvidence } from '../../src/align/auto.js';

/** Evidence of a pair that reads as a translation on every count; each test changes what it needs. */
function evidence(changes: Partial<ModeEvidence>): ModeEvidence {
  return {
    sentences: 20,
    bestMatches: 10,
    bestOutOfOrder: 0,
    confidentBestMatches: 8,
    confidentBestOutOfOrder: 0,
    fairBestOutOfOrder: 0,
    anchorMatches: 5,
    anchorsInOrder: 4,
    forward: 0.6,
    reversed: 0.3,
    ...changes,
  };
}

describe('auto: two articles need a sign no translation shows, or two signs that agree', () => {
  it('aligns as a translation, in doubt, when weak best matches fall out of order but B read in order aligns clearly better', () => {
    // A translation of few, weak sentence pairs: chance best matches cross, the order test disagrees.
    const decision = decideFromEvidence(evidence({ sentences: 8, bestMatches: 3, bestOutOfOrder: 2, fairBestOutOfOrder: 1, forward: 0.54, reversed: 0.31 }));
    assert.equal(decision.mode, 'parallel');
    assert.equal(decision.inDoubt, true);
    assert.match(decision.reason, /^in doubt \(2 of 3 .*best match.*, but B read backwards aligns 57% as well as in order\): aligned as a translation$/);
  });

  it('takes confident best matches out of order for two articles on their own', () => {
    const decision = decideFromEvidence(evidence({ sentences: 8, confidentBestMatches: 4, confidentBestOutOfOrder: 2, forward: 0.5, reversed: 0.3 }));
    assert.equal(decision.mode, 'comparable');
    assert.match(decision.reason, /2 of 4 confident sentence pairs that are each other's best match out of the order/);
  });

  it('takes best matches out of order for two articles when B read backwards aligns nearly as well and a fair match is among them', () => {
    const both = evidence({ sentences: 8, bestMatches: 4, bestOutOfOrder: 2, fairBestOutOfOrder: 1, forward: 0.4, reversed: 0.36 });
    assert.equal(decideFromEvidence(both).mode, 'comparable');
    // Only chance pairs (no best match of fair confidence) out of order: still in doubt.
    assert.equal(decideFromEvidence({ ...both, fairBestOutOfOrder: 0 }).mode, 'parallel');
    assert.equal(decideFromEvidence({ ...both, fairBestOutOfOrder: 0 }).inDoubt, true);
  });

  it('keeps the order test alone in doubt between 85% and 95%, and two articles from 95%', () => {
    const nearly = decideFromEvidence(evidence({ forward: 0.5, reversed: 0.45 }));
    assert.equal(nearly.mode, 'parallel');
    assert.equal(nearly.inDoubt, true);
    assert.match(nearly.reason, /^in doubt \(B read backwards aligns 90% as well as in order; 4 of 5 confident anchor matches in order\)/);
    assert.equal(decideFromEvidence(evidence({ forward: 0.5, reversed: 0.48 })).mode, 'comparable');
    // All confident anchors in order still overrule the order test.
    assert.equal(decideFromEvidence(evidence({ forward: 0.5, reversed: 0.5, anchorsInOrder: 5 })).mode, 'parallel');
  });

  it('takes best matches out of order and crossing anchors together for two articles at a lower share', () => {
    const crossing = evidence({ sentences: 26, bestMatches: 7, bestOutOfOrder: 3, fairBestOutOfOrder: 2, anchorMatches: 6, anchorsInOrder: 3, forward: 0.4, reversed: 0.31 });
    assert.equal(decideFromEvidence(crossing).mode, 'comparable');
    // The same without crossing anchors: the best-match sign alone, contradicted by the order test.
    assert.equal(decideFromEvidence({ ...crossing, anchorsInOrder: 5 }).mode, 'parallel');
  });

  it('says a translation in order is not in doubt', () => {
    const decision = decideFromEvidence(evidence({}));
    assert.equal(decision.mode, 'parallel');
    assert.equal(decision.inDoubt, undefined);
    assert.match(decision.reason, /^sentences shared in order/);
  });
});
