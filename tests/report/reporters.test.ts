import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatGithub, formatJson, formatSarif, formatText } from '../../src/index.js';
import { LineIndex } from '../../src/report/position.js';
import { evidenceOf, makeDocument, sampleCheckResult } from './fixtures.js';

describe('LineIndex', () => {
  it('gives 1-based lines and columns for \\n, \\r\\n and lone \\r', () => {
    const index = new LineIndex('ab\ncd\r\nef\rgh');
    assert.deepEqual(index.point(0), { line: 1, column: 1, offset: 0 });
    assert.deepEqual(index.point(4), { line: 2, column: 2, offset: 4 });
    assert.deepEqual(index.point(7), { line: 3, column: 1, offset: 7 });
    assert.deepEqual(index.point(11), { line: 4, column: 2, offset: 11 });
  });
});

describe('formatJson', () => {
  it('writes exactly the contract for check results: version, documents, findings', () => {
    const result = sampleCheckResult();
    const json = JSON.parse(formatJson({ ...result, clusters: [] } as never)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['version', 'documents', 'findings']);
    assert.equal(json.version, 1);
    const documents = json.documents as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(documents[0] ?? {}), ['path', 'lang', 'sentences']);
    assert.deepEqual((documents[0]?.sentences as unknown[])[1], { index: 1, start: 23, end: 49, text: 'De undertecknade 12 avtal.', kind: 'body' });
    const findings = json.findings as Array<Record<string, unknown>>;
    assert.deepEqual(Object.keys(findings[0] ?? {}), ['id', 'rule', 'severity', 'message', 'evidence']);
    assert.deepEqual((findings[0]?.evidence as unknown[])[0], { document: 0, sentence: 1, start: 40, end: 42, text: '12', value: '12' });
  });

  it('writes segment runs as {version, documents} and alignments as {version, documents, links, mode, modeReason}', () => {
    const { documents } = sampleCheckResult();
    assert.deepEqual(Object.keys(JSON.parse(formatJson({ documents })) as object), ['version', 'documents']);
    const [a, b] = documents as [never, never];
    const alignment = JSON.parse(formatJson({ mode: 'parallel', modeReason: 'asked for', a, b, links: [{ a: [0], b: [0, 1], score: 0.5 }] })) as {
      documents: Array<{ path: string }>;
      links: unknown;
      modeReason: string;
    };
    assert.deepEqual(Object.keys(alignment), ['version', 'documents', 'links', 'mode', 'modeReason']);
    assert.equal(alignment.modeReason, 'asked for');
    assert.deepEqual(alignment.documents.map((document) => document.path), ['corpora/x/sv.txt', 'corpora/x/id.txt']);
    assert.deepEqual(alignment.links, [{ a: [0], b: [0, 1], score: 0.5 }]);
  });

  it('rejects something that is not a result', () => {
    assert.throws(() => formatJson(null as never), TypeError);
    assert.throws(() => formatJson({} as never), /result\.documents must be an array/);
  });
});

