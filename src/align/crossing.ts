/**
 * Beads that a translator's clause crosses. When a sentence of A carries a rare name or number that
 * its own bead's B side lacks but the next bead's B side has (or the other way round), the boundary
 * between the two beads cuts a sentence's content in two: the clause moved across a full stop in
 * translation. The two beads are then cut again where nothing crosses, if there is such a cut (the
 * cheapest one), or else merged into one unit of meaning (Text+Berg's gold does the same). `parallelPasses`
 * repairs only pairs that join sentences as freely as such a translation (`joinsFreely` in align.ts).
 *
 * @module
 */
import { beadCost, excludedClass, type CostModel, type PairShared } from './cost.js';
import { type DocumentFeatures, factKind, sharedFactKinds, sharedWeight, type PairFeatures } from './features.js';
import type { PathBead } from './traceback.js';

/** A crossing feature may occur at most this often in each document (a name repeated all over proves nothing). */
const maxOccurrences = 2;
/**
 * Kinds of fact read as one value each (a country, a date, a number, an ordinal): a bead side that states
 * one the other version never states has put it in place of the crossing one, even beside others of its
 * kind it shares ("the United States … in France" against "США … в Сінгапурі"). Names and bare digits
 * are read less alike across versions (a name spelt or cut another way, a figure written in words), so
 * for them the side must share none of the kind (Text+Berg dev 0.908 → 0.905 without that).
 */
const valueKinds = factKind.country | factKind.date | factKind.number | factKind.ordinal;
/** A merged or re-cut bead keeps at most this many sentences a side. */
const maxSentencesPerSide = 4;

/**
 * Re-cuts or merges neighbouring beads of a monotone path whose boundary a specific feature crosses
 * (see the module comment). Linear in the path and the features. Returns a new path; `path` is not
 * changed.
 */
export function uncrossBeads(model: CostModel, path: readonly PathBead[]): PathBead[] {
  const reader = new CrossingReader(model);
  const merged: PathBead[] = [];
  for (let bead of path) {
    for (let previous = merged.at(-1); previous !== undefined && reader.crossing(previous, bead); previous = merged.at(-1)) {
      const union = {
        aStart: previous.aStart,
        aCount: previous.aCount + bead.aCount,
        bStart: previous.bStart,
        bCount: previous.bCount + bead.bCount,
      };
      merged.pop();
      const cut = reader.cleanestCut(union);
      if (cut) {
        merged.push(cut[0]);
        bead = cut[1];
        break;
      }
      if (tooWide(union)) {
        merged.push(previous);
        break;
      }
      bead = union;
    }
    merged.push(bead);
  }
  return merged;
}

/** A merged or re-cut bead wider than {@link maxSentencesPerSide} on a side. */
function tooWide(bead: PathBead): boolean {
  return bead.aCount > maxSentencesPerSide || bead.bCount > maxSentencesPerSide;
}

/** Whether a rare specific feature crosses the boundary of two neighbouring beads, and where to cut them instead. */
class CrossingReader {
  readonly #model: CostModel;
  readonly #rare: Uint8Array;
  readonly #shared: PairShared;
  constructor(model: CostModel) {
    const { features } = model;
    this.#model = model;
    this.#rare = rareSpecificFeatures(features);
    this.#shared = (x, y) => sharedWeight(features.a.features[x]!, features.b.features[y]!, features.weights);
  }

  #costOf(bead: PathBead): number {
    return beadCost(this.#model, bead.aStart, bead.aCount, bead.bStart, bead.bCount, this.#shared);
  }

