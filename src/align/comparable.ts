/**
 * Comparable mode: two articles on one event. Sentences may match in any order or not at all, so
 * instead of a path we score candidate pairs that share rare features and keep a one-to-one set of
 * the most confident ones.
 *
 * @module
 */
import type { Link, SegmentedDocument } from '../types.js';
import { type BeadEvidence, beadConfidence, beadEvidence, excludedClass, type CostModel } from './cost.js';
import { sharedWeight } from './features.js';
import { addFuzzyCognates } from './cognates.js';

/** The texts behind a cost model, for the evidence comparable mode adds (fuzzy cognates). */
export interface ComparableDocuments {
  a: SegmentedDocument;
  b: SegmentedDocument;
  takesPart: (side: 'a' | 'b', index: number) => boolean;
}

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
 * Candidate pairs (sentences sharing a rare feature, fuzzy cognates included) linked by competitive
 * linking: best {@link matchScore} first, one-to-one, each only when it clears {@link minMatch}, beats
 * every free rival by {@link minMargin} and its own confidence reaches `minScore`; then rounds of
 * diagonal support (a link lends {@link diagonalSupport} to its neighbours along the diagonal, since
 * moved paragraphs keep their inner order); then runs are followed from every link (a neighbour along
 * the diagonal with some evidence of its own and agreeing length). `kept` links (confident beads of a
 * monotone path) are taken first, as they are, all but a lone one a better match outranks (see
 * `standingPathLinks`). Links report their own confidence (`beadConfidence`);
 * `mergeScores` receives, for each other link its best rival discounts (see {@link rivalDiscount}), that
 * lower confidence: the one clusters merge by (see `clusterPairs`).
 * Compared with greedy linking by discounted confidence alone, on the NTREX comparable simulation (dev
 * 1–31) P 0.795 R 0.603 → 0.803 0.626, and links between two unrelated Text+Berg ranges fell by half.
 */
export function alignComparable(
  given: CostModel,
  minScore: number,
  kept: readonly Link[] = [],
  weak?: WeakCandidate[],
  docs?: ComparableDocuments,
  mergeScores?: Map<Link, number>,
): Link[] {
  const model = docs ? { ...given, features: addFuzzyCognates(given.features, docs.a, docs.b, docs.takesPart) } : given;
  const { links, candidates, linkOfA, usedB } = linkCandidates(model, minScore, kept);
  // Pairs left out, both sentences unlinked, for want of evidence or because the competition passed
  // them over (a rival too close, too small a match): other versions may vouch for them.
  if (weak) for (const { x, y, score } of candidates) if (linkOfA[x]! < 0 && !usedB[y]) weak.push({ x, y, score });
  if (mergeScores) {
    const discounted = new Map(candidates.map(({ x, y, score }) => [`${x}:${y}`, score]));
    for (const link of links) {
      if (kept.includes(link)) continue;
      const rivalled = discounted.get(`${link.a[0]}:${link.b[0]}`);
      if (rivalled !== undefined && rivalled < link.score) mergeScores.set(link, rivalled);
    }
  }
  return links.sort((p, q) => p.a[0]! - q.a[0]!);
}

/** {@link alignComparable} on a model: candidates, competitive linking, diagonal support, runs. */
function linkCandidates(model: CostModel, minScore: number, kept: readonly Link[]) {
  const candidates = scoredCandidates(model);
  const bySentence = candidatesBySentence(candidates);
  const table = new LinkTable(model, standingPathLinks(kept, bySentence));
  discountRivals(candidates);
  const accept = (x: number, y: number, score: number) => table.accept(x, y, score);
  competitiveLinking(candidates, bySentence, table.linkOfA, table.usedB, minScore, accept, (candidate) => candidate.match);
  // A link lends support to its diagonal neighbours: moved paragraphs keep their inner order.
  for (let round = 0; round < diagonalRounds; round++) {
    const before = table.links.length;
    const effective = (candidate: Candidate) =>
      table.neighbourScore(candidate.x, candidate.y) > 0 ? candidate.match + diagonalSupport * candidate.lengthAgreement : candidate.match;
    // Its confidence grows too: the neighbour's credit, as far as the lengths agree.
    const supported = (candidate: Candidate) => {
      const neighbour = table.neighbourScore(candidate.x, candidate.y);
      return neighbour > 0 ? Math.round((candidate.own + (1 - candidate.own) * diagonalCredit * neighbour * candidate.lengthAgreement) * 1000) / 1000 : candidate.own;
    };
    const margin = (candidate: Candidate) => (table.neighbourScore(candidate.x, candidate.y) > 0 ? minMargin * diagonalMarginShare : minMargin);
    competitiveLinking(candidates, bySentence, table.linkOfA, table.usedB, minScore, accept, effective, supported, margin);
    if (table.links.length === before) break;
  }
  followRuns(model, table, minScore);
  return { links: table.links, candidates, linkOfA: table.linkOfA, usedB: table.usedB };
}

