// Segments a document written in HTML or Markdown: the markup is read into text first, its blocks give
// sentences their kind, and the document keeps the file so reports can point into it.
import { readHtml, readMarkdown } from '../formats/index.js';
import type { InputFormat, OriginalText, SegmentedDocument } from '../types.js';
import { segment, type SegmentOptions } from './segment.js';

/**
 * Segments `source`, written in `format`, into a {@link SegmentedDocument}. For `html` and `markdown`
 * the document's `text` is the text read out of the markup (see `readHtml`, `readMarkdown`), its
 * sentences point into that text, and `original` holds `source` with the map back into it. A sentence
 * in a block the markup marks (`<h2>`, `<figcaption>`, `<nav>`, `# Heading`) takes that block's kind;
 * other sentences are classified as in plain text.
 *
 * @throws {TypeError} when `source` is not a string or `format` is not `text`, `html` or `markdown`.
 *
 * @example
 * ```ts
 * const page = segmentFormatted('<nav>Home</nav><p>Er kwamen 37 mensen &amp; 2 honden.</p>', 'html', { lang: 'nl' });
 * page.sentences.map((s) => [s.kind, s.text]); // → [['boilerplate', 'Home'], ['body', 'Er kwamen 37 mensen & 2 honden.']]
 * toOriginalSpan(page, page.sentences[1]!); // → { start: 18, end: 54 }: the sentence in the HTML
 * ```
 */
export function segmentFormatted(source: string, format: InputFormat, options: SegmentOptions & { lang: string; path?: string }): SegmentedDocument {
  if (typeof source !== 'string') throw new TypeError(`text must be a string, got ${source === null ? 'null' : typeof source}`);
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const withPath = (document: SegmentedDocument): SegmentedDocument => (options.path === undefined ? document : { path: options.path, ...document });
  if (format === 'text') return withPath({ lang: options.lang, text, sentences: segment(text, options) });
  if (format !== 'html' && format !== 'markdown') {
    throw new TypeError(`format must be text, html or markdown, got ${typeof format === 'string' ? JSON.stringify(format) : typeof format}`);
  }
  const read = format === 'html' ? readHtml(text) : readMarkdown(text);
  const sentences = segment(read.text, options);
  let block = 0;
  for (const sentence of sentences) {
    while (block < read.blocks.length && read.blocks[block]!.end <= sentence.start) block++;
    const kind = read.blocks[block]?.kind;
    if (kind !== undefined) sentence.kind = kind;
  }
  const original: OriginalText = { format, text, offsets: read.offsets };
  return withPath({ lang: options.lang, text: read.text, sentences, original });
}
