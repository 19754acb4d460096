import { LineIndex } from '../segment/position.js';

export { LineIndex };

const cache = new WeakMap<object, LineIndex>();

/** A cached {@link LineIndex} for a document (keyed by the document object). */
export function lineIndexOf(document: { text: string }): LineIndex {
  let index = cache.get(document);
  if (!index) {
    index = new LineIndex(document.text);
    cache.set(document, index);
  }
  return index;
}
