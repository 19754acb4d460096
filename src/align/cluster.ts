/**
 * The one clustering of aligned pairs, shared by `alignMany`, `check` (its `clusters`) and so the HTML
 * report's rows: sentences of N versions that say the same thing.
 *
 * The links of every pair become edges between sentences, merged strongest first into connected
 * components, refusing a merge that would give a cluster sentences from far apart in one document (a
 * cluster holds, per document, a run of at most {@link maxSpanPerDocument} + 1 neighbouring sentences)
 * or sentences of two translations that their own alignment confidently linked elsewhere. A weak link
 * that other versions confirm (x–y and y–z beside x–z) counts as a stronger one, so a cluster is
 * completed across a weak pair. Between separate articles only one-to-one links count.
 *
 * @module
 */
import type { Cluster, SegmentedDocument } from '../types.js';
import type { AlignedPair } from './many.js';

/** How far apart (in sentence indices) two sentences of one document in one cluster may be. */
export const maxSpanPerDocument = 2;
/**
 * Links below this confidence are not used to build clusters (unless `minScore` says otherwise).
 * Links between separate articles (comparable mode) need more, since a wrong one merges two facts.
 */
export const defaultEdgeMinScore: Readonly<Record<'parallel' | 'comparable', number>> = { parallel: 0.5, comparable: 0.6 };

interface Edge {
  nodes: number[];
  score: number;
}

/**
 * Sentences of several documents that say the same thing, from pairs already aligned (by `alignPairs`,
 * or re-indexed pairs of another order: `first` may be greater than `second`). Each pair of documents
 * should appear once. Clusters span at least two documents, are sorted by their first sentence, and
 * each sentence is in at most one cluster.
 *
 * @param options `minScore`: the confidence a link needs to join sentences (default 0.5 between
 *   translations, 0.6 between separate articles).
 */
export function clusterPairs(documents: readonly SegmentedDocument[], pairs: readonly AlignedPair[], options: { minScore?: number } = {}): Cluster[] {
  const nodeBase: number[] = [];
  let nodeCount = 0;
  for (const doc of documents) {
    nodeBase.push(nodeCount);
    nodeCount += doc.sentences.length;
  }
  const edges: Edge[] = [];
  // For each pair of documents aligned as translations: the link each of their sentences is in.
  const parallelPairs: ParallelPair[] = [];
  const support = transitiveSupport(pairs, nodeBase, nodeCount);
  for (const { first: i, second: j, alignment, oneToOneLinks, mergeScores } of pairs) {
    const edgeMin = options.minScore ?? defaultEdgeMinScore[alignment.mode];
    if (alignment.mode === 'parallel') {
      const linkOf = new Map<number, { id: number; score: number }>();
      oneToOneLinks.forEach((link, id) => {
        for (const x of link.a) linkOf.set(nodeBase[i]! + x, { id, score: link.score });
        for (const y of link.b) linkOf.set(nodeBase[j]! + y, { id, score: link.score });
      });
      parallelPairs.push({ first: i, second: j, linkOf });
    }
    for (const link of oneToOneLinks) {
      // Between separate articles only one-to-one links make edges: a wider bead would glue facts.
      if (alignment.mode === 'comparable' && (link.a.length > 1 || link.b.length > 1)) continue;
      const nodes = [...link.a.map((x) => nodeBase[i]! + x), ...link.b.map((y) => nodeBase[j]! + y)];
      // A weak link that other versions confirm (x–y and y–z beside x–z) is as good as a confident one.
      // Only between translations: two separate articles share facts, not passages, and a fact two of
      // them share with a third is no evidence for their own link.
      let confirmations = 0;
      if (alignment.mode === 'parallel') {
        for (const x of link.a) for (const y of link.b) confirmations = Math.max(confirmations, support(nodeBase[i]! + x, nodeBase[j]! + y));
      }
      // A link a rival contests merges at its discounted confidence (see `AlignedPair.mergeScores`).
      const score = Math.min(1, (mergeScores?.get(link) ?? link.score) + confirmationBonus * confirmations);
      if (score < edgeMin) continue;
      edges.push({ nodes, score });
    }
  }
  const documentOf = new Int32Array(nodeCount);
  documents.forEach((doc, d) => documentOf.fill(d, nodeBase[d]!, nodeBase[d]! + doc.sentences.length));
  return buildClusters(edges, nodeCount, documentOf, nodeBase, parallelPairs);
}

/** What each other version that confirms a link (by linking both its sentences) adds to its confidence. */
export const confirmationBonus = 0.2;

/**
 * For two sentences x and z of different documents: how many sentences y of other documents are
 * linked to both x and z by alignments of translations.
 */
function transitiveSupport(pairs: readonly AlignedPair[], nodeBase: readonly number[], nodeCount: number): (x: number, z: number) => number {
  const partners: Array<Set<number> | undefined> = new Array(nodeCount);
  const note = (u: number, v: number) => (partners[u] ??= new Set()).add(v);
  for (const { first: i, second: j, alignment, oneToOneLinks } of pairs) {
    if (alignment.mode !== 'parallel') continue;
    for (const link of oneToOneLinks) {
      for (const x of link.a) {
        for (const y of link.b) {
          note(nodeBase[i]! + x, nodeBase[j]! + y);
          note(nodeBase[j]! + y, nodeBase[i]! + x);
        }
      }
    }
  }
  return (x, z) => {
    const ofZ = partners[z];
    if (!ofZ) return 0;
    let count = 0;
    for (const y of partners[x] ?? []) if (y !== z && ofZ.has(y)) count++;
    return count;
  };
}

