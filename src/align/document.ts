import type { DocumentInput, SegmentedDocument } from '../types.js';
import { toSegmentedDocument } from './deps.js';
import { describe } from './options.js';

/**
 * Turns a {@link DocumentInput} into a {@link SegmentedDocument} (segmenting raw text with the
 * segmenter of its language).
 *
 * @param name The argument's name, used in error messages (`a`, `b`, `docs[2]`).
 * @throws {TypeError} when `input` is not a document.
 */
export function resolveDocument(input: DocumentInput, name: string): SegmentedDocument {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(`${name} must be a document ({ text, lang } or { sentences, lang }), got ${describe(input)}`);
  }
  const record = input as unknown as Record<string, unknown>;
  if (typeof record.lang !== 'string' || record.lang.trim() === '') {
    throw new TypeError(`${name}.lang must be a non-empty language code, got ${describe(record.lang)}`);
  }
  if (!('text' in record) && !('sentences' in record)) {
    throw new TypeError(`${name} must have \`text\` or \`sentences\``);
  }
  if ('text' in record && typeof record.text !== 'string') {
    throw new TypeError(`${name}.text must be a string, got ${describe(record.text)}`);
  }
  if ('sentences' in record && !Array.isArray(record.sentences)) {
    throw new TypeError(`${name}.sentences must be an array, got ${describe(record.sentences)}`);
  }
  try {
    return toSegmentedDocument(input);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(error.message.replace(/^input\b/, name));
    throw error;
  }
}
