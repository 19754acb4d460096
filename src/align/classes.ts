import type { SegmentedDocument, SentenceKind } from '../types.js';
import { excludedClass } from './cost.js';

/**
 * Which sentences may share a bead: body with body, heading with heading, caption with caption.
 * Boilerplate takes part in nothing, so it can never steal a link from the article.
 */
const classOfKind: Record<SentenceKind, number> = { boilerplate: excludedClass, body: 1, heading: 2, caption: 3 };

/** Class of every sentence of `doc` (see {@link excludedClass}). */
export function sentenceClasses(doc: SegmentedDocument): Uint8Array {
  const classes = new Uint8Array(doc.sentences.length);
  doc.sentences.forEach((sentence, index) => {
    classes[index] = classOfKind[sentence.kind] ?? 1;
  });
  return classes;
}
