/**
 * Scoring an alignment against gold, exactly as Vecalign's `score.py` (after Sennrich & Volk's
 * strict/lax measures):
 *
 * - beads empty on both sides are dropped; test and gold are compared as sets of (A-ids, B-ids);
 * - precision: a test bead is a strict hit when it is also in gold; a lax hit when it is not, but one
 *   of its A sentences is aligned in gold to one of its B sentences; 1-0/0-1 beads count here;
 * - recall: the same with gold and test swapped and with 1-0/0-1 beads left out on both sides;
 * - F1 is the harmonic mean of precision and recall; every ratio with a zero denominator is 0.
 *
 * @module
 */

/** One bead as two lists of sentence indices (either may be empty). */
export type Bead = readonly [a: readonly number[], b: readonly number[]];

/** Strict and lax precision, recall and F1. */
export interface AlignmentScores {
  precisionStrict: number;
  recallStrict: number;
  f1Strict: number;
  precisionLax: number;
  recallLax: number;
  f1Lax: number;
}

interface Counts {
  strictHit: number;
  strictMiss: number;
  laxHit: number;
  laxMiss: number;
}

const beadKey = (bead: Bead) => `${bead[0].join(',')}:${bead[1].join(',')}`;

function countPrecision(gold: readonly Bead[], test: readonly Bead[]): Counts {
  const nonEmpty = (beads: readonly Bead[]) => {
    const unique = new Map<string, Bead>();
    for (const bead of beads) if (bead[0].length > 0 || bead[1].length > 0) unique.set(beadKey(bead), bead);
    return unique;
  };
  const goldSet = nonEmpty(gold);
  const testSet = nonEmpty(test);
  const goldTargetsOf = new Map<number, Set<number>>();
  for (const [a, b] of goldSet.values()) {
    for (const x of a) {
      let targets = goldTargetsOf.get(x);
      if (!targets) goldTargetsOf.set(x, (targets = new Set()));
      for (const y of b) targets.add(y);
    }
  }
  const counts: Counts = { strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 };
  for (const [key, [a, b]] of testSet) {
    if (goldSet.has(key)) {
      counts.strictHit++;
      counts.laxHit++;
      continue;
    }
    counts.strictMiss++;
    const overlaps = a.some((x) => b.some((y) => goldTargetsOf.get(x)?.has(y)));
    if (overlaps) counts.laxHit++;
    else counts.laxMiss++;
  }
  return counts;
}

const ratio = (hit: number, miss: number) => (hit + miss === 0 ? 0 : hit / (hit + miss));
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Scores one or more test alignments against their gold alignments (counts are pooled over all
 * pairs, as Vecalign does).
 *
 * @throws {RangeError} when `gold` and `test` hold different numbers of alignments.
 */
export function scoreAlignments(gold: ReadonlyArray<readonly Bead[]>, test: ReadonlyArray<readonly Bead[]>): AlignmentScores {
  if (gold.length !== test.length) {
    throw new RangeError(`gold and test must hold the same number of alignments (${gold.length} ≠ ${test.length})`);
  }
  const precision: Counts = { strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 };
  const recall: Counts = { strictHit: 0, strictMiss: 0, laxHit: 0, laxMiss: 0 };
  const bothSides = (beads: readonly Bead[]) => beads.filter(([a, b]) => a.length > 0 && b.length > 0);
  gold.forEach((goldBeads, index) => {
    const testBeads = test[index]!;
    add(precision, countPrecision(goldBeads, testBeads));
    add(recall, countPrecision(bothSides(testBeads), bothSides(goldBeads)));
  });
  const precisionStrict = ratio(precision.strictHit, precision.strictMiss);
  const precisionLax = ratio(precision.laxHit, precision.laxMiss);
  const recallStrict = ratio(recall.strictHit, recall.strictMiss);
  const recallLax = ratio(recall.laxHit, recall.laxMiss);
  return {
    precisionStrict,
    recallStrict,
    f1Strict: harmonic(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: harmonic(precisionLax, recallLax),
  };
}

function add(total: Counts, more: Counts): void {
  total.strictHit += more.strictHit;
  total.strictMiss += more.strictMiss;
  total.laxHit += more.laxHit;
  total.laxMiss += more.laxMiss;
}

/**
 * The full bead list of an alignment: its links, plus a 1-0 or 0-1 bead for every sentence in no
 * link (as a path aligner would report it). `sizeA`/`sizeB` are the documents' sentence counts.
 */
export function linksToBeads(links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, sizeA: number, sizeB: number): Bead[] {
  const beads: Bead[] = links.map((link) => [[...link.a], [...link.b]] as const);
  const usedA = new Uint8Array(sizeA);
  const usedB = new Uint8Array(sizeB);
  for (const link of links) {
    for (const x of link.a) usedA[x] = 1;
    for (const y of link.b) usedB[y] = 1;
  }
  for (let x = 0; x < sizeA; x++) if (!usedA[x]) beads.push([[x], []]);
  for (let y = 0; y < sizeB; y++) if (!usedB[y]) beads.push([[], [y]]);
  return beads;
}

/**
 * Parses Vecalign/Bleualign bead lines (`[0, 1]:[2]`, `[]:[3]`), one per line.
 *
 * @throws {SyntaxError} naming the line that is not a bead.
 */
export function parseBeadLines(text: string): Bead[] {
  const beads: Bead[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const match = /^\[([\d,\s]{0,10000})\]\s{0,8}:\s{0,8}\[([\d,\s]{0,10000})\]/.exec(line);
    if (!match) throw new SyntaxError(`line ${index + 1} is not a bead: ${line.slice(0, 60)}`);
    beads.push([parseIds(match[1]!), parseIds(match[2]!)]);
  });
  return beads;
}

