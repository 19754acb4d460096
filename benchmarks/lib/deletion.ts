// Sentences deleted at random from both sides of a gold-aligned pair, as bench:align's "10% of sentences
// deleted" rows draw them, and the gold beads read on what is left.
import type { Bead } from '../../src/index.js';
import { seededRandom } from './random.js';

/** The sentences each side keeps (old indices, in order) and each kept sentence's new index. */
export interface KeptSentences {
  keptA: number[];
  keptB: number[];
  newA: Map<number, number>;
  newB: Map<number, number>;
}

/** Deletes `fraction` of the `countA` and `countB` sentences at random (seeded; side A drawn first). */
export function deleteAtRandom(countA: number, countB: number, fraction: number, seed: number): KeptSentences {
  const next = seededRandom(seed);
  const keep = (count: number) => Array.from({ length: count }, (_, index) => index).filter(() => next() >= fraction);
  const keptA = keep(countA);
  const keptB = keep(countB);
  const renumber = (kept: readonly number[]) => new Map(kept.map((old, index) => [old, index]));
  return { keptA, keptB, newA: renumber(keptA), newB: renumber(keptB) };
}

/** The gold beads on the kept sentences, renumbered; a bead with no sentence left on either side is dropped. */
export function remapBeads(beads: readonly Bead[], newA: ReadonlyMap<number, number>, newB: ReadonlyMap<number, number>): Bead[] {
  const mapped: Bead[] = [];
  for (const [a, b] of beads) {
    const x = a.filter((i) => newA.has(i)).map((i) => newA.get(i)!);
    const y = b.filter((j) => newB.has(j)).map((j) => newB.get(j)!);
    if (x.length > 0 || y.length > 0) mapped.push([x, y]);
  }
  return mapped;
}
