// Ukrainian ordinals and month adjectives decline as hard adjectives, whose locative singular has two
// forms: -ому and the shorter -ім (`у десятому раунді`, `у десятім раунді`). Both read alike.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const read = (text: string) => extractAnchors(text, { lang: 'uk' }).map((a) => `${a.type} ${a.value}`);

describe('Ukrainian hard adjectives in the locative', () => {
  it('reads an ordinal in -ім as it reads the one in -ому', () => {
    assert.deepEqual(read('У десятім раунді він переміг суперника.'), ['ordinal 10.']);
    assert.deepEqual(read('У десятому раунді він переміг суперника.'), ['ordinal 10.']);
    assert.deepEqual(read('На сьомім кілометрі траси сталася аварія.'), ['ordinal 7.']);
  });

  it('reads a month adjective in -ім as the month', () => {
    assert.deepEqual(read('Про це писали у травневім номері журналу.'), ['date --05']);
    assert.deepEqual(read('Про це писали у травневому номері журналу.'), ['date --05']);
  });

  it('still reads the soft ordinal третій in every case', () => {
    assert.deepEqual(read('Він посів третю сходинку.'), ['ordinal 3.']);
    assert.deepEqual(read('На третім етапі він зійшов.'), ['ordinal 3.']);
  });
});
