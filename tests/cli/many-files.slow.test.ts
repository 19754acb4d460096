// 10,000 files in one directory (moved from tests/cli/inputs.test.ts and
// tests/adversarial/cli-bad-input.test.ts): every one is read, a bad one among them is named once, and
// check refuses the set before reading it. Slow, so it runs in `npm run test:slow`.
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run, tempDir } from './helpers.js';

const fileCount = 10_000;

describe('10,000 files in a directory', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = tempDir());
  });
  after(() => cleanup());

  /** `name/00000.nl.txt` … as hard links to one file: 10,000 entries at a fraction of the cost. */
  function manyLinks(name: string, text: string): string {
    const many = join(dir, name);
    mkdirSync(many);
    const one = join(dir, `${name}.source.txt`);
    writeFileSync(one, text);
    for (let i = 0; i < fileCount; i++) linkSync(one, join(many, `${String(i).padStart(5, '0')}.nl.txt`));
    return many;
  }

  it('segments every one, and check refuses the set before reading it', async () => {
    manyLinks('many', 'Een zin.');
    const outcome = await run(['segment', 'many', '--format', 'json', '--presegmented'], { cwd: dir });
    assert.equal(outcome.code, 0, outcome.stderr.slice(0, 500));
    const json = JSON.parse(outcome.stdout) as { documents: Array<{ path: string }> };
    assert.equal(json.documents.length, fileCount);
    assert.equal(json.documents[fileCount - 1]?.path, 'many/09999.nl.txt');
    const checked = await run(['check', 'many'], { cwd: dir });
    assert.equal(checked.code, 2);
    assert.match(checked.stderr, /many: 10000 documents in one set; check compares every pair, at most 100/);
  });

  it('names each bad one among them once and segments the 10,000 others', async () => {
    const many = manyLinks('with-bad', 'Twee provincies tekenden 29 overeenkomsten.');
    writeFileSync(join(many, '03000.binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    writeFileSync(join(many, '06000.latin1.txt'), Buffer.from('Caf\xe9 in Hanoi, 29 overeenkomsten.\n', 'latin1'));
    symlinkSync('09000.loop.txt', join(many, '09000.loop.txt'));
    const outcome = await run(['segment', 'with-bad', '--format', 'json'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.deepEqual(outcome.stderrLines.map((line) => line.split(':')[1]!.trim()).sort(), [
      'with-bad/03000.binary.txt',
      'with-bad/06000.latin1.txt',
      'with-bad/09000.loop.txt',
    ]);
    const json = JSON.parse(outcome.stdout) as { documents: Array<{ sentences: unknown[] }> };
    assert.equal(json.documents.length, fileCount);
    assert.ok(json.documents.every((document) => document.sentences.length === 1));
  });
});
