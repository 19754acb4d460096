import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { PassThrough } from 'node:stream';
import { runCli } from '../../src/cli/run.js';
import { rules } from '../../src/check/index.js';
import { corpusDir, run, tempDir, threeArticleSets } from './helpers.js';

interface CheckJson {
  documents: Array<{ path: string; lang: string }>;
  findings: Array<{ id: string; rule: string; severity: string; blame?: string; evidence: Array<{ document: number }> }>;
}

/**
 * What `--format github` should show of `findings`: the first `limit` of each severity annotated — a
 * finding whose blame is 'none' once at each of its places, any other once — and the rest counted.
 */
function expectedGithub(findings: CheckJson['findings'], limit = 10): { annotations: number; omitted: number } {
  const shown = new Map<string, number>();
  let annotations = 0;
  let omitted = 0;
  for (const finding of findings) {
    const count = shown.get(finding.severity) ?? 0;
    if (count >= limit) {
      omitted++;
      continue;
    }
    shown.set(finding.severity, count + 1);
    annotations += finding.blame === 'none' ? finding.evidence.length : 1;
  }
  return { annotations, omitted };
}

/** The annotations and the count of the closing "more findings" line in `--format github` output. */
function githubCounts(stdout: string): { annotations: number; omitted: number } {
  const lines = stdout.trimEnd().split('\n');
  const summary = lines.find((line) => line.startsWith('anchoralign: '));
  return {
    annotations: lines.filter((line) => /^::(error|warning|notice) file=/.test(line)).length,
    omitted: summary ? Number(/(\d+) more finding/.exec(summary)?.[1]) : 0,
  };
}

const corpus = 'corpora/spring-meeting-2025';

