// English months that are also names (`Theresa May`, `Brian May`, `June Carter`): alone, one is a month
// only after a context word (`in May`, `last June`, `mid-May`) or beside a day or a year; after a first
// name it is the surname, which other versions write as a name.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const anchorsOf = (text: string) =>
  extractAnchors(text, { lang: 'en' })
    .filter((a) => a.type === 'entity' || a.type === 'date')
    .map((a) => `${a.type} ${a.value}`);

describe('months that are also names', () => {
  it('reads the surname after a first name as a name, not a month', () => {
    assert.deepEqual(anchorsOf('Theresa May arrived in Brussels on Friday.'), ['entity TIRISAM', 'entity BRUSILS']);
    // An abbreviated title is no part of the name.
    assert.deepEqual(anchorsOf('British PM May accuses critics.'), ['entity M']);
  });

  it('reads the month after a context word, beside a day or a year, and other months alone', () => {
    assert.deepEqual(anchorsOf('Prices rose in May.'), ['date --05']);
    assert.deepEqual(anchorsOf('The law passes in mid-May.'), ['date --05']);
    assert.deepEqual(anchorsOf('The vote was held on May 5.'), ['date --05-05']);
    assert.deepEqual(anchorsOf('Sales fell in April and May 2018.'), ['date 2018-04', 'date 2018-05']);
    assert.deepEqual(anchorsOf('January was cold.'), ['date --01']);
  });

  it('reads the month after a determiner (an event of that month), the surname after a first name', () => {
    assert.deepEqual(anchorsOf('Three months after their June summit, talks stalled.'), ['date --06']);
    assert.deepEqual(anchorsOf('Three months after the June summit, talks stalled.'), ['date --06']);
    assert.deepEqual(anchorsOf('The critics of Theresa May spoke.'), ['entity TIRISAM']);
  });
});
