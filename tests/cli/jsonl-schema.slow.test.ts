// The JSON Lines contract (docs/stream-jsonl-v1.md) checked on real output: every output line of
// check, align and segment --input jsonl validated against docs/schema/stream-jsonl-v1.schema.json,
// which builds on cli-json-v1.schema.json, and the schema's input line against good and bad sets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import AjvModule from 'ajv';
import { corpusDir, repoRoot, run } from './helpers.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const readSchema = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'docs', 'schema', name), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
// Keyed by file name: the stream schema refers to the other as its neighbour file.
ajv.addSchema(readSchema('cli-json-v1.schema.json'), 'cli-json-v1.schema.json');
ajv.addSchema(readSchema('stream-jsonl-v1.schema.json'));
const validator = (name: string) => {
  const validate = ajv.getSchema(`stream-jsonl-v1.schema.json#/definitions/${name}`);
  assert.ok(validate, `no definition ${name}`);
  return validate;
};
const assertValid = (name: string, value: unknown) => {
  const validate = validator(name);
  assert.ok(validate(value), `${name}: ${ajv.errorsText(validate.errors)}`);
};

const lines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);

const corpusSet = (id: string, langs: readonly string[]) => ({
  id,
  versions: langs.map((lang) => ({ lang, text: readFileSync(join(corpusDir, `${lang}.txt`), 'utf8'), path: `${lang}.txt` })),
});
const nl = { lang: 'nl', text: 'Er waren 3 mannen.' };

describe('JSON Lines against docs/schema/stream-jsonl-v1.schema.json', () => {
  it('input lines: the schema takes good sets and refuses what the command line refuses', () => {
    const input = validator('inputLine');
    assert.equal(input(corpusSet('x', ['nl', 'ar'])), true);
    assert.equal(input({ id: 'x', versions: [{ lang: 'sv', sentences: ['Ett.'] }], source: 'sv' }), true);
    assert.equal(input({ id: 'x', versions: [nl], extra: 1 }), false, 'unknown field');
    assert.equal(input({ id: 'x', versions: [] }), false, 'no versions');
    assert.equal(input({ id: '', versions: [nl] }), false, 'empty id');
    assert.equal(input({ versions: [nl] }), false, 'no id');
    assert.equal(input({ id: 'x', versions: [{ lang: 'nl' }] }), false, 'neither text nor sentences');
    assert.equal(input({ id: 'x', versions: [{ ...nl, sentences: ['a'] }] }), false, 'both');
  });

  it('output lines: the schema refuses a line without id, an error line with results', () => {
    const output = validator('outputLine');
    assert.equal(output({ version: 1, documents: [], findings: [] }), false);
    assert.equal(output({ id: 'x', version: 1, documents: [], findings: [], error: { message: 'm', file: '-', line: 1 } }), false);
    assert.equal(output({ id: null, version: 1, error: { message: 'm', file: '-', line: 0 } }), false);
    assert.equal(output({ id: null, version: 1, error: { message: 'm', file: '-', line: 1 } }), true);
  });

  it('check, align and segment: every line of a real run, results and errors', async () => {
    const input = [corpusSet('all', ['uk', 'nl', 'id', 'sv', 'ar']), corpusSet('pair', ['nl', 'ar']), { id: 'bad', versions: [] }, 'not json']
      .map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
      .join('\n');
    for (const [command, definition] of [
      ['check', 'checkLine'],
      ['align', 'alignLine'],
      ['segment', 'segmentLine'],
    ] as const) {
      const outcome = await run([command, '--input', 'jsonl', '--jobs', '2'], { stdin: input });
      assert.equal(outcome.code, 2, `${command}: the bad sets fail`);
      const output = lines(outcome.stdout);
      assert.equal(output.length, 4);
      const results = command === 'align' ? [output[1]] : output.slice(0, 2);
      for (const line of results) {
        assertValid(definition, line);
        assertValid('outputLine', line);
      }
      for (const line of output.slice(2)) assertValid('errorLine', line);
      if (command === 'align') assertValid('errorLine', output[0]);
    }
  });
});
