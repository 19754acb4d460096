// A short line without final punctuation written largely in letters of the page's script that its
// language does not use is a line in another language (a site motto, a banner): boilerplate.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../../src/index.js';

const kindOf = (text: string, line: string, lang: string) => segment(text, { lang }).find((sentence) => sentence.text === line)?.kind;

describe('lines in another language of the same script', () => {
  it('reads a Vietnamese motto on an Indonesian, Dutch or Swedish page as boilerplate', () => {
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    assert.equal(kindOf(`Pertemuan musim semi\n\n${motto}\n\nKedua pihak menandatangani 29 perjanjian.`, motto, 'id'), 'boilerplate');
    assert.equal(kindOf(`Lentebijeenkomst\n\n${motto}\n\nDe partijen tekenden 29 overeenkomsten.`, motto, 'nl'), 'boilerplate');
    assert.equal(kindOf(`Vårmöte\n\n${motto}\n\nParterna undertecknade 29 avtal.`, motto, 'sv'), 'boilerplate');
  });

  it('reads a Russian line on a Ukrainian page as boilerplate: letters Ukrainian does not write', () => {
    const line = 'Вы были бы рады ещё';
    assert.equal(kindOf(`Весняна зустріч\n\n${line}\n\nСторони підписали 29 угод.`, line, 'uk'), 'boilerplate');
  });

  it('leaves headings in the page language, and a foreign name with one foreign letter, alone', () => {
    const text = 'Ontmoeting in Hạ Long\n\nDe partijen tekenden 29 overeenkomsten.';
    assert.equal(kindOf(text, 'Ontmoeting in Hạ Long', 'nl'), 'heading');
    const ukrainian = 'Весняна зустріч у провінції\n\nСторони підписали 29 угод.';
    assert.equal(kindOf(ukrainian, 'Весняна зустріч у провінції', 'uk'), 'heading');
  });

  it('needs a language whose alphabet it knows: the generic profile reads no line as foreign', () => {
    const motto = 'Độc lập - Tự do - Hạnh phúc';
    assert.notEqual(kindOf(`Spring meeting\n\n${motto}\n\nThe parties signed 29 agreements.`, motto, 'xx'), 'boilerplate');
  });
});
