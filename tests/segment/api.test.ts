import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { retext } from 'retext';
import retextLatin from 'retext-latin';
import { unified } from 'unified';
import type { Root, Sentence as NlcstSentence } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import {
  countSentencesByKind,
  retextAnchoralign,
  scoreSegmentation,
  segment,
  toSegmentedDocument,
  uk,
} from '../../src/index.js';
import { assertLossless, texts } from './helpers.js';

const corpus = (lang: string) => readFileSync(new URL(`../../corpora/spring-meeting-2025/${lang}.txt`, import.meta.url), 'utf8');

describe('segment', () => {
  it('returns sentences with offsets, text, paragraph, kind and index', () => {
    const text = 'Hij kwam o.a. uit Hanoi. Daarna ging hij naar huis!\n\nTweede alinea?';
    const sentences = segment(text, { lang: 'nl' });
    assert.deepEqual(sentences, [
      { index: 0, start: 0, end: 24, text: 'Hij kwam o.a. uit Hanoi.', paragraph: 0, kind: 'body' },
      { index: 1, start: 25, end: 51, text: 'Daarna ging hij naar huis!', paragraph: 0, kind: 'body' },
      { index: 2, start: 53, end: 67, text: 'Tweede alinea?', paragraph: 1, kind: 'body' },
    ]);
  });

  it('gives [] for empty and blank text', () => {
    assert.deepEqual(segment(''), []);
    assert.deepEqual(segment(' \n\t\u00a0\ufeff\u200f\r\n'), []);
  });

  it('throws a TypeError naming text for a non-string', () => {
    for (const bad of [undefined, null, 42, ['a'], { text: 'a' }]) {
      assert.throws(() => segment(bad as unknown as string), { name: 'TypeError', message: /^text must be a string/ });
    }
  });

  it('throws a TypeError naming the bad option', () => {
    assert.throws(() => segment('a', 'nl' as never), { name: 'TypeError', message: /^options/ });
    assert.throws(() => segment('a', { lang: 7 as never }), { name: 'TypeError', message: /^lang/ });
    assert.throws(() => segment('a', { lang: ' ' }), { name: 'TypeError', message: /lang/ });
    assert.throws(() => segment('a', { profile: {} as never }), { name: 'TypeError', message: /^profile/ });
  });

  it('uses generic rules for an unknown language and for no language', () => {
    const text = 'Il est venu. Elle est partie? Oui!';
    assert.deepEqual(texts(segment(text, { lang: 'fr' })), ['Il est venu.', 'Elle est partie?', 'Oui!']);
    assert.deepEqual(segment(text, { lang: 'fr' }), segment(text));
  });

  it('uses a caller-extended profile', () => {
    const text = 'Він живе на просп. Перемоги. Там гарно.';
    assert.deepEqual(texts(segment(text, { lang: 'uk' })), ['Він живе на просп.', 'Перемоги.', 'Там гарно.']);
    const extended = { ...uk, segmentation: { ...uk.segmentation, abbreviations: [...uk.segmentation.abbreviations, 'просп.'] } };
    assert.deepEqual(texts(segment(text, { profile: extended })), ['Він живе на просп. Перемоги.', 'Там гарно.']);
  });

  it('is deterministic and lossless on every corpus article', () => {
    for (const lang of ['uk', 'nl', 'id', 'sv', 'ar']) {
      const text = corpus(lang);
      const first = segment(text, { lang });
      assert.deepEqual(segment(text, { lang }), first);
      assertLossless(text, first, lang);
    }
  });
});

describe('countSentencesByKind', () => {
  it('counts every kind, zero included', () => {
    const page = 'Tussenkop\nEen zin met genoeg woorden om artikeltekst te zijn. Nog een.\nBron\nEen ander artikel.';
    assert.deepEqual(countSentencesByKind(segment(page, { lang: 'nl' })), { body: 2, heading: 1, caption: 0, boilerplate: 2 });
    assert.deepEqual(countSentencesByKind(segment('Een zin. Nog een.', { lang: 'nl' })), { body: 2, heading: 0, caption: 0, boilerplate: 0 });
  });
});

