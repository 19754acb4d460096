// Runs every tests/fixtures/segment/<lang>-<topic>/input.txt through segment() and compares the result
// with output.json. `UPDATE_SNAPSHOT=1` rewrites the outputs; review the diff before committing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { segment } from '../../src/index.js';
import { assertLossless } from './helpers.js';

const fixturesUrl = new URL('../fixtures/segment/', import.meta.url);
const update = process.env.UPDATE_SNAPSHOT === '1';
const names = readdirSync(fixturesUrl, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('segmentation fixtures', () => {
  it('has fixtures for every language', () => {
    for (const lang of ['uk', 'nl', 'id', 'sv', 'ar', 'und']) assert.ok(names.some((name) => name.startsWith(`${lang}-`)), lang);
  });

  for (const name of names) {
    it(name, () => {
      const lang = name.slice(0, name.indexOf('-'));
      const input = readFileSync(new URL(`${name}/input.txt`, fixturesUrl), 'utf8');
      const sentences = segment(input, { lang });
      assertLossless(input, sentences, name);
      const actual = sentences.map(({ start, end, paragraph, kind, text }) => ({ start, end, paragraph, kind, text }));
      const outputUrl = new URL(`${name}/output.json`, fixturesUrl);
      if (update || !existsSync(outputUrl)) {
        writeFileSync(outputUrl, `[\n${actual.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`);
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(outputUrl, 'utf8')));
    });
  }
});
