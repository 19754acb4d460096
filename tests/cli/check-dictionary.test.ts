import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run, tempDir } from './helpers.js';

describe('anchoralign check --dictionary', () => {
  /** Two tiny versions, nl and sv, with a hunalign dictionary (`sv @ nl`) and a dictd one for nl–de only. */
  const setUp = (dir: string) => {
    writeFileSync(join(dir, 'nl.txt'), 'De hond blaft in de tuin.\nHet sneeuwt morgen in het dorp.\n');
    writeFileSync(join(dir, 'sv.txt'), 'Det snöar i morgon i byn.\nHunden skäller i trädgården.\n');
    writeFileSync(join(dir, 'nl-sv.txt'), 'hunden @ hond\nskäller @ blaft\nsnöar @ sneeuwt\nbyn @ dorp\n');
    writeFileSync(join(dir, 'freedict-nld-deu.index'), 'hond\tA\tK\n');
    writeFileSync(join(dir, 'freedict-nld-deu.dict'), 'hond\nHund\n');
  };
  const texts = (dir: string) => [join(dir, 'nl.txt'), join(dir, 'sv.txt'), '--presegmented', '--mode', 'comparable', '--format', 'json'];

  it('accepts dictionaries (repeatable) and keeps the JSON output as without one', async () => {
    const { dir, cleanup } = tempDir();
    try {
      setUp(dir);
      const without = await run(['check', ...texts(dir)]);
      const withDictionary = await run(['check', ...texts(dir), '--dictionary', join(dir, 'nl-sv.txt'), '--dictionary', join(dir, 'freedict-nld-deu.index')]);
      assert.equal(withDictionary.code, without.code, withDictionary.stderr);
      assert.equal(withDictionary.stderr, '');
      assert.deepEqual(Object.keys(JSON.parse(withDictionary.stdout) as object), Object.keys(JSON.parse(without.stdout) as object));
    } finally {
      cleanup();
    }
  });

  it('notes a set whose languages no dictionary covers, and checks it without one', async () => {
    const { dir, cleanup } = tempDir();
    try {
      setUp(dir);
      const outcome = await run(['check', ...texts(dir), '--dictionary', join(dir, 'freedict-nld-deu.index')]);
      assert.ok(outcome.code === 0 || outcome.code === 1, outcome.stderr);
      assert.match(outcome.stderr, /--dictionary: no dictionary covers the languages \(nl, sv\)/);
    } finally {
      cleanup();
    }
  });

  it('says on one line that a dictionary file is missing and exits 2', async () => {
    const { dir, cleanup } = tempDir();
    try {
      setUp(dir);
      const outcome = await run(['check', ...texts(dir), '--dictionary', join(dir, 'no-such.index')]);
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stdout, '');
      assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
      assert.match(outcome.stderr, /--dictionary .*no-such\.index: no such file/);
    } finally {
      cleanup();
    }
  });
});
