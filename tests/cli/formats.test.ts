import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import AjvModule from 'ajv';
import { repoRoot, run, tempDir } from './helpers.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const validateJson = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(repoRoot, 'docs', 'schema', 'cli-json-v1.schema.json'), 'utf8')) as object);

const news = 'tests/fixtures/formats/news';
const html = readFileSync(join(repoRoot, news, 'nl.html'), 'utf8');

interface EvidenceJson {
  document: number;
  start: number;
  end: number;
  text: string;
  readText?: string;
  value?: string;
}
interface CheckJson {
  documents: Array<{ path: string; format?: string; sentences: Array<{ start: number; end: number; text: string; readText?: string; kind?: string }> }>;
  findings: Array<{ rule: string; severity: string; message: string; evidence: EvidenceJson[] }>;
}

/** 1-based line and column of an offset of `text`. */
function lineAndColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, (before[before.length - 1] ?? '').length + 1];
}

const countOffset = html.indexOf('<strong>37</strong>') + '<strong>'.length;
const [countLine, countColumn] = lineAndColumn(html, countOffset);

describe('HTML and Markdown inputs on the command line', () => {
  it('check finds in a saved news page the count error it finds in the same text, and exits 1', async () => {
    const asText = await run(['check', `${news}/nl.txt`, `${news}/sv.txt`, '--format', 'json']);
    const asHtml = await run(['check', `${news}/nl.html`, `${news}/sv.txt`, '--format', 'json']);
    assert.equal(asText.code, 1, asText.stderr);
    assert.equal(asHtml.code, 1, asHtml.stderr);
    const summary = (outcome: typeof asText) =>
      (JSON.parse(outcome.stdout) as CheckJson).findings.map((finding) => [finding.rule, finding.severity, finding.message, finding.evidence.map((evidence) => evidence.value)]);
    assert.deepEqual(summary(asHtml), summary(asText));
    assert.deepEqual(summary(asHtml).map(([rule]) => rule), ['count-mismatch']);
  });

  it('points JSON offsets into the HTML file: text is the file slice, readText what was read', async () => {
    const json = JSON.parse((await run(['check', `${news}/nl.html`, `${news}/sv.txt`, '--format', 'json'])).stdout) as CheckJson;
    assert.ok(validateJson(json), JSON.stringify(validateJson.errors));
    const page = json.documents.findIndex((document) => document.path.endsWith('nl.html'));
    assert.equal(json.documents[page]?.format, 'html');
    const evidence = json.findings[0]!.evidence.find((item) => item.document === page)!;
    assert.deepEqual([evidence.start, evidence.end, evidence.text, evidence.readText], [countOffset, countOffset + 2, '37', '37']);
    for (const sentence of json.documents[page]!.sentences) {
      assert.equal(sentence.text, html.slice(sentence.start, sentence.end));
      assert.equal(typeof sentence.readText, 'string');
    }
    const first = json.documents[page]!.sentences.find((sentence) => sentence.readText?.startsWith('Bij een brand'))!;
    assert.equal(first.readText, 'Bij een brand in een textielfabriek in Dhaka zijn donderdag 37 mensen om het leven gekomen.');
    assert.match(first.text, /<a href="\/dhaka">Dhaka<\/a> zijn donderdag\n\s+<strong>37<\/strong>/);
  });

  it('puts SARIF regions, GitHub annotations and the text report on the line and column of the HTML file', async () => {
    const sarif = JSON.parse((await run(['check', `${news}/nl.html`, `${news}/sv.txt`, '--format', 'sarif'])).stdout) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: PhysicalLocation }>; relatedLocations?: Array<{ physicalLocation: PhysicalLocation }> }> }>;
    };
    interface PhysicalLocation {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number; endColumn: number; charOffset: number; charLength: number };
    }
    const result = sarif.runs[0]!.results[0]!;
    const places = [...result.locations, ...(result.relatedLocations ?? [])].map((location) => location.physicalLocation);
    const inPage = places.find((place) => place.artifactLocation.uri.endsWith('nl.html'))!;
    assert.deepEqual(
      [inPage.region.startLine, inPage.region.startColumn, inPage.region.endColumn, inPage.region.charOffset, inPage.region.charLength],
      [countLine, countColumn, countColumn + 2, countOffset, 2],
    );

    const github = await run(['check', `${news}/nl.html`, `${news}/sv.txt`, '--format', 'github']);
    assert.equal(github.code, 1);
    assert.ok(github.stdout.includes(`file=${news}/nl.html,line=${countLine},col=${countColumn},`), github.stdout);

    const text = await run(['check', `${news}/nl.html`, `${news}/sv.txt`]);
    assert.ok(text.stdout.includes(`${news}/nl.html:${countLine}:${countColumn}`), text.stdout);
    assert.equal(text.stdout.includes('<strong>'), false, 'the excerpt shows the text as read');
  });

  it('segment lists the page without script, style or markup, each sentence at its place in the file', async () => {
    const outcome = await run(['segment', `${news}/nl.html`]);
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.equal(/dataLayer|font-family|<\w/.test(outcome.stdout), false, outcome.stdout);
    assert.match(outcome.stdout, new RegExp(`${countLine - 1}:\\d+ +Bij een brand in een textielfabriek`));
    assert.match(outcome.stdout, /\[boilerplate\] Home/);
    assert.match(outcome.stdout, /\[caption\] Brandweerlieden bij de fabriek/);
  });

  it('--input-format names the format whatever the extension; auto sniffs a page saved as .txt', async () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(join(repoRoot, news, 'nl.html'), join(dir, 'page.nl.txt'));
      writeFileSync(join(dir, 'notes.nl.md'), '# Kop\n\nEr kwamen **37** mensen. Zie [dit](https://example.org).\n');
      const sniffed = JSON.parse((await run(['segment', 'page.nl.txt', '--format', 'json'], { cwd: dir })).stdout) as CheckJson;
      assert.equal(sniffed.documents[0]?.format, 'html');
      const forced = JSON.parse((await run(['segment', 'page.nl.txt', '--format', 'json', '--input-format', 'text'], { cwd: dir })).stdout) as CheckJson;
      assert.equal(forced.documents[0]?.format, undefined);
      assert.ok(forced.documents[0]!.sentences.some((sentence) => sentence.text.includes('<')));
      const markdown = JSON.parse((await run(['segment', 'notes.nl.md', '--format', 'json'], { cwd: dir })).stdout) as CheckJson;
      assert.deepEqual(
        markdown.documents[0]!.sentences.map((sentence) => [sentence.kind, sentence.readText]),
        [['heading', 'Kop'], ['body', 'Er kwamen 37 mensen.'], ['body', 'Zie dit.']],
      );
      const bad = await run(['segment', 'page.nl.txt', '--input-format', 'pdf'], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.deepEqual(bad.stderrLines, ['anchoralign: --input-format must be one of auto, text, html, markdown, got "pdf"']);
      const clash = await run(['segment', 'page.nl.txt', '--presegmented', '--input-format', 'html'], { cwd: dir });
      assert.equal(clash.code, 2);
      assert.equal(clash.stderrLines.length, 1);
    } finally {
      cleanup();
    }
  });

  it('a directory takes its .html files; the HTML report shows the page as read', async () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(join(repoRoot, news, 'nl.html'), join(dir, 'nl.html'));
      copyFileSync(join(repoRoot, news, 'sv.txt'), join(dir, 'sv.txt'));
      const checked = await run(['check', '.', '--format', 'json'], { cwd: dir });
      assert.equal(checked.code, 1, checked.stderr);
      assert.deepEqual((JSON.parse(checked.stdout) as CheckJson).documents.map((document) => document.path).sort(), ['./nl.html', './sv.txt']);
      const reported = await run(['report', '.', '--out', 'out.html'], { cwd: dir });
      assert.equal(reported.code, 0, reported.stderr);
      const page = readFileSync(join(dir, 'out.html'), 'utf8');
      assert.ok(page.includes('mensen om het leven gekomen.'), 'the sentence as read');
      assert.ok(page.includes('count-mismatch'), 'the finding is shown');
      assert.equal(page.includes('dataLayer'), false);
      assert.equal(page.includes('&lt;strong&gt;'), false, 'no markup shown as text');
    } finally {
      cleanup();
    }
  });
});