/** The candidates of each sentence of A and of B, in the candidates' order. */
interface CandidatesBySentence {
  ofA: ReadonlyMap<number, readonly Candidate[]>;
  ofB: ReadonlyMap<number, readonly Candidate[]>;
}

/** Indexes the candidates by sentence, once for the path beads' test and every round of competitive linking. */
function candidatesBySentence(candidates: readonly Candidate[]): CandidatesBySentence {
  const ofA = new Map<number, Candidate[]>();
  const ofB = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    for (const [map, key] of [[ofA, candidate.x], [ofB, candidate.y]] as const) {
      const list = map.get(key);
      if (list) list.push(candidate);
      else map.set(key, [candidate]);
    }
  }
  return { ofA, ofB };
}

/**
 * Path beads within this many sentences of each other, both ways along the diagonal, hold each other up:
 * a run of the translation, or a paragraph moved whole.
 */
const pathRunReach = 2;

/**
 * The path's beads that stand as links before any competition: each one that another bead holds up
 * (see {@link pathRunReach}), and each one alone whose rivals (candidates of either of its sentences)
 * do not match better by {@link minMargin}. A monotone path through reordered text has to pair some
 * sentences by chance; a lone bead of it that a rival outmatches goes to the competition instead. On
 * the NTREX comparable simulation (dev 1–31) 18% of the path’s beads were wrong (89 of 496); this
 * test set aside 28 wrong ones and 1 right one.
 */
function standingPathLinks(kept: readonly Link[], { ofA, ofB }: CandidatesBySentence): Link[] {
  // Kept beads are one sentence to one: B's sentence of each of A's.
  const partnerOfA = new Map(kept.filter((link) => link.a.length === 1 && link.b.length === 1).map((link) => [link.a[0]!, link.b[0]!]));
  const heldUp = (x: number, y: number) => {
    for (let dx = -pathRunReach; dx <= pathRunReach; dx++) {
      const other = dx === 0 ? undefined : partnerOfA.get(x + dx);
      if (other !== undefined && Math.sign(other - y) === Math.sign(dx) && Math.abs(other - y) <= pathRunReach) return true;
    }
    return false;
  };
  return kept.filter((link) => {
    if (link.a.length !== 1 || link.b.length !== 1) return true;
    const [x, y] = [link.a[0]!, link.b[0]!];
    if (heldUp(x, y)) return true;
    const own = ofA.get(x)?.find((candidate) => candidate.y === y)?.match ?? 0;
    const rivals = [...(ofA.get(x) ?? []), ...(ofB.get(y) ?? [])].filter((candidate) => candidate.x !== x || candidate.y !== y);
    return !rivals.some((rival) => rival.match > own + minMargin);
  });
}

/** Every sentence pair of one class that shares a feature and scores from {@link minRivalScore}, found through postings of B's features. */
function scoredCandidates(model: CostModel): Candidate[] {
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
  const candidates: Candidate[] = [];
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
      const evidence = beadEvidence(model, x, 1, y, 1, shared);
      const score = beadConfidence(evidence);
      if (score >= minRivalScore) {
        const match = matchScore(evidence, a.weightTotals[x]!, b.weightTotals[y]!);
        candidates.push({ x, y, score, own: score, match, lengthAgreement: Math.exp(-evidence.lengthTerm / 2) });
      }
    }
  });
  return candidates;
}

/** The links made so far, with the link of each sentence of A and whether each sentence of B is taken. */
class LinkTable {
  readonly links: Link[] = [];
  readonly linkOfA: Int32Array;
  readonly usedB: Uint8Array;
  constructor(model: CostModel, kept: readonly Link[]) {
    this.linkOfA = new Int32Array(model.features.a.features.length).fill(-1);
    this.usedB = new Uint8Array(model.features.b.features.length);
    for (const link of kept) {
      for (const x of link.a) this.linkOfA[x] = this.links.length;
      for (const y of link.b) this.usedB[y] = 1;
      this.links.push(link);
    }
  }
  accept(x: number, y: number, score: number): void {
    this.linkOfA[x] = this.links.length;
    this.usedB[y] = 1;
    this.links.push({ a: [x], b: [y], score });
  }
  #linkedAt(x: number, y: number): boolean {
    return x >= 0 && x < this.linkOfA.length && this.linkOfA[x]! >= 0 && this.links[this.linkOfA[x]!]!.b.includes(y);
  }
  /** The score of a link on the diagonal next to (x, y), the higher of the two; 0 when neither is linked. */
  neighbourScore(x: number, y: number): number {
    return Math.max(this.#linkedAt(x - 1, y - 1) ? this.links[this.linkOfA[x - 1]!]!.score : 0, this.#linkedAt(x + 1, y + 1) ? this.links[this.linkOfA[x + 1]!]!.score : 0);
  }
}

/** Share of the previous link's score a link of a run is credited with, as far as the lengths agree. */
const runCredit = 0.5;

