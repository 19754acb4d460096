// INTERIM: the segmenter (src/segment) and the anchor extractor (src/anchors) are being built at the
// same time. This file holds the thinnest stand-ins with their agreed signatures; it is replaced by
// re-exports of the real modules as soon as they land.
import type { Anchor, DocumentInput, SegmentedDocument, Sentence } from '../types.js';

/** Stand-in for the anchors stage's gazetteer type. */
export type Gazetteer = { lookup(key: string): unknown };

/** Pre-segmented and already segmented input only; raw text is split at line breaks. */
export function toSegmentedDocument(input: DocumentInput): SegmentedDocument {
  if ('sentences' in input && !('text' in input)) {
    const sentences: Sentence[] = [];
    let offset = 0;
    const parts = input.sentences;
    for (let index = 0; index < parts.length; index++) {
      const text = String(parts[index]);
      sentences.push({ index, start: offset, end: offset + text.length, text, paragraph: index, kind: 'body' });
      offset += text.length + 1;
    }
    return { lang: input.lang, text: parts.join('\n'), sentences, ...(input.path ? { path: input.path } : {}) };
  }
  if ('sentences' in input) return input as SegmentedDocument;
  const text = input.text;
  const sentences: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const s = start + line.indexOf(trimmed);
      sentences.push({ index: sentences.length, start: s, end: s + trimmed.length, text: trimmed, paragraph, kind: 'body' });
      paragraph++;
    }
    start += line.length + 1;
  }
  return { lang: input.lang, text, sentences };
}

/** Stand-in: no anchors (the aligner's own features still see digits and capitals). */
export function extractAnchors(
  _sentence: string | { text: string; start: number },
  _options: { lang: string; gazetteer?: Gazetteer; knownNames?: readonly string[] },
): Anchor[] {
  return [];
}

/** Stand-in key: lower case without diacritics. */
export function entityKey(name: string, _lang: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Stand-in: 1 for equal keys, else 0. */
export function nameSimilarity(keyA: string, keyB: string): number {
  return keyA === keyB ? 1 : 0;
}
