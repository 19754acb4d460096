import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  check,
  readHtml,
  readMarkdown,
  resolveInputFormat,
  segmentFormatted,
  toOriginalSpan,
  toSegmentedDocument,
  type SegmentedDocument,
} from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/news/${name}`, import.meta.url), 'utf8');

/** What a browser would show of a stretch of markup: tags out, references decoded, white space collapsed. */
function shownText(markup: string, format: 'html' | 'markdown'): string {
  const read = format === 'html' ? readHtml(markup) : readMarkdown(markup);
  return read.text.replace(/\s+/g, ' ').trim();
}

/** Every sentence's span in the file, read on its own, gives back the sentence. */
function assertSentencesPointIntoFile(document: SegmentedDocument): void {
  const original = document.original;
  assert.ok(original, 'the document keeps the file it was read from');
  let previousEnd = 0;
  for (const sentence of document.sentences) {
    const { start, end } = toOriginalSpan(document, sentence);
    assert.ok(previousEnd <= start && start < end && end <= original.text.length, `sentence ${sentence.index} in order inside the file`);
    assert.equal(shownText(original.text.slice(start, end), original.format), sentence.text.replace(/\s+/g, ' '), `sentence ${sentence.index}`);
    previousEnd = end;
  }
}

describe('reading HTML', () => {
  const html = fixture('nl.html');
  const page = segmentFormatted(html, 'html', { lang: 'nl' });

  it('reads what a reader sees: no script, style, head or noscript text, each block its own line', () => {
    assert.equal(page.text.includes('dataLayer'), false);
    assert.equal(page.text.includes('font-family'), false);
    assert.equal(page.text.includes('Het Nieuws</title>'), false);
    assert.equal(page.text.includes('JavaScript'), false);
    assert.equal(page.text.includes('73'), false, 'the 73 in the script is not read');
    assert.deepEqual(
      page.sentences.filter((sentence) => sentence.kind === 'body').map((sentence) => sentence.text),
      [
        'Bij een brand in een textielfabriek in Dhaka zijn donderdag 37 mensen om het leven gekomen.',
        'De brandweer had ruim zes uur nodig om het vuur te blussen.',
        'Volgens de politie raakten nog 112 arbeiders gewond, van wie 15 ernstig.',
        'De eigenaar van de fabriek, Rahim\u00a0Uddin, is aangehouden.',
      ],
    );
  });

  it('gives sentences the kind their markup says: nav and footer boilerplate, h1 heading, figcaption caption', () => {
    const kindOf = (fragment: string) => page.sentences.find((sentence) => sentence.text.includes(fragment))?.kind;
    assert.equal(kindOf('Binnenland'), 'boilerplate');
    assert.equal(kindOf('Alle rechten'), 'boilerplate');
    assert.equal(kindOf('Brand in textielfabriek'), 'heading');
    assert.equal(kindOf('Brandweerlieden'), 'caption');
  });

  it('points every sentence into the HTML file, so its slice reads as the sentence', () => {
    assertSentencesPointIntoFile(page);
    const first = page.sentences.find((sentence) => sentence.text.startsWith('Bij een brand'))!;
    const span = toOriginalSpan(page, first);
    assert.equal(html.slice(span.start, span.start + 13), 'Bij een brand');
    assert.ok(html.slice(span.start, span.end).includes('<strong>37</strong>'));
  });

  it('decodes character references for reading and keeps their place in the file', () => {
    const source = '<p>AT&amp;T &#1575;&#1604;&#x62d;&#1585;&#1576; &copy2025 &zzz; done</p>';
    const read = segmentFormatted(source, 'html', { lang: 'ar' });
    assert.equal(read.text, 'AT&T الحرب ©2025 &zzz; done');
    const word = read.text.indexOf('الحرب');
    assert.deepEqual(toOriginalSpan(read, { start: word, end: word + 5 }), { start: 12, end: 12 + 5 * 7 });
    assert.equal(source.slice(toOriginalSpan(read, { start: 2, end: 3 }).start, toOriginalSpan(read, { start: 2, end: 3 }).end), '&amp;');
    assertSentencesPointIntoFile(read);
  });

  it('reads nested markup without recursion and ignores hidden elements', () => {
    const deep = `${'<div>'.repeat(20_000)}<p>Diep 5 niveaus.</p><p hidden>Verborgen 9.</p>${'</div>'.repeat(20_000)}`;
    const read = segmentFormatted(deep, 'html', { lang: 'nl' });
    assert.deepEqual(read.sentences.map((sentence) => sentence.text), ['Diep 5 niveaus.']);
  });

  it('does not read the < of a tag the parser dropped inside a text node as text', () => {
    // A stray end tag is ignored and the text on both sides becomes one node: `\u00a0<<`.
    const source = '&nbsp;</b>&lt;&lt;';
    const read = segmentFormatted(source, 'html', { lang: 'nl' });
    assert.deepEqual(read.sentences.map((sentence) => sentence.text), ['<<']);
    const span = toOriginalSpan(read, read.sentences[0]!);
    assert.equal(source.slice(span.start, span.end), '&lt;&lt;');
  });

  it('keeps the offset invariant on any mix of markup, references and text', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '&amp;', '&#1575;', '&nbsp;', ' ', '\n', '\r\n', 'Een 37.', 'Twee ', 'x', '<h2>', '</h2>', '<!-- c -->', '&lt;', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        const read = segmentFormatted(source, 'html', { lang: 'nl' });
        for (const sentence of read.sentences) {
          const { start, end } = toOriginalSpan(read, sentence);
          assert.ok(0 <= start && start <= end && end <= source.length);
          assert.equal(shownText(source.slice(start, end), 'html'), sentence.text.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reading Markdown', () => {
  const markdown = [
    '# Brand in textielfabriek',
    '',
    'Bij de brand kwamen **37** mensen om het leven. Zie [het verslag](https://example.org/verslag "Verslag") en \\*meer\\*.',
    '',
    '![Rook boven de fabriek](brand.jpg)',
    '',
    '- De eigenaar is aangehouden.',
    '- Er raakten 112 mensen &amp; 3 honden gewond.',
    '',
    '```',
    'console.log("73 doden");',
    '```',
    '',
  ].join('\n');
  const read = segmentFormatted(markdown, 'markdown', { lang: 'nl' });

  it('reads headings as headings, link text without its URL, no image or code', () => {
    assert.deepEqual(
      read.sentences.map((sentence) => [sentence.kind, sentence.text]),
      [
        ['heading', 'Brand in textielfabriek'],
        ['body', 'Bij de brand kwamen 37 mensen om het leven.'],
        ['body', 'Zie het verslag en *meer*.'],
        ['body', 'De eigenaar is aangehouden.'],
        ['body', 'Er raakten 112 mensen & 3 honden gewond.'],
      ],
    );
    assert.equal(read.text.includes('example.org'), false);
    assert.equal(read.text.includes('Rook'), false);
    assert.equal(read.text.includes('73'), false);
  });

  it('points every sentence into the Markdown file', () => {
    assertSentencesPointIntoFile(read);
    const span = toOriginalSpan(read, read.sentences[2]!);
    assert.equal(markdown.slice(span.start, span.end), 'Zie [het verslag](https://example.org/verslag "Verslag") en \\*meer\\*.');
  });
});

