// What the aligner takes from the other stages, in one place.
// INTERIM (anchors): the anchor extractor (src/anchors) is being built at the same time; until it lands
// this file holds the thinnest stand-ins with its agreed signatures.
import type { Anchor } from '../types.js';

export { toSegmentedDocument } from '../segment/index.js';

/** Stand-in for the anchors stage's gazetteer type. */
export type Gazetteer = { lookup(key: string): unknown };

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