describe('toSegmentedDocument', () => {
  it('segments raw text after dropping a leading BOM; offsets point into doc.text', () => {
    const doc = toSegmentedDocument({ text: '\ufeffEerste zin. Tweede zin.', lang: 'nl', path: 'a.txt' });
    assert.equal(doc.text, 'Eerste zin. Tweede zin.');
    assert.equal(doc.path, 'a.txt');
    assert.equal(doc.lang, 'nl');
    assert.deepEqual(texts(doc.sentences), ['Eerste zin.', 'Tweede zin.']);
    assert.equal(doc.sentences[1]?.start, 12);
    assertLossless(doc.text, doc.sentences);
  });

  it('joins pre-segmented sentences with newlines, one paragraph each, kind body', () => {
    const doc = toSegmentedDocument({ sentences: ['Eén.', '', 'Twee drie.'], lang: 'nl' });
    assert.equal(doc.text, 'Eén.\n\nTwee drie.');
    assert.deepEqual(
      doc.sentences.map(({ start, end, paragraph, kind }) => [start, end, paragraph, kind]),
      [[0, 4, 0, 'body'], [5, 5, 1, 'body'], [6, 16, 2, 'body']],
    );
    for (const sentence of doc.sentences) assert.equal(doc.text.slice(sentence.start, sentence.end), sentence.text);
    assert.equal('path' in doc, false);
  });

  it('returns a valid SegmentedDocument as is', () => {
    const doc = toSegmentedDocument({ text: 'A b. C d.', lang: 'nl' });
    assert.equal(toSegmentedDocument(doc), doc);
  });

  it('throws a TypeError naming the bad argument', () => {
    assert.throws(() => toSegmentedDocument(null as never), { name: 'TypeError', message: /^input must/ });
    assert.throws(() => toSegmentedDocument('text' as never), { name: 'TypeError', message: /^input must/ });
    assert.throws(() => toSegmentedDocument({ text: 'a' } as never), { name: 'TypeError', message: /^input\.lang/ });
    assert.throws(() => toSegmentedDocument({ text: 5, lang: 'nl' } as never), { name: 'TypeError', message: /^input\.text/ });
    assert.throws(() => toSegmentedDocument({ sentences: 'a', lang: 'nl' } as never), { name: 'TypeError', message: /^input\.sentences must/ });
    assert.throws(() => toSegmentedDocument({ sentences: ['a', 3], lang: 'nl' } as never), { name: 'TypeError', message: /^input\.sentences\[1\]/ });
    assert.throws(() => toSegmentedDocument({ text: 'a', lang: 'nl', path: 1 } as never), { name: 'TypeError', message: /^input\.path/ });
    const doc = toSegmentedDocument({ text: 'A b. C d.', lang: 'nl' });
    const broken = { ...doc, sentences: [doc.sentences[0]!, { ...doc.sentences[1]!, end: 99 }] };
    assert.throws(() => toSegmentedDocument(broken), { name: 'TypeError', message: /^input\.sentences\[1\]/ });
    const lying = { ...doc, sentences: [{ ...doc.sentences[0]!, text: 'X' }] };
    assert.throws(() => toSegmentedDocument(lying), { name: 'TypeError', message: /^input\.sentences\[0\]\.text/ });
  });
});

describe('scoreSegmentation', () => {
  it('scores boundaries, ignoring the end of the text, and kinds on identical spans', () => {
    const gold = [
      { start: 0, end: 5, kind: 'body' as const },
      { start: 6, end: 10, kind: 'caption' as const },
      { start: 11, end: 20, kind: 'body' as const },
    ];
    const predicted = [
      { start: 0, end: 10, kind: 'body' as const },
      { start: 11, end: 20, kind: 'heading' as const },
    ];
    const score = scoreSegmentation(predicted, gold);
    assert.equal(score.precision, 1);
    assert.equal(score.recall, 0.5);
    assert.ok(Math.abs(score.f1 - 2 / 3) < 1e-12);
    assert.equal(score.kindAccuracy, 0);
    assert.equal(scoreSegmentation(gold, gold).f1, 1);
    assert.equal(scoreSegmentation(gold, gold).kindAccuracy, 1);
  });
});

describe('retextAnchoralign', () => {
  const run = (text: string, lang: string): Root => {
    const processor = retext().use(retextAnchoralign, { lang });
    return processor.runSync(processor.parse(text), text) as Root;
  };
  const sentenceNodes = (tree: Root): NlcstSentence[] =>
    tree.children.flatMap((child) => (child.type === 'ParagraphNode' ? child.children.filter((c): c is NlcstSentence => c.type === 'SentenceNode') : []));

  it('gives SentenceNodes the spans, lines, columns and kinds of segment()', () => {
    for (const lang of ['uk', 'nl', 'sv']) {
      const text = corpus(lang);
      const expected = segment(text, { lang });
      const nodes = sentenceNodes(run(text, lang));
      assert.equal(nodes.length, expected.length, lang);
      nodes.forEach((node, k) => {
        const sentence = expected[k]!;
        assert.equal(node.position?.start.offset, sentence.start);
        assert.equal(node.position?.end.offset, sentence.end);
        assert.equal(node.data?.kind, sentence.kind);
        assert.equal(nlcstToString(node), sentence.text, `${lang} sentence ${k}`);
        const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
        assert.equal(node.position?.start.line, text.slice(0, sentence.start).split('\n').length);
        assert.equal(node.position?.start.column, sentence.start - lineStart + 1);
      });
    }
  });

  it('keeps every character of the text in the tree, CRLF included', () => {
    const text = 'Vietnam.vn - Nền tảng\r\n\r\nHij kwam o.a. uit Hanoi. Daarna ging hij.\r\n| Foto van de dag. |\r\n';
    const tree = run(text, 'nl');
    assert.equal(nlcstToString(tree), text);
    const nodes = sentenceNodes(tree);
    assert.deepEqual(nodes.map((node) => node.data?.kind), ['boilerplate', 'body', 'body', 'caption']);
    assert.deepEqual(nodes[3]?.position?.start, { line: 4, column: 1, offset: text.indexOf('|') });
    assert.equal(tree.children.filter((child) => child.type === 'ParagraphNode').length, 3);
  });

  it('works in a plain unified pipeline with retext-latin, Arabic and a BOM included', () => {
    const text = '\ufeffهل ستتحول الصين؟ إن هذا السؤال مهم.\nمصدر';
    const processor = unified().use(retextLatin).use(retextAnchoralign, { lang: 'ar' });
    const tree = processor.runSync(processor.parse(text), text) as Root;
    const nodes = sentenceNodes(tree);
    assert.deepEqual(
      nodes.map((node) => [node.position?.start.offset, node.position?.end.offset, node.data?.kind]),
      segment(text, { lang: 'ar' }).map((s) => [s.start, s.end, s.kind]),
    );
    assert.deepEqual(nodes.map((node) => node.data?.kind), ['body', 'body', 'boilerplate']);
    assert.equal(nlcstToString(tree), text);
  });

  it('rejects bad options like segment()', () => {
    assert.throws(() => retext().use(retextAnchoralign, { lang: 3 as never }).freeze(), { name: 'TypeError', message: /^lang/ });
  });
});