/**
 * Follows runs along the diagonal from every link, in both directions: the next sentences of each
 * article become a link too while their lengths agree and they share some evidence of their own.
 */
function followRuns(model: CostModel, table: LinkTable, minScore: number): void {
  const { a, b, weights } = model.features;
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
  const { links, linkOfA, usedB } = table;
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
        const score = Math.round((own + (1 - own) * runCredit * previous * Math.exp(-evidence.lengthTerm / 2)) * 1000) / 1000;
        if (score < minScore) break;
        table.accept(x, y, score);
        previous = score;
        x += step;
        y += step;
      }
    }
  }
}

interface Candidate {
  x: number;
  y: number;
  /** Its confidence (`beadConfidence`, discounted by rivals): what a link reports. */
  score: number;
  /** Its confidence before the rival discount. */
  own: number;
  /** How well the pair matches, for choosing among candidates (see {@link matchScore}). */
  match: number;
  /** exp(−lengthTerm/2): 1 when the lengths agree as the pair's ratio predicts. */
  lengthAgreement: number;
}

/** What a linked diagonal neighbour adds to a candidate's match, times length agreement... */
export const diagonalSupport = 0.2;
/** ... the share of the neighbour's confidence its own confidence gains (as far as `1 − own` allows)... */
const diagonalCredit = 0.5;
/** ... and the share of {@link minMargin} it must still beat its rivals by: a run is evidence of its own. */
const diagonalMarginShare = 0.5;
/** Rounds of diagonal support (each may link the next neighbour along a run). */
const diagonalRounds = 4;

/** A candidate links only when its match reaches this (see {@link matchScore})... */
export const minMatch = 0.25;
/**
 * ... and beats every rival still free (another candidate of either sentence whose other sentence is
 * not linked yet) by this margin: between two articles on one event a sentence shares a name with
 * several others; its translation stands out. Chosen on NTREX dev 1–31 with the Text+Berg and corpus
 * moved-paragraph rows and the corpus clusters beside it: 0.22 (with `minMatch` 0.35) reached P 0.90
 * R 0.57 on the comparable simulation, but linked half as much between the corpus's separate
 * articles (their sentences share the same names), and the corpus clusters lost 0.1 F1.
 */
export const minMargin = 0.1;

/**
 * How well two sentences match on their shared features: the smaller of the shares of each sentence's
 * feature weight the other matches (a long sentence that shares one name with a short one covers little
 * of itself), times length agreement, times the strength of the shared evidence. Unlike the Dice overlap of
 * `beadConfidence`, a pair scores high only when both sentences are mostly explained by each other.
 */
export function matchScore(evidence: BeadEvidence, weightA: number, weightB: number): number {
  if (evidence.common <= 0) return 0;
  const coverage = Math.min(1, evidence.common / Math.max(weightA, weightB, evidence.common));
  const length = Math.exp(-evidence.lengthTerm / 2);
  const strength = Math.sqrt(1 - Math.exp(-evidence.common / matchStrengthScale));
  return Math.round(coverage * (1 - matchLengthWeight + matchLengthWeight * length) * strength * 1000) / 1000;
}
/** How much length disagreement lowers a match (the rest of it counts regardless of length). */
const matchLengthWeight = 0.7;
/** Shared weight at which a match's evidence counts as 63% strong (as in `beadConfidence`). */
const matchStrengthScale = 8;

/**
 * Links candidates best match first, one-to-one, each only when it reaches {@link minMatch}, beats its
 * free rivals by {@link minMargin} and its confidence reaches `minScore`.
 */
function competitiveLinking(
  candidates: readonly Candidate[],
  { ofA, ofB }: CandidatesBySentence,
  linkOfA: Int32Array,
  usedB: Uint8Array,
  minScore: number,
  accept: (x: number, y: number, score: number) => void,
  effective: (candidate: Candidate) => number,
  supported?: (candidate: Candidate) => number,
  margin: (candidate: Candidate) => number = () => minMargin,
): void {
  const free = candidates.filter((candidate) => linkOfA[candidate.x]! < 0 && !usedB[candidate.y]);
  const value = new Map(free.map((candidate) => [candidate, effective(candidate)]));
  const order = free.filter((candidate) => value.get(candidate)! >= minMatch && (supported ? supported(candidate) : candidate.own) >= minScore);
  order.sort((p, q) => value.get(q)! - value.get(p)! || p.x - q.x || p.y - q.y);
  for (const candidate of order) {
    const { x, y } = candidate;
    if (linkOfA[x]! >= 0 || usedB[y]) continue;
    let rival = 0;
    for (const other of ofA.get(x) ?? []) if (other !== candidate && !usedB[other.y]) rival = Math.max(rival, value.get(other) ?? 0);
    for (const other of ofB.get(y) ?? []) if (other !== candidate && linkOfA[other.x]! < 0) rival = Math.max(rival, value.get(other) ?? 0);
    if (value.get(candidate)! - rival >= margin(candidate)) accept(x, y, supported ? supported(candidate) : candidate.own);
  }
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
