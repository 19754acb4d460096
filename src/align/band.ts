/**
 * Where the search looks: confident anchor matches (features that occur once in each document),
 * reduced to a monotone chain by a longest increasing subsequence, and a band of rows around the
 * path through them. This keeps the search linear in the length of the documents.
 *
 * @module
 */
import type { PairFeatures } from './features.js';

/** A confident match: sentence `a` of A and sentence `b` of B share `count` unique features. */
export interface AnchorPoint {
  a: number;
  b: number;
  count: number;
}

/** Sentence pairs that share a feature occurring exactly once in each document. */
export function findUniqueMatches(features: PairFeatures): AnchorPoint[] {
  const unique = features.uniqueInBoth;
  if (unique.length === 0) return [];
  const positionInA = new Map<number, number>();
  for (const id of unique) positionInA.set(id, -1);
  features.a.features.forEach((ids, x) => {
    for (const id of ids) if (positionInA.has(id)) positionInA.set(id, x);
  });
  const counts = new Map<number, AnchorPoint>();
  const width = features.b.features.length + 1;
  features.b.features.forEach((ids, y) => {
    for (const id of ids) {
      const x = positionInA.get(id);
      if (x === undefined || x < 0) continue;
      const key = x * width + y;
      const point = counts.get(key);
      if (point) point.count++;
      else counts.set(key, { a: x, b: y, count: 1 });
    }
  });
  return [...counts.values()].sort((p, q) => p.a - q.a || p.b - q.b);
}

/**
 * The longest chain of matches increasing in both A and B (O(P log P)). Ties in A are ordered by
 * descending B so that a sentence of A appears at most once in the chain.
 */
export function monotoneChain(points: readonly AnchorPoint[]): AnchorPoint[] {
  const sorted = [...points].sort((p, q) => p.a - q.a || q.b - p.b);
  const tailIndex: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i]!.b;
    let low = 0;
    let high = tailIndex.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[tailIndex[mid]!]!.b < b) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tailIndex[low - 1]!;
    tailIndex[low] = i;
  }
  const chain: AnchorPoint[] = [];
  for (let i = tailIndex.length > 0 ? tailIndex[tailIndex.length - 1]! : -1; i >= 0; i = previous[i]!) chain.push(sorted[i]!);
  return chain.reverse();
}

/**
 * A longest chain of points in order (as {@link monotoneChain}), and among chains as long the one with
 * the most `preferred` points: which of two crossing points stands out of order is otherwise chance (in
 * `auto`, a repeated name's wrong instance should be the one left out). Quadratic in the points (in
 * `auto` at most a few hundred best matches).
 */
export function monotoneChainPreferring<T extends AnchorPoint>(points: readonly T[], preferred: (point: T) => boolean): T[] {
  const sorted = [...points].sort((p, q) => p.a - q.a || p.b - q.b);
  // Every point weighs 1, a preferred one a little more: never enough to make a chain shorter.
  const bonus = 1 / (sorted.length + 1);
  const total = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  let end = -1;
  for (let i = 0; i < sorted.length; i++) {
    const own = 1 + (preferred(sorted[i]!) ? bonus : 0);
    total[i] = own;
    for (let j = 0; j < i; j++) {
      if (sorted[j]!.a < sorted[i]!.a && sorted[j]!.b < sorted[i]!.b && total[j]! + own > total[i]!) {
        total[i] = total[j]! + own;
        previous[i] = j;
      }
    }
    if (end < 0 || total[i]! > total[end]!) end = i;
  }
  const chain: T[] = [];
  for (let i = end; i >= 0; i = previous[i]!) chain.push(sorted[i]!);
  return chain.reverse();
}

/** Rows 0..n of the search grid, each with its inclusive range of columns [lo, hi] and storage offset. */
export interface Band {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  offset: Float64Array;
  size: number;
}

/** Grid cells searched in full before a band is used instead. */
const fullSearchCells = 1_000_000;

/** The whole grid, for documents small enough. */
export function fullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return withOffsets(n, m, lo, hi);
}

/**
 * A band of half-width `width` around the path through `chain` (and the corners). Grids up to a few
 * million cells are searched in full.
 */
export function bandAroundChain(n: number, m: number, chain: readonly AnchorPoint[], width: number): Band {
  if ((n + 1) * (m + 1) <= fullSearchCells) return fullBand(n, m);
  const nodes: Array<[number, number]> = [[0, 0]];
  for (const point of chain) {
    const last = nodes[nodes.length - 1]!;
    if (point.a >= last[0] && point.b >= last[1]) nodes.push([point.a, point.b], [point.a + 1, point.b + 1]);
  }
  const end = nodes[nodes.length - 1]!;
  if (end[0] <= n && end[1] <= m) nodes.push([n, m]);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let segment = 0;
  for (let i = 0; i <= n; i++) {
    while (segment + 2 < nodes.length && nodes[segment + 1]![0] <= i) segment++;
    const [x0, y0] = nodes[segment]!;
    const [x1, y1] = nodes[Math.min(segment + 1, nodes.length - 1)]!;
    const centre = x1 > x0 ? y0 + ((i - x0) * (y1 - y0)) / (x1 - x0) : y1;
    lo[i] = Math.max(0, Math.floor(centre) - width);
    hi[i] = Math.min(m, Math.ceil(centre) + width);
  }
  return connectedBand(n, m, lo, hi);
}

/** A band of half-width `width` around a path of beads (for a second, refining search). */
export function bandAroundPath(
  n: number,
  m: number,
  path: ReadonlyArray<{ aStart: number; aCount: number; bStart: number; bCount: number }>,
  width: number,
): Band {
  if ((n + 1) * (m + 1) <= fullSearchCells || path.length === 0) return fullBand(n, m);
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const cover = (i: number, j: number) => {
    lo[i] = Math.min(lo[i]!, j);
    hi[i] = Math.max(hi[i]!, j);
  };
  cover(0, 0);
  for (const bead of path) {
    for (let i = bead.aStart; i <= bead.aStart + bead.aCount; i++) {
      cover(i, bead.bStart);
      cover(i, bead.bStart + bead.bCount);
    }
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, lo[i]! - width);
    hi[i] = Math.min(m, hi[i]! + width);
  }
  return connectedBand(n, m, lo, hi);
}

/**
 * Makes row ranges a band the search can walk from (0, 0) to (n, m): the corners are in it, each row
 * reaches the start of the next one, and rows never shrink back.
 */
function connectedBand(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i]!, lo[i - 1]!);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i]!, hi[i + 1]!);
  for (let i = 0; i < n; i++) if (hi[i]! < lo[i + 1]!) hi[i] = lo[i + 1]!;
  for (let i = 0; i <= n; i++) if (lo[i]! > hi[i]!) lo[i] = hi[i]!;
  return withOffsets(n, m, lo, hi);
}

function withOffsets(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  const offset = new Float64Array(n + 2);
  let size = 0;
  for (let i = 0; i <= n; i++) {
    offset[i] = size;
    size += hi[i]! - lo[i]! + 1;
  }
  offset[n + 1] = size;
  return { n, m, lo, hi, offset, size };
}

/** Storage index of cell (i, j), or -1 outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n) return -1;
  const lo = band.lo[i]!;
  if (j < lo || j > band.hi[i]!) return -1;
  return band.offset[i]! + j - lo;
}
