// --jobs 2 from the source tree: each worker thread compiles the TypeScript sources through tsx
// (several seconds a thread), so these run in test:slow beside the built-package checks.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run, threeArticleSets } from './helpers.js';

const nl = { lang: 'nl', text: 'De vijf provincies tekenden 29 overeenkomsten. Het overleg vond plaats op 20 februari.' };
const sv = { lang: 'sv', text: 'De fem provinserna undertecknade 12 avtal. Mötet hölls den 20 februari.' };
const svAgrees = { lang: 'sv', text: 'De fem provinserna undertecknade 29 avtal. Mötet hölls den 20 februari.' };

const jsonl = (...values: unknown[]) => values.map((value) => JSON.stringify(value)).join('\n') + '\n';
const ids = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string; findings?: unknown[] });

/** Small sets, some agreeing and some not, so outputs differ from set to set. */
function smallSets(count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `set-${i}`, versions: [nl, i % 3 === 0 ? sv : svAgrees] }));
}

describe('--jobs 2 on worker threads', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = threeArticleSets());
  });
  after(() => cleanup());

  it('spreads article sets over worker threads and gives the same output as one thread', async () => {
    const sequential = await run(['check', 'one', 'two', 'three', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
    const parallel = await run(['check', 'one', 'two', 'three', '--format', 'json', '--fail-on', 'none', '--jobs', '2'], { cwd: dir });
    assert.equal(parallel.code, 0, parallel.stderr);
    assert.equal(parallel.stdout, sequential.stdout);
  });

  it('keeps JSON Lines input order at --jobs 2; --unordered gives the same lines', async () => {
    const input = jsonl(...smallSets(12));
    const one = await run(['check', '--input', 'jsonl', '--fail-on', 'none'], { stdin: input });
    const two = await run(['check', '--input', 'jsonl', '--jobs', '2', '--fail-on', 'none'], { stdin: input });
    const unordered = await run(['check', '--input', 'jsonl', '--jobs', '2', '--unordered', '--fail-on', 'none'], { stdin: input });
    assert.equal(one.code, 0, one.stderr);
    assert.equal(two.code, 0, two.stderr);
    assert.deepEqual(ids(one.stdout).map((line) => line.id), smallSets(12).map((set) => set.id));
    assert.equal(two.stdout, one.stdout);
    assert.deepEqual(unordered.stdout.split('\n').sort(), one.stdout.split('\n').sort());
    assert.deepEqual(
      ids(one.stdout).map((line) => line.findings?.length),
      smallSets(12).map((_, i) => (i % 3 === 0 ? 1 : 0)),
    );
  });

  it('gives every worker the --dictionary dictionaries: --jobs 2 aligns each set as one thread does', async () => {
    // Sentences in opposite orders, no anchor: only the dictionary's word pairs link them crosswise.
    const set = (id: string) => ({
      id,
      versions: [
        { lang: 'nl', sentences: ['De hond blaft in de tuin.', 'Het sneeuwt morgen in het dorp.'] },
        { lang: 'sv', sentences: ['Det snöar i morgon i byn.', 'Hunden skäller i trädgården.'] },
      ],
    });
    const input = jsonl(set('a'), set('b'), set('c'));
    writeFileSync(join(dir, 'nl-sv.txt'), 'hunden @ hond\nskäller @ blaft\nträdgården @ tuin\nsnöar @ sneeuwt\nmorgon @ morgen\nbyn @ dorp\n');
    const args = ['align', '--input', 'jsonl', '--mode', 'comparable', '--dictionary', 'nl-sv.txt'];
    const one = await run(args, { cwd: dir, stdin: input });
    const two = await run([...args, '--jobs', '2'], { cwd: dir, stdin: input });
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
    const links = ids(two.stdout).map((line) => (line as { links?: Array<{ a: number[]; b: number[] }> }).links?.map((link) => [link.a, link.b]));
    assert.deepEqual(links[0], [[[0], [1]], [[1], [0]]]);
  });
});
