/**
 * Links between separate articles that their own evidence makes sure of. Two reports of one event
 * name the same people, places and figures in many sentences; what ties one sentence to one other is
 * the facts the two share that the rest of each article does not repeat. A link whose sentences share
 * enough such distinctive facts, clearly more than either sentence shares with any other sentence of
 * the other version, and enough still without the heaviest of them (the value a change would touch),
 * reports one statement: its facts can be compared one by one. On the NTREX dev comparable sets such
 * links that no third version confirmed were right 15 times in 17, as sure as confirmed ones. A name
 * must be among the shared facts: small figures recur across a story's sentences.
 *
 * @module
 */
import { sameNameSimilarity } from './deps.js';
import { entityIdentity, isCheckable } from './text.js';
import type { Anchor } from '../types.js';
import type { RuleContext, SentencePair } from './types.js';

/** One fact of a sentence, as it compares across versions. */
export interface Fact {
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

/** The fact an anchor states, as it compares across versions (names by identity, figures by value). */
export function factOf(anchor: Anchor): Fact | undefined {
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
export function sameFact(context: RuleContext, x: string, y: string): boolean {
  if (x === y) return true;
  return x.startsWith('e:') && y.startsWith('e:') && context.nameSimilarity(x.slice(2), y.slice(2)) >= sameNameSimilarity;
}

/** For each fact of one document, the facts of another (or the same) document that state the same thing. */
function matcher(context: RuleContext, keysA: readonly string[], keysB: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const x of keysA) result.set(x, keysB.filter((y) => sameFact(context, x, y)));
  return result;
}

/** The sentences of a document that state each of its facts. */
function postingsOf(facts: readonly Fact[][]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  facts.forEach((sentence, s) => {
    for (const fact of sentence) {
      const list = postings.get(fact.key);
      if (list === undefined) postings.set(fact.key, [s]);
      else list.push(s);
    }
  });
  return postings;
}

/** The sentences of a document stating any of the given facts. */
function sentencesStating(postings: ReadonlyMap<string, number[]>, keys: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const key of keys) for (const s of postings.get(key) ?? []) found.add(s);
  return found;
}

/** The weights of the facts two sentences share (each fact of `x` matched at most once). */
function sharedWeights(matches: ReadonlyMap<string, string[]>, x: readonly Fact[], y: readonly Fact[], spreadX: ReadonlyMap<string, number>, spreadY: ReadonlyMap<string, number>): number[] {
  const used = new Set<number>();
  const weights: number[] = [];
  for (const fact of x) {
    const same = matches.get(fact.key) ?? [];
    const j = y.findIndex((other, k) => !used.has(k) && same.includes(other.key));
    if (j < 0) continue;
    used.add(j);
    weights.push(1 / Math.max(spreadX.get(fact.key) ?? 1, spreadY.get(y[j]!.key) ?? 1));
  }
  return weights;
}

/** Some sentences of one document. */
export interface SentencesOf {
  document: number;
  sentences: readonly number[];
}

/**
 * How many facts two groups of sentences state in common, each fact of `x` matched at most once;
 * `keep` picks the anchors counted.
 */
