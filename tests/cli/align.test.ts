import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { displayWidth } from '../../src/report/ansi.js';
import { run, tempDir } from './helpers.js';

const nl = 'corpora/spring-meeting-2025/nl.txt';
const ar = 'corpora/spring-meeting-2025/ar.txt';

describe('anchoralign align', () => {
  it('shows the two versions side by side within the terminal width, in the mode asked for', async () => {
    const outcome = await run(['align', nl, ar, '--mode', 'parallel'], { stdoutTTY: true, columns: 90, env: { NO_COLOR: '1' } });
    assert.equal(outcome.code, 0, outcome.stderr);
    const rows = outcome.stdout.trimEnd().split('\n');
    assert.match(rows[0] ?? '', /^corpora\/spring-meeting-2025\/nl\.txt \(Dutch, nl\) ↔ corpora\/spring-meeting-2025\/ar\.txt \(Arabic, ar\)$/);
    assert.match(rows[1] ?? '', /^parallel mode \(asked for\), \d+ links$/);
    assert.match(rows.at(-1) ?? '', /^unaligned: \d+ of \d+ sentences in A, \d+ of \d+ in B$/);
    for (const row of rows.slice(2)) assert.ok(displayWidth(row) <= 90, `wider than 90: ${row}`);
    assert.ok(rows.some((row) => row.includes(' │ ')));
  });

  it('uses COLUMNS when stdout is not a terminal, and says which mode auto chose and why', async () => {
    const outcome = await run(['align', nl, ar], { env: { COLUMNS: '60' } });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.match(outcome.stdout.split('\n')[1] ?? '', /^parallel mode \(sentences shared in order \(.+\): a translation\), \d+ links$/);
    for (const row of outcome.stdout.trimEnd().split('\n').slice(2)) assert.ok(displayWidth(row) <= 60, `wider than 60: ${row}`);
  });

  it('writes links in order of A with indices into both documents as JSON', async () => {
    const outcome = await run(['align', nl, ar, '--mode', 'comparable', '--format', 'json']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const { mode, modeReason } = JSON.parse(outcome.stdout) as { mode: string; modeReason: string };
    assert.deepEqual([mode, modeReason], ['comparable', 'asked for']);
    const json = JSON.parse(outcome.stdout) as { documents: Array<{ sentences: unknown[] }>; links: Array<{ a: number[]; b: number[]; score: number }> };
    const used = new Set<number>();
    for (const link of json.links) {
      for (const index of link.a) {
        assert.ok(index < (json.documents[0]?.sentences.length ?? 0));
        assert.equal(used.has(index), false, 'each sentence of A in at most one link');
        used.add(index);
      }
      assert.ok(link.score >= 0 && link.score <= 1);
    }
  });

  it('says which mode it used and why, in JSON and in text', async () => {
    type Output = { mode?: string; modeReason?: string };
    const uk = 'corpora/spring-meeting-2025/uk.txt';
    const id = 'corpora/spring-meeting-2025/id.txt';
    const translation = JSON.parse((await run(['align', nl, ar, '--format', 'json'])).stdout) as Output;
    assert.equal(translation.mode, 'parallel');
    assert.match(translation.modeReason ?? '', /^sentences shared in order \(.+\): a translation$/);
    const separate = JSON.parse((await run(['align', uk, id, '--format', 'json'])).stdout) as Output;
    assert.equal(separate.mode, 'comparable');
    assert.match(separate.modeReason ?? '', /^sentences shared in no particular order \(.+\): two articles$/);
    const asked = JSON.parse((await run(['align', nl, ar, '--mode', 'comparable', '--format', 'json'])).stdout) as Output;
    assert.deepEqual([asked.mode, asked.modeReason], ['comparable', 'asked for']);
    const text = await run(['align', uk, id], { env: { NO_COLOR: '1' } });
    assert.match(text.stdout.split('\n')[1] ?? '', /^comparable mode \(sentences shared in no particular order .+\), \d+ links$/);
  });

  it('reports an unreadable B with exit 2 and prints nothing', async () => {
    const outcome = await run(['align', nl, 'missing.txt']);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stdout, '');
    assert.deepEqual(outcome.stderrLines, ['anchoralign: missing.txt: no such file or directory']);
  });
});

describe('anchoralign align --dictionary', () => {
  const dir = 'tests/fixtures/dictionary/';
  const args = ['align', `${dir}cat.nl.txt`, `${dir}cat.sv.txt`, '--presegmented', '--mode', 'comparable', '--format', 'json'];
  const links = (stdout: string) => (JSON.parse(stdout) as { links: Array<{ a: number[]; b: number[] }> }).links.map((link) => [link.a, link.b]);

  it('links sentences through a FreeDict dictionary and a hunalign one, and not without', async () => {
    const without = await run(args);
    assert.equal(without.code, 0, without.stderr);
    assert.ok(links(without.stdout).length < 2);
    for (const dictionary of [`${dir}freedict-nld-swe.index`, `${dir}nl-sv.hunalign.txt`]) {
      const outcome = await run([...args, '--dictionary', dictionary]);
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.deepEqual(links(outcome.stdout).slice(-1), [[[1], [0]]], dictionary);
    }
  });

  it('says on one line that a dictionary file is missing and exits 2', async () => {
    const outcome = await run([...args, '--dictionary', `${dir}no-such.index`]);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stderr.trimEnd().split('\n').length, 1);
    assert.match(outcome.stderr, /--dictionary .*no-such\.index: no such file/);
  });
});

