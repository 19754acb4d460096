// Arabic text sometimes leaves out the space between a figure and the word after it (`16في المائة`).
// Letters of a script without case glued to digits are such a missing space, not a code: codes are
// written in Latin letters in every script (`SS19`, `COVID-19`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).flatMap((a) => (a.type === 'number' ? [`${a.text} ${a.value}`] : []));

describe('a word without case glued to a figure', () => {
  it('reads the figure and the percent or scale after it', () => {
    assert.deepEqual(numbers('ثبتت نسبة المشاركة عند 16في المائة فقط.', 'ar'), ['16في المائة 16%']);
    assert.deepEqual(numbers('ثبتت نسبة المشاركة عند 16بالمائة فقط.', 'ar'), ['16بالمائة 16%']);
    assert.deepEqual(numbers('شارك 20مليون شخص.', 'ar'), ['20مليون 20000000']);
  });

  it('keeps a code of Latin letters and digits a code in Arabic text', () => {
    assert.deepEqual(numbers('كانت القطعة البارزة في مجموعة SS19 من جاكموس.', 'ar'), []);
    assert.deepEqual(numbers('Het virus COVID19 verspreidde zich.', 'nl'), []);
  });
});