export function sharedFactCount(context: RuleContext, x: SentencesOf, y: SentencesOf, keep: (document: number, sentence: number, anchor: Anchor) => boolean): number {
  const factsOf = (side: SentencesOf) => {
    const doc = context.documents[side.document]!;
    const seen = new Map<string, Fact>();
    for (const sentence of side.sentences) {
      if (!isCheckable(doc, sentence)) continue;
      for (const anchor of context.anchors[side.document]?.[sentence] ?? []) {
        const fact = factOf(anchor);
        if (fact !== undefined && keep(side.document, sentence, anchor)) seen.set(fact.key, fact);
      }
    }
    return [...seen.values()];
  };
  const inY = factsOf(y);
  const used = new Set<number>();
  let count = 0;
  for (const fact of factsOf(x)) {
    const j = inY.findIndex((other, k) => !used.has(k) && other.kind === fact.kind && sameFact(context, fact.key, other.key));
    if (j < 0) continue;
    used.add(j);
    count++;
  }
  return count;
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
  const links = context.pairs.filter((pair) => pair.mode === 'comparable' && pair.a.sentences.length === 1 && pair.b.sentences.length === 1);
  if (links.length === 0) {
    evidenceCache.set(context, result);
    return result;
  }
  const facts = context.documents.map((_, d) => factsOfDocument(context, d));
  const postings = facts.map(postingsOf);
  const keys = postings.map((p) => [...p.keys()]);
  // How many sentences of its document state each fact (names written alike count as one fact).
  const spreads = keys.map((docKeys, d) => {
    const within = matcher(context, docKeys, docKeys);
    return new Map(docKeys.map((key) => [key, Math.max(1, sentencesStating(postings[d]!, within.get(key)!).size)]));
  });
  const matchers = new Map<string, Map<string, string[]>>();
  const matchesOf = (a: number, b: number) => {
    const id = `${a}:${b}`;
    let m = matchers.get(id);
    if (m === undefined) matchers.set(id, (m = matcher(context, keys[a]!, keys[b]!)));
    return m;
  };
  // The highest weight sentence `i` of document `a` reaches with a sentence of `b` other than `except`.
  const bestElsewhere = (a: number, i: number, b: number, except: number) => {
    const matches = matchesOf(a, b);
    const candidates = sentencesStating(postings[b]!, facts[a]![i]!.flatMap((fact) => matches.get(fact.key) ?? []));
    let best = 0;
    for (const k of candidates) {
      if (k !== except) best = Math.max(best, sum(sharedWeights(matches, facts[a]![i]!, facts[b]![k]!, spreads[a]!, spreads[b]!)));
    }
    return best;
  };
  for (const pair of links) {
    const [a, b] = [pair.a.document, pair.b.document];
    const [i, j] = [pair.a.sentences[0]!, pair.b.sentences[0]!];
    const weights = sharedWeights(matchesOf(a, b), facts[a]![i]!, facts[b]![j]!, spreads[a]!, spreads[b]!);
    const rival = Math.max(bestElsewhere(a, i, b, j), bestElsewhere(b, j, a, i));
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
 * Checkable sentences each version needs for a fact stated in one of them to be rare: in a text of a
 * sentence or two, every name is stated once, and shared places alone do not make one statement.
 */
export const minSentencesForRarity = 3;

function checkableSentences(context: RuleContext, document: number): number {
  const doc = context.documents[document]!;
  return doc.sentences.filter((_, s) => isCheckable(doc, s)).length;
}

/**
 * The comparable links their own evidence makes sure of: sentences that share distinctive facts
 * ({@link minDistinctiveWeight}), still enough without the heaviest ({@link minWeightWithoutBest}),
 * far more than either shares with another sentence of the other version ({@link rivalFactor}), in
 * versions long enough for a fact to be rare ({@link minSentencesForRarity}).
 */
export function distinctiveLinks(context: RuleContext): ReadonlySet<SentencePair> {
  const cached = distinctiveCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Set<SentencePair>();
  for (const [pair, e] of linkEvidence(context)) {
    if (e.weight < minDistinctiveWeight || e.withoutBest < minWeightWithoutBest || e.weight < rivalFactor * e.rival) continue;
    if (checkableSentences(context, pair.a.document) < minSentencesForRarity || checkableSentences(context, pair.b.document) < minSentencesForRarity) continue;
    // Figures alone do not single a statement out: two reports of one event repeat small figures
    // (3 and 10 inches of rain in one, 3 and 10 cm in another sentence of the other).
    if (sharedFactCount(context, pair.a, pair.b, (_document, _sentence, anchor) => factOf(anchor)?.kind === 'name') === 0) continue;
    result.add(pair);
  }
  distinctiveCache.set(context, result);
  return result;
}

const distinctiveCache = new WeakMap<RuleContext, ReadonlySet<SentencePair>>();

/** Facts a sentence elsewhere must share with a link's side, besides the names compared, to be the statement that side makes. */
const minFactsOfAStatement = 2;

/**
 * Whether, between separate articles, a name left over in a link (`names` finds it, on side `own`)
 * stands in a sentence of the other article outside the link that shares at least as many other facts
 * with `own` as the linked sentences do, and two at least: that sentence makes the statement, and the
 * link joined two statements, each naming its own person ("Boris Johnson" against "Theresa May" while the
 * other article names Boris Johnson two sentences on). `compared` tells the names under comparison,
 * which count as no shared fact. With `linkWinsTie`, a sentence that shares only as many facts as the
 * link does is no better partner.
 */
export function betterPartnerNames(
  context: RuleContext,
  own: SentencesOf,
  linked: SentencesOf,
  names: (anchor: Anchor) => boolean,
  compared: (anchor: Anchor) => boolean,
  linkWinsTie = false,
): boolean {
  const keep = (_document: number, _sentence: number, anchor: Anchor) => !compared(anchor);
  const withLink = sharedFactCount(context, own, linked, keep);
  const sentences = context.anchors[linked.document] ?? [];
  for (let index = 0; index < sentences.length; index++) {
    if (linked.sentences.includes(index) || !sentences[index]!.some(names)) continue;
    const shared = sharedFactCount(context, own, { document: linked.document, sentences: [index] }, keep);
    if (shared >= minFactsOfAStatement && (linkWinsTie ? shared > withLink : shared >= withLink)) return true;
  }
  return false;
}
