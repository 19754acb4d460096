import type { SegmentedDocument, SentenceKind } from '../types.js';
import { bodyClass, excludedClass, headingClass } from './cost.js';

/**
 * Which sentences may share a bead: body with body, heading with heading, caption with caption, and
 * (1-1 only, at a cost: see `kindChangeCost`) a heading with a body sentence.
 * Boilerplate takes part in nothing, so it can never steal a link from the article.
 */
const classOfKind: Record<SentenceKind, number> = { boilerplate: excludedClass, body: bodyClass, heading: headingClass, caption: 3 };

/** Class of every sentence of `doc` (see {@link excludedClass}). */
export function sentenceClasses(doc: SegmentedDocument): Uint8Array {
  const classes = new Uint8Array(doc.sentences.length);
  doc.sentences.forEach((sentence, index) => {
    classes[index] = classOfKind[sentence.kind] ?? bodyClass;
  });
  return classes;
}