describe('anchoralign check', () => {
  let corpusJson: CheckJson;
  before(async () => {
    const outcome = await run(['check', corpus, '--format', 'json', '--fail-on', 'none']);
    assert.equal(outcome.code, 0, outcome.stderr);
    corpusJson = JSON.parse(outcome.stdout) as CheckJson;
  });

  it('prints the readable report of the corpus and exits 1 on its error findings (default --fail-on error)', async () => {
    assert.ok(corpusJson.findings.some((finding) => finding.severity === 'error'), 'the corpus has error findings');
    const outcome = await run(['check', corpus]);
    assert.equal(outcome.code, 1);
    assert.match(outcome.stdout, /^Checked 5 documents:/);
    assert.match(outcome.stdout, /country-label/);
    assert.match(outcome.stdout, /\d+ findings: \d+ errors?/);
    assert.equal(outcome.stdout.includes('\u001b['), false, 'no colours when stdout is not a terminal');
  });

  it('exits per --fail-on', async () => {
    // One count-mismatch error between two versions.
    const pair = ['tests/fixtures/cli/pair/a.nl.txt', 'tests/fixtures/cli/pair/b.nl.txt'];
    const json = JSON.parse((await run(['check', ...pair, '--format', 'json'])).stdout) as CheckJson;
    assert.deepEqual(json.findings.map((finding) => [finding.rule, finding.severity]), [['count-mismatch', 'error']]);
    assert.equal((await run(['check', ...pair, '--fail-on', 'none'])).code, 0);
    assert.equal((await run(['check', ...pair, '--fail-on', 'info'])).code, 1);
    assert.equal((await run(['check', ...pair, '--fail-on', 'warning'])).code, 1);
    assert.equal((await run(['check', ...pair])).code, 1);
    const agreeing = ['tests/fixtures/cli/pair/a.nl.txt', 'tests/fixtures/cli/pair/a.nl.txt'];
    const same = await run(['check', ...agreeing]);
    assert.equal(same.code, 0, same.stdout);
    assert.match(same.stdout, /No findings/);
  });

  it('says a single file has nothing to compare and exits 0', async () => {
    const outcome = await run(['check', `${corpus}/nl.txt`, '--format', 'json']);
    assert.equal(outcome.code, 0);
    assert.deepEqual(outcome.stderrLines, [`anchoralign: ${corpus}/nl.txt: only one document, nothing to compare`]);
    const json = JSON.parse(outcome.stdout) as CheckJson;
    assert.equal(json.documents.length, 1);
    assert.deepEqual(json.findings, []);
  });

  it('compares files in the same language as versions', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.nl.txt'), 'De twee provincies ondertekenden op 20 februari 2025 29 overeenkomsten.\n');
      writeFileSync(join(dir, 'b.nl.txt'), 'De twee provincies ondertekenden op 20 februari 2025 12 overeenkomsten.\n');
      const outcome = await run(['check', 'a.nl.txt', 'b.nl.txt', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      const json = JSON.parse(outcome.stdout) as CheckJson;
      assert.deepEqual(json.documents.map((document) => document.lang), ['nl', 'nl']);
    } finally {
      cleanup();
    }
  });

  it('writes SARIF 2.1.0 and GitHub annotations for the same findings', async () => {
    const sarif = await run(['check', corpus, '--format', 'sarif', '--fail-on', 'none']);
    assert.equal(sarif.code, 0);
    const log = JSON.parse(sarif.stdout) as { version: string; runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } }; results: unknown[] }> };
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0]?.results.length, corpusJson.findings.length);
    assert.deepEqual(log.runs[0]?.tool.driver.rules.slice(0, rules.length).map((rule) => rule.id), rules.map((rule) => rule.id));
    // package.json names the GitHub repository, so the rule pages are read there.
    const { repository } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository: { url: string } };
    assert.equal(repository.url, 'git+https://github.com/anchoralign/anchoralign.git');
    assert.equal(log.runs[0]?.tool.driver.rules[0]?.helpUri, 'https://github.com/anchoralign/anchoralign/blob/HEAD/docs/rules/count-mismatch.md');
    const github = await run(['check', corpus, '--format', 'github', '--fail-on', 'none']);
    assert.equal(github.code, 0);
    assert.deepEqual(githubCounts(github.stdout), expectedGithub(corpusJson.findings));
  });

  it('annotates a finding no source decides (blame none) at each of its places', async () => {
    // Two versions, no source: the one finding's two places are both annotated.
    const pair = ['tests/fixtures/cli/pair/a.nl.txt', 'tests/fixtures/cli/pair/b.nl.txt'];
    const json = JSON.parse((await run(['check', ...pair, '--format', 'json', '--fail-on', 'none'])).stdout) as CheckJson;
    assert.deepEqual(json.findings.map((finding) => [finding.blame, finding.evidence.length]), [['none', 2]]);
    const github = await run(['check', ...pair, '--format', 'github', '--fail-on', 'none']);
    assert.deepEqual(githubCounts(github.stdout), { annotations: 2, omitted: 0 });
    assert.deepEqual(expectedGithub(json.findings), { annotations: 2, omitted: 0 });
  });

  describe('--config', () => {
    let dir = '';
    let cleanup = () => {};
    before(() => ({ dir, cleanup } = tempDir()));
    after(() => cleanup());

    it('turns rules off and suppresses findings by id', async () => {
      const allOff = Object.fromEntries(rules.map((rule) => [rule.id, 'off']));
      writeFileSync(join(dir, 'off.json'), JSON.stringify({ rules: allOff }));
      const off = await run(['check', corpus, '--config', join(dir, 'off.json'), '--format', 'json']);
      assert.equal(off.code, 0, off.stderr);
      assert.deepEqual((JSON.parse(off.stdout) as CheckJson).findings, []);
      const [first] = corpusJson.findings;
      assert.ok(first);
      writeFileSync(join(dir, 'suppress.json'), JSON.stringify({ suppress: [first.id] }));
      const suppressed = await run(['check', corpus, '--config', join(dir, 'suppress.json'), '--format', 'json', '--fail-on', 'none']);
      const ids = (JSON.parse(suppressed.stdout) as CheckJson).findings.map((finding) => finding.id);
      assert.equal(ids.includes(first.id), false);
      assert.equal(ids.length, corpusJson.findings.length - 1);
    });

    it('an unknown rule, bad JSON or a missing file: one line naming the file and the key or line, exit 2', async () => {
      writeFileSync(join(dir, 'unknown.json'), '{"rules": {"no-such-rule": "error"}}');
      writeFileSync(join(dir, 'broken.json'), '{\n  "rules": {,}\n}');
      const cases: Array<[string, RegExp]> = [
        ['unknown.json', /^anchoralign: unknown\.json: .*"no-such-rule"/],
        ['broken.json', /^anchoralign: broken\.json: .*line 2/],
        ['missing.json', /^anchoralign: missing\.json: cannot read the config file: no such file or directory$/],
      ];
      for (const [file, message] of cases) {
        const outcome = await run(['check', join(corpusDir), '--config', file], { cwd: dir });
        assert.equal(outcome.code, 2, file);
        assert.equal(outcome.stdout, '');
        assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
        assert.match(outcome.stderrLines[0] ?? '', message);
      }
    });
  });

  describe('several directories are several article sets', () => {
    let dir = '';
    let cleanup = () => {};
    before(() => {
      ({ dir, cleanup } = threeArticleSets());
    });
    after(() => cleanup());

    it('checks each set on its own and merges them into one output with shifted document indices', async () => {
      const outcome = await run(['check', 'one', 'two', 'three', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      const json = JSON.parse(outcome.stdout) as CheckJson;
      assert.equal(json.documents.length, 6);
      assert.deepEqual(json.documents.map((document) => document.path.split('/')[0]), ['one', 'one', 'two', 'two', 'three', 'three']);
      const single = JSON.parse((await run(['check', 'one', '--format', 'json', '--fail-on', 'none'], { cwd: dir })).stdout) as CheckJson;
      assert.ok(single.findings.length > 0, 'the nl/ar pair has findings');
      // The same pair twice: the second set's findings are the first set's, pointing at documents 2 and 3.
      const second = json.findings.filter((finding) => finding.evidence.every((evidence) => evidence.document >= 2 && evidence.document < 4));
      assert.equal(second.length, single.findings.length);
      for (const finding of json.findings) {
        const sets = new Set(finding.evidence.map((evidence) => Math.floor(evidence.document / 2)));
        assert.equal(sets.size, 1, 'evidence never mixes sets');
      }
    });

    it('report takes one set only', async () => {
      const outcome = await run(['report', 'one', 'two', '--out', 'both.html'], { cwd: dir });
      assert.equal(outcome.code, 2);
      assert.deepEqual(outcome.stderrLines, ['anchoralign: report: give one article set (one directory, or files); one report shows one set']);
    });

  });
});

