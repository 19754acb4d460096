// Two versions in one language that name two countries whose names look alike (`Duitsland` /
// `Rusland`, `ألمانيا` / `اليابان`, `польським` / `російським`): within one language the same name has the
// same key, so alike names are a swap, not one name read two ways.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const swaps = (lang: string, a: string, b: string) =>
  check([{ lang, sentences: [a] }, { lang, sentences: [b] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');

describe('alike country names within one language', () => {
  it('finds a swap between alike names', () => {
    assert.equal(swaps('nl', 'De fabriek staat sinds 2010 in Duitsland.', 'De fabriek staat sinds 2010 in Rusland.').length, 1);
    assert.equal(swaps('ar', 'افتتحت الشركة مصنعا في ألمانيا العام الماضي.', 'افتتحت الشركة مصنعا في اليابان العام الماضي.').length, 1);
    assert.equal(swaps('uk', 'Вони приїхали з польським прапором.', 'Вони приїхали з російським прапором.').length, 1);
  });

  it('raises nothing on the same name', () => {
    assert.equal(swaps('nl', 'De fabriek staat in Duitsland.', 'De fabriek staat in Duitsland.').length, 0);
  });
});
