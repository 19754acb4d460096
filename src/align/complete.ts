/**
 * Alignment through the other versions. Between separate articles a sentence links only on evidence of
 * its own, and a sentence whose one shared fact differs (or that shares little but words) keeps too
 * little. With three or more versions, a pair x–z that shares some evidence of its own and that a third
 * version joins (x–y and y–z, linked or sharing evidence too) is one statement told three times: it
 * becomes a link, scored as the two kinds of evidence combined.
 *
 * @module
 */
import type { Alignment, Link } from '../types.js';
import type { WeakCandidate } from './comparable.js';

/** The pairs as `alignPairs` builds them: `first` < `second` index the documents of sides A and B. */
interface CompletablePair {
  first: number;
  second: number;
  alignment: Alignment;
  oneToOneLinks: readonly Link[];
  weak?: readonly WeakCandidate[];
  /** The lower confidence clusters merge some links by (see `AlignedPair.mergeScores`); completed links get theirs. */
  mergeScores?: Map<Link, number>;
}

/** A completed link needs at least this confidence: the comparable aligner's own default floor. */
const minCompletedScore = 0.5;
/** The weaker of the two edges through the third version must reach this (each its link or candidate score). */
const minPathScore = 0.3;

/** A link or weak candidate as an edge; `merge` the confidence clusters merge a link by, when lower. */
interface Edge {
  other: number;
  score: number;
  merge?: number;
}

/** One pair's one-to-one links and weak candidates, by sentence, for looking up edges. */
interface PairIndex {
  linkOfA: Map<number, Edge>;
  linkOfB: Map<number, Edge>;
  weakOfA: Map<number, Array<{ other: number; score: number }>>;
  weakOfB: Map<number, Array<{ other: number; score: number }>>;
}

function indexPair(pair: CompletablePair): PairIndex {
  const index: PairIndex = { linkOfA: new Map(), linkOfB: new Map(), weakOfA: new Map(), weakOfB: new Map() };
  for (const link of pair.oneToOneLinks) {
    if (link.a.length !== 1 || link.b.length !== 1) continue;
    const merge = pair.mergeScores?.get(link);
    index.linkOfA.set(link.a[0]!, { other: link.b[0]!, score: link.score, ...(merge === undefined ? {} : { merge }) });
    index.linkOfB.set(link.b[0]!, { other: link.a[0]!, score: link.score, ...(merge === undefined ? {} : { merge }) });
  }
  const push = (map: PairIndex['weakOfA'], key: number, other: number, score: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [{ other, score }]);
    else list.push({ other, score });
  };
  for (const { x, y, score } of pair.weak ?? []) {
    push(index.weakOfA, x, y, score);
    push(index.weakOfB, y, x, score);
  }
  return index;
}

/** A pair with its index, keyed by its two documents. */
interface IndexedPair {
  pair: CompletablePair;
  index: PairIndex;
}

/** A weak candidate x–z of a pair that a third version vouches for, with the scores it would link by. */
interface Promotion {
  entry: IndexedPair;
  x: number;
  z: number;
  score: number;
  merge: number;
}