describe('anchoralign report', () => {
  it('writes the HTML only to --out, nothing on stdout', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const outcome = await run(['report', corpusDir, '--out', 'out.html'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.equal(outcome.stdout, '');
      assert.deepEqual(outcome.stderrLines, ['anchoralign: wrote out.html (5 documents)']);
      const html = readFileSync(join(dir, 'out.html'), 'utf8');
      assert.match(html, /^<!doctype html>/i);
      const unwritable = await run(['report', corpusDir, '--out', 'no/such/dir/out.html', '--quiet'], { cwd: dir });
      assert.equal(unwritable.code, 2);
      assert.match(unwritable.stderr, /^anchoralign: no\/such\/dir\/out\.html: cannot write the report: no such file or directory\n$/);
    } finally {
      cleanup();
    }
  });
});

describe('colours and internal errors', () => {
  it('colours text only on a terminal, never with NO_COLOR or --no-color', async () => {
    const args = ['check', 'tests/fixtures/cli/pair/a.nl.txt', 'tests/fixtures/cli/pair/b.nl.txt', '--fail-on', 'none'];
    assert.ok((await run(args, { stdoutTTY: true })).stdout.includes('\u001b['));
    assert.equal((await run(args, { stdoutTTY: true, env: { NO_COLOR: '1' } })).stdout.includes('\u001b['), false);
    assert.equal((await run([...args, '--no-color'], { stdoutTTY: true })).stdout.includes('\u001b['), false);
    assert.ok((await run(args, { env: { FORCE_COLOR: '1' } })).stdout.includes('\u001b['));
  });

  it('an unexpected error is one line and exit 2; ANCHORALIGN_DEBUG=1 adds the stack', async () => {
    const failing = () =>
      Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback() }), {
        write: () => {
          throw new Error('disk on fire\nsecond line');
        },
      });
    const errors: string[] = [];
    const stderr = new Writable({ write: (chunk, _encoding, callback) => (errors.push(String(chunk)), callback()) });
    const code = await runCli(['segment', `${corpus}/nl.txt`], { stdout: failing(), stderr, stdin: new PassThrough(), env: {}, cwd: corpusDir.replace(/corpora\/spring-meeting-2025$/, '') });
    assert.equal(code, 2);
    assert.deepEqual(errors, ['anchoralign: internal error: disk on fire (set ANCHORALIGN_DEBUG=1 for details)\n']);
    errors.length = 0;
    const debugCode = await runCli(['segment', `${corpus}/nl.txt`], { stdout: failing(), stderr, stdin: new PassThrough(), env: { ANCHORALIGN_DEBUG: '1' }, cwd: corpusDir.replace(/corpora\/spring-meeting-2025$/, '') });
    assert.equal(debugCode, 2);
    assert.match(errors.join(''), /^anchoralign: internal error: disk on fire\nError: disk on fire\nsecond line\n\s+at /);
  });
});
