/**
 * Reads the best path back from a filled {@link SearchGrid}, from the last cell to the origin.
 *
 * @module
 */
import { cellIndex } from './band.js';
import type { SearchGrid } from './search.js';

/** One bead of the path: A[aStart, aStart+aCount) with B[bStart, bStart+bCount). */
export interface PathBead {
  aStart: number;
  aCount: number;
  bStart: number;
  bCount: number;
}

/** The beads of the best path, in document order. Empty when the end cell is unreachable. */
export function traceback(grid: SearchGrid): PathBead[] {
  const path: PathBead[] = [];
  let i = grid.band.n;
  let j = grid.band.m;
  while (i > 0 || j > 0) {
    const cell = cellIndex(grid.band, i, j);
    const picked = cell < 0 ? 0 : grid.choice[cell]!;
    if (picked === 0) return [];
    // Indexed, not destructured: an array pattern walks the iterator protocol until the code is optimized.
    const bead = grid.beads[picked - 1]!;
    const k = bead[0];
    const l = bead[1];
    i -= k;
    j -= l;
    path.push({ aStart: i, aCount: k, bStart: j, bCount: l });
  }
  return path.reverse();
}
