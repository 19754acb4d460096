// NTREX-128 development half (../shared/data/ntrex-dev/): 62 news documents translated line by line
// into every language, so the gold alignment of every pair is the identity. From it, seeded, this
// builds translations with deletions and merges, comparable pairs (sentences dropped, blocks shuffled)
// and N-way sets, each with its gold answer in terms of the original English line numbers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bead, Finding } from '../../src/index.js';
import { seededRandom } from './random.js';

/** Where the data lies, beside the project (`../shared/data/ntrex-dev/`). */
export const ntrexDir = fileURLToPath(new URL('../../../shared/data/ntrex-dev/', import.meta.url));

/** A finding the benchmarks count as an alarm: an error or a warning, not `info`. */
export const isAlarm = (finding: Finding) => finding.severity !== 'info';

export const ntrexLanguages = ['uk', 'nl', 'id', 'sv', 'ar'] as const;
/** Documents 1–31 are for development; 32–62 only for reported figures. */
export const lastDevDocument = 31;

/** One document in every language: `lines[lang][k]` translates line k of the English source. */
export interface NtrexDocument {
  /** 1-based, in the order of DOCUMENT_IDS.tsv. */
  number: number;
  id: string;
  lines: Record<string, string[]>;
}

export function readNtrex(dir: string, languages: readonly string[] = ntrexLanguages): NtrexDocument[] {
  const read = (name: string) => {
    const lines = readFileSync(`${dir}${name}`, 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines;
  };
  const ids = read('DOCUMENT_IDS.tsv').map((line) => line.split('\t')[0]!.trim());
  const byLang = Object.fromEntries(languages.map((lang) => [lang, read(`${lang}.txt`)]));
  for (const lang of languages) if (byLang[lang]!.length !== ids.length) throw new Error(`ntrex ${lang}.txt has ${byLang[lang]!.length} lines, ids ${ids.length}`);
  const documents: NtrexDocument[] = [];
  ids.forEach((id, line) => {
    if (documents.length === 0 || documents.at(-1)!.id !== id) {
      documents.push({ number: documents.length + 1, id, lines: Object.fromEntries(languages.map((lang) => [lang, []])) });
    }
    for (const lang of languages) documents.at(-1)!.lines[lang]!.push(byLang[lang]![line]!);
  });
  return documents;
}

/** A version built from a document: each sentence is one or more original line numbers. */
export interface Version {
  lang: string;
  sentences: string[];
  origins: number[][];
}

/** One line per sentence, lines kept with probability 1 − `deleted`. */
export function keepLines(lines: readonly string[], lang: string, deleted: number, next: () => number): Version {
  const origins: number[][] = [];
  lines.forEach((_, k) => {
    if (next() >= deleted) origins.push([k]);
  });
  return { lang, sentences: origins.map(([k]) => lines[k!]!), origins };
}

/**
 * Joins about `rate` of the adjacent sentence pairs that both versions have (consecutive lines in
 * both) into one sentence, on one side chosen at random.
 */
export function mergeAdjacent(a: Version, b: Version, linesA: readonly string[], linesB: readonly string[], rate: number, next: () => number): [Version, Version] {
  const indexIn = (version: Version) => new Map(version.origins.map((origin, index) => [origin[0]!, index]));
  const inA = indexIn(a);
  const inB = indexIn(b);
  const joinA = new Set<number>();
  const joinB = new Set<number>();
  const used = new Set<number>();
  for (const [line, x] of inA) {
    const y = inB.get(line);
    if (y === undefined || inA.get(line + 1) !== x + 1 || inB.get(line + 1) !== y + 1) continue;
    if (used.has(line) || used.has(line + 1) || next() >= rate) continue;
    used.add(line).add(line + 1);
    (next() < 0.5 ? joinA : joinB).add(line);
  }
  const join = (version: Version, lines: readonly string[], joins: Set<number>): Version => {
    const origins: number[][] = [];
    for (const origin of version.origins) {
      const previous = origins.at(-1);
      if (previous && joins.has(previous.at(-1)!) && origin[0] === previous.at(-1)! + 1) previous.push(origin[0]!);
      else origins.push([...origin]);
    }
    return { lang: version.lang, origins, sentences: origins.map((origin) => origin.map((k) => lines[k]!).join(' ')) };
  };
  return [join(a, linesA, joinA), join(b, linesB, joinB)];
}

/** Gold beads between two versions of one document (monotone; lines of one side only are 1-0/0-1). */
export function goldBeads(a: Version, b: Version): Bead[] {
  const sentenceOfB = new Map<number, number>();
  b.origins.forEach((origin, y) => origin.forEach((line) => sentenceOfB.set(line, y)));
  const sentenceOfA = new Map<number, number>();
  a.origins.forEach((origin, x) => origin.forEach((line) => sentenceOfA.set(line, x)));
  // Connected components of "shares a line", walked in order (both sides are in line order).
  const beads: Bead[] = [];
  let x = 0;
  let y = 0;
  while (x < a.origins.length || y < b.origins.length) {
    const xs = new Set<number>();
    const ys = new Set<number>();
    const partnerOfA = (index: number) => a.origins[index]!.map((line) => sentenceOfB.get(line)).filter((v): v is number => v !== undefined);
    const partnerOfB = (index: number) => b.origins[index]!.map((line) => sentenceOfA.get(line)).filter((v): v is number => v !== undefined);
    // Take whichever side's next sentence comes first in line order.
    const firstA = x < a.origins.length ? a.origins[x]![0]! : Infinity;
    const firstB = y < b.origins.length ? b.origins[y]![0]! : Infinity;
    const queue: Array<['a' | 'b', number]> = [firstA <= firstB ? ['a', x] : ['b', y]];
    while (queue.length > 0) {
      const [side, index] = queue.pop()!;
      if (side === 'a') {
        if (xs.has(index)) continue;
        xs.add(index);
        for (const partner of partnerOfA(index)) queue.push(['b', partner]);
      } else {
        if (ys.has(index)) continue;
        ys.add(index);
        for (const partner of partnerOfB(index)) queue.push(['a', partner]);
      }
    }
    const bead: Bead = [[...xs].sort((p, q) => p - q), [...ys].sort((p, q) => p - q)];
    beads.push(bead);
    if (xs.size > 0) x = Math.max(...xs) + 1;
    if (ys.size > 0) y = Math.max(...ys) + 1;
  }
  return beads;
}

/** A translation pair of one document: 10% deleted per side, about one pair in eight merged. */
export function translationPair(doc: NtrexDocument, langA: string, langB: string, seed: number): { a: Version; b: Version; gold: Bead[] } {
  const next = seededRandom(seed);
  const keptA = keepLines(doc.lines[langA]!, langA, 0.1, next);
  const keptB = keepLines(doc.lines[langB]!, langB, 0.1, next);
  const [a, b] = mergeAdjacent(keptA, keptB, doc.lines[langA]!, doc.lines[langB]!, 1 / 8, next);
  return { a, b, gold: goldBeads(a, b) };
}

/**
 * Two "articles" on one event from one document: `deleted` of the lines gone on each side, the rest
 * of B cut into blocks of `block` sentences and shuffled (A keeps its order).
 */
export function comparablePair(doc: NtrexDocument, langA: string, langB: string, seed: number, deleted = 0.4, block = 3): { a: Version; b: Version } {
  const next = seededRandom(seed);
  const shuffle = (version: Version): Version => {
    const blocks: number[][] = [];
    version.origins.forEach((_, index) => {
      if (index % block === 0) blocks.push([]);
      blocks.at(-1)!.push(index);
    });
    for (let k = blocks.length - 1; k > 0; k--) {
      const swap = Math.floor(next() * (k + 1));
      [blocks[k], blocks[swap]] = [blocks[swap]!, blocks[k]!];
    }
    const order = blocks.flat();
    return { lang: version.lang, sentences: order.map((index) => version.sentences[index]!), origins: order.map((index) => version.origins[index]!) };
  };
  const a = keepLines(doc.lines[langA]!, langA, deleted, next);
  const b = shuffle(keepLines(doc.lines[langB]!, langB, deleted, next));
  return { a, b };
}

/** Sentence pairs (x, y) that translate each other (share an original line). */
export function goldPairs(a: Version, b: Version): Set<string> {
  const sentenceOfB = new Map<number, number>();
  b.origins.forEach((origin, y) => origin.forEach((line) => sentenceOfB.set(line, y)));
  const pairs = new Set<string>();
  a.origins.forEach((origin, x) =>
    origin.forEach((line) => {
      const y = sentenceOfB.get(line);
      if (y !== undefined) pairs.add(`${x}:${y}`);
    }),
  );
  return pairs;
}

/** Pooled precision/recall/F1 counts. */
export class PairCounts {
  hits = 0;
  predicted = 0;
  gold = 0;
  add(predicted: Iterable<string>, gold: ReadonlySet<string>): void {
    for (const pair of predicted) {
      this.predicted++;
      if (gold.has(pair)) this.hits++;
    }
    this.gold += gold.size;
  }
  get precision(): number {
    return this.predicted === 0 ? 1 : this.hits / this.predicted;
  }
  get recall(): number {
    return this.gold === 0 ? 1 : this.hits / this.gold;
  }
  get f1(): number {
    const { precision: p, recall: r } = this;
    return p + r === 0 ? 0 : (2 * p * r) / (p + r);
  }
}

/** Every (x, y) sentence pair inside links. */
export function linkPairs(links: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>): string[] {
  const pairs: string[] = [];
  for (const link of links) for (const x of link.a) for (const y of link.b) pairs.push(`${x}:${y}`);
  return pairs;
}

/** Seed of one document and pair of languages, so every row sees the same data. */
export function pairSeed(doc: NtrexDocument, langA: string, langB: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (const char of `${doc.number}/${langA}/${langB}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
