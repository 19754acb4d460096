// `--dictionary` in `check|align --input jsonl` and in `report`, read as plain `check` and `align` read
// it: repeatable, read before any text (a file that cannot be read is one stderr line, exit 2), and
// each set aligned with the lexicon for its own languages.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { processLine } from '../../src/cli/jsonl/format.js';
import { run, tempDir } from './helpers.js';

// Two versions whose sentences come in opposite orders and share no anchor: only the dictionary's
// word pairs tell which sentence is which (comparable mode, so order does not decide).
const nlSentences = ['De hond blaft in de tuin.', 'Het sneeuwt morgen in het dorp.'];
const svSentences = ['Det snöar i morgon i byn.', 'Hunden skäller i trädgården.'];
const hunalign = 'hunden @ hond\nskäller @ blaft\nträdgården @ tuin\nsnöar @ sneeuwt\nmorgon @ morgen\nbyn @ dorp\n';

function setUp(dir: string): void {
  writeFileSync(join(dir, 'nl-sv.txt'), hunalign);
  // A dictd dictionary for nl–de only: it covers no pair of the sets here.
  writeFileSync(join(dir, 'freedict-nld-deu.index'), 'hond\tA\tK\n');
  writeFileSync(join(dir, 'freedict-nld-deu.dict'), 'hond\nHund\n');
  writeFileSync(join(dir, 'nl.txt'), `${nlSentences.join('\n')}\n`);
  writeFileSync(join(dir, 'sv.txt'), `${svSentences.join('\n')}\n`);
  const set = (id: string) => ({ id, versions: [{ lang: 'nl', sentences: nlSentences }, { lang: 'sv', sentences: svSentences }] });
  writeFileSync(join(dir, 'sets.jsonl'), `${JSON.stringify(set('a'))}\n${JSON.stringify(set('b'))}\n`);
}

const linksOf = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { links: Array<{ a: number[]; b: number[] }> }).links.map((link) => [link.a, link.b]));

async function inTemp(body: (dir: string) => Promise<void>): Promise<void> {
  const { dir, cleanup } = tempDir();
  try {
    setUp(dir);
    await body(dir);
  } finally {
    cleanup();
  }
}

describe('--input jsonl --dictionary', () => {
  it('aligns each set with the lexicon for its languages (align), repeatable', async () => {
    await inTemp(async (dir) => {
      const args = ['align', '--input', 'jsonl', 'sets.jsonl', '--mode', 'comparable'];
      const without = await run(args, { cwd: dir });
      const withDictionary = await run([...args, '--dictionary', 'nl-sv.txt', '--dictionary', 'freedict-nld-deu.index'], { cwd: dir });
      assert.equal(withDictionary.code, 0, withDictionary.stderr);
      const crossed = [[[0], [1]], [[1], [0]]];
      assert.deepEqual(linksOf(withDictionary.stdout), [crossed, crossed]);
      assert.notDeepEqual(linksOf(without.stdout), [crossed, crossed], 'without the dictionary the words say nothing');
    });
  });

  it('check accepts it and keeps one line per set', async () => {
    await inTemp(async (dir) => {
      const outcome = await run(['check', '--input', 'jsonl', 'sets.jsonl', '--dictionary', 'nl-sv.txt', '--fail-on', 'none'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.equal(outcome.stderr, '');
      assert.deepEqual(outcome.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id), ['a', 'b']);
    });
  });

  it('gives check the lexicon of the set’s languages', () => {
    const asked: string[][] = [];
    const line = JSON.stringify({ id: 'x', versions: [{ lang: 'nl', sentences: nlSentences }, { lang: 'sv', sentences: svSentences }] });
    const place = { file: 'sets.jsonl', line: 1 };
    const fine = processLine('check', line, {}, place, (languages) => (asked.push([...languages]), [['hond', 'hunden']]));
    assert.equal(fine.failed, false, fine.message);
    assert.deepEqual(asked, [['nl', 'sv']]);
    // A lexicon check cannot read is an error of the set: the lexicon reached check's options.
    const broken = processLine('check', line, {}, place, () => [['hond']] as never);
    assert.equal(broken.failed, true);
    assert.match(broken.message ?? '', /options\.lexicon\[0\]/);
  });

  for (const command of ['check', 'align']) {
    it(`${command}: a missing dictionary file is one stderr line and exit 2, before any set runs`, async () => {
      await inTemp(async (dir) => {
        const outcome = await run([command, '--input', 'jsonl', 'sets.jsonl', '--dictionary', 'no-such.index'], { cwd: dir });
        assert.equal(outcome.code, 2);
        assert.equal(outcome.stdout, '');
        assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
        assert.match(outcome.stderr, /--dictionary no-such\.index: no such file/);
      });
    });
  }

  it('segment refuses it: it aligns nothing', async () => {
    await inTemp(async (dir) => {
      const outcome = await run(['segment', '--input', 'jsonl', 'sets.jsonl', '--dictionary', 'nl-sv.txt'], { cwd: dir });
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, /segment: --dictionary is an option of check and align/);
    });
  });
});

describe('report --dictionary', () => {
  const reportArgs = ['report', 'nl.txt', 'sv.txt', '--presegmented', '--mode', 'comparable', '--out'];
  const alignedRows = (html: string) => html.match(/class="row aligned"/g)?.length ?? 0;

  it('aligns the versions with the dictionaries (repeatable) as check does', async () => {
    await inTemp(async (dir) => {
      const without = await run([...reportArgs, 'without.html'], { cwd: dir });
      const withDictionary = await run([...reportArgs, 'with.html', '--dictionary', 'nl-sv.txt', '--dictionary', 'freedict-nld-deu.index'], { cwd: dir });
      assert.equal(without.code, 0, without.stderr);
      assert.equal(withDictionary.code, 0, withDictionary.stderr);
      assert.equal(alignedRows(readFileSync(join(dir, 'with.html'), 'utf8')), 2);
      assert.ok(alignedRows(readFileSync(join(dir, 'without.html'), 'utf8')) < 2);
    });
  });

  it('notes when no dictionary covers the languages, and reports without one', async () => {
    await inTemp(async (dir) => {
      const outcome = await run([...reportArgs, 'r.html', '--dictionary', 'freedict-nld-deu.index'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.match(outcome.stderr, /--dictionary: no dictionary covers the languages \(nl, sv\), directly or through a language they share; reporting without one/);
    });
  });

  it('a missing dictionary file is one stderr line and exit 2, nothing written', async () => {
    await inTemp(async (dir) => {
      const outcome = await run([...reportArgs, 'r.html', '--dictionary', 'no-such.index'], { cwd: dir });
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
      assert.match(outcome.stderr, /--dictionary no-such\.index: no such file/);
      assert.throws(() => readFileSync(join(dir, 'r.html')));
    });
  });
});
