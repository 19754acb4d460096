// `--input jsonl --format jsonl`: one result line per set with its id, the same result the file
// commands give, input order at any --jobs, one error line per bad set while the rest runs, and
// --resume skipping what an earlier output already answered.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusDir, run, tempDir } from './helpers.js';

const corpusLangs = ['uk', 'nl', 'id', 'sv', 'ar'];
const corpusFiles = corpusLangs.map((lang) => `corpora/spring-meeting-2025/${lang}.txt`);
const corpusText = (lang: string) => readFileSync(join(corpusDir, `${lang}.txt`), 'utf8');

const nl = { lang: 'nl', text: 'De vijf provincies tekenden 29 overeenkomsten. Het overleg vond plaats op 20 februari.' };
const sv = { lang: 'sv', text: 'De fem provinserna undertecknade 12 avtal. Mötet hölls den 20 februari.' };
const svAgrees = { lang: 'sv', text: 'De fem provinserna undertecknade 29 avtal. Mötet hölls den 20 februari.' };

const jsonl = (...values: unknown[]) => values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join('\n') + '\n';
const parseLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { id: string | null; error?: { message: string; line: number }; findings?: Array<{ rule: string }>; [key: string]: unknown });

/** Small sets, some agreeing and some not, so outputs differ from set to set. */
function smallSets(count: number) {
  return Array.from({ length: count }, (_, i) => ({ id: `set-${i}`, versions: [nl, i % 3 === 0 ? sv : svAgrees] }));
}

describe('check --input jsonl', () => {
  it('gives a set the same document check gives its files, plus the id', async () => {
    const set = { id: 'spring-meeting', versions: corpusLangs.map((lang, i) => ({ lang, text: corpusText(lang), path: corpusFiles[i] })) };
    const streamed = await run(['check', '--input', 'jsonl', '--format', 'jsonl'], { stdin: jsonl(set) });
    const batch = await run(['check', ...corpusFiles, '--format', 'json', '--fail-on', 'none']);
    assert.equal(batch.code, 0, batch.stderr);
    assert.equal(streamed.code, 1, 'the corpus has an error-level finding and --fail-on is error');
    const lines = streamed.stdout.split('\n').filter((line) => line !== '');
    assert.equal(lines.length, 1, 'one line per set, nothing else on stdout');
    const { id, ...rest } = JSON.parse(lines[0]!) as { id: string };
    assert.equal(id, 'spring-meeting');
    assert.deepEqual(rest, JSON.parse(batch.stdout));
    assert.ok(lines[0]!.startsWith('{"id":"spring-meeting","version":1,'), 'id first, then version (what --resume reads)');
  });

  it('reads several files in turn, then stdin', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.jsonl'), jsonl(...smallSets(2)));
      writeFileSync(join(dir, 'b.jsonl'), jsonl({ id: 'b-0', versions: [nl, sv] }));
      const outcome = await run(['check', '--input', 'jsonl', 'a.jsonl', 'b.jsonl', '-', '--fail-on', 'none'], {
        cwd: dir,
        stdin: jsonl({ id: 'stdin-0', versions: [nl, sv] }),
      });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.deepEqual(parseLines(outcome.stdout).map((line) => line.id), ['set-0', 'set-1', 'b-0', 'stdin-0']);
    } finally {
      cleanup();
    }
  });

  it('exit code 1 only when a finding reaches --fail-on', async () => {
    const disagree = jsonl({ id: 'x', versions: [nl, sv] });
    assert.equal((await run(['check', '--input', 'jsonl'], { stdin: disagree })).code, 1);
    assert.equal((await run(['check', '--input', 'jsonl', '--fail-on', 'none'], { stdin: disagree })).code, 0);
    assert.equal((await run(['check', '--input', 'jsonl'], { stdin: jsonl({ id: 'y', versions: [nl, svAgrees] }) })).code, 0);
  });
});

