// The stages the checker stands on, in one place. INTERIM stand-ins for the anchors stage (being built
// at the same time) keep the checker compiling; they are replaced by re-exports when it lands.
import type { Anchor } from '../types.js';

export { toSegmentedDocument } from '../segment/index.js';
export { align } from '../align/index.js';

/** Stand-in for the anchors stage's gazetteer. */
export type Gazetteer = { lookup(key: string): unknown };

/** Stand-in: an empty gazetteer with the extra entries ignored. */
export function createGazetteer(_extraEntries?: readonly unknown[]): Gazetteer {
  return { lookup: () => undefined };
}

/** Stand-in: no anchors. */
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