/** Every weak candidate of a comparable pair whose path through a third version makes it a link (see the module comment). */
function promotionsThroughOthers(documentCount: number, byDocuments: ReadonlyMap<string, IndexedPair>): Promotion[] {
  // Partners of sentence s of document d in document e: linked (its one link) or weak candidates.
  const partners = (d: number, s: number, e: number): Edge[] => {
    const entry = byDocuments.get(d < e ? `${d}:${e}` : `${e}:${d}`);
    if (entry === undefined) return [];
    const { index } = entry;
    const link = (d < e ? index.linkOfA : index.linkOfB).get(s);
    if (link !== undefined) return [link];
    return (d < e ? index.weakOfA : index.weakOfB).get(s) ?? [];
  };
  const edgeTo = (d: number, s: number, e: number, t: number) => partners(d, s, e).find((p) => p.other === t);
  const edge = (d: number, s: number, e: number, t: number) => edgeTo(d, s, e, t)?.score ?? 0;
  const mergeEdge = (d: number, s: number, e: number, t: number) => {
    const found = edgeTo(d, s, e, t);
    return found === undefined ? 0 : (found.merge ?? found.score);
  };
  // The link of sentence s of document d in document e, if it has one.
  const linkOf = (d: number, s: number, e: number) => {
    const entry = byDocuments.get(d < e ? `${d}:${e}` : `${e}:${d}`);
    return entry === undefined ? undefined : (d < e ? entry.index.linkOfA : entry.index.linkOfB).get(s);
  };
  // The surest path of two links from sentence x of document i to a sentence of document k other than z.
  const contradictingPath = (i: number, x: number, k: number, z: number) => {
    let best = 0;
    for (let j = 0; j < documentCount; j++) {
      if (j === i || j === k) continue;
      const first = linkOf(i, x, j);
      const second = first === undefined ? undefined : linkOf(j, first.other, k);
      if (first !== undefined && second !== undefined && second.other !== z) best = Math.max(best, Math.min(first.score, second.score));
    }
    return best;
  };
  const promotions: Promotion[] = [];
  for (const entry of byDocuments.values()) {
    const { pair } = entry;
    if (pair.alignment.mode !== 'comparable' || pair.weak === undefined) continue;
    const [i, k] = [pair.first, pair.second];
    for (const { x, y: z, score } of pair.weak) {
      let path = 0;
      // The same path through the confidences clusters merge by: what the completed link merges by.
      let mergePath = 0;
      for (let j = 0; j < documentCount; j++) {
        if (j === i || j === k) continue;
        for (const { other: y, score: xy, merge } of partners(i, x, j)) {
          path = Math.max(path, Math.min(xy, edge(j, y, k, z)));
          mergePath = Math.max(mergePath, Math.min(merge ?? xy, mergeEdge(j, y, k, z)));
        }
      }
      if (path < minPathScore) continue;
      // Links through a third version that lead x to another sentence of document k say it tells
      // something else: as sure a path elsewhere outweighs the path here.
      if (Math.max(contradictingPath(i, x, k, z), contradictingPath(k, z, i, x)) >= path) continue;
      const combined = 1 - (1 - score) * (1 - path);
      const merge = Math.round((1 - (1 - score) * (1 - mergePath)) * 1000) / 1000;
      if (combined >= minCompletedScore) promotions.push({ entry, x, z, score: Math.round(combined * 1000) / 1000, merge });
    }
  }
  return promotions;
}

/**
 * Adds to comparable pairs the links their weak candidates earn through a third version (see the
 * module comment). Pairs are changed in place (their `alignment.links` and `oneToOneLinks` replaced).
 */
export function completeThroughOthers(documentCount: number, pairs: CompletablePair[]): void {
  if (documentCount < 3) return;
  const byDocuments = new Map<string, IndexedPair>();
  for (const pair of pairs) byDocuments.set(`${pair.first}:${pair.second}`, { pair, index: indexPair(pair) });
  const promotions = promotionsThroughOthers(documentCount, byDocuments);
  promotions.sort((p, q) => q.score - p.score || p.entry.pair.first - q.entry.pair.first || p.entry.pair.second - q.entry.pair.second || p.x - q.x || p.z - q.z);
  const added = new Map<CompletablePair, Link[]>();
  for (const { entry, x, z, score, merge } of promotions) {
    const { index, pair } = entry;
    if (index.linkOfA.has(x) || index.linkOfB.has(z)) continue;
    index.linkOfA.set(x, { other: z, score });
    index.linkOfB.set(z, { other: x, score });
    const link: Link = { a: [x], b: [z], score };
    if (merge < score) (pair.mergeScores ??= new Map()).set(link, merge);
    const list = added.get(pair);
    if (list === undefined) added.set(pair, [link]);
    else list.push(link);
  }
  for (const [pair, links] of added) {
    const all = [...pair.alignment.links, ...links].sort((p, q) => p.a[0]! - q.a[0]!);
    pair.alignment = { ...pair.alignment, links: all };
    pair.oneToOneLinks = all;
  }
}
