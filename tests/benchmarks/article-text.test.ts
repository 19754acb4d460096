import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NtrexDocument } from '../../benchmarks/lib/ntrex-check.js';
import { articleOf, isHeadingLine, lineAt, paragraphEndsOf } from '../../benchmarks/lib/ntrex-article-text.js';

describe('bench:check article text: versions as one text', () => {
  const lines = ['Rosa brings rain to the US', 'It weakens over cold water.', 'Rain will fall on Monday.', 'More on Tuesday', 'It ends.'];

  it('makes the headline and the given heading lines paragraphs, joins the rest by a space, and keeps each line findable', () => {
    const article = articleOf(lines, new Set([3]));
    assert.equal(article.text, 'Rosa brings rain to the US\n\nIt weakens over cold water. Rain will fall on Monday. More on Tuesday\n\nIt ends.');
    lines.forEach((line, k) => assert.equal(article.text.slice(article.spans[k]!.start, article.spans[k]!.end), line));
  });

  it('finds the line of a span by its characters, and none in the blanks between lines', () => {
    const article = articleOf(lines);
    const monday = article.text.indexOf('Monday');
    assert.equal(lineAt(article, monday, monday + 6), 2);
    const gap = article.spans[1]!.end;
    assert.equal(lineAt(article, gap, gap + 1), -1);
    assert.equal(lineAt(article, article.spans[4]!.start, article.spans[4]!.start), 4);
  });

  it('reads an English line without a final stop as a heading, closing quotes and brackets aside', () => {
    assert.equal(isHeadingLine("Welsh AMs worried about 'looking like muppets'"), true);
    assert.equal(isHeadingLine('Hurricane Rosa threatens Phoenix (Drought Areas May Benefit)'), true);
    assert.equal(isHeadingLine('He said it was "entirely preposterous."'), false);
    assert.equal(isHeadingLine('Katrina (1967) was a hurricane within 40 miles,'), false);
  });

  it('ends paragraphs after the lines the English writes as headings, or after every line with blocks', () => {
    const en = ['Rosa brings rain', 'It weakens.', 'Rain on Monday.', 'More on Tuesday', 'It ends.'];
    const doc = { number: 1, half: 'dev', id: 'x', from: 0, en, lines: { uk: en, nl: en, id: en, sv: en, ar: en } } as NtrexDocument;
    assert.deepEqual([...paragraphEndsOf(doc)], [0, 3]);
    assert.deepEqual([...paragraphEndsOf(doc, true)], [0, 1, 2, 3, 4]);
  });
});
