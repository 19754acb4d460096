import type { Cluster, SegmentedDocument } from '../../types.js';

/** One row of the side-by-side view: per document, the sentence indices shown in its column. */
export interface ReportRow {
  /** Index of the cluster this row shows, or -1 for a sentence no cluster holds. */
  cluster: number;
  /** `cells[document]` lists that document's sentence indices (empty when it has none here). */
  cells: number[][];
}

/**
 * Lays clusters and unaligned sentences out in rows so that every document reads top to bottom in
 * its own order wherever the alignment allows it. A greedy merge over one pointer per document:
 * the next row is an item (cluster or lone sentence) that is next in every document it touches;
 * when crossing links (comparable articles) leave no such item, the earliest cluster goes first.
 * Linear in the number of sentences times the number of documents.
 *
 * @throws {RangeError} when a cluster names a document or sentence that does not exist.
 */
export function layoutRows(documents: readonly SegmentedDocument[], clusters: readonly Cluster[]): ReportRow[] {
  const documentCount = documents.length;
  const ownership = clusterOwnership(documents, clusters);
  const { owner, ownedSentences } = ownership;
  const emitted = new Uint8Array(clusters.length);
  const next = new Int32Array(documentCount);
  const rows: ReportRow[] = [];
  // Moves a document's head past the sentences whose clusters are already out.
  const skipEmitted = (document: number): void => {
    const sentenceOwners = owner[document]!;
    let position = next[document]!;
    while (position < sentenceOwners.length) {
      const clusterIndex = sentenceOwners[position]!;
      if (clusterIndex === -1 || emitted[clusterIndex] === 0) break;
      position++;
    }
    next[document] = position;
  };
  for (;;) {
    const { ready: bestReady, blocked: bestBlocked } = nextRowCandidates(ownership, next, skipEmitted);
    if (bestReady === undefined && bestBlocked === undefined) break;
    const cells: number[][] = Array.from({ length: documentCount }, () => []);
    if (bestReady !== undefined && bestReady.cluster === -1) {
      const head = next[bestReady.document]!;
      cells[bestReady.document]!.push(head);
      next[bestReady.document] = head + 1;
      rows.push({ cluster: -1, cells });
      continue;
    }
    const clusterIndex = bestReady?.cluster ?? bestBlocked!.cluster;
    emitted[clusterIndex] = 1;
    for (const [document, sentence] of ownedSentences[clusterIndex]!) cells[document]!.push(sentence);
    for (const cell of cells) cell.sort((left, right) => left - right);
    rows.push({ cluster: clusterIndex, cells });
  }
  return rows;
}

/** Which cluster shows each sentence, and what each cluster shows. */
interface ClusterOwnership {
  /** Per document and sentence: the first cluster naming it (or -1). */
  owner: Int32Array[];
  /** Per cluster and document: the lowest sentence index it holds there (or -1). */
  firstSentence: Int32Array[];
  /** Per cluster: the [document, sentence] pairs it owns (each sentence once, even if named twice). */
  ownedSentences: Array<Array<[number, number]>>;
}

/** {@link ClusterOwnership} of `clusters`; a RangeError for a cluster naming a document or sentence that does not exist. */
function clusterOwnership(documents: readonly SegmentedDocument[], clusters: readonly Cluster[]): ClusterOwnership {
  const documentCount = documents.length;
  const owner = documents.map((document) => new Int32Array(document.sentences.length).fill(-1));
  const firstSentence: Int32Array[] = [];
  const ownedSentences: Array<Array<[number, number]>> = [];
  clusters.forEach((cluster, clusterIndex) => {
    const first = new Int32Array(documentCount).fill(-1);
    const owned: Array<[number, number]> = [];
    for (const member of cluster.members) {
      const sentenceOwners = owner[member.document];
      if (!Number.isInteger(member.document) || sentenceOwners === undefined) {
        throw new RangeError(`clusters[${clusterIndex}] names document ${member.document}, which does not exist`);
      }
      for (const sentence of member.sentences) {
        if (!Number.isInteger(sentence) || sentence < 0 || sentence >= sentenceOwners.length) {
          throw new RangeError(
            `clusters[${clusterIndex}] names sentence ${sentence} of document ${member.document}, which does not exist`,
          );
        }
        if (sentenceOwners[sentence] !== -1) continue; // a sentence shows once, in its first cluster
        sentenceOwners[sentence] = clusterIndex;
        owned.push([member.document, sentence]);
        const current = first[member.document] ?? -1;
        if (current === -1 || sentence < current) first[member.document] = sentence;
      }
    }
    firstSentence.push(first);
    ownedSentences.push(owned);
  });
  return { owner, firstSentence, ownedSentences };
}

/**
 * The earliest row that can go next (`ready`: a cluster whose first sentence heads every document it
 * holds, or a sentence of no cluster) and the earliest blocked one, each by its earliest relative
 * position. Each document's head is first moved on by `skipEmitted`, in document order as it is read.
 */
function nextRowCandidates(
  { owner, firstSentence }: ClusterOwnership,
  next: Int32Array,
  skipEmitted: (document: number) => void,
): { ready?: { cluster: number; document: number; key: number }; blocked?: { cluster: number; key: number } } {
  const relativePosition = (document: number, sentence: number): number => sentence / Math.max(1, owner[document]!.length);
  let bestReady: { cluster: number; document: number; key: number } | undefined;
  let bestBlocked: { cluster: number; key: number } | undefined;
  for (let document = 0; document < owner.length; document++) {
    skipEmitted(document);
    const head = next[document]!;
    if (head >= owner[document]!.length) continue;
    const clusterIndex = owner[document]![head]!;
    let key = relativePosition(document, head);
    let ready = true;
    if (clusterIndex !== -1) {
      const first = firstSentence[clusterIndex]!;
      for (let other = 0; other < owner.length; other++) {
        const sentence = first[other]!;
        if (sentence === -1) continue;
        key = Math.min(key, relativePosition(other, sentence));
        if (sentence !== next[other]) ready = false;
      }
    }
    if (ready) {
      if (bestReady === undefined || key < bestReady.key) bestReady = { cluster: clusterIndex, document, key };
    } else if (bestBlocked === undefined || key < bestBlocked.key) {
      bestBlocked = { cluster: clusterIndex, key };
    }
  }
  return { ready: bestReady, blocked: bestBlocked };
}