describe('bad input: one error line for the set, the others processed, exit 2', () => {
  const cases: Array<[string, string, string | null, RegExp]> = [
    ['a line that is not JSON', '{"id": "broken", "versions": [', 'broken', /^not JSON/],
    ['not JSON and no id', 'hello', null, /^not JSON/],
    ['a set with no versions', JSON.stringify({ id: 'none', versions: [] }), 'none', /has 0 versions; check takes at least 2/],
    ['a set with one version', JSON.stringify({ id: 'one', versions: [nl] }), 'one', /has 1 version; check takes at least 2/],
    ['an unknown field', JSON.stringify({ id: 'typo', versions: [nl, sv], sorce: 'nl' }), 'typo', /unknown field "sorce"/],
    ['an unknown field in a version', JSON.stringify({ id: 'typo2', versions: [nl, { ...sv, txt: 'x' }] }), 'typo2', /versions\[1\] has an unknown field "txt"/],
    ['a bad language code', JSON.stringify({ id: 'lang', versions: [nl, { ...sv, lang: 'sv_SE!' }] }), 'lang', /versions\[1\]\.lang "sv_SE!" is not a BCP 47/],
    ['a source naming no version', JSON.stringify({ id: 'source', versions: [nl, sv], source: 'fr' }), 'source', /source "fr" names no version/],
  ];
  for (const [name, badLine, id, message] of cases) {
    it(name, async () => {
      const outcome = await run(['check', '--input', 'jsonl', '--fail-on', 'none'], {
        stdin: jsonl({ id: 'before', versions: [nl, sv] }, badLine, { id: 'after', versions: [nl, sv] }),
      });
      assert.equal(outcome.code, 2);
      const lines = parseLines(outcome.stdout);
      assert.deepEqual(lines.map((line) => line.id), ['before', id, 'after']);
      assert.equal(lines[1]!.error?.line, 2);
      assert.match(lines[1]!.error?.message ?? '', message);
      assert.ok(lines[0]!.findings && lines[2]!.findings, 'the sets around it are checked');
      assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
      assert.match(outcome.stderrLines[0]!, /^anchoralign: -:2/);
    });
  }

  it('a 50 MB line: refused without stopping the stream, its id read from its head', async () => {
    const huge = `{"id":"huge","versions":[{"lang":"nl","text":"${'Er waren 3 mannen. '.repeat(Math.ceil((50 * 1024 * 1024) / 19))}"},{"lang":"sv","text":"x"}]}`;
    const outcome = await run(['check', '--input', 'jsonl', '--fail-on', 'none'], {
      stdin: `${jsonl({ id: 'before', versions: [nl, sv] })}${huge}\n${jsonl({ id: 'after', versions: [nl, sv] })}`,
    });
    assert.equal(outcome.code, 2);
    const lines = parseLines(outcome.stdout);
    assert.deepEqual(lines.map((line) => line.id), ['before', 'huge', 'after']);
    assert.match(lines[1]!.error?.message ?? '', /^line is \d+ bytes, over --max-bytes \(16777216\)/);
  });

  it('--max-bytes sets the limit; invalid UTF-8 is an error line too', async () => {
    const set = jsonl({ id: 'long', versions: [nl, sv] });
    const limited = await run(['check', '--input', 'jsonl', '--max-bytes', '100', '--fail-on', 'none'], { stdin: set });
    assert.equal(limited.code, 2);
    assert.deepEqual(parseLines(limited.stdout).map((line) => line.id), ['long']);
    const bytes = Buffer.concat([Buffer.from('{"id":"bytes","versions":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n'), Buffer.from(set)]);
    const badUtf8 = await run(['check', '--input', 'jsonl', '--fail-on', 'none'], { stdin: bytes });
    assert.equal(badUtf8.code, 2);
    const lines = parseLines(badUtf8.stdout);
    assert.deepEqual(lines.map((line) => line.id), ['bytes', 'long']);
    assert.equal(lines[0]!.error?.message, 'line is not valid UTF-8');
  });

  it('an unreadable input file: one line on stderr, the other files still run, exit 2', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'ok.jsonl'), jsonl({ id: 'ok', versions: [nl, sv] }));
      const outcome = await run(['check', '--input', 'jsonl', 'missing.jsonl', 'ok.jsonl', '--fail-on', 'none'], { cwd: dir });
      assert.equal(outcome.code, 2);
      assert.deepEqual(parseLines(outcome.stdout).map((line) => line.id), ['ok']);
      assert.deepEqual(outcome.stderrLines, ['anchoralign: missing.jsonl: no such file or directory']);
    } finally {
      cleanup();
    }
  });

  it('usage errors: --input other than jsonl, report, options of another command', async () => {
    for (const argv of [
      ['check', '--input', 'csv'],
      ['check', '--input', 'jsonl', '--format', 'json'],
      ['report', '--input', 'jsonl'],
      ['align', '--input', 'jsonl', '--fail-on', 'none'],
      ['segment', '--input', 'jsonl', '--mode', 'parallel'],
    ]) {
      const outcome = await run(argv, { stdin: '' });
      assert.equal(outcome.code, 2, argv.join(' '));
      assert.equal(outcome.stdout, '');
      assert.equal(outcome.stderrLines.length, 1, outcome.stderr);
    }
  });
});

