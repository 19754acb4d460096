// End to end through the command line tool (runCli with captured streams, or the real binary entry
// in a child process where a hang must be caught): every kind of bad file in one batch, each gets one
// line naming it, the rest of the batch still runs, the exit code says what happened (2: some input
// could not be read), and nothing is written except --out.
//
// Unreadable files: the tests run as root, for whom chmod 000 denies nothing, so permission denial
// cannot be produced here; the other ways a path fails to read (a directory named like a file, a
// symlink loop, a dangling link, a FIFO, an endless device) stand in for it, and the wording of the
// EACCES message is tested by tests/cli/inputs.test.ts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = join(repoRoot, 'corpora', 'spring-meeting-2025');
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function run(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderrLines: string[] }> {
  const stdout = capture();
  const stderr = capture();
  const code = await runCli(argv, { stdout: stdout.stream, stderr: stderr.stream, stdin: new PassThrough().end(), env: {}, cwd });
  const stderrText = stderr.text();
  assert.doesNotMatch(stderrText, stackTrace, 'no stack trace on stderr');
  assert.doesNotMatch(stderrText, /internal error/);
  return { code, stdout: stdout.text(), stderrLines: stderrText.split('\n').filter((line) => line !== '') };
}

/** Every file below `dir` with its size and modification time, to see what a run wrote. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const stats = statSync(path);
        entries.set(relative(dir, path), `${stats.size}:${stats.mtimeMs}`);
      } else entries.set(relative(dir, path), entry.isSymbolicLink() ? 'symlink' : 'special');
    }
  };
  walk(dir);
  return entries;
}

let dir: string;
const badFiles = ['binary.txt', 'latin1.txt', 'folder.txt', 'loop-a.txt', 'loop-b.txt', 'dangling.txt', 'odd-utf16.txt'];
const goodFiles = ['ar.txt', 'empty.txt', 'nl.txt', 'utf16.txt'];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'anchoralign-bad-input-'));
  const batch = join(dir, 'batch');
  mkdirSync(batch);
  copyFileSync(join(corpusDir, 'nl.txt'), join(batch, 'nl.txt'));
  copyFileSync(join(corpusDir, 'ar.txt'), join(batch, 'ar.txt'));
  writeFileSync(join(batch, 'empty.txt'), '');
  // UTF-16 LE with a BOM is text: it is read, not refused.
  writeFileSync(join(batch, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Київ прийняв делегацію. Було підписано 29 угод.\n', 'utf16le')]));
  writeFileSync(join(batch, 'odd-utf16.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]));
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 256;
  writeFileSync(join(batch, 'binary.txt'), binary);
  writeFileSync(join(batch, 'latin1.txt'), Buffer.from('Caf\xe9 in Hanoi, 29 overeenkomsten.\n', 'latin1'));
  mkdirSync(join(batch, 'folder.txt'));
  symlinkSync('loop-b.txt', join(batch, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(batch, 'loop-b.txt'));
  symlinkSync('does-not-exist.txt', join(batch, 'dangling.txt'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Each bad file is named on exactly one stderr line; no good file is named as a problem. */
function assertOneLinePerBadFile(stderrLines: readonly string[]): void {
  for (const name of badFiles) {
    const lines = stderrLines.filter((line) => line.includes(`batch/${name}:`));
    assert.equal(lines.length, 1, `one line for ${name}, got ${JSON.stringify(lines)}`);
    assert.match(lines[0]!, /^anchoralign: batch\/\S+: \S/);
  }
  for (const name of ['ar.txt', 'nl.txt', 'utf16.txt']) {
    assert.ok(!stderrLines.some((line) => line.includes(`batch/${name}:`)), `no problem reported for ${name}`);
  }
}

