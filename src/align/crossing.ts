/**
 * Beads that a translator's clause crosses. When a sentence of A carries a rare name or number that
 * its own bead's B side lacks but the next bead's B side has (or the other way round), the boundary
 * between the two beads cuts a sentence's content in two: the clause moved across a full stop in
 * translation. Such beads are one unit of meaning, so they are merged (Text+Berg's gold does the same).
 *
 * @module
 */
import { excludedClass } from './cost.js';
import type { PairFeatures } from './features.js';
import type { PathBead } from './traceback.js';

/** A crossing feature may occur at most this often in each document (a name repeated all over proves nothing). */
const maxOccurrences = 2;
/** A merged bead keeps at most this many sentences a side. */
const maxSentencesPerSide = 4;

/**
 * Merges neighbouring beads of a monotone path whose boundary a specific feature crosses (see the
 * module comment). Linear in the path and the features. Returns a new path; `path` is not changed.
 */
export function mergeCrossingBeads(
  features: PairFeatures,
  classA: Uint8Array,
  classB: Uint8Array,
  path: readonly PathBead[],
): PathBead[] {
  const rare = rareSpecificFeatures(features);
  const merged: PathBead[] = [];
  for (let bead of path) {
    for (let previous = merged.at(-1); previous !== undefined && shouldMerge(previous, bead); previous = merged.at(-1)) {
      bead = {
        aStart: previous.aStart,
        aCount: previous.aCount + bead.aCount,
        bStart: previous.bStart,
        bCount: previous.bCount + bead.bCount,
      };
      merged.pop();
    }
    merged.push(bead);
  }
  return merged;

  function shouldMerge(first: PathBead, second: PathBead): boolean {
    if (first.aCount + second.aCount > maxSentencesPerSide || first.bCount + second.bCount > maxSentencesPerSide) return false;
    if (!oneClass(first, second)) return false;
    const firstA = featureSet(features.a.features, first.aStart, first.aCount, rare);
    const firstB = featureSet(features.b.features, first.bStart, first.bCount, rare);
    const secondA = featureSet(features.a.features, second.aStart, second.aCount, rare);
    const secondB = featureSet(features.b.features, second.bStart, second.bCount, rare);
    return crosses(firstA, secondB, firstB, secondA) || crosses(secondA, firstB, secondB, firstA);
  }

  function oneClass(first: PathBead, second: PathBead): boolean {
    let cls = -1;
    const same = (classes: Uint8Array, start: number, count: number) => {
      for (let index = start; index < start + count; index++) {
        const here = classes[index]!;
        if (here === excludedClass || (cls !== -1 && here !== cls)) return false;
        cls = here;
      }
      return true;
    };
    return (
      same(classA, first.aStart, first.aCount + second.aCount) && same(classB, first.bStart, first.bCount + second.bCount)
    );
  }
}

/** Whether a feature of `from` is found in `across` but in neither bead's own other side. */
function crosses(from: Set<number>, across: Set<number>, ownOther: Set<number>, acrossOther: Set<number>): boolean {
  for (const id of from) if (across.has(id) && !ownOther.has(id) && !acrossOther.has(id)) return true;
  return false;
}

function featureSet(lists: readonly Int32Array[], start: number, count: number, keep: Uint8Array): Set<number> {
  const found = new Set<number>();
  for (let index = start; index < start + count; index++) for (const id of lists[index]!) if (keep[id]) found.add(id);
  return found;
}

/** 1 for specific features (names, numbers, anchors) that both documents have, each at most {@link maxOccurrences} times. */
function rareSpecificFeatures(features: PairFeatures): Uint8Array {
  const size = features.weights.length;
  const inA = new Int32Array(size);
  const inB = new Int32Array(size);
  for (const list of features.a.features) for (const id of list) inA[id]!++;
  for (const list of features.b.features) for (const id of list) inB[id]!++;
  const rare = new Uint8Array(size);
  for (let id = 0; id < size; id++) {
    if (features.specific[id] && inA[id]! > 0 && inB[id]! > 0 && inA[id]! <= maxOccurrences && inB[id]! <= maxOccurrences) rare[id] = 1;
  }
  return rare;
}
