import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, run } from './helpers.js';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

describe('anchoralign --version and --help', () => {
  it('prints the version from package.json', async () => {
    for (const flag of ['--version', '-v']) {
      const outcome = await run([flag]);
      assert.equal(outcome.code, 0);
      assert.equal(outcome.stdout, `${manifest.version}\n`);
      assert.equal(outcome.stderr, '');
    }
  });

  it('prints general help with every command and an example', async () => {
    const outcome = await run(['--help']);
    assert.equal(outcome.code, 0);
    for (const command of ['segment', 'align', 'check', 'report']) assert.match(outcome.stdout, new RegExp(`anchoralign ${command}`));
    assert.match(outcome.stdout, /Examples:/);
    assert.equal((await run(['help'])).stdout, outcome.stdout);
  });

  it('prints help per command with its options and examples', async () => {
    const expected: Record<string, string[]> = {
      segment: ['--format text|json', '--presegmented'],
      align: ['--mode auto|parallel|comparable', '--dictionary FILE'],
      check: ['--fail-on', '--format text|json|sarif|github', '--config', '--jobs'],
      report: ['--out FILE'],
    };
    for (const [command, options] of Object.entries(expected)) {
      const outcome = await run([command, '--help']);
      assert.equal(outcome.code, 0, command);
      assert.match(outcome.stdout, new RegExp(`^Usage: anchoralign ${command}`));
      assert.match(outcome.stdout, /Examples:/);
      for (const option of options) assert.ok(outcome.stdout.includes(option), `${command} help lacks ${option}`);
      assert.equal((await run(['help', command])).stdout, outcome.stdout);
      assert.equal((await run([command, '-h'])).stdout, outcome.stdout);
    }
  });

  it('without arguments shows the help on stderr and exits 2', async () => {
    const outcome = await run([]);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stdout, '');
    assert.match(outcome.stderr, /Usage:/);
  });
});

describe('usage errors: one line on stderr, exit 2, nothing on stdout', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown global option', ['--frob'], /Unknown option '--frob'/],
    ['unknown help topic', ['help', 'frob'], /no help on "frob"/],
    ['unknown option', ['segment', '--frob', 'a.txt'], /segment: Unknown option '--frob'/],
    ['bad --format', ['segment', '--format', 'xml', 'a.txt'], /--format must be one of text, json, got "xml"/],
    ['sarif is only for check', ['segment', '--format', 'sarif', 'a.txt'], /--format must be one of text, json/],
    ['bad --mode', ['align', '--mode', 'fuzzy', 'a', 'b'], /--mode must be one of auto, parallel, comparable/],
    ['bad --fail-on', ['check', '--fail-on', 'fatal', 'a'], /--fail-on must be one of error, warning, info, none/],
    ['bad --jobs', ['check', '--jobs', '0', 'a'], /--jobs must be a whole number from 1 to 256/],
    ['non-numeric --jobs', ['check', '--jobs', 'many', 'a'], /--jobs must be a whole number/],
    ['bad --max-bytes', ['segment', '--max-bytes', 'lots', 'a.txt'], /--max-bytes "lots" is not a size/],
    ['bad --lang', ['segment', '--lang', 'not a code!', 'corpora/spring-meeting-2025/nl.txt'], /--lang "not a code!" is not a BCP 47 language code/],
    ['--lang count', ['segment', '--lang', 'nl', '--lang', 'ar', 'corpora/spring-meeting-2025/nl.txt', 'corpora/spring-meeting-2025/ar.txt', 'corpora/spring-meeting-2025/sv.txt'], /--lang was given 2 times for 3 files/],
    ['missing value', ['segment', '--lang'], /Option '--lang <value>' argument missing/],
    ['no files', ['segment'], /segment: give at least one FILE/],
    ['align with one file', ['align', 'corpora/spring-meeting-2025/nl.txt'], /align: give exactly two files, A and B \(got 1\)/],
    ['check with nothing', ['check'], /check: give the versions to compare/],
    ['report without --out', ['report', 'corpora/spring-meeting-2025'], /report: give --out FILE/],
    ['stdin twice', ['segment', '-', '-'], /standard input \(-\) can be read only once/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const outcome = await run(argv);
      assert.equal(outcome.code, 2);
      assert.equal(outcome.stdout, '');
      assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
      assert.match(outcome.stderrLines[0] ?? '', /^anchoralign: /);
      assert.match(outcome.stderr, message);
    });
  }
});
