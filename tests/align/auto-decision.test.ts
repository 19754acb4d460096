import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignPair } from '../../src/align/align.js';
import { decideFromEvidence, type ModeEvidence } from '../../src/align/auto.js';
import { resolveAlignOptions } from '../../src/align/options.js';
import { toSegmentedDocument } from '../../src/index.js';

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

  it('keeps the order test alone in doubt between 85% and 95%, and two articles from 95% beside a confident best match out of order', () => {
    const nearly = decideFromEvidence(evidence({ forward: 0.5, reversed: 0.45, confidentBestOutOfOrder: 1 }));
    assert.equal(nearly.mode, 'parallel');
    assert.equal(nearly.inDoubt, true);
    assert.match(nearly.reason, /^in doubt \(B read backwards aligns 90% as well as in order; 4 of 5 confident anchor matches in order\)/);
    assert.equal(decideFromEvidence(evidence({ forward: 0.5, reversed: 0.48, confidentBestOutOfOrder: 1 })).mode, 'comparable');
    // All confident anchors in order still overrule the order test.
    assert.equal(decideFromEvidence(evidence({ forward: 0.5, reversed: 0.5, anchorsInOrder: 5, confidentBestOutOfOrder: 1 })).mode, 'parallel');
  });

  it('takes best matches out of order and crossing anchors together for two articles at a lower share', () => {
    const crossing = evidence({ sentences: 26, bestMatches: 7, bestOutOfOrder: 3, fairBestOutOfOrder: 2, anchorMatches: 6, anchorsInOrder: 3, forward: 0.4, reversed: 0.31 });
    assert.equal(decideFromEvidence(crossing).mode, 'comparable');
    // The same without crossing anchors: the best-match sign alone, contradicted by the order test.
    assert.equal(decideFromEvidence({ ...crossing, anchorsInOrder: 5 }).mode, 'parallel');
  });

  it('does not take the order test alone for two articles: where little but lengths is shared both readings match alike', () => {
    // A translation into a language without a profile, across scripts: no best match out of order, no
    // crossing anchors, B read backwards aligning as well as in order by chance.
    const alone = decideFromEvidence(evidence({ sentences: 16, confidentBestMatches: 1, bestMatches: 1, anchorMatches: 1, anchorsInOrder: 1, forward: 0.33, reversed: 0.32 }));
    assert.equal(alone.mode, 'parallel');
    assert.equal(alone.inDoubt, true);
    // Crossing anchors agree with it.
    assert.equal(decideFromEvidence(evidence({ sentences: 16, anchorMatches: 6, anchorsInOrder: 3, forward: 0.33, reversed: 0.32 })).mode, 'comparable');
  });

  it('needs confident best matches out of order that rest on repeated names to agree with another sign', () => {
    // Two of four confident best matches out of order, neither sharing anything only it holds (a name
    // the article repeats, paired with the wrong instance where the versions dropped different sentences).
    const repeated = evidence({ sentences: 12, confidentBestMatches: 4, confidentBestOutOfOrder: 2, confidentBestOutOfOrderIdentifying: 0, forward: 0.5, reversed: 0.27 });
    const decision = decideFromEvidence(repeated);
    assert.equal(decision.mode, 'parallel');
    assert.equal(decision.inDoubt, true);
    assert.match(decision.reason, /^in doubt \(2 of 4 confident .*resting on repeated names or figures, but B read backwards aligns 54% as well as in order\)/);
    // One identifying match among them is not enough; two are.
    assert.equal(decideFromEvidence({ ...repeated, confidentBestOutOfOrderIdentifying: 1 }).mode, 'parallel');
    assert.equal(decideFromEvidence({ ...repeated, confidentBestOutOfOrderIdentifying: 2 }).mode, 'comparable');
    // B read backwards aligning 70% as well, or crossing anchors, agree.
    const agreeing = decideFromEvidence({ ...repeated, reversed: 0.36 });
    assert.equal(agreeing.mode, 'comparable');
    assert.match(agreeing.reason, /2 of 4 confident .*; B read backwards aligns 72% as well as in order\): two articles$/);
    assert.equal(decideFromEvidence({ ...repeated, anchorMatches: 6, anchorsInOrder: 3 }).mode, 'comparable');
  });

  it('needs best matches out of order to include one that identifies its pair, or B read backwards to align as well', () => {
    const weak = evidence({ sentences: 9, bestMatches: 4, bestOutOfOrder: 2, fairBestOutOfOrder: 1, bestOutOfOrderIdentifying: 0, forward: 0.4, reversed: 0.36 });
    assert.equal(decideFromEvidence(weak).mode, 'parallel');
    assert.equal(decideFromEvidence(weak).inDoubt, true);
    assert.equal(decideFromEvidence({ ...weak, bestOutOfOrderIdentifying: 1 }).mode, 'comparable');
    assert.equal(decideFromEvidence({ ...weak, reversed: 0.41 }).mode, 'comparable');
  });

  it('reads evidence without the identifying counts as before (all matches out of order identifying)', () => {
    assert.equal(decideFromEvidence(evidence({ sentences: 12, confidentBestMatches: 4, confidentBestOutOfOrder: 2, forward: 0.5, reversed: 0.27 })).mode, 'comparable');
  });

  it('says a translation in order is not in doubt', () => {
    const decision = decideFromEvidence(evidence({}));
    assert.equal(decision.mode, 'parallel');
    assert.equal(decision.inDoubt, undefined);
    assert.match(decision.reason, /^sentences shared in order/);
  });
});

describe('auto: best matches out of order that identify their pair', () => {
  const evidenceOf = (a: string[], b: string[]) =>
    alignPair(toSegmentedDocument({ sentences: a, lang: 'en' }), toSegmentedDocument({ sentences: b, lang: 'nl' }), resolveAlignOptions({})).decision?.evidence;
  // Two sentences each version has alone, put first in B: they stand out of the order of the rest.
  const a = ['Alvarez spoke in Lisbon on Monday.', 'Brennan answered from Oslo on Tuesday.', 'Carvalho stayed in Tbilisi all week.', 'Portugal voted against the plan.', 'Norway abstained in the vote.'];
  const b = ['Noorwegen onthield zich bij de stemming.', 'Portugal stemde tegen het plan.', 'Alvarez sprak maandag in Lisbon.', 'Brennan antwoordde dinsdag vanuit Oslo.', 'Carvalho bleef de hele week in Tbilisi.'];

  it('counts a pair out of order that shares a name no other sentence holds as identifying', () => {
    const evidence = evidenceOf(a, b);
    assert.equal(evidence?.bestOutOfOrder, 2);
    assert.equal(evidence?.bestOutOfOrderIdentifying, 2);
  });

  it('does not count a pair out of order whose names the articles repeat elsewhere', () => {
    // The same, with both countries named again beside the cities: the pairs out of order now rest on
    // repeated names only.
    const repeated = (sentences: string[], city: string, country: string) => sentences.map((text) => text.replace(city, `${city} in ${country}`));
    const evidence = evidenceOf(repeated(repeated(a, 'Lisbon', 'Portugal'), 'Oslo', 'Norway'), repeated(repeated(b, 'Lisbon', 'Portugal'), 'Oslo', 'Noorwegen'));
    assert.equal(evidence?.bestOutOfOrder, 2);
    assert.equal(evidence?.bestOutOfOrderIdentifying, 0);
    assert.equal(evidence?.confidentBestOutOfOrderIdentifying, 0);
  });
});
