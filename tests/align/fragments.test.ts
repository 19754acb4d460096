import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { debrisSkipFactor, isDebris, skipFactors } from '../../src/align/fragments.js';

describe('align: debris lines', () => {
  it('calls lines with almost no letters or digits debris', () => {
    for (const text of ['.....', '- _-', '24 a !', '.:-- , .', 'h * "', '', '   ']) assert.equal(isDebris(text), true, JSON.stringify(text));
  });

  it('keeps short real sentences, list numbers, years and non-Latin words', () => {
    for (const text of ['Literatur :', '1. 1950 :', '296-309 ) .', 'Ja.', 'Київ', 'مصر', '١٩٥٦']) {
      assert.equal(isDebris(text), false, JSON.stringify(text));
    }
  });

  it('makes skipping debris cheaper and leaves other sentences at the full skip penalty', () => {
    assert.deepEqual([...skipFactors(['- _-', 'Der Gipfel ist 8848 m hoch.'])], [debrisSkipFactor, 1]);
  });

  it('reads a 1 MB line of punctuation in linear time', () => {
    const started = performance.now();
    assert.equal(isDebris('.-'.repeat(500_000)), true);
    assert.ok(performance.now() - started < 2000);
  });
});
