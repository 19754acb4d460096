/**
 * Parallel mode: a monotone path of beads through the documents (a translation).
 *
 * @module
 */
import type { Link } from '../types.js';
import { bandAroundChain, bandAroundPath, findUniqueMatches, monotoneChain } from './band.js';
import { beadConfidence, beadEvidence, type CostModel } from './cost.js';
import { sharedWeight } from './features.js';
import type { BeadType } from './options.js';
import { search } from './search.js';
import { traceback, type PathBead } from './traceback.js';

/**
 * Beads of the best monotone path, searched in a band around the confident anchor chain (or around
 * `guide`, a path from an earlier pass); widens the band when the path runs along its edge.
 */
export function alignParallel(model: CostModel, beads: readonly BeadType[], bandWidth: number, guide?: readonly PathBead[]): PathBead[] {
  const n = model.classA.length;
  const m = model.classB.length;
  if (n === 0 && m === 0) return [];
  const chain = guide ? [] : monotoneChain(findUniqueMatches(model.features));
  let width = guide ? Math.max(4, Math.ceil(bandWidth / 3)) : bandWidth;
  let around = guide;
  for (let attempt = 0; ; attempt++) {
    const band = around ? bandAroundPath(n, m, around, width) : bandAroundChain(n, m, chain, width);
    const path = traceback(search(model, beads, band));
    if (attempt >= 3 || band.size === (n + 1) * (m + 1) || !touchesEdge(path, band.lo, band.hi, m)) return path;
    // The path ran along the band's edge: search again in a band centred on it, a little wider.
    around = path;
    width = Math.ceil(width * 1.5);
  }
}

/**
 * Whether a bead that links sentences ends within two cells of the band's edge. Skip beads do not
 * count: where nothing matches, every staircase of skips costs the same and the search's tie-break
 * lays it along an edge, which says nothing about matches outside the band (between two unrelated
 * articles nearly every bead would touch it, and each widening would be wasted).
 */
function touchesEdge(path: readonly PathBead[], lo: Int32Array, hi: Int32Array, m: number): boolean {
  for (const bead of path) {
    if (bead.aCount === 0 || bead.bCount === 0) continue;
    const i = bead.aStart + bead.aCount;
    const j = bead.bStart + bead.bCount;
    if ((lo[i]! > 0 && j - lo[i]! < 2) || (hi[i]! < m && hi[i]! - j < 2)) return true;
  }
  return false;
}

/** Turns the path's beads with sentences on both sides into links with confidences. */
export function pathToLinks(model: CostModel, path: readonly PathBead[], minScore: number): Link[] {
  const { a, b, weights } = model.features;
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
  const links: Link[] = [];
  for (const bead of path) {
    if (bead.aCount === 0 || bead.bCount === 0) continue;
    const score = beadConfidence(beadEvidence(model, bead.aStart, bead.aCount, bead.bStart, bead.bCount, shared));
    if (score < minScore) continue;
    links.push({ a: range(bead.aStart, bead.aCount), b: range(bead.bStart, bead.bCount), score });
  }
  return links;
}

export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}