describe('--resume OUT', () => {
  it('skips ids with a result in OUT; runs again error lines and a cut-off last line', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const sets = smallSets(5);
      const first = await run(['check', '--input', 'jsonl', '--fail-on', 'none'], { stdin: jsonl(...sets.slice(0, 3)) });
      const [done0, done1, done2] = first.stdout.split('\n');
      // set-1 failed earlier (an error line); set-2's line was cut off when the run stopped.
      const errorLine = JSON.stringify({ id: 'set-1', version: 1, error: { message: 'x', file: '-', line: 2 } });
      writeFileSync(join(dir, 'out.jsonl'), `${done0}\n${errorLine}\n${done2!.slice(0, 40)}`);
      assert.ok(done1);
      const resumed = await run(['check', '--input', 'jsonl', '--resume', 'out.jsonl', '--fail-on', 'none'], { cwd: dir, stdin: jsonl(...sets) });
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.deepEqual(parseLines(resumed.stdout).map((line) => line.id), ['set-1', 'set-2', 'set-3', 'set-4']);
      assert.match(resumed.stderr, /1 set already done in out\.jsonl; 1 error line run again/);
      assert.match(resumed.stderr, /last line of out\.jsonl is cut off/);
      const fresh = await run(['check', '--input', 'jsonl', '--resume', 'none-yet.jsonl', '--fail-on', 'none'], { cwd: dir, stdin: jsonl(...sets) });
      assert.equal(parseLines(fresh.stdout).length, 5);
    } finally {
      cleanup();
    }
  });
});

describe('align and segment --input jsonl', () => {
  it('align: the same document align gives the two files, plus the id', async () => {
    const [nlFile, arFile] = [corpusFiles[1]!, corpusFiles[4]!];
    const set = { id: 'nl-ar', versions: [{ lang: 'nl', text: corpusText('nl'), path: nlFile }, { lang: 'ar', text: corpusText('ar'), path: arFile }] };
    const streamed = await run(['align', '--input', 'jsonl', '--format', 'jsonl'], { stdin: jsonl(set, { id: 'three', versions: [nl, sv, svAgrees] }) });
    const batch = await run(['align', nlFile, arFile, '--format', 'json']);
    assert.equal(streamed.code, 2, 'the set of three versions failed');
    const [pair, three] = parseLines(streamed.stdout);
    const { id, ...rest } = pair!;
    assert.equal(id, 'nl-ar');
    assert.deepEqual(rest, JSON.parse(batch.stdout));
    assert.match(three!.error?.message ?? '', /align takes exactly 2/);
  });

  it('segment: one version per set is fine; sentences given are used as they are', async () => {
    const outcome = await run(['segment', '--input', 'jsonl'], {
      stdin: jsonl({ id: 'a', versions: [{ lang: 'sv', sentences: ['Ett.', 'Två tre.'] }] }, { id: 'b', versions: [nl] }),
    });
    assert.equal(outcome.code, 0, outcome.stderr);
    const [a, b] = parseLines(outcome.stdout) as Array<{ id: string; documents: Array<{ path: string; sentences: Array<{ text: string }> }> }>;
    assert.deepEqual(a!.documents[0]!.sentences.map((sentence) => sentence.text), ['Ett.', 'Två tre.']);
    assert.equal(a!.documents[0]!.path, 'sv', 'a version without a path is named by its language');
    assert.equal(b!.documents[0]!.sentences.length, 2);
  });
});
