// report(): check once, then the HTML page of its result.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignMany, check, report } from '../../src/index.js';
import { groupEvidence } from '../../src/check/clusters.js';

describe('report', () => {
  const hostile = '<script>alert(1)</script> "><img src=x onerror=alert(2)>';
  const docs = [
    { lang: 'nl', path: 'a/nl.txt', text: `De vijf provincies tekenden op 20 februari 29 overeenkomsten. ${hostile}\nBron: https://example.org/nl` },
    { lang: 'sv', path: 'a/sv.txt', text: `De fem provinserna undertecknade den 20 februari 12 avtal. ${hostile}` },
    { lang: 'ar', path: 'a/ar.txt', text: `وقعت المقاطعات الخمس في 20 فبراير على 29 اتفاقية. ${hostile}` },
  ];
  const html = report(docs, { title: 'Three versions' });

  it('escapes article text that looks like markup (only the report’s own script remains)', () => {
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(!/<img/i.test(html));
    assert.equal(html.split('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;').length - 1, 3);
    assert.ok(html.includes('Bron: https://example.org/nl'), 'URLs in articles stay visible as text');
  });

  it('shows every version in its own column, Arabic right to left, with anchors highlighted', () => {
    assert.match(html, /<div class="cell c0" lang="nl">Dutch \(nl\) · nl\.txt<\/div>/);
    assert.match(html, /<div class="cell c2" lang="ar" dir="rtl">Arabic \(ar\) · ar\.txt<\/div>/);
    assert.match(html, /class="a a-date"[^>]*title="date: --02-20"[^>]*>20 februari</);
    assert.match(html, /title="number: 29[^"]*">29</);
  });

  it('lists the count the Swedish version gets wrong and puts the three counts in one row', () => {
    const item = /<li class="fi [^"]*" id="finding-\d+" data-rule="count-mismatch"[^>]*><a class="go" href="#(row-\d+)"/.exec(html);
    assert.ok(item, 'a count-mismatch finding is listed');
    const rowStart = html.indexOf(`id="${item[1]}"`);
    const row = html.slice(rowStart, html.indexOf('</div>\n', rowStart));
    const cell = (lang: string) => row.slice(row.indexOf(`lang="${lang}"`)).split('</div>')[0]!;
    assert.match(cell('sv'), /<mark class="[^"]*\bfix\b[^"]*"[^>]*>12<\/mark>/);
    assert.match(cell('nl'), /<mark [^>]*>29<\/mark>/);
    assert.match(cell('ar'), /<mark [^>]*>29<\/mark>/);
  });

  it('formats the check result: its clusters are the rows, its anchors exactly the ones highlighted', () => {
    const result = check(docs);
    // One clustering: check's clusters are alignMany's, with each finding's evidence put in one row.
    assert.ok(result.findings.length > 0);
    assert.deepEqual(result.clusters, groupEvidence(alignMany(docs).clusters, result.findings));
    const highlighted = [...html.matchAll(/class="a a-([a-z]+)[^"]*"[^>]*title="\1: ([^"&]*)/g)].map((match) => `${match[1]} ${match[2]}`).sort();
    const compared = result.anchors.flat().map((anchor) => `${anchor.type} ${anchor.value}`).sort();
    assert.deepEqual(highlighted, compared);
  });

  it('rejects what is not a list of documents, naming the argument', () => {
    assert.throws(() => report('nl.txt' as never), (error: unknown) => error instanceof TypeError && /docs/.test(error.message));
    assert.throws(() => report(docs, null as never), (error: unknown) => error instanceof TypeError && /options/.test(error.message));
  });
});
