import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { renderReport } from '../../src/report/html/index.js';
import { groupEvidence } from '../../src/check/clusters.js';
import { layoutRows } from '../../src/report/html/rows.js';
import type { Cluster, SegmentedDocument } from '../../src/index.js';
import { buildDocument, evidenceAt, showcaseLike } from './html-fixtures.js';

/** The markup of the row with id `row-N`, up to the next row. */
function rowMarkup(html: string, rowId: string): string {
  const start = html.indexOf(`id="${rowId}"`);
  assert.notEqual(start, -1, `${rowId} exists`);
  const end = html.indexOf('<div class="row', start);
  return html.slice(start, end === -1 ? undefined : end);
}

function cellMarkup(row: string, lang: string): string | undefined {
  const start = row.indexOf(`lang="${lang}"`);
  if (start === -1) return undefined;
  return row.slice(start, row.indexOf('</div>', start));
}

describe('renderReport', () => {
  const data = showcaseLike();
  const html = renderReport(data, { title: 'Spring meeting' });

  it('is one HTML page with its title, inline style and script', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes('<title>Spring meeting</title>'));
    assert.equal(html.match(/<style>/g)?.length, 1);
    assert.equal(html.match(/<script/g)?.length, 1);
  });

  it('puts the sentences of one cluster side by side in one row, one column per language', () => {
    const findingLink = /<li class="fi sev-error[^>]*><a class="go" href="#(row-\d+)"/.exec(html);
    assert.ok(findingLink, 'the country-label finding links to a row');
    const row = rowMarkup(html, findingLink[1]!);
    assert.match(cellMarkup(row, 'sv') ?? '', /Guangxi \(<mark[^>]*>Vietnam<\/mark>\)/);
    assert.match(cellMarkup(row, 'nl') ?? '', /Guangxi<\/span> \(<mark[^>]*>China<\/mark>\)/);
    assert.match(cellMarkup(row, 'ar') ?? '', /<mark[^>]*>الصين<\/mark>/);
    assert.match(row, /^id="row-4"><a class="n" href="#row-4" title="aligned, confidence 0\.85">4<\/a>/);
  });

  it('shows every sentence exactly once, unaligned ones in rows of their own', () => {
    const shown = html.match(/<span class="s[ "]/g)?.length;
    const total = data.documents.reduce((sum, document) => sum + document.sentences.length, 0);
    assert.equal(shown, total);
    const captionRow = rowMarkup(html, 'row-5');
    assert.ok(captionRow.includes('Foto: de delegaties.'));
    assert.equal(captionRow.match(/class="cell /g)?.length, 1);
    assert.ok(!captionRow.includes(' aligned'));
  });

  it('marks Arabic cells right-to-left and every cell with its language', () => {
    const arabicCells = html.match(/<div class="cell c2"[^>]*>/g) ?? [];
    assert.ok(arabicCells.length >= 3);
    for (const cell of arabicCells) assert.equal(cell, '<div class="cell c2" lang="ar" dir="rtl">');
    assert.ok(!/lang="(nl|sv)" dir=/.test(html));
  });

  it('highlights anchors by type with the normalised value on hover', () => {
    assert.match(html, /<span class="a a-date" title="date: --02-20">20 februari<\/span>/);
    assert.match(html, /<span class="a a-entity" title="entity: guangxi">Guangxi<\/span>/);
    assert.match(html, /<span class="a a-number" title="number: 29">29<\/span>/);
    for (const type of ['number', 'ordinal', 'date', 'entity', 'country']) {
      assert.ok(html.includes(`<span class="a a-${type}">`), `legend shows ${type}`);
      assert.match(html, new RegExp(`\\.a-${type}\\{background:#[0-9a-f]{6}\\}`), `${type} has a colour`);
    }
  });

  it('marks evidence in place, the place to fix apart from the places it disagrees with', () => {
    const fix = /<mark class="([^"]*)" data-finding="1" data-ev="1\.0" title="([^"]*)">Vietnam<\/mark>/.exec(html);
    assert.ok(fix, 'the Swedish label is marked');
    assert.deepEqual(fix[1]!.split(' ').sort(), ['a', 'a-country', 'f', 'fix', 'r1', 'sev-error'].sort());
    assert.ok(fix[2]!.startsWith('country: VN&#10;country-label (error): sv places Guangxi'));
    assert.match(html, /<mark class="a a-country f sev-error r1" data-finding="1" data-ev="1\.1"[^>]*>China<\/mark>/);
  });

  it('lists the findings at the top, linking to the rows of their evidence', () => {
    const list = html.slice(html.indexOf('<ol id="findings">'), html.indexOf('</ol>'));
    assert.ok(html.indexOf('<ol id="findings">') < html.indexOf('id="row-1"'));
    const items = list.match(/<li [^>]*>/g) ?? [];
    assert.equal(items.length, 2);
    assert.match(items[0]!, /data-rule="country-label" data-severity="error" data-finding-id="country-label:guangxi"/);
    const countRow = rowMarkup(html, /href="#(row-\d+)" data-ev="2\.0"><span class="badge sev-warning/.exec(list)![1]!);
    assert.ok(cellMarkup(countRow, 'sv')!.includes('data-ev="2.0" title="number: 12&#10;count-mismatch'));
    assert.ok(list.includes('<a class="fix" href="#row-3" data-ev="2.0">sv: <bdi>12</bdi></a>'));
    assert.ok(list.includes('<a href="#row-3" data-ev="2.1">nl: <bdi>29</bdi></a>'));
  });

  it('cuts long evidence in the list, keeping the whole text as its tooltip', () => {
    const long = `${'x'.repeat(47)}😀 and more`;
    const document = buildDocument('nl', [long]);
    const page = renderReport({
      documents: [document],
      clusters: [],
      findings: [
        { id: 'i', rule: 'r', severity: 'info', message: 'm', evidence: [{ document: 0, sentence: 0, start: 0, end: long.length, text: long }] },
      ],
    });
    assert.ok(page.includes(`title="${long}">nl: <bdi>${'x'.repeat(47)}…</bdi></a>`));
  });

  it('offers a filter for each severity and each rule that toggles a class the CSS acts on', () => {
    for (const severity of ['error', 'warning', 'info']) {
      assert.ok(html.includes(`data-hide="hide-sev-${severity}"`));
      assert.ok(html.includes(`#findings.hide-sev-${severity} .sev-${severity}`));
    }
    assert.match(html, /data-hide="hide-r0" name="rule" value="count-mismatch"/);
    assert.match(html, /data-hide="hide-r1" name="rule" value="country-label"/);
    assert.ok(html.includes('#findings.hide-r1 .r1{display:none}'));
    // "Only rows with findings" follows the same filters: each row names the rule and severity it shows.
    assert.match(html, /<div class="row aligned has-f f1-error" id="row-4">/);
    assert.match(html, /<div class="row aligned has-f f0-warning" id="row-3">/);
    assert.ok(html.includes('main.only-findings:not(.hide-r1):not(.hide-sev-error) .row.f1-error{display:grid}'));
  });

  it('dims captions and boilerplate', () => {
    assert.ok(html.includes('<span class="s k-caption">Foto: de delegaties.</span>'));
    assert.ok(html.includes('<span class="s k-boilerplate">Hem | Nyheter</span>'));
    assert.match(html, /\.k-caption,\.k-boilerplate\{opacity:/);
  });

  it('works without anchors and without findings', () => {
    const plain = renderReport({ documents: data.documents, clusters: data.clusters, findings: [] });
    assert.ok(plain.includes('No findings'));
    assert.ok(!plain.includes('class="a a-number" title'));
    assert.ok(!plain.includes('<mark class="a'));
  });

  it('rejects clusters and evidence that point nowhere, naming the argument', () => {
    assert.throws(
      () => renderReport({ ...data, clusters: [{ members: [{ document: 7, sentences: [0] }], score: 1 }] }),
      (error: unknown) => error instanceof RangeError && /clusters\[0\]/.test(error.message),
    );
    const finding = { ...data.findings[0]!, evidence: [{ ...data.findings[0]!.evidence[0]!, sentence: 99 }] };
    assert.throws(
      () => renderReport({ ...data, findings: [finding] }),
      (error: unknown) => error instanceof RangeError && /findings\[0\]\.evidence\[0\]/.test(error.message),
    );
    assert.throws(() => renderReport({ ...data, documents: 'x' as never }), /data\.documents/);
  });
});

describe('renderReport escaping (untrusted article text)', () => {
  const hostile = '<script>alert(1)</script> and "><img src=x onerror=alert(2)> & \'quoted\'';
  const nl = buildDocument('nl', [`Eerste zin ${hostile}.`, 'Bron: https://example.org/a?b=1&c=2.'], '"><b>x</b>.txt');
  const sv = buildDocument('sv" onmouseover="alert(3)', [`Andra ${hostile}.`]);
  const documents: SegmentedDocument[] = [nl, sv];
  const html = renderReport(
    {
      documents,
      clusters: [{ members: [{ document: 0, sentences: [0] }, { document: 1, sentences: [0] }], score: 1 }],
      findings: [
        {
          id: '"><script>x</script>',
          rule: 'rule"><script>',
          severity: 'error',
          message: `Message ${hostile}`,
          evidence: [evidenceAt(documents, 0, 0, '<script>alert(1)</script>', '<img>')],
        },
      ],
      anchors: [
        [
          {
            type: 'entity',
            entityKind: 'unknown',
            start: nl.sentences[0]!.start + 11,
            end: nl.sentences[0]!.start + 19,
            text: '<script>',
            value: '"><script>alert(4)</script>',
          },
        ],
        [],
      ],
    },
    { title: `Title ${hostile}` },
  );

  it('lets no script or element from the input through', () => {
    assert.equal(html.match(/<script/gi)?.length, 1, 'only the report’s own script');
    assert.ok(!/<img/i.test(html));
    assert.ok(!/<b>/.test(html));
    assert.ok(!/\sonerror=/i.test(html.replace(/&quot;&gt;&lt;img src=x onerror=alert\(2\)&gt;/g, '')));
    assert.ok(!html.includes('onmouseover="'));
  });

  it('escapes & < > " \' in text and attributes', () => {
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#39;quoted&#39;';
    assert.ok(html.includes(`<title>Title ${escaped}</title>`));
    assert.ok(html.includes(`Andra ${escaped}.`));
    assert.ok(html.includes(`<span class="msg">Message ${escaped}</span>`));
    assert.ok(html.includes('lang="sv&quot; onmouseover=&quot;alert(3)"'));
    assert.ok(html.includes('data-finding-id="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"'));
    assert.ok(html.includes('title="entity: &quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;'));
  });

  it('loads nothing from outside: no src, no external href, no url(), no http outside article text', () => {
    assert.ok(!/\ssrc=/i.test(html.replace(/&quot;&gt;&lt;img src=x/g, '')));
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) assert.ok(href!.startsWith('#'), href);
    assert.ok(!/url\(|@import/i.test(html));
    assert.match(html, /default-src 'none'/);
    // Drop text between tags and title attributes (where article text goes, escaped): no URL may remain.
    // (The CSP's base64 hashes may contain "//", so its content goes too; it is checked above.)
    const markupOnly = html
      .replace(/>[^<]*</g, '><')
      .replace(/\stitle="[^"]*"/g, '')
      .replace(/content="default-src[^"]*"/, '');
    assert.ok(!/https?:|\/\//i.test(markupOnly), 'no URL in the markup itself');
    assert.ok(html.includes('Bron: https://example.org/a?b=1&amp;c=2.'), 'article URLs stay as escaped text');
  });
});

describe('groupEvidence', () => {
  const evidence = (document: number, sentence: number) => ({ document, sentence, start: 0, end: 1, text: 'x' });
  const finding = (severity: 'error' | 'warning', ...places: Array<[number, number]>) => ({
    id: places.join('|'),
    rule: 'r',
    severity,
    message: 'm',
    evidence: places.map(([document, sentence]) => evidence(document, sentence)),
  });

  it('puts the first evidence of each document in one row and takes it out of its cluster', () => {
    const clusters: Cluster[] = [
      { members: [{ document: 0, sentences: [2] }, { document: 1, sentences: [5] }, { document: 2, sentences: [1] }], score: 0.7 },
      { members: [{ document: 0, sentences: [3] }, { document: 1, sentences: [4] }], score: 0.9 },
    ];
    const grouped = groupEvidence(clusters, [finding('error', [1, 5], [0, 3], [1, 6], [2, 7])]);
    assert.deepEqual(grouped, [
      { members: [{ document: 1, sentences: [5] }, { document: 0, sentences: [3] }, { document: 2, sentences: [7] }], score: 1 },
      { members: [{ document: 0, sentences: [2] }, { document: 2, sentences: [1] }], score: 0.7 },
    ]);
  });

  it('lets more severe findings claim sentences first and ignores findings within one document', () => {
    const grouped = groupEvidence(
      [],
      [finding('warning', [0, 1], [1, 1]), finding('error', [0, 1], [1, 2]), finding('error', [0, 4], [0, 5])],
    );
    assert.deepEqual(
      grouped.map((cluster) => cluster.members),
      [[{ document: 0, sentences: [1] }, { document: 1, sentences: [2] }]],
    );
  });
});

describe('layoutRows', () => {
  const docs = (...lengths: number[]) =>
    lengths.map((length, index) =>
      buildDocument(
        `x${index}`,
        Array.from({ length }, (_, sentence) => `S${sentence}.`),
      ),
    );

  it('keeps a translation in order, with unaligned sentences in their place', () => {
    const rows = layoutRows(docs(3, 2), [
      { members: [{ document: 0, sentences: [0] }, { document: 1, sentences: [0] }], score: 1 },
      { members: [{ document: 0, sentences: [2] }, { document: 1, sentences: [1] }], score: 1 },
    ]);
    assert.deepEqual(
      rows.map((row) => row.cells),
      [
        [[0], [0]],
        [[1], []],
        [[2], [1]],
      ],
    );
  });

  it('still shows crossing clusters (comparable articles) and every sentence once', () => {
    const rows = layoutRows(docs(2, 2), [
      { members: [{ document: 0, sentences: [0] }, { document: 1, sentences: [1] }], score: 1 },
      { members: [{ document: 0, sentences: [1] }, { document: 1, sentences: [0] }], score: 1 },
    ]);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows.map((row) => row.cluster).sort(), [0, 1]);
  });

  it('shows every sentence exactly once and unaligned sentences in document order (property)', () => {
    const arbitraryCase = fc
      .array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 })
      .chain((lengths) =>
        fc.record({
          lengths: fc.constant(lengths),
          clusters: fc.array(
            fc.array(
              fc.record({ document: fc.nat(lengths.length - 1), sentence: fc.nat(11), width: fc.integer({ min: 1, max: 2 }) }),
              { minLength: 1, maxLength: 4 },
            ),
            { maxLength: 8 },
          ),
        }),
      );
    fc.assert(
      fc.property(arbitraryCase, ({ lengths, clusters }) => {
        const documents = docs(...lengths);
        const valid: Cluster[] = clusters
          .map((members) => ({
            score: 0.5,
            members: members
              .filter((member) => member.sentence < lengths[member.document]!)
              .map((member) => ({
                document: member.document,
                sentences: Array.from(
                  { length: Math.min(member.width, lengths[member.document]! - member.sentence) },
                  (_, offset) => member.sentence + offset,
                ),
              })),
          }))
          .filter((cluster) => cluster.members.length > 0);
        const rows = layoutRows(documents, valid);
        lengths.forEach((length, document) => {
          const seen = rows.flatMap((row) => row.cells[document]!);
          assert.deepEqual([...seen].sort((a, b) => a - b), Array.from({ length }, (_, index) => index));
          const unaligned = rows.filter((row) => row.cluster === -1).flatMap((row) => row.cells[document]!);
          assert.deepEqual(unaligned, [...unaligned].sort((a, b) => a - b));
        });
      }),
      { seed: 20250220, numRuns: 300 },
    );
  });
});

