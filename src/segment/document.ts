import type { DocumentInput, SegmentedDocument, Sentence } from '../types.js';
import { segmentFormatted } from './formatted.js';
import { describe, segment } from './segment.js';

const BOM = '\ufeff';

/**
 * Turns any accepted document input into a {@link SegmentedDocument}:
 * - `{ text, lang }` — drops a leading BOM, then segments the text with the rules of `lang`; all offsets
 *   point into the BOM-less text, which is the result's `text`;
 * - `{ text, lang, format: 'html' | 'markdown' }` — reads the markup first (see `segmentFormatted`): the
 *   result's `text` is the text read, and its `original` the file with the map back into it;
 * - `{ sentences: string[], lang }` (pre-segmented) — the text is the sentences joined with `\n`, each
 *   sentence is its own paragraph and of kind `body`;
 * - a `SegmentedDocument` (it has both `text` and `sentences`) — checked and returned as is.
 *
 * @throws {TypeError} naming the bad argument (`input`, `input.lang`, `input.text`, `input.sentences[3]`, …).
 */
export function toSegmentedDocument(input: DocumentInput): SegmentedDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`input must be a document object ({ text, lang } or { sentences, lang }), got ${describe(input)}`);
  }
  const { lang, path } = input as { lang?: unknown; path?: unknown };
  if (typeof lang !== 'string' || lang.trim() === '') {
    throw new TypeError(`input.lang must be a non-empty language code, got ${describe(lang)}`);
  }
  if (path !== undefined && typeof path !== 'string') throw new TypeError(`input.path must be a string, got ${describe(path)}`);
  const withPath = <T extends object>(doc: T): T => (path === undefined ? doc : { path, ...doc });

  const hasText = 'text' in input;
  const hasSentences = 'sentences' in input;
  if (hasText && hasSentences) {
    checkSegmentedDocument(input as SegmentedDocument);
    return input as SegmentedDocument;
  }
  if (hasSentences) {
    const given = (input as { sentences: unknown }).sentences;
    if (!Array.isArray(given)) throw new TypeError(`input.sentences must be an array of strings, got ${describe(given)}`);
    const sentences: Sentence[] = [];
    let offset = 0;
    given.forEach((sentenceText: unknown, index: number) => {
      if (typeof sentenceText !== 'string') {
        throw new TypeError(`input.sentences[${index}] must be a string, got ${describe(sentenceText)}`);
      }
      if (index > 0) offset++;
      sentences.push({ index, start: offset, end: offset + sentenceText.length, text: sentenceText, paragraph: index, kind: 'body' });
      offset += sentenceText.length;
    });
    return withPath({ lang, text: (given as string[]).join('\n'), sentences });
  }
  if (hasText) {
    const raw = (input as { text: unknown }).text;
    if (typeof raw !== 'string') throw new TypeError(`input.text must be a string, got ${describe(raw)}`);
    const format = (input as { format?: unknown }).format;
    if (format !== undefined && format !== 'text') {
      if (format !== 'html' && format !== 'markdown') throw new TypeError(`input.format must be text, html or markdown, got ${describe(format)}`);
      return segmentFormatted(raw, format, { lang, ...(path === undefined ? {} : { path }) });
    }
    const text = raw.startsWith(BOM) ? raw.slice(1) : raw;
    return withPath({ lang, text, sentences: segment(text, { lang }) });
  }
  throw new TypeError('input must have `text` or `sentences`');
}

/** Checks that a document's sentences point into its text, in order, without overlap. */
function checkSegmentedDocument(doc: SegmentedDocument): void {
  if (typeof doc.text !== 'string') throw new TypeError(`input.text must be a string, got ${describe(doc.text)}`);
  if (!Array.isArray(doc.sentences)) throw new TypeError(`input.sentences must be an array, got ${describe(doc.sentences)}`);
  let previousEnd = 0;
  doc.sentences.forEach((sentence, index) => {
    const name = `input.sentences[${index}]`;
    if (typeof sentence !== 'object' || sentence === null) throw new TypeError(`${name} must be a sentence object, got ${describe(sentence)}`);
    const { start, end, text } = sentence;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end < start || end > doc.text.length) {
      throw new TypeError(`${name} has offsets ${String(start)}–${String(end)} outside the text or out of order`);
    }
    if (text !== doc.text.slice(start, end)) throw new TypeError(`${name}.text is not input.text.slice(start, end)`);
    previousEnd = end;
  });
}
