import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, parseConfig } from '../../src/index.js';

const versions = [
  { text: 'Quang Ninh and Guangxi signed 29 agreements on 21 February.', lang: 'en' },
  { text: 'Quang Ninh en Guangxi tekenden op 21 februari 29 overeenkomsten.', lang: 'nl' },
  { text: 'Quang Ninh och Guangxi undertecknade 29 avtal den 21 februari.', lang: 'sv' },
  { text: 'Quang Ninh dan Guangxi menandatangani 29 perjanjian pada 21 Februari.', lang: 'id' },
];

describe('check: progress', () => {
  it('reports each pair of versions aligned, up to all of them, without changing the findings', () => {
    const calls: Array<[number, number]> = [];
    const withProgress = check(versions, { onProgress: (done, total) => calls.push([done, total]) });
    assert.deepEqual(
      calls,
      [1, 2, 3, 4, 5, 6].map((done) => [done, 6]),
    );
    assert.deepEqual(withProgress.findings, check(versions).findings);
  });

  it('rejects a progress callback that is not a function, and one in a config file', () => {
    assert.throws(() => check(versions, { onProgress: 1 as never }), (error: unknown) => error instanceof TypeError && /options\.onProgress/.test(error.message));
    assert.throws(() => parseConfig('{"onProgress": "x"}'), (error: unknown) => error instanceof RangeError && /unknown key "onProgress"/.test(error.message));
  });
});