describe('anchoralign align --dictionary, dictionaries joined through a third language', () => {
  const fixtures = 'tests/fixtures/dictionary/';
  const texts = [`${fixtures}cat.nl.txt`, `${fixtures}cat.sv.txt`, '--lang', 'nl', '--lang', 'sv', '--presegmented', '--mode', 'comparable', '--format', 'json'];
  const links = (stdout: string) => (JSON.parse(stdout) as { links: Array<{ a: number[]; b: number[] }> }).links.map((link) => [link.a, link.b]);
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const base64 = (n: number): string => (n < 64 ? digits[n]! : base64(Math.floor(n / 64)) + digits[n % 64]!);
  /** A plain (unzipped) dictd dictionary: `<name>.index` and `<name>.dict`, one entry per headword. */
  const writeDictd = (dir: string, name: string, entries: Record<string, string>) => {
    let dict = '';
    let index = '';
    for (const [headword, translations] of Object.entries(entries)) {
      const entry = `${headword}\n${translations}\n`;
      index += `${headword}\t${base64(Buffer.byteLength(dict))}\t${base64(Buffer.byteLength(entry))}\n`;
      dict += entry;
    }
    writeFileSync(join(dir, `${name}.index`), index);
    writeFileSync(join(dir, `${name}.dict`), dict);
  };
  const dutchGerman = { kat: 'Katze', slaapt: 'schläft', warme: 'warme, heiße', mat: 'Matte', regent: 'regnet', vandaag: 'heute', stad: 'Stadt' };
  const germanSwedish = { Katze: 'katt', 'schläft': 'sover', heiße: 'varma', Matte: 'matta', regnet: 'regnar', heute: 'idag', Stadt: 'staden' };

  it('links sentences through nld–deu and deu–swe dictionaries (named, or their directory), and not through one of them alone', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeDictd(dir, 'freedict-nld-deu', dutchGerman);
      writeDictd(dir, 'freedict-deu-swe', germanSwedish);
      const both = await run(['align', ...texts, '--dictionary', join(dir, 'freedict-nld-deu.index'), '--dictionary', join(dir, 'freedict-deu-swe.dict')]);
      assert.equal(both.code, 0, both.stderr);
      assert.deepEqual(links(both.stdout).slice(-1), [[[1], [0]]]);
      const directory = await run(['align', ...texts, '--dictionary', dir]);
      assert.equal(directory.code, 0, directory.stderr);
      assert.deepEqual(links(directory.stdout), links(both.stdout));
      const one = await run(['align', ...texts, '--dictionary', join(dir, 'freedict-nld-deu.index')]);
      assert.equal(one.code, 0, one.stderr);
      assert.ok(links(one.stdout).length < 2);
      assert.match(one.stderr, /no dictionary covers nl–sv/);
    } finally {
      cleanup();
    }
  });

  it('says on one line what is wrong with a file that is not a dictionary, and exits 2', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'words.txt'), 'kat katt\nmat matta\n');
      writeFileSync(join(dir, 'freedict-nld-swe.index'), 'kat\tA\tK\n');
      writeFileSync(join(dir, 'freedict-nld-swe.dict.dz'), 'kat\nkatt\n');
      writeFileSync(join(dir, 'freedict-swe-nld.index'), 'katt\tA\tZZZ\n');
      writeFileSync(join(dir, 'freedict-swe-nld.dict'), 'katt\nkat\n');
      writeFileSync(join(dir, 'lonely-nld-swe.index'), 'kat\tA\tK\n');
      mkdirSync(join(dir, 'empty'));
      const cases: Array<[string, RegExp]> = [
        ['words.txt', /words\.txt: no 'target @ source' lines/],
        ['freedict-nld-swe.index', /freedict-nld-swe\.index: freedict-nld-swe\.dict\.dz is not gzip-compressed/],
        ['freedict-swe-nld.index', /freedict-swe-nld\.index: no entries/],
        ['lonely-nld-swe.index', /lonely-nld-swe\.index: lonely-nld-swe\.dict\.dz: no such file/],
        ['empty', /--dictionary .*empty: a directory without dictd dictionaries/],
      ];
      for (const [file, message] of cases) {
        const outcome = await run(['align', ...texts, '--dictionary', join(dir, file)]);
        assert.equal(outcome.code, 2, file);
        assert.equal(outcome.stdout, '', file);
        assert.equal(outcome.stderrLines.length, 1, `${file}: ${outcome.stderr}`);
        assert.match(outcome.stderr, message);
      }
    } finally {
      cleanup();
    }
  });
});
