// A version that tells two neighbouring sentences in the other order is aligned in order, so each is
// linked to the other's counterpart: two findings that mirror each other (Mexico where the others say
// USA, USA where they say Mexico, one sentence on) are `info`, not two changed facts. (On whole stories
// the aligner mostly joins such a pair into one bead; bench:check's omissions row measures the rest.)
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mirroredInNeighbours } from '../../src/check/reordered.js';
import type { RawFinding } from '../../src/check/types.js';

const finding = (document: number, sentence: number, values: [string, string], rule = 'country-label'): RawFinding => ({
  rule,
  message: '',
  values,
  evidence: [
    { document, sentence, start: 0, end: 1 },
    { document: document + 1, sentence, start: 0, end: 1 },
  ],
});

describe('findings mirrored in neighbouring sentences', () => {
  it('pair up when one version gives the two values the other way round, one sentence apart', () => {
    const x = finding(0, 3, ['MX', 'US']);
    const y = finding(0, 4, ['US', 'MX']);
    assert.deepEqual([...mirroredInNeighbours([x, y, finding(0, 9, ['KP', 'US'])])], [x, y]);
  });

  it('not across versions, rules, distant sentences or other values', () => {
    const x = finding(0, 3, ['MX', 'US']);
    assert.equal(mirroredInNeighbours([x, finding(1, 4, ['US', 'MX'])]).size, 0);
    assert.equal(mirroredInNeighbours([x, finding(0, 4, ['US', 'MX'], 'count-mismatch')]).size, 0);
    assert.equal(mirroredInNeighbours([x, finding(0, 5, ['US', 'MX'])]).size, 0);
    assert.equal(mirroredInNeighbours([x, finding(0, 4, ['US', 'CA'])]).size, 0);
  });
});
