import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toSegmentedDocument, type Anchor } from '../../src/index.js';
import { extractPairFeatures, sharedWeight } from '../../src/align/features.js';
import { defaultFeatureWeights } from '../../src/align/options.js';

const doc = (sentences: string[], lang: string) => toSegmentedDocument({ sentences, lang });
const none = { number: 0, anchor: 0, entity: 0, capitalised: 0, cognatePrefix: 0, soundPrefix: 0, punctuation: 0, learned: 0, lexicon: 0, figureShape: 0, weekday: 0 };
const number = (numeric: number, percent = false): Anchor => ({
  type: 'number',
  text: String(numeric),
  value: String(numeric),
  numeric,
  relation: 'exact',
  ...(percent ? { percent } : {}),
  start: 0,
  end: String(numeric).length,
});

/** Shared weight of the one sentence of A and of B, each holding the given number anchors, shapes alone weighted. */
function sharedShape(a: Anchor[], b: Anchor[], weight = 1): number {
  const features = extractPairFeatures(doc(['Het dodental steeg.'], 'nl'), doc(['Dödssiffran steg.'], 'sv'), {
    weights: { ...none, figureShape: weight },
    anchors: { a: [a], b: [b] },
  });
  return sharedWeight(features.a.features[0]!, features.b.features[0]!, features.weights);
}

describe('align features: the shape of a figure whose value differs', () => {
  it('lets two numbers of one order of magnitude meet (832 dead and 833)', () => {
    assert.ok(sharedShape([number(832)], [number(833)]) > 0);
    assert.equal(sharedShape([number(832)], [number(833)], 0), 0, 'only the shape feature shares here');
  });

  it('keeps apart other magnitudes, and a percentage from a count', () => {
    assert.equal(sharedShape([number(832)], [number(12)]), 0);
    assert.equal(sharedShape([number(20, true)], [number(20)]), 0);
    assert.ok(sharedShape([number(20, true)], [number(80, true)]) > 0);
  });

  it('gives numbers below ten no shape: they stand in most sentences of a story', () => {
    assert.equal(sharedShape([number(4)], [number(9)]), 0);
  });

  it('gives a clock time no shape: its minutes since midnight have no order of magnitude', () => {
    const clock = (value: string, numeric: number): Anchor => ({ ...number(numeric), text: value, value });
    assert.equal(sharedShape([clock('4:40', 280)], [clock('4:48', 288)]), 0);
    assert.equal(sharedShape([clock('4:40', 280)], [number(288)]), 0);
  });

  it('lets two dates that give a year meet by the fields they give, not a month alone', () => {
    const date = (value: string, fields: { year?: number; month?: number; day?: number }): Anchor => ({ type: 'date', text: value, value, start: 0, end: value.length, ...fields });
    assert.ok(sharedShape([date('2017-10', { year: 2017, month: 10 })], [date('2018-10', { year: 2018, month: 10 })]) > 0);
    assert.equal(sharedShape([date('2017-10', { year: 2017, month: 10 })], [date('2017', { year: 2017 })]), 0);
    assert.equal(sharedShape([date('--06', { month: 6 })], [date('--10', { month: 10 })]), 0);
  });

  it('is weighted by default', () => {
    assert.ok(defaultFeatureWeights.figureShape > 0);
  });
});
