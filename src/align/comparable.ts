/**
 * Comparable mode: two articles on one event. Sentences may match in any order or not at all, so
 * instead of a path we score candidate pairs that share rare features and keep a one-to-one set of
 * the most confident ones.
 *
 * @module
 */
import type { Link } from '../types.js';
import { beadConfidence, beadEvidence, excludedClass, type CostModel } from './cost.js';
import { sharedWeight } from './features.js';

/** Features shared by more sentences than this in B are too common to propose candidates. */
const maxPostingLength = 64;
/**
 * How much a rival costs a candidate: its score is multiplied by `1 − rivalDiscount · rival`, where
 * `rival` is the best other candidate of either sentence. Between two articles on one topic, a sentence
 * shares a number or a name with several sentences of the other by chance; a real match stands out.
 */
export const rivalDiscount = 0.3;
/**
 * A neighbour along a run becomes a link only with at least this confidence of its own: the run's
 * credit alone linked pairs right a third of the time on the NTREX comparable simulation, where a moved
 * block is three sentences and the ones around it were dropped.
 */
const minRunOwnScore = 0.4;
/** Candidates scoring below this are not links, but still count as rivals. */
const minRivalScore = 0.3;

/**
 * Candidate pairs (sentences sharing a rare feature) scored by their own evidence, discounted by their
 * best rival (see {@link rivalDiscount}); greedy one-to-one above `minScore`; then runs are followed: the neighbours of a link along the diagonal (the next
 * sentence of each article) become a link too when their lengths agree and they share some evidence of
 * their own, since moved paragraphs keep their inner order. `kept` links (confident beads of a monotone path) are taken first, as they are.
 */
export function alignComparable(model: CostModel, minScore: number, kept: readonly Link[] = [], weak?: WeakCandidate[]): Link[] {
  const { a, b, weights } = model.features;
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
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
  const touched = new Set<number>();
  a.features.forEach((ids, x) => {
    const cls = model.classA[x];
    if (cls === excludedClass) return;
    touched.clear();
    for (const id of ids) {
      const list = postings.get(id);
      if (!list || list.length > maxPostingLength) continue;
      for (const y of list) if (model.classB[y] === cls) touched.add(y);
    }
    for (const y of touched) {
      const score = beadConfidence(beadEvidence(model, x, 1, y, 1, shared));
      if (score >= minRivalScore) candidates.push({ x, y, score });
    }
  });
  discountRivals(candidates);
  const strong = candidates.filter((candidate) => candidate.score >= minScore);
  strong.sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  const linkOfA = new Int32Array(a.features.length).fill(-1);
  const usedB = new Uint8Array(b.features.length);
  const links: Link[] = [];
  const accept = (x: number, y: number, score: number) => {
    linkOfA[x] = links.length;
    usedB[y] = 1;
    links.push({ a: [x], b: [y], score });
  };
  for (const link of kept) {
    for (const x of link.a) linkOfA[x] = links.length;
    for (const y of link.b) usedB[y] = 1;
    links.push(link);
  }
  for (const { x, y, score } of strong) if (linkOfA[x]! < 0 && !usedB[y]) accept(x, y, score);
  // Follow runs along the diagonal from every link, in both directions.
  for (let k = 0; k < links.length; k++) {
    const seed = links[k]!;
    if (seed.a.length !== 1 || seed.b.length !== 1) continue;
    for (const step of [1, -1]) {
      let x = seed.a[0]! + step;
      let y = seed.b[0]! + step;
      let previous = seed.score;
      while (x >= 0 && y >= 0 && x < linkOfA.length && y < usedB.length && linkOfA[x]! < 0 && !usedB[y]) {
        const cls = model.classA[x];
        if (cls === excludedClass || model.classB[y] !== cls) break;
        const evidence = beadEvidence(model, x, 1, y, 1, shared);
        const own = beadConfidence(evidence);
        if (own < minRunOwnScore) break;
        const score = Math.round((own + (1 - own) * 0.5 * previous * Math.exp(-evidence.lengthTerm / 2)) * 1000) / 1000;
        if (score < minScore) break;
        accept(x, y, score);
        previous = score;
        x += step;
        y += step;
      }
    }
  }
  // Pairs left out for want of evidence, both sentences unlinked: other versions may vouch for them.
  if (weak) for (const { x, y, score } of candidates) if (score < minScore && linkOfA[x]! < 0 && !usedB[y]) weak.push({ x, y, score });
  return links.sort((p, q) => p.a[0]! - q.a[0]!);
}

/** A sentence pair that shares evidence but too little to link (sentence x of A, y of B). */
export interface WeakCandidate {
  x: number;
  y: number;
  score: number;
}

/** Lowers each candidate's score by the best rival of either of its sentences (see {@link rivalDiscount}). */
export function discountRivals(candidates: Array<{ x: number; y: number; score: number }>): void {
  const bestTwoOfA = new Map<number, [number, number]>();
  const bestTwoOfB = new Map<number, [number, number]>();
  const note = (map: Map<number, [number, number]>, sentence: number, score: number) => {
    const best = map.get(sentence);
    if (!best) map.set(sentence, [score, 0]);
    else if (score > best[0]) map.set(sentence, [score, best[0]]);
    else if (score > best[1]) best[1] = score;
  };
  for (const { x, y, score } of candidates) {
    note(bestTwoOfA, x, score);
    note(bestTwoOfB, y, score);
  }
  // The best other candidate: the runner-up when this one is the best, else the best.
  const rivalOf = (best: [number, number], score: number) => (best[0] === score ? best[1] : best[0]);
  for (const candidate of candidates) {
    const rival = Math.max(rivalOf(bestTwoOfA.get(candidate.x)!, candidate.score), rivalOf(bestTwoOfB.get(candidate.y)!, candidate.score));
    candidate.score = Math.round(candidate.score * (1 - rivalDiscount * rival) * 1000) / 1000;
  }
}