describe('formatText', () => {
  it('groups by finding: severity, rule, message, each version with file:line:column, language and marked span', () => {
    const text = formatText(sampleCheckResult(), { color: false });
    assert.match(text, /^error {3}count-mismatch {2}Swedish says 12 agreements where Indonesian and Arabic say 29\. {2}count-mismatch:abc123$/m);
    assert.match(text, /✗ fix corpora\/x\/sv\.txt:2:18 Swedish {2}value 12\n {8}De undertecknade ⟦12⟧ avtal\./);
    assert.match(text, /vs {2}corpora\/x\/id\.txt:3:28 Indonesian {2}value 29\n {8}Kedua pihak menandatangani ⟦29⟧ perjanjian\./);
    assert.match(text, /corpora\/x\/ar\.txt:2:14 Arabic/);
    assert.match(text, /diff {2}\[-12-\]\{\+29\+\}/);
    assert.match(text, /diff {2}2025-\[-02-\]\{\+03\+\}-20/);
    assert.match(text, /2 findings: 1 error, 1 warning\n$/);
  });

  it('lists the documents with their language, and says so when the language was detected', () => {
    const text = formatText(sampleCheckResult(), { color: false, languageSources: ['option', 'detected', 'file name'] });
    assert.match(text, /corpora\/x\/sv\.txt \(Swedish, sv\) — 2 sentences/);
    assert.match(text, /corpora\/x\/id\.txt \(Indonesian, detected: id\)/);
  });

  it('uses ANSI colours only when asked', () => {
    const plain = formatText(sampleCheckResult(), { color: false });
    const coloured = formatText(sampleCheckResult(), { color: true });
    assert.equal(plain.includes('\u001b['), false);
    assert.ok(coloured.includes('\u001b[31m'));
    assert.equal(coloured.includes('⟦'), false);
  });

  it('cuts a long sentence around the marked span', () => {
    const long = `${'word '.repeat(200)}signed 12 deals ${'more '.repeat(200)}`.trim();
    const documents = [makeDocument('a.txt', 'en', [long]), makeDocument('b.txt', 'en', ['signed 29 deals'])];
    const result = {
      documents,
      findings: [{ id: 'x', rule: 'count-mismatch', severity: 'error' as const, message: 'm', evidence: [evidenceOf(documents, 0, 0, '12', '12'), evidenceOf(documents, 1, 0, '29', '29')] }],
    };
    const line = formatText(result, { color: false, width: 80 }).split('\n').find((row) => row.includes('⟦12⟧')) ?? '';
    assert.ok(line.length <= 90, `${line.length}: ${line}`);
    assert.match(line, /^ {8}….*signed ⟦12⟧ deals.*…$/);
  });

  it('says so when there are no findings', () => {
    const { documents } = sampleCheckResult();
    assert.match(formatText({ documents, findings: [] }, { color: false }), /No findings/);
  });

  it('shows segmented documents with sentence index, line:column and kind', () => {
    const document = makeDocument('x.nl.txt', 'nl', ['Kop', 'Eerste zin.'], '\n\n');
    document.sentences[0] = { ...document.sentences[0]!, kind: 'heading' };
    const text = formatText({ documents: [document] }, { color: false });
    assert.equal(text, 'x.nl.txt (Dutch, nl) — 2 sentences\n0  1:1      [heading] Kop\n1  3:1      Eerste zin.\n');
  });

  it('shows an alignment side by side within the width, Arabic right-aligned, with unaligned counts', () => {
    const a = makeDocument('nl.txt', 'nl', ['Eerste zin over de ontmoeting in Ha Long.', 'Tweede zin.', 'Extra.']);
    const b = makeDocument('ar.txt', 'ar', ['الجملة الأولى.', 'الجملة الثانية.']);
    const text = formatText({ mode: 'parallel', a, b, links: [{ a: [0], b: [0], score: 0.9 }, { a: [1], b: [1], score: 0.75 }, { a: [2], b: [], score: 0 }] }, { color: false, width: 60 });
    const rows = text.split('\n');
    assert.match(rows[0] ?? '', /nl\.txt \(Dutch, nl\) ↔ ar\.txt \(Arabic, ar\)/);
    assert.match(rows[1] ?? '', /parallel mode, 3 links/);
    for (const row of rows) assert.ok(row.length <= 60, `too wide: ${row}`);
    const firstRow = rows.find((row) => row.includes('الجملة الأولى.')) ?? '';
    assert.match(firstRow, /Eerste zin/);
    assert.match(firstRow, / {2,}الجملة الأولى\. +0\.90$/);
    assert.match(text, /unaligned: 1 of 3 sentences in A, 0 of 2 in B/);
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per finding with the location of the first evidence', () => {
    const lines = formatGithub(sampleCheckResult()).trimEnd().split('\n');
    assert.equal(lines[0], '::error file=corpora/x/sv.txt,line=2,col=18,endLine=2,endColumn=20,title=anchoralign count-mismatch::Swedish says 12 agreements where Indonesian and Arabic say 29. (other versions: corpora/x/id.txt:3:28, corpora/x/ar.txt:2:14)');
    assert.match(lines[1] ?? '', /^::warning file=corpora\/x\/sv\.txt,line=1,col=15,/);
  });

  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    const documents = [makeDocument('dir,with:odd%name.txt', 'en', ['A 1.']), makeDocument('b.txt', 'en', ['A 2.'])];
    const result = {
      documents,
      findings: [{ id: 'x', rule: 'count-mismatch', severity: 'info' as const, message: '100% sure\r\n::error::injected', evidence: [evidenceOf(documents, 0, 0, '1', '1')] }],
    };
    const output = formatGithub(result);
    assert.equal(output, '::notice file=dir%2Cwith%3Aodd%25name.txt,line=1,col=3,endLine=1,endColumn=4,title=anchoralign count-mismatch::100%25 sure%0D%0A::error::injected\n');
    assert.equal(output.trimEnd().split('\n').length, 1);
  });

  it('annotates the first 10 findings of each severity and summarises the rest in one line', () => {
    const { documents } = sampleCheckResult();
    const evidence = [evidenceOf(documents, 0, 1, '12', '12')];
    const findings = [
      ...Array.from({ length: 13 }, (_, i) => ({ id: `e${i}`, rule: 'count-mismatch', severity: 'error' as const, message: `e${i}`, evidence })),
      ...Array.from({ length: 11 }, (_, i) => ({ id: `w${i}`, rule: 'name-variant', severity: 'warning' as const, message: `w${i}`, evidence })),
      { id: 'i0', rule: 'x', severity: 'info' as const, message: 'i0', evidence },
    ];
    const lines = formatGithub({ documents, findings }).trimEnd().split('\n');
    assert.equal(lines.filter((line) => line.startsWith('::error ')).length, 10);
    assert.equal(lines.filter((line) => line.startsWith('::warning ')).length, 10);
    assert.equal(lines.filter((line) => line.startsWith('::notice ')).length, 1);
    assert.equal(lines.length, 22);
    assert.equal(lines[21], 'anchoralign: 4 more findings not annotated (3 errors, 1 warning); run "anchoralign check --format text" to see all');
  });

  it('annotates a blame-none finding at each place, and counts a finding past the limit once', () => {
    const { documents } = sampleCheckResult();
    const places = [evidenceOf(documents, 0, 1, '12', '12'), evidenceOf(documents, 1, 1, '29', '29')];
    const finding = (id: string) => ({ id, rule: 'count-mismatch', severity: 'error' as const, message: id, blame: 'none' as const, evidence: places });
    const lines = formatGithub({ documents, findings: [finding('a'), finding('b')] }, { maxPerSeverity: 1 }).trimEnd().split('\n');
    assert.deepEqual(lines.map((line) => /^::error file=([^,]+)/.exec(line)?.[1] ?? line), [
      'corpora/x/sv.txt',
      'corpora/x/id.txt',
      'anchoralign: 1 more finding not annotated (1 error); run "anchoralign check --format text" to see all',
    ]);
  });
});

