import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { align, type SegmentedDocument, toSegmentedDocument } from '../../src/index.js';

const corpusDir = fileURLToPath(new URL('../../corpora/spring-meeting-2025/', import.meta.url));
const read = (lang: string) => toSegmentedDocument({ text: readFileSync(`${corpusDir}${lang}.txt`, 'utf8'), lang });

/** The body sentences of a document as a pre-segmented document, in the order given. */
function bodySentences(doc: SegmentedDocument, order?: (indices: number[]) => number[]): { sentences: string[]; lang: string } {
  const body = doc.sentences.filter((s) => s.kind === 'body').map((s) => s.index);
  return { sentences: (order ? order(body) : body).map((index) => doc.sentences[index]!.text), lang: doc.lang };
}

/** Blocks of `size` sentences, in a fixed scrambled order (every third block first, and so on). */
function scrambleBlocks(indices: number[], size: number): number[] {
  const blocks: number[][] = [];
  for (let k = 0; k < indices.length; k += size) blocks.push(indices.slice(k, k + size));
  const order = [0, 1, 2].flatMap((start) => blocks.filter((_, k) => k % 3 === start).reverse());
  return order.flat();
}

describe('align: auto mode decides from the order of what the versions share', () => {
  const dutch = read('nl');
  const arabic = read('ar');

  it('aligns a translation as a translation and says why', () => {
    const result = align(bodySentences(dutch), bodySentences(arabic));
    assert.equal(result.mode, 'parallel');
    assert.match(result.modeReason ?? '', /in order.*a translation/);
    const parallel = align(bodySentences(dutch), bodySentences(arabic), { mode: 'parallel' });
    assert.deepEqual(result.links, parallel.links);
  });

  it('takes the same translation with its paragraphs scrambled for two articles', () => {
    const result = align(bodySentences(dutch), bodySentences(arabic, (body) => scrambleBlocks(body, 3)));
    assert.equal(result.mode, 'comparable');
    assert.match(result.modeReason ?? '', /no particular order/);
  });

  it('aligns a few sentences in order as a translation, since the order test cannot judge so few', () => {
    const result = align(bodySentences(dutch, (body) => body.slice(0, 6)), bodySentences(arabic, (body) => body.slice(0, 6)));
    assert.equal(result.mode, 'parallel');
    assert.match(result.modeReason ?? '', /too few sentences/);
  });

  it('takes a few sentences whose best matches stand in another order for two articles', () => {
    const result = align(bodySentences(dutch, (body) => body.slice(0, 6)), bodySentences(arabic, (body) => body.slice(0, 6).reverse()));
    assert.equal(result.mode, 'comparable');
    assert.match(result.modeReason ?? '', /best match out of the order/);
  });

  it('keeps a translation with one sentence pair swapped a translation (one best match out of order is not enough)', () => {
    const swapOne = (body: number[]) => [body[1]!, body[0]!, ...body.slice(2, 10)];
    const result = align(bodySentences(dutch, (body) => body.slice(0, 10)), bodySentences(arabic, swapOne));
    assert.equal(result.mode, 'parallel');
  });

  it('says when the mode was asked for', () => {
    assert.match(align(bodySentences(dutch), bodySentences(arabic), { mode: 'comparable' }).modeReason ?? '', /asked for/);
    assert.match(align(bodySentences(dutch), bodySentences(arabic), { mode: 'parallel' }).modeReason ?? '', /asked for/);
  });
});