function parseIds(list: string): number[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
}

/** A gold sentence as stored in the gold files: its span in the original text and its text. */
export interface GoldSentence {
  start: number;
  end: number;
  text: string;
}

/** A gold alignment file: beads of gold sentences. */
export interface GoldAlignment {
  beads: ReadonlyArray<{ a: readonly GoldSentence[]; b: readonly GoldSentence[] }>;
}

/**
 * Maps a gold alignment onto the sentences of the current segmentation, by offsets (checked against
 * the stored text): each gold sentence becomes the sentences that hold most of its characters.
 * Returns the beads and the set of sentence indices the gold covers on each side (score only those).
 *
 * @throws {RangeError} when a gold sentence's text no longer matches the document at its offsets.
 */
export function resolveGoldBeads(
  gold: GoldAlignment,
  docA: { text: string; sentences: ReadonlyArray<{ start: number; end: number }> },
  docB: { text: string; sentences: ReadonlyArray<{ start: number; end: number }> },
): { beads: Bead[]; coveredA: Set<number>; coveredB: Set<number> } {
  const coveredA = new Set<number>();
  const coveredB = new Set<number>();
  const beads: Bead[] = [];
  for (const bead of gold.beads) {
    const a = mapSentences(bead.a, docA, 'a');
    const b = mapSentences(bead.b, docB, 'b');
    for (const x of a) coveredA.add(x);
    for (const y of b) coveredB.add(y);
    if (a.length > 0 || b.length > 0) beads.push([a, b]);
  }
  return { beads, coveredA, coveredB };
}

function mapSentences(
  spans: readonly GoldSentence[],
  doc: { text: string; sentences: ReadonlyArray<{ start: number; end: number }> },
  side: string,
): number[] {
  const found = new Set<number>();
  for (const span of spans) {
    if (doc.text.slice(span.start, span.end) !== span.text) {
      throw new RangeError(`gold sentence of ${side} at ${span.start}–${span.end} no longer matches the document text`);
    }
    doc.sentences.forEach((sentence, index) => {
      const overlap = Math.min(sentence.end, span.end) - Math.max(sentence.start, span.start);
      if (overlap > 0 && overlap * 2 >= Math.min(sentence.end - sentence.start, span.end - span.start)) found.add(index);
    });
  }
  return [...found].sort((x, y) => x - y);
}

/** Keeps the beads that touch at least one sentence the gold covers (others are outside the gold's scope). */
export function restrictToCovered(beads: readonly Bead[], coveredA: ReadonlySet<number>, coveredB: ReadonlySet<number>): Bead[] {
  return beads.filter(([a, b]) => a.some((x) => coveredA.has(x)) || b.some((y) => coveredB.has(y)));
}

/** A gold clusters file: groups of sentences, named by file, that report the same fact. */
export interface GoldClusters {
  clusters: ReadonlyArray<{ members: ReadonlyArray<{ file: string; sentences: readonly GoldSentence[] }> }>;
}

/** Pairwise precision, recall and F1 of clusters (pairs of sentences of different documents). */
export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
}

type ClusterLike = { members: ReadonlyArray<{ document: number; sentences: readonly number[] }> };

/**
 * Maps gold clusters onto the current segmentation of `documents` (by file name, offsets and text, as
 * {@link resolveGoldBeads} does). Members whose file is not among `files` are dropped.
 *
 * @param files The file name of each document (`nl.txt`), in the order of `documents`.
 */
export function resolveGoldClusters(
  gold: GoldClusters,
  documents: ReadonlyArray<{ text: string; sentences: ReadonlyArray<{ start: number; end: number }> }>,
  files: readonly string[],
): ClusterLike[] {
  return gold.clusters.map((cluster) => ({
    members: cluster.members
      .filter((member) => files.includes(member.file))
      .map((member) => {
        const document = files.indexOf(member.file);
        return { document, sentences: mapSentences(member.sentences, documents[document]!, member.file) };
      }),
  }));
}

function sentencePairs(clusters: readonly ClusterLike[]): Set<string> {
  const pairs = new Set<string>();
  for (const cluster of clusters) {
    const nodes = cluster.members.flatMap((member) => member.sentences.map((sentence) => [member.document, sentence] as const));
    for (const [d1, s1] of nodes) {
      for (const [d2, s2] of nodes) if (d1 < d2) pairs.add(`${d1}:${s1}|${d2}:${s2}`);
    }
  }
  return pairs;
}

/**
 * Scores clusters by the pairs of sentences (from different documents) they put together. Gold may
 * be partial, so precision only counts system pairs whose two sentences both appear in the gold.
 */
export function scoreClusters(gold: readonly ClusterLike[], test: readonly ClusterLike[]): ClusterScores {
  const goldPairs = sentencePairs(gold);
  const covered = new Set(gold.flatMap((cluster) => cluster.members.flatMap((member) => member.sentences.map((s) => `${member.document}:${s}`))));
  let hits = 0;
  let judged = 0;
  for (const pair of sentencePairs(test)) {
    const [left, right] = pair.split('|') as [string, string];
    if (!covered.has(left) || !covered.has(right)) continue;
    judged++;
    if (goldPairs.has(pair)) hits++;
  }
  let found = 0;
  const testPairs = sentencePairs(test);
  for (const pair of goldPairs) if (testPairs.has(pair)) found++;
  const precision = judged === 0 ? 0 : hits / judged;
  const recall = goldPairs.size === 0 ? 0 : found / goldPairs.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
