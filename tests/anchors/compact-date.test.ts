// A day and a month name joined by a dot with no space (`9.Mai`, OCR and hurried German) is a date,
// while codes that mix letters and digits stay identifiers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const dates = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => [a.text, a.value]);

describe('a day and a month joined by a dot', () => {
  it('reads 9.Mai as the 9th of May, with a year after it', () => {
    assert.deepEqual(dates('Vier Mitglieder erreichten den Gipfel -am 9.Mai Imanishi mit dem Sherpa Gyalzen', 'de'), [['9.Mai', '--05-09']]);
    assert.deepEqual(dates('Am 11.Juli 1956 standen sie oben.', 'de'), [['11.Juli 1956', '1956-07-11']]);
  });

  it('reads it when punctuation closes it', () => {
    assert.deepEqual(dates('Sie standen oben am 9.Mai, kurz nach Mittag.', 'de'), [['9.Mai', '--05-09']]);
    assert.deepEqual(dates('Sie standen oben am 9.Mai.', 'de'), [['9.Mai', '--05-09']]);
  });

  it('keeps codes that are no month identifiers', () => {
    assert.deepEqual(extractAnchors('Version 3.Beta und v1.Mai', { lang: 'de' }).filter((a) => a.type !== 'entity'), []);
  });
});
