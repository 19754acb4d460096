/**
 * Parallel mode: a monotone path of beads through the documents (a translation).
 *
 * @module
 */
import type { Link } from '../types.js';
import { bandAroundChain, bandAroundPath, findUniqueMatches, monotoneChain } from './band.js';
import { beadConfidence, beadEvidence, boundedRatio, type CostModel, ratioOfOneToOne } from './cost.js';
import { sharedWeight } from './features.js';
import type { BeadType } from './options.js';
import { search, SearchScratch } from './search.js';
import { traceback, type PathBead } from './traceback.js';

/**
 * Spread (rms of log(lenB / (c·lenA))) of the lengths of one translated sentence pair about the
 * pair's ratio c: 0.15–0.20 on the 1-1 gold beads of each NTREX dev 1–31 language pair.
 */
export const sentenceLengthSpread = 0.18;
/** A path's ratio closer than this (|log|) to the one searched with never calls for another search. */
export const minRatioRefit = 0.02;

/**
 * 1-1 beads from this confidence read a path's length ratio: between two separate articles the path's
 * weaker beads are chance pairs, and a ratio read from them moved comparable matching (as the first
 * pass's links count as evidence of the pair's merges and teach the refinement from 0.5).
 */
export const ratioEvidenceMinScore = 0.5;

/**
 * Beads of the best monotone path, searched in a band around the confident anchor chain (or around
 * `guide`, a path from an earlier pass); widens the band when the path runs along its edge.
 *
 * The length ratio a search prices lengths with is an estimate: from a few anchor matches or the
 * documents' totals in a first search (one sentence deleted from one side moves them; on NTREX dev
 * 1–31 it was off the gold ratio by 17% rms), from the links of the search before in a refining one.
 * When the path's own confident 1-1 beads (each counted by its confidence) read a ratio further from it
 * than their standard error (the spread of one pair over √count) and {@link minRatioRefit}, the search
 * runs once more with theirs (held near `model.expectedRatio`, when the model has one). `scratch` lends
 * the searches their per-cell arrays (see {@link SearchScratch}).
 */
export function alignParallel(
  model: CostModel,
  beads: readonly BeadType[],
  bandWidth: number,
  guide?: readonly PathBead[],
  scratch: SearchScratch = new SearchScratch(),
): PathBead[] {
  const path = searchInBand(model, beads, bandWidth, guide, scratch);
  const links = pathToLinks(model, path, ratioEvidenceMinScore).filter((link) => link.a.length === 1 && link.b.length === 1);
  if (links.length === 0) return path;
  const ratio = boundedRatio(ratioOfOneToOne(model, links), model.expectedRatio);
  const tolerance = Math.max(minRatioRefit, sentenceLengthSpread / Math.sqrt(links.length));
  if (Math.abs(Math.log(ratio / model.ratio)) <= tolerance) return path;
  return searchInBand({ ...model, ratio }, beads, bandWidth, guide, scratch);
}

function searchInBand(model: CostModel, beads: readonly BeadType[], bandWidth: number, guide: readonly PathBead[] | undefined, scratch: SearchScratch): PathBead[] {
  const n = model.classA.length;
  const m = model.classB.length;
  if (n === 0 && m === 0) return [];
  const chain = guide ? [] : monotoneChain(findUniqueMatches(model.features));
  let width = guide ? Math.max(4, Math.ceil(bandWidth / 3)) : bandWidth;
  let around = guide;
  for (let attempt = 0; ; attempt++) {
    const band = around ? bandAroundPath(n, m, around, width) : bandAroundChain(n, m, chain, width);
    const path = traceback(search(model, beads, band, scratch));
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
  const indexes: number[] = [];
  for (let k = 0; k < count; k++) indexes.push(start + k);
  return indexes;
}