describe('escapeHtmlIsolatingRightToLeft', () => {
  it('wraps each run of Arabic words in <bdi> and escapes everything', async () => {
    const { escapeHtmlIsolatingRightToLeft } = await import('../../src/report/html/escape.js');
    assert.equal(
      escapeHtmlIsolatingRightToLeft('ar spells "تران كونج" (1×) and "تران كوونغ" <b>'),
      'ar spells &quot;<bdi>تران كونج</bdi>&quot; (1×) and &quot;<bdi>تران كوونغ</bdi>&quot; &lt;b&gt;',
    );
    assert.equal(escapeHtmlIsolatingRightToLeft('no right-to-left & here'), 'no right-to-left &amp; here');
    assert.equal(escapeHtmlIsolatingRightToLeft('ends with ش  '), 'ends with <bdi>ش</bdi>  ');
  });

  it('stays linear on 1 MB of alternating Arabic letters and spaces', async () => {
    const { escapeHtmlIsolatingRightToLeft } = await import('../../src/report/html/escape.js');
    const input = 'ش '.repeat(500_000) + 'x';
    const started = performance.now();
    const output = escapeHtmlIsolatingRightToLeft(input);
    assert.ok(performance.now() - started < 5000);
    assert.equal(output, `<bdi>${'ش '.repeat(499_999)}ش</bdi> x`);
  });
});

describe('escapeHtml on adversarial input', () => {
  it('escapes 1 MB of nothing but special characters in linear time', async () => {
    const { escapeHtml } = await import('../../src/report/html/escape.js');
    const input = '<&"\'>'.repeat(200_000);
    const started = performance.now();
    const output = escapeHtml(input);
    const elapsed = performance.now() - started;
    assert.equal(output.length, 200_000 * '&lt;&amp;&quot;&#39;&gt;'.length);
    assert.ok(elapsed < 5000, `took ${elapsed.toFixed(0)} ms`);
  });
});
