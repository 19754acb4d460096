// parseConfig: valid configurations read back as options; every mistake names its key or line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, rules } from '../../src/index.js';

describe('parseConfig', () => {
  it('reads rules, suppressions, gazetteer entries and aliases', () => {
    const options = parseConfig(
      JSON.stringify({
        rules: { 'name-variant': 'off', 'missing-number': 'info' },
        suppress: ['country-label:0123456789abcdef'],
        gazetteer: [{ id: 'baise', kind: 'place', country: 'CN', names: { uk: ['Байсе'], nl: ['Baise'] } }],
        aliases: { 'Tran Cuong': ['Chen Gang', 'Чень Ган'] },
      }),
    );
    assert.deepEqual(options, {
      rules: { 'name-variant': 'off', 'missing-number': 'info' },
      suppress: ['country-label:0123456789abcdef'],
      gazetteer: [{ id: 'baise', kind: 'place', country: 'CN', names: { uk: ['Байсе'], nl: ['Baise'] } }],
      aliases: { 'Tran Cuong': ['Chen Gang', 'Чень Ган'] },
    });
    assert.deepEqual(parseConfig('\ufeff{}'), {});
  });

  it('names the line of bad JSON', () => {
    assert.throws(() => parseConfig('{\n  "rules": {\n    "count-mismatch": "error",\n  }\n}'), (error: unknown) => {
      assert.ok(error instanceof SyntaxError);
      assert.match(error.message, /line [45]/u);
      return true;
    });
    assert.throws(() => parseConfig('{"rules": '), /line 1/u);
  });

  it('names an unknown key, rule or severity', () => {
    assert.throws(() => parseConfig('{"rule": {}}'), (e: unknown) => e instanceof RangeError && /"rule"/u.test(e.message));
    assert.throws(() => parseConfig('{"rules": {"count-mismatches": "error"}}'), (e: unknown) => e instanceof RangeError && /count-mismatches/u.test(e.message));
    assert.throws(() => parseConfig('{"rules": {"count-mismatch": "fatal"}}'), (e: unknown) => e instanceof RangeError && /count-mismatch.*fatal/u.test(e.message));
    assert.throws(() => parseConfig('{"gazetteer": [{"id": "x", "kind": "place", "country": "China", "names": {}}]}'), /gazetteer\[0\]\.country/u);
    assert.throws(() => parseConfig('{"aliases": {"Tran Cuong": "Chen Gang"}}'), (e: unknown) => e instanceof TypeError && /Tran Cuong/u.test(e.message));
    assert.throws(() => parseConfig('[]'), TypeError);
    assert.throws(() => parseConfig(42 as unknown as string), TypeError);
  });

  it('knows every rule the checker documents', () => {
    const config = Object.fromEntries(rules.map((r) => [r.id, 'warning']));
    assert.deepEqual(Object.keys(parseConfig(JSON.stringify({ rules: config })).rules ?? {}), rules.map((r) => r.id));
    assert.deepEqual(rules.map((r) => r.id), ['count-mismatch', 'date-mismatch', 'weekday-mismatch', 'country-label', 'role-mismatch', 'name-variant', 'internal-count', 'missing-number', 'weekday-date', 'code-mismatch']);
  });
});