  /** The cheapest way to cut `union` into two beads (sentences on both sides of each) that no feature crosses. */
  cleanestCut(union: PathBead): [PathBead, PathBead] | undefined {
    let best: [PathBead, PathBead] | undefined;
    let bestCost = Infinity;
    for (let k = 1; k < union.aCount; k++) {
      for (let l = 1; l < union.bCount; l++) {
        const first = { aStart: union.aStart, aCount: k, bStart: union.bStart, bCount: l };
        const second = { aStart: union.aStart + k, aCount: union.aCount - k, bStart: union.bStart + l, bCount: union.bCount - l };
        if (tooWide(first) || tooWide(second) || this.#crosses(first, second)) continue;
        const cost = this.#costOf(first) + this.#costOf(second);
        if (cost < bestCost) {
          bestCost = cost;
          best = [first, second];
        }
      }
    }
    return best;
  }

  crossing(first: PathBead, second: PathBead): boolean {
    return this.#oneClass(first, second) && this.#crosses(first, second);
  }

  /**
   * Whether a rare specific feature of one bead is found on the other side of the other bead only, and
   * its own bead's other side does not state another fact of its kind in its place: "in het zuidwesten
   * van Chili" against "i sydvästra Kina", with China in the next Dutch sentence, is a country changed,
   * not a clause moved across a full stop (merging the two would hide the change from the checks).
   */
  #crosses(first: PathBead, second: PathBead): boolean {
    const { features } = this.#model;
    const rare = this.#rare;
    const firstA = featureSet(features.a.features, first.aStart, first.aCount, rare);
    const firstB = featureSet(features.b.features, first.bStart, first.bCount, rare);
    const secondA = featureSet(features.a.features, second.aStart, second.aCount, rare);
    const secondB = featureSet(features.b.features, second.bStart, second.bCount, rare);
    // Kinds of fact each bead side states that the other document never does. A crossing fact is taken
    // for a substitution when the bead mate of either of its two sentences states one of its kind.
    // Of names and bare digits, only kinds the side shares none of (see `valueKinds`).
    const unshared = (side: DocumentFeatures, start: number, count: number) => {
      let own = 0;
      let shared = 0;
      for (let index = start; index < start + count; index++) {
        own |= side.unsharedFacts[index]!;
        shared |= sharedFactKinds(features, side, index);
      }
      return own & (~shared | valueKinds);
    };
    const [ownFirstA, ownSecondA] = [unshared(features.a, first.aStart, first.aCount), unshared(features.a, second.aStart, second.aCount)];
    const [ownFirstB, ownSecondB] = [unshared(features.b, first.bStart, first.bCount), unshared(features.b, second.bStart, second.bCount)];
    return (
      this.#foundOnlyAcross(firstA, secondB, firstB, secondA, ownFirstB | ownSecondA) ||
      this.#foundOnlyAcross(secondA, firstB, secondB, firstA, ownSecondB | ownFirstA) ||
      this.#foundOnlyAcross(firstB, secondA, firstA, secondB, ownFirstA | ownSecondB) ||
      this.#foundOnlyAcross(secondB, firstA, secondA, firstB, ownSecondA | ownFirstB)
    );
  }

  // Called for every two neighbouring beads of every path: no closure made per call.
  #oneClass(first: PathBead, second: PathBead): boolean {
    const cls = runClass(this.#model.classA, first.aStart, first.aCount + second.aCount, anyClass);
    return cls !== noOneClass && runClass(this.#model.classB, first.bStart, first.bCount + second.bCount, cls) !== noOneClass;
  }

  /** Whether a feature of `from` is found in `across` but in neither bead's own other side, which states no other fact of its kind (`replaced`, bits). */
  #foundOnlyAcross(from: Set<number>, across: Set<number>, ownOther: Set<number>, acrossOther: Set<number>, replaced: number): boolean {
    const { factKinds } = this.#model.features;
    for (const id of from) if (across.has(id) && !ownOther.has(id) && !acrossOther.has(id) && ((factKinds[id] ?? 0) & replaced) === 0) return true;
    return false;
  }
}

/** {@link runClass} given no class yet, and its answer when the sentences are not all of one class. */
const anyClass = -1;
const noOneClass = -2;

/** The class every sentence of `classes[start, start + count)` has, if it is `cls` (or `cls` is {@link anyClass}) and not excluded. */
function runClass(classes: Uint8Array, start: number, count: number, cls: number): number {
  for (let index = start; index < start + count; index++) {
    const here = classes[index]!;
    if (here === excludedClass || (cls !== anyClass && here !== cls)) return noOneClass;
    cls = here;
  }
  return cls;
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