describe('input formats in the API', () => {
  it('toSegmentedDocument and check read { format: "html" }, and name a bad format', () => {
    const document = toSegmentedDocument({ text: fixture('nl.html'), lang: 'nl', format: 'html' });
    assert.equal(document.original?.format, 'html');
    const result = check([
      { text: fixture('nl.html'), lang: 'nl', format: 'html', path: 'nl.html' },
      { text: fixture('sv.txt'), lang: 'sv', path: 'sv.txt' },
    ]);
    assert.deepEqual(
      result.findings.map((finding) => [finding.rule, finding.evidence.map((evidence) => evidence.value)]),
      [['count-mismatch', ['37', '73']]],
    );
    assert.throws(() => toSegmentedDocument({ text: '<p>x</p>', lang: 'nl', format: 'pdf' as 'html' }), /input\.format/);
  });

  it('tells the format from the extension, else from how the text begins', () => {
    assert.equal(resolveInputFormat('a/nl.html', 'Gewoon tekst.'), 'html');
    assert.equal(resolveInputFormat('a/nl.HTM', ''), 'html');
    assert.equal(resolveInputFormat('nl.md', '<!DOCTYPE html>'), 'markdown');
    assert.equal(resolveInputFormat('nl.markdown', ''), 'markdown');
    assert.equal(resolveInputFormat('nl.txt', 'Gewoon tekst met <b>vet</b>.'), 'text');
    assert.equal(resolveInputFormat('nl.txt', '\n <!doctype html><html><body><p>x</p>'), 'html');
    assert.equal(resolveInputFormat(undefined, '<html lang="nl"><p>x</p></html>'), 'html');
    assert.equal(resolveInputFormat(undefined, '# Kop\n\nTekst.'), 'text');
    // An XML declaration and comments may come first; a tag that is no page's opening, or a comment
    // too long to be a prolog's, leaves it text.
    assert.equal(resolveInputFormat(undefined, '<?xml version="1.0"?>\n<!-- saved -->\n<!DOCTYPE html>'), 'html');
    assert.equal(resolveInputFormat(undefined, '<!-- a > b --><html>'), 'text');
    assert.equal(resolveInputFormat(undefined, `<!--${'x'.repeat(201)}--><html>`), 'text');
    assert.equal(resolveInputFormat(undefined, '<!-- x --><div>Tekst</div>'), 'text');
  });
});
