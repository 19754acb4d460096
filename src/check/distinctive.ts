/**
 * Links between separate articles that their own evidence makes sure of. Two reports of one event
 * name the same people, places and figures in many sentences; what ties one sentence to one other is
 * the facts the two share that the rest of each article does not repeat. A link whose sentences share
 * enough such distinctive facts, more than either sentence shares with any other sentence of the other
 * version, and would still do so without any one of them (the value a change would touch), reports one
 * statement: its facts can be compared one by one.
 *
 * @module
 */
import { sameNameSimilarity } from './deps.js';
import { entityIdentity, isCheckable } from './text.js';
import type { Anchor } from '../types.js';
import type { RuleContext, SentencePair } from './types.js';

/** One fact of a sentence, as it compares across versions. */
interface Fact {
  kind: 'name' | 'figure';
  key: string;
}

/** The evidence for one link: what its two sentences share, weighed by rarity, and their nearest rival. */
export interface LinkEvidence {
  /** Sum over shared facts of 1 / (sentences stating the fact, in the version that states it more often). */
  weight: number;
  /** The weight without its heaviest fact: what remains when one shared value changes. */
  withoutBest: number;
  /** Shared facts. */
  shared: number;
  /** Highest weight either sentence reaches with another sentence of the other version. */
  rival: number;
}

function factOf(anchor: Anchor): Fact | undefined {
  switch (anchor.type) {
    case 'entity':
      return { kind: 'name', key: `e:${entityIdentity(anchor)}` };
    case 'country':
      return { kind: 'name', key: `c:${anchor.value}` };
    case 'number':
    case 'ordinal':
      return { kind: 'figure', key: `f:${anchor.numeric}` };
    case 'date':
      return { kind: 'figure', key: `d:${anchor.value}` };
    default:
      return undefined;
  }
}

/** Distinct facts of each checkable sentence of a document. */
function factsOfDocument(context: RuleContext, document: number): Fact[][] {
  const doc = context.documents[document]!;
  return doc.sentences.map((_, sentence) => {
    if (!isCheckable(doc, sentence)) return [];
    const seen = new Map<string, Fact>();
    for (const anchor of context.anchors[document]?.[sentence] ?? []) {
      const fact = factOf(anchor);
      if (fact !== undefined && !seen.has(fact.key)) seen.set(fact.key, fact);
    }
    return [...seen.values()];
  });
}

/** Whether two facts state the same thing: equal keys, or names written alike across scripts. */
function sameFact(context: RuleContext, x: Fact, y: Fact): boolean {
  if (x.key === y.key) return true;
  return x.key.startsWith('e:') && y.key.startsWith('e:') && context.nameSimilarity(x.key.slice(2), y.key.slice(2)) >= sameNameSimilarity;
}

/** How many sentences of a document state each fact of one of its sentences (itself included). */
function spread(context: RuleContext, facts: readonly Fact[][], fact: Fact): number {
  let count = 0;
  for (const sentence of facts) if (sentence.some((other) => sameFact(context, fact, other))) count++;
  return Math.max(1, count);
}

/** The weights of the facts two sentences share (each fact of `x` matched at most once). */
function sharedWeights(context: RuleContext, x: readonly Fact[], y: readonly Fact[], spreadX: readonly number[], spreadY: readonly number[]): number[] {
  const used = new Set<number>();
  const weights: number[] = [];
  x.forEach((fact, i) => {
    const j = y.findIndex((other, k) => !used.has(k) && sameFact(context, fact, other));
    if (j < 0) return;
    used.add(j);
    weights.push(1 / Math.max(spreadX[i]!, spreadY[j]!));
  });
  return weights;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * The evidence of every comparable one-sentence link of a context (see {@link LinkEvidence}), once
 * per context.
 */
export function linkEvidence(context: RuleContext): ReadonlyMap<SentencePair, LinkEvidence> {
  const cached = evidenceCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Map<SentencePair, LinkEvidence>();
  const facts = context.documents.map((_, d) => factsOfDocument(context, d));
  const spreads = facts.map((doc) => doc.map((sentence) => sentence.map((fact) => spread(context, doc, fact))));
  // Weight of every sentence pair of two documents, computed on first need.
  const matrices = new Map<string, number[][]>();
  const matrix = (a: number, b: number) => {
    const key = `${a}:${b}`;
    let m = matrices.get(key);
    if (m === undefined) {
      m = facts[a]!.map((x, i) => facts[b]!.map((y, j) => sum(sharedWeights(context, x, y, spreads[a]![i]!, spreads[b]![j]!))));
      matrices.set(key, m);
    }
    return m;
  };
  for (const pair of context.pairs) {
    if (pair.mode !== 'comparable' || pair.a.sentences.length !== 1 || pair.b.sentences.length !== 1) continue;
    const [a, b] = [pair.a.document, pair.b.document];
    const [i, j] = [pair.a.sentences[0]!, pair.b.sentences[0]!];
    const weights = sharedWeights(context, facts[a]![i]!, facts[b]![j]!, spreads[a]![i]!, spreads[b]![j]!);
    const m = matrix(a, b);
    let rival = 0;
    m[i]!.forEach((w, k) => {
      if (k !== j) rival = Math.max(rival, w);
    });
    m.forEach((row, k) => {
      if (k !== i) rival = Math.max(rival, row[j]!);
    });
    const weight = sum(weights);
    result.set(pair, { weight, withoutBest: weight - Math.max(0, ...weights), shared: weights.length, rival });
  }
  evidenceCache.set(context, result);
  return result;
}

const evidenceCache = new WeakMap<RuleContext, ReadonlyMap<SentencePair, LinkEvidence>>();

/** Least weight of distinctive facts two sentences must share: two facts each stated once per article, or more facts stated more often. */
export const minDistinctiveWeight = 1;
/** Least weight left when the heaviest shared fact is taken away: the link must stand without the value a change touches. */
export const minWeightWithoutBest = 0.5;
/** How many times the weight of its nearest rival a link's weight must be. */
export const rivalFactor = 1.5;

/**
 * The comparable links their own evidence makes sure of: sentences that share distinctive facts
 * ({@link minDistinctiveWeight}), still enough without the heaviest ({@link minWeightWithoutBest}),
 * far more than either shares with another sentence of the other version ({@link rivalFactor}).
 */
export function distinctiveLinks(context: RuleContext): ReadonlySet<SentencePair> {
  const cached = distinctiveCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Set<SentencePair>();
  for (const [pair, e] of linkEvidence(context)) {
    if (e.weight < minDistinctiveWeight || e.withoutBest < minWeightWithoutBest || e.weight < rivalFactor * e.rival) continue;
    result.add(pair);
  }
  distinctiveCache.set(context, result);
  return result;
}

const distinctiveCache = new WeakMap<RuleContext, ReadonlySet<SentencePair>>();