interface ParallelPair {
  first: number;
  second: number;
  /** The link (its index and confidence) each sentence of the two documents is in. */
  linkOf: Map<number, { id: number; score: number }>;
}

/**
 * A translation's own alignment vetoes a cluster only where it is confident: a sentence in a link of
 * at least this confidence may share a cluster with sentences of that translation only if they are in
 * the same link. Weaker or missing links give way to what the other versions agree on (A–B and B–C
 * link A–C), so one weak pair does not split a cluster the rest support.
 */
export const vetoMinScore = 0.5;

/**
 * A cluster may hold sentences of two translations only when it agrees with the confident links of
 * their own alignment (see {@link vetoMinScore}): a third article must not glue neighbouring beads of a
 * translation together.
 */
function agreesWithTranslations(nodes: readonly number[], documentOf: Int32Array, parallelPairs: readonly ParallelPair[]): boolean {
  for (const pair of parallelPairs) {
    const inFirst = nodes.filter((node) => documentOf[node] === pair.first);
    const inSecond = nodes.filter((node) => documentOf[node] === pair.second);
    if (inFirst.length === 0 || inSecond.length === 0) continue;
    for (const [own, others] of [
      [inFirst, inSecond],
      [inSecond, inFirst],
    ] as const) {
      for (const node of own) {
        const link = pair.linkOf.get(node);
        if (!link || link.score < vetoMinScore) continue;
        if (others.some((other) => pair.linkOf.get(other)?.id !== link.id)) return false;
      }
    }
  }
  return true;
}

function buildClusters(
  edges: Edge[],
  nodeCount: number,
  documentOf: Int32Array,
  nodeBase: readonly number[],
  parallelPairs: readonly ParallelPair[],
): Cluster[] {
  const { find, scoreSum, scoreCount } = joinEdges(edges, nodeCount, documentOf, parallelPairs);
  const members = new Map<number, number[]>();
  for (let node = 0; node < nodeCount; node++) {
    const root = find(node);
    if (scoreCount[root] === 0) continue;
    let list = members.get(root);
    if (!list) members.set(root, (list = []));
    list.push(node);
  }
  const clusters: Array<Cluster & { first: number }> = [];
  for (const [root, nodes] of members) {
    const byDocument = new Map<number, number[]>();
    for (const node of nodes) {
      const doc = documentOf[node]!;
      let list = byDocument.get(doc);
      if (!list) byDocument.set(doc, (list = []));
      list.push(node - nodeBase[doc]!);
    }
    if (byDocument.size < 2) continue;
    clusters.push({
      first: nodes[0]!,
      members: [...byDocument].sort((p, q) => p[0] - q[0]).map(([document, sentences]) => ({ document, sentences })),
      score: Math.round((scoreSum[root]! / scoreCount[root]!) * 1000) / 1000,
    });
  }
  return clusters.sort((p, q) => p.first - q.first).map(({ members: m, score }) => ({ members: m, score }));
}

/**
 * Joins the nodes of the edges, surest first, into components (union-find), skipping an edge that would
 * spread a component over more than {@link maxSpanPerDocument} sentences of a document or that the
 * translations disagree with; each root sums the scores of the edges it took.
 */
function joinEdges(edges: Edge[], nodeCount: number, documentOf: Int32Array, parallelPairs: readonly ParallelPair[]) {
  const parent = Int32Array.from({ length: nodeCount }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // Per component: for each document, the lowest and highest node in it.
  const spans = new Map<number, Map<number, [number, number]>>();
  const spanOf = (root: number) => spans.get(root) ?? new Map([[documentOf[root]!, [root, root] as [number, number]]]);
  const nodesOf = new Map<number, number[]>();
  const scoreSum = new Float64Array(nodeCount);
  const scoreCount = new Int32Array(nodeCount);
  const sorted = [...edges].sort((p, q) => q.score - p.score || p.nodes[0]! - q.nodes[0]!);
  for (const edge of sorted) {
    const roots = [...new Set(edge.nodes.map(find))];
    const merged = new Map<number, [number, number]>();
    let consistent = true;
    for (const root of roots) {
      for (const [doc, [low, high]] of spanOf(root)) {
        const current = merged.get(doc);
        const next: [number, number] = current ? [Math.min(current[0], low), Math.max(current[1], high)] : [low, high];
        if (next[1] - next[0] > maxSpanPerDocument) consistent = false;
        merged.set(doc, next);
      }
    }
    if (!consistent) continue;
    const mergedNodes = roots.flatMap((root) => nodesOf.get(root) ?? [root]);
    if (!agreesWithTranslations(mergedNodes, documentOf, parallelPairs)) continue;
    const root = roots[0]!;
    nodesOf.set(root, mergedNodes);
    for (const other of roots.slice(1)) {
      parent[other] = root;
      scoreSum[root] = scoreSum[root]! + scoreSum[other]!;
      scoreCount[root] = scoreCount[root]! + scoreCount[other]!;
      spans.delete(other);
      nodesOf.delete(other);
    }
    spans.set(root, merged);
    scoreSum[root] = scoreSum[root]! + edge.score;
    scoreCount[root] = scoreCount[root]! + 1;
  }
  return { find, scoreSum, scoreCount };
}