describe('formatSarif', () => {
  it('writes SARIF 2.1.0 with rules, levels, 1-based regions, related locations and fingerprints', () => {
    const log = JSON.parse(
      formatSarif(sampleCheckResult(), {
        toolVersion: '1.2.3',
        helpUriBase: 'https://example.org/docs/rules/',
        rules: [{ id: 'count-mismatch', description: 'Counts disagree.', severity: 'error' }, { id: 'role-mismatch', description: 'Roles disagree.', severity: 'warning' }],
      }),
    ) as {
      version: string;
      runs: Array<{ tool: { driver: { name: string; version: string; rules: Array<Record<string, unknown>> } }; results: Array<Record<string, any>> }>;
    };
    assert.equal(log.version, '2.1.0');
    const [runResult] = log.runs;
    assert.equal(runResult?.tool.driver.name, 'anchoralign');
    assert.equal(runResult?.tool.driver.version, '1.2.3');
    assert.deepEqual(runResult?.tool.driver.rules.map((rule) => rule.id), ['count-mismatch', 'role-mismatch', 'date-mismatch']);
    assert.equal(runResult?.tool.driver.rules[0]?.helpUri, 'https://example.org/docs/rules/count-mismatch.md');
    assert.deepEqual(runResult?.tool.driver.rules[0]?.shortDescription, { text: 'Counts disagree.' });
    const [first, second] = runResult?.results ?? [];
    assert.equal(first?.ruleId, 'count-mismatch');
    assert.equal(first?.ruleIndex, 0);
    assert.equal(first?.level, 'error');
    assert.equal(second?.level, 'warning');
    assert.deepEqual(first?.locations[0].physicalLocation, {
      artifactLocation: { uri: 'corpora/x/sv.txt' },
      region: { startLine: 2, startColumn: 18, endLine: 2, endColumn: 20, charOffset: 40, charLength: 2, snippet: { text: '12' } },
    });
    assert.equal(first?.relatedLocations.length, 2);
    assert.equal(first?.relatedLocations[0].physicalLocation.artifactLocation.uri, 'corpora/x/id.txt');
    assert.deepEqual(first?.relatedLocations[0].message, { text: 'Indonesian: 29' });
    assert.deepEqual(first?.partialFingerprints, { 'anchoralignFindingId/v1': 'count-mismatch:abc123' });
  });

  it('maps info to note and turns absolute paths into file URIs', () => {
    const documents = [makeDocument('/tmp/a b.txt', 'en', ['A 1.'])];
    const log = JSON.parse(formatSarif({ documents, findings: [{ id: 'i', rule: 'r', severity: 'info', message: 'm', evidence: [evidenceOf(documents, 0, 0, '1')] }] })) as any;
    assert.equal(log.runs[0].results[0].level, 'note');
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'file:///tmp/a%20b.txt');
  });
});
