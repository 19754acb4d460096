import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { describeFsError } from '../../src/cli/errors.js';
import { languageFromFileName } from '../../src/cli/inputs.js';
import { run, tempDir } from './helpers.js';

interface JsonSegment {
  version: number;
  documents: Array<{ path: string; lang: string; sentences: Array<{ index: number; start: number; end: number; text: string }> }>;
}

const parse = (stdout: string) => JSON.parse(stdout) as JsonSegment;

describe('reading inputs', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'good.nl.txt'), 'Het regent. De zon schijnt.\n');
    writeFileSync(join(dir, 'bom.sv.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Det regnar. Solen skiner.')]));
    writeFileSync(join(dir, 'le.sv.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Det regnar ute.', 'utf16le')]));
    const big = Buffer.from('Det regnar ute.', 'utf16le');
    writeFileSync(join(dir, 'be.sv.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), big.swap16()]));
    writeFileSync(join(dir, 'bad.nl.txt'), Buffer.from([0x48, 0x65, 0x74, 0x20, 0xc3, 0x28, 0x2e]));
    writeFileSync(join(dir, 'binary.nl.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.nl.txt'), '');
    mkdirSync(join(dir, 'no-text'));
    writeFileSync(join(dir, 'no-text', 'image.png'), Buffer.from([0x89, 0x50]));
    mkdirSync(join(dir, 'binaries'));
    writeFileSync(join(dir, 'binaries', 'a.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
    writeFileSync(join(dir, 'binaries', 'b.txt'), Buffer.from([0x00, 0xff, 0x00]));
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
  });
  after(() => cleanup());

  it('reads a UTF-8 file and takes the language from the file name', async () => {
    const outcome = await run(['segment', 'good.nl.txt', '--format', 'json'], { cwd: dir });
    assert.equal(outcome.code, 0, outcome.stderr);
    const json = parse(outcome.stdout);
    assert.equal(json.documents[0]?.path, 'good.nl.txt');
    assert.equal(json.documents[0]?.lang, 'nl');
    assert.ok((json.documents[0]?.sentences.length ?? 0) >= 1);
  });

  it('drops a UTF-8 BOM: offsets count from the character after it', async () => {
    const outcome = await run(['segment', 'bom.sv.txt', '--format', 'json', '--presegmented'], { cwd: dir });
    assert.equal(outcome.code, 0, outcome.stderr);
    const sentence = parse(outcome.stdout).documents[0]?.sentences[0];
    assert.deepEqual(sentence && [sentence.start, sentence.text], [0, 'Det regnar. Solen skiner.']);
  });

  it('decodes UTF-16 little- and big-endian files that start with a byte order mark', async () => {
    for (const name of ['le.sv.txt', 'be.sv.txt']) {
      const outcome = await run(['segment', name, '--format', 'json', '--presegmented'], { cwd: dir });
      assert.equal(outcome.code, 0, outcome.stderr);
      assert.equal(parse(outcome.stdout).documents[0]?.sentences[0]?.text, 'Det regnar ute.');
    }
  });

  it('refuses invalid UTF-8 naming the file and the first bad byte, and still reads the rest', async () => {
    const outcome = await run(['segment', 'bad.nl.txt', 'good.nl.txt', '--format', 'json'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.deepEqual(outcome.stderrLines, ['anchoralign: bad.nl.txt: not valid UTF-8 (first bad byte at offset 4); convert it to UTF-8']);
    assert.deepEqual(parse(outcome.stdout).documents.map((document) => document.path), ['good.nl.txt']);
  });

  it('refuses a binary file', async () => {
    const outcome = await run(['segment', 'binary.nl.txt'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stdout, '');
    assert.deepEqual(outcome.stderrLines, ['anchoralign: binary.nl.txt: binary file (contains NUL bytes), not text']);
  });

  it('reports each binary file of a directory on its own line', async () => {
    const outcome = await run(['segment', 'binaries'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.deepEqual(outcome.stderrLines, [
      'anchoralign: binaries/a.txt: binary file (contains NUL bytes), not text',
      'anchoralign: binaries/b.txt: binary file (contains NUL bytes), not text',
    ]);
  });

  it('says an empty file has no sentences and exits 0', async () => {
    const outcome = await run(['segment', 'empty.nl.txt', '--format', 'json'], { cwd: dir });
    assert.equal(outcome.code, 0);
    assert.deepEqual(outcome.stderrLines, ['anchoralign: empty.nl.txt: empty file (no sentences)']);
    assert.deepEqual(parse(outcome.stdout).documents[0]?.sentences, []);
  });

  it('check, align and report refuse a version with no text: one line, exit 2, the other sets still checked', async () => {
    const { dir, cleanup } = tempDir();
    try {
      for (const [set, nl, sv] of [
        ['scraped', 'De provincies tekenden 29 overeenkomsten.', ' \n\t\r\n'],
        ['complete', 'De vijf provincies tekenden 29 overeenkomsten.', 'De fem provinserna undertecknade 12 avtal.'],
      ] as const) {
        mkdirSync(join(dir, set));
        writeFileSync(join(dir, set, 'nl.txt'), nl);
        writeFileSync(join(dir, set, 'sv.txt'), sv);
      }
      writeFileSync(join(dir, 'empty.sv.txt'), '');
      const refused = (lines: readonly string[], path: string) =>
        lines.filter((line) => line === `anchoralign: ${path}: no text (empty or only whitespace); nothing to compare`).length;

      const check = await run(['check', 'scraped', 'complete', '--format', 'json', '--fail-on', 'none'], { cwd: dir });
      assert.equal(check.code, 2);
      assert.equal(refused(check.stderrLines, 'scraped/sv.txt'), 1);
      assert.ok(!check.stderrLines.some((line) => line.includes('complete/')), check.stderr);
      const json = JSON.parse(check.stdout) as { documents: Array<{ path: string }>; findings: Array<{ rule: string }> };
      assert.deepEqual(json.documents.map((document) => document.path), ['scraped/nl.txt', 'complete/nl.txt', 'complete/sv.txt']);
      assert.deepEqual(json.findings.map((finding) => finding.rule), ['count-mismatch'], 'the complete set is still checked');

      const align = await run(['align', 'complete/nl.txt', 'scraped/sv.txt', '--format', 'json'], { cwd: dir });
      assert.equal(align.code, 2);
      assert.deepEqual(align.stderrLines, ['anchoralign: scraped/sv.txt: no text (empty or only whitespace); nothing to compare']);
      assert.equal(align.stdout, '');

      const report = await run(['report', 'complete/nl.txt', 'empty.sv.txt', '--out', 'report.html', '--quiet'], { cwd: dir });
      assert.equal(report.code, 2);
      assert.equal(refused(report.stderrLines, 'empty.sv.txt'), 1);
    } finally {
      cleanup();
    }
  });

  it('reports a missing file, a directory without text files and a symlink loop, one line each', async () => {
    const outcome = await run(['segment', 'missing.txt', 'no-text', 'loop.txt', 'good.nl.txt', '--format', 'json'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.deepEqual(outcome.stderrLines, [
      'anchoralign: missing.txt: no such file or directory',
      'anchoralign: no-text: no *.txt or *.html files directly inside this directory',
      'anchoralign: loop.txt: too many levels of symbolic links (a symlink loop)',
    ]);
    assert.equal(parse(outcome.stdout).documents.length, 1);
  });

  it('reports a path through a file as unreadable', async () => {
    const outcome = await run(['segment', 'good.nl.txt/inner.txt'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.deepEqual(outcome.stderrLines, ['anchoralign: good.nl.txt/inner.txt: a part of the path is not a directory']);
  });

  it('names unreadable files as such (the message for EACCES)', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: 'EACCES' });
    assert.equal(describeFsError(error), 'permission denied (cannot read it)');
    assert.equal(describeFsError(new Error('first\nsecond')), 'first');
  });

  it('refuses a file over --max-bytes naming the limit and the flag, and reads it when raised', async () => {
    writeFileSync(join(dir, 'large.nl.txt'), 'Het regent. '.repeat(200));
    const refused = await run(['segment', 'large.nl.txt', '--max-bytes', '1K'], { cwd: dir });
    assert.equal(refused.code, 2);
    assert.deepEqual(refused.stderrLines, ['anchoralign: large.nl.txt: too large (2.3 KiB, more than the limit of 1 KiB); raise it with --max-bytes']);
    const raised = await run(['segment', 'large.nl.txt', '--max-bytes', '4096', '--format', 'json'], { cwd: dir });
    assert.equal(raised.code, 0, raised.stderr);
  });

  it('refuses 50 MB by default without reading it all', async () => {
    const path = join(dir, 'huge.nl.txt');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const before = process.memoryUsage().rss;
    const outcome = await run(['segment', 'huge.nl.txt'], { cwd: dir });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /huge\.nl\.txt: too large \(50 MiB, more than the limit of 16 MiB\); raise it with --max-bytes/);
    assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024);
  });

  it('reads standard input for -, with a limit', async () => {
    const outcome = await run(['segment', '-', '--lang', 'nl', '--format', 'json', '--presegmented'], { stdin: 'Eerste zin.\n\nTweede zin.\n' });
    assert.equal(outcome.code, 0, outcome.stderr);
    const document = parse(outcome.stdout).documents[0];
    assert.equal(document?.path, '-');
    assert.deepEqual(document?.sentences.map((sentence) => [sentence.index, sentence.start, sentence.text]), [
      [0, 0, 'Eerste zin.'],
      [1, 13, 'Tweede zin.'],
    ]);
    const tooMuch = await run(['segment', '-', '--max-bytes', '10'], { stdin: 'x'.repeat(100) });
    assert.equal(tooMuch.code, 2);
    assert.match(tooMuch.stderr, /^anchoralign: -: too large \(more than the limit of 10 bytes\); raise it with --max-bytes\n$/);
  });
});

describe('--presegmented', () => {
  it('makes each non-empty line a sentence, index among non-empty lines, offsets into the file', async () => {
    const text = '  First line.\r\n\r\nSecond line \n\n\nThird.';
    const outcome = await run(['segment', '-', '--presegmented', '--lang', 'en', '--format', 'json', '--quiet'], { stdin: text });
    assert.equal(outcome.code, 0, outcome.stderr);
    const sentences = parse(outcome.stdout).documents[0]?.sentences ?? [];
    assert.deepEqual(sentences.map((sentence) => sentence.index), [0, 1, 2]);
    for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
    assert.deepEqual(sentences.map((sentence) => sentence.text), ['First line.', 'Second line', 'Third.']);
  });
});

describe('language of each input', () => {
  it('takes a .CODE. or CODE. part of the file name', () => {
    assert.equal(languageFromFileName('x.uk.txt'), 'uk');
    assert.equal(languageFromFileName('corpora/event/sv.txt'), 'sv');
    assert.equal(languageFromFileName('news.nl-be.txt'), 'nl-BE');
    assert.equal(languageFromFileName('report.final.txt'), undefined);
    assert.equal(languageFromFileName('the.txt'), undefined);
    assert.equal(languageFromFileName('article.txt'), undefined);
    assert.equal(languageFromFileName('-'), undefined);
  });

  it('uses --lang once per file in order, or once for all', async () => {
    const corpus = 'corpora/spring-meeting-2025';
    const perFile = await run(['segment', `${corpus}/nl.txt`, `${corpus}/ar.txt`, '--lang', 'sv', '--lang', 'uk', '--format', 'json']);
    assert.deepEqual(parse(perFile.stdout).documents.map((document) => document.lang), ['sv', 'uk']);
    const once = await run(['segment', `${corpus}/nl.txt`, `${corpus}/ar.txt`, '--lang', 'id', '--format', 'json']);
    assert.deepEqual(parse(once.stdout).documents.map((document) => document.lang), ['id', 'id']);
  });

  it('keeps the place of a missing file so later --lang values go to the right files', async () => {
    const corpus = 'corpora/spring-meeting-2025';
    const outcome = await run(['segment', `${corpus}/nl.txt`, 'missing.txt', `${corpus}/ar.txt`, '--lang', 'nl', '--lang', 'sv', '--lang', 'ar', '--format', 'json']);
    assert.equal(outcome.code, 2);
    assert.deepEqual(parse(outcome.stdout).documents.map((document) => document.lang), ['nl', 'ar']);
  });

  it('detects the language when neither says anything, and shows it in the text output', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'article.txt'), 'De secretaris van de provincie heeft een ontmoeting gehad met de delegatie. Het bezoek was een succes voor de twee provincies en hun samenwerking.');
      const text = await run(['segment', 'article.txt'], { cwd: dir });
      assert.equal(text.code, 0, text.stderr);
      assert.match(text.stdout, /article\.txt \(Dutch, detected: nl\)/);
      const json = await run(['segment', 'article.txt', '--format', 'json'], { cwd: dir });
      assert.equal(parse(json.stdout).documents[0]?.lang, 'nl');
    } finally {
      cleanup();
    }
  });

  it('says once on stderr that a language without rules gets generic rules', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'a.es.txt'), 'Llueve. El sol brilla.');
      writeFileSync(join(dir, 'b.es.txt'), 'Nieva.');
      const outcome = await run(['segment', 'a.es.txt', 'b.es.txt', '--format', 'json'], { cwd: dir });
      assert.equal(outcome.code, 0);
      assert.deepEqual(outcome.stderrLines, ["anchoralign: no rules for language 'es' (Spanish) in a.es.txt, b.es.txt; using generic rules"]);
      assert.deepEqual(parse(outcome.stdout).documents.map((document) => document.lang), ['es', 'es']);
      const quiet = await run(['segment', 'a.es.txt', '--quiet'], { cwd: dir });
      assert.equal(quiet.stderr, '');
    } finally {
      cleanup();
    }
  });
});