describe('--source on the command line', () => {
  it('puts the GitHub error on the translation; without it, annotates both versions alike', async () => {
    const pair = [`${news}/nl.txt`, `${news}/sv.txt`];
    const both = await run(['check', ...pair, '--format', 'github']);
    assert.equal(both.code, 1);
    assert.deepEqual(
      both.stdout.trimEnd().split('\n').map((line) => /^::(\w+) file=([^,]+)/.exec(line)?.slice(1).join(' ')),
      [`error ${news}/nl.txt`, `error ${news}/sv.txt`],
    );
    for (const [source, fixed] of [['sv', 'nl.txt'], [`${news}/nl.txt`, 'sv.txt']] as const) {
      const outcome = await run(['check', ...pair, '--format', 'github', '--source', source]);
      assert.equal(outcome.code, 1);
      const lines = outcome.stdout.trimEnd().split('\n');
      assert.equal(lines.length, 1);
      assert.ok(lines[0]!.startsWith(`::error file=${news}/${fixed},`), lines[0]);
    }
    const json = JSON.parse((await run(['check', ...pair, '--format', 'json', '--source', 'sv'])).stdout) as { findings: Array<{ blame?: string }> };
    assert.deepEqual(json.findings.map((finding) => finding.blame), ['source']);
    assert.ok(validateJson(json), JSON.stringify(validateJson.errors));
    const unknown = await run(['check', ...pair, '--source', 'ar']);
    assert.equal(unknown.code, 2);
    assert.deepEqual(unknown.stderrLines, ['anchoralign: --source ar names no file and no language of the versions given']);
  });
});
