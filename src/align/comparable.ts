/**
 * Comparable mode: two articles on one event. Sentences may match in any order or not at all, so
 * instead of a path we score candidate pairs that share rare features and keep a one-to-one set of
 * the most confident ones.
 *
 * @module
 */
import type { Link } from '../types.js';
import { excludedClass, type CostModel } from './cost.js';

/** Features shared by more sentences than this in B are too common to propose candidates. */
const maxPostingLength = 64;

/** Candidate pairs scored by rarity-weighted overlap; greedy one-to-one above `minScore`. */
export function alignComparable(model: CostModel, minScore: number): Link[] {
  const { a, b, weights } = model.features;
  const postings = new Map<number, number[]>();
  b.features.forEach((ids, y) => {
    if (model.classB[y] === excludedClass) return;
    for (const id of ids) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      if (list.length <= maxPostingLength) list.push(y);
    }
  });
  const candidates: Array<{ x: number; y: number; score: number }> = [];
  const common = new Map<number, number>();
  a.features.forEach((ids, x) => {
    const cls = model.classA[x];
    if (cls === excludedClass) return;
    common.clear();
    for (const id of ids) {
      const list = postings.get(id);
      if (!list || list.length > maxPostingLength) continue;
      for (const y of list) if (model.classB[y] === cls) common.set(y, (common.get(y) ?? 0) + weights[id]!);
    }
    for (const [y, shared] of common) {
      const score = pairConfidence(shared, a.weightTotals[x]!, b.weightTotals[y]!);
      if (score >= minScore) candidates.push({ x, y, score });
    }
  });
  candidates.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const usedA = new Uint8Array(a.features.length);
  const usedB = new Uint8Array(b.features.length);
  const links: Link[] = [];
  for (const { x, y, score } of candidates) {
    if (usedA[x] || usedB[y]) continue;
    usedA[x] = 1;
    usedB[y] = 1;
    links.push({ a: [x], b: [y], score });
  }
  return links.sort((p, q) => p.a[0]! - q.a[0]!);
}

/**
 * Confidence that two sentences of different articles report the same fact: their Dice overlap,
 * discounted when the shared evidence is thin (one common word is not a match).
 */
export function pairConfidence(shared: number, totalA: number, totalB: number): number {
  if (shared <= 0 || totalA + totalB <= 0) return 0;
  const dice = Math.min(1, (2 * shared) / (totalA + totalB));
  const strength = 1 - Math.exp(-shared / 12);
  return Math.round(Math.sqrt(dice) * strength * 1000) / 1000;
}
