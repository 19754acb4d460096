// Between separate articles, a disagreement of two versions that no other version's link takes sides on
// is `info` (lacksMajority), unless the rest of the articles settle it: none of them states the
// outlier's value anywhere, and two or more state the other side's. A changed fact is a value the other
// reports never give; two statements the aligner paired by mistake each give a value the story has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lacksMajority } from '../../src/check/corroborate.js';
import type { RawFinding, RuleContext } from '../../src/check/types.js';
import { country, makeContext, makeDocument } from './helpers.js';
import type { Anchor, SegmentedDocument } from '../../src/types.js';

/** Four separate Dutch reports; each names the countries given for its sentences. */
function reports(countries: string[][]): { context: RuleContext; finding: RawFinding } {
  const names: Record<string, string> = { GR: 'Griekenland', JP: 'Japan', MK: 'Macedonië' };
  const docs: SegmentedDocument[] = countries.map((perSentence) => makeDocument({ lang: 'nl', sentences: perSentence.map((code) => `Het gebeurde in ${names[code]}.`) }));
  const anchors: Anchor[][] = docs.map((doc, d) => countries[d]!.map((code, s) => country(doc, s, names[code]!, code)));
  // Only the first two reports are linked: the others' links were too weak to take a side.
  const context = makeContext(docs, anchors, [[0, [0], 1, [0], 0.9, 'comparable']]);
  const evidence = (document: number) => {
    const anchor = context.anchors[document]![0]![0]!;
    return { document, sentence: 0, start: anchor.start, end: anchor.end, value: anchor.type === 'country' ? anchor.value : '' };
  };
  const finding: RawFinding = { rule: 'country-label', message: '', values: [evidence(0).value, evidence(1).value], evidence: [evidence(0), evidence(1)] };
  return { context, finding };
}

describe('a two-version disagreement between separate articles', () => {
  it('stands when no other article states the outlier value and two state the other', () => {
    const { context, finding } = reports([['JP'], ['GR'], ['MK', 'GR'], ['GR']]);
    assert.equal(lacksMajority(context, finding), false);
  });

  it('stays info when another article states the outlier value somewhere', () => {
    const { context, finding } = reports([['JP'], ['GR'], ['MK', 'GR'], ['GR', 'JP']]);
    assert.equal(lacksMajority(context, finding), true);
  });

  it('stays info when only one other article states the other value', () => {
    const { context, finding } = reports([['JP'], ['GR'], ['MK'], ['GR']]);
    assert.equal(lacksMajority(context, finding), true);
  });
});