describe('a batch with every kind of bad file', () => {
  it('segment: one line per bad file, the good files (UTF-16 and empty included) still segmented, exit 2', async () => {
    const outcome = await run(['segment', 'batch', '--format', 'json'], dir);
    assertOneLinePerBadFile(outcome.stderrLines);
    assert.equal(outcome.code, 2);
    const json = JSON.parse(outcome.stdout) as { documents: Array<{ path: string; sentences: unknown[] }> };
    assert.deepEqual(json.documents.map((document) => document.path).sort(), goodFiles.map((name) => `batch/${name}`));
    const utf16 = json.documents.find((document) => document.path === 'batch/utf16.txt')!;
    assert.equal(utf16.sentences.length, 2);
  });

  it('check: same lines (the empty version refused too), and the readable versions are still compared, exit 2', async () => {
    const outcome = await run(['check', 'batch', '--format', 'json', '--fail-on', 'none'], dir);
    assertOneLinePerBadFile(outcome.stderrLines);
    assert.equal(outcome.stderrLines.filter((line) => line.includes('batch/empty.txt: no text')).length, 1);
    assert.equal(outcome.code, 2);
    const json = JSON.parse(outcome.stdout) as { version: number; documents: Array<{ path: string }>; findings: unknown[] };
    assert.equal(json.version, 1);
    const comparedFiles = goodFiles.filter((name) => name !== 'empty.txt');
    assert.deepEqual(json.documents.map((document) => document.path).sort(), comparedFiles.map((name) => `batch/${name}`));
  });

  it('report: same lines, the report of the readable versions is still written, exit 2', async () => {
    const outcome = await run(['report', 'batch', '--out', 'report.html'], dir);
    assertOneLinePerBadFile(outcome.stderrLines);
    assert.equal(outcome.code, 2);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(html.includes('Київ прийняв делегацію'), 'the UTF-16 version is in the report');
    rmSync(join(dir, 'report.html'));
  });

  it('align: a bad second file is one line and exit 2, without output', async () => {
    const outcome = await run(['align', 'batch/nl.txt', 'batch/binary.txt', '--format', 'json'], dir);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stderrLines.filter((line) => line.includes('batch/binary.txt:')).length, 1);
    assert.equal(outcome.stdout, '');
  });
});

describe('special files do not hang or flood the tool', () => {
  // A child process, so that a read that blocks forever fails the test instead of hanging the run.
  // Its start alone (tsx compiling src/) took over 15 s on two busy cores; a hang is forever.
  const childTimeoutMs = 90_000;
  const runChild = (args: string[]) =>
    spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src/cli/main.ts'), ...args], { cwd: dir, encoding: 'utf8', timeout: childTimeoutMs });

  it('a FIFO named like a text file is refused with one line, and the other files are read', () => {
    const fifoDir = join(dir, 'with-fifo');
    mkdirSync(fifoDir);
    copyFileSync(join(corpusDir, 'sv.txt'), join(fifoDir, 'sv.txt'));
    assert.equal(spawnSync('mkfifo', [join(fifoDir, 'pipe.txt')]).status, 0, 'mkfifo works here');
    const child = runChild(['segment', 'with-fifo', '--format', 'json']);
    assert.equal(child.error, undefined, `the tool hung on the FIFO (${String(child.error)})`);
    assert.equal(child.status, 2, child.stderr);
    assert.equal(child.stderr.split('\n').filter((line) => line.includes('with-fifo/pipe.txt')).length, 1);
    assert.equal((JSON.parse(child.stdout) as { documents: unknown[] }).documents.length, 1);
  });

  it('an endless device (/dev/zero) is refused at the size limit, naming the limit and the flag', () => {
    const child = runChild(['segment', '/dev/zero', '--max-bytes', '2M']);
    assert.equal(child.error, undefined, String(child.error));
    assert.equal(child.status, 2, child.stderr);
    assert.match(child.stderr, /\/dev\/zero: .*2 MiB.*--max-bytes/);
  });
});

describe('writes only where told', () => {
  it('segment, align and check write nothing; report writes only its --out file', async () => {
    const work = join(dir, 'work');
    mkdirSync(work);
    for (const lang of ['nl', 'ar', 'sv']) copyFileSync(join(corpusDir, `${lang}.txt`), join(work, `${lang}.txt`));
    const before = snapshot(dir);
    for (const argv of [
      ['segment', 'work/nl.txt', 'work/ar.txt', '--format', 'json'],
      ['segment', 'work', '--format', 'text'],
      ['align', 'work/nl.txt', 'work/ar.txt', '--format', 'json'],
      ['align', 'work/nl.txt', 'work/ar.txt'],
      ['check', 'work', '--format', 'json'],
      ['check', 'work', '--format', 'sarif'],
      ['check', 'work', '--format', 'github'],
      ['check', 'work'],
    ]) {
      const outcome = await run(argv, dir);
      assert.ok(outcome.code === 0 || outcome.code === 1, `${argv.join(' ')} exited ${outcome.code}`);
      assert.deepEqual(snapshot(dir), before, `${argv.join(' ')} wrote nothing`);
    }
    const outcome = await run(['report', 'work', '--out', 'out/report.html'], dir).catch(() => undefined);
    // --out into a missing folder: one line, exit 2, nothing created.
    assert.equal(outcome?.code, 2);
    assert.deepEqual(snapshot(dir), before);
    const written = await run(['report', 'work', '--out', 'report.html'], dir);
    assert.equal(written.code, 0);
    const after = snapshot(dir);
    assert.deepEqual([...after.keys()].filter((path) => !before.has(path)), ['report.html']);
    for (const [path, stamp] of before) assert.equal(after.get(path), stamp, `${path} untouched`);
  });
});
