// Which sentences of two versions say the same thing, and how sure we are: the rules' view of the alignment.
import { isClockTime, maxYear, minYear, sameNameSimilarity } from './deps.js';
import { isCorroborated } from './corroborate.js';
import { translationLinksAsVoted } from './translation-votes.js';
import { groupBy } from './group.js';
import type { Anchor, DateAnchor, NumberAnchor, OrdinalAnchor } from '../types.js';
import { anchorKey, entityIdentity, isCheckable } from './text.js';
import type { RuleContext, SentencePair } from './types.js';

/** Lowest link score at which two sentences of translations are compared. */
export const parallelMinScore = 0.45;
/** Links of translations from this score vote on the links of the other pairs (see `translationLinksAsVoted`). */
export const translationVoteScore = parallelMinScore;
/** Translation links this sure need no check that the neighbouring sentences state the value instead. */
export const sureParallelScore = 0.75;
/** Lowest link score at which two sentences of separate articles are compared. */
export const comparableMinScore = 0.55;

/** The anchors of some sentences of one document (boilerplate left out), in order. */
export function anchorsOfSentences(context: RuleContext, document: number, sentences: readonly number[]): Array<{ anchor: Anchor; sentence: number }> {
  const doc = context.documents[document]!;
  const found: Array<{ anchor: Anchor; sentence: number }> = [];
  for (const sentence of sentences) {
    if (!isCheckable(doc, sentence)) continue;
    for (const anchor of context.anchors[document]?.[sentence] ?? []) found.push({ anchor, sentence });
  }
  return found;
}

/** The anchors of some sentences of one document (boilerplate left out), without their sentences. */
export function factsOf(context: RuleContext, document: number, sentences: readonly number[]): Anchor[] {
  return anchorsOfSentences(context, document, sentences).map((found) => found.anchor);
}

function identityOf(anchor: Anchor): string | undefined {
  if (anchor.type === 'entity') return `e:${entityIdentity(anchor)}`;
  if (anchor.type === 'country') return `c:${anchor.value}`;
  return undefined;
}

/**
 * How well two sets of sentences agree on names and countries: shared identities and their Jaccard
 * ratio. Separate articles link sentences that share a topic; only near-identical sentences are
 * compared fact by fact.
 */
export function nameAgreement(context: RuleContext, anchorsA: readonly Anchor[], anchorsB: readonly Anchor[]): { shared: number; ratio: number } {
  const a = new Set(anchorsA.map(identityOf).filter((x): x is string => x !== undefined));
  const b = new Set(anchorsB.map(identityOf).filter((x): x is string => x !== undefined));
  let shared = 0;
  const unmatchedB = new Set(b);
  for (const identity of a) {
    if (unmatchedB.has(identity)) {
      shared++;
      unmatchedB.delete(identity);
      continue;
    }
    if (identity.startsWith('e:')) {
      for (const other of unmatchedB) {
        if (other.startsWith('e:') && context.nameSimilarity(identity.slice(2), other.slice(2)) >= sameNameSimilarity) {
          shared++;
          unmatchedB.delete(other);
          break;
        }
      }
    }
  }
  const union = a.size + b.size - shared;
  return { shared, ratio: union === 0 ? 1 : shared / union };
}

/**
 * The linked sentence pairs confident enough to compare facts on: translations above
 * {@link parallelMinScore} (or between good links), unless the other versions contradict them, and
 * without the passengers those set apart (see {@link translationLinksAsVoted}); separate articles
 * when a third version confirms the link (see `corroboratedLinks`), else above
 * {@link comparableMinScore} and only when the two sides name the same people, places and countries
 * (at least two, most of them).
 */
export function confidentPairs(context: RuleContext): SentencePair[] {
  const cached = confidentCache.get(context);
  if (cached !== undefined) return cached;
  const sandwiched = sandwichedLinks(context);
  const diagonal = sentenceParallelLinks(context);
  const voted = translationLinksAsVoted(context);
  const confident = context.pairs.filter((pair) => {
    if (pair.mode === 'parallel') {
      // The other versions contradict it (see translationLinksAsVoted).
      if (voted.has(pair) && voted.get(pair) === undefined) return false;
      if (pair.score >= parallelMinScore) return true;
      const run = sandwiched.get(pair);
      const byPlace = (diagonal.has(pair) && pair.score >= directSandwichMinScore) || (run !== undefined && pair.score >= (run === 1 ? directSandwichMinScore : sandwichMinScore));
      return byPlace && !partnerNearby(context, pair);
    }
    // A statement a third version confirms is the same statement, whatever its own evidence.
    if (isCorroborated(context, pair)) return true;
    if (pair.score < comparableMinScore) return false;
    const anchorsA = factsOf(context, pair.a.document, pair.a.sentences);
    const anchorsB = factsOf(context, pair.b.document, pair.b.sentences);
    const { shared, ratio } = nameAgreement(context, anchorsA, anchorsB);
    if (shared >= minSharedFacts && ratio >= comparableNameShare) return true;
    // Two reports repeat whole statements, whose facts are figures as often as names ("Palu, with
    // more than 380,000 inhabitants"): a sure link whose sentences share most of their facts of any kind.
    if (pair.score < sureComparableScore) return false;
    const facts = factAgreement(context, anchorsA, anchorsB);
    return facts.shared >= minSharedFacts && facts.ratio >= comparableFactShare;
  });
  // A translation link's facts are compared without the passengers the other versions set apart.
  const compared = confident.map((pair) => voted.get(pair) ?? pair);
  confidentCache.set(context, compared);
  return compared;
}

const confidentCache = new WeakMap<RuleContext, SentencePair[]>();

/** How many sentences from a link's own a truer partner is looked for (see {@link partnerNearby}). */
const partnerSearchRadius = 2;
/** Facts a sentence near a link must share with the link's other side to be taken for its partner. */
const partnerSharedFacts = 2;

/**
 * Whether a link trusted for its place alone (between good links, or in a run that goes sentence for
 * sentence) shares no fact across it while a sentence near one of its sentences shares at least
 * {@link partnerSharedFacts} with the other, more than with any sentence it is itself linked to there.
 * A version that left a line out or moved one shifts the links beside the gap onto a neighbour, and the
 * true partner stands close by. A changed fact leaves no such partner: a sentence whose one fact
 * changed shares too little with any sentence, and a lead that repeats its headline's facts is linked
 * to the lead of the other version, which shares more.
 */
function partnerNearby(context: RuleContext, pair: SentencePair): boolean {
  const anchorsA = factsOf(context, pair.a.document, pair.a.sentences);
  const anchorsB = factsOf(context, pair.b.document, pair.b.sentences);
  if (factAgreement(context, anchorsA, anchorsB).shared > 0) return false;
  return nearerPartner(context, pair.b, pair.a.document, anchorsA) || nearerPartner(context, pair.a, pair.b.document, anchorsB);
}

/** Whether a sentence near `side`'s is a truer partner for `facts`, those of a sentence of document `other` (see {@link partnerNearby}). */
function nearerPartner(context: RuleContext, side: SentencePair['a'], other: number, facts: readonly Anchor[]): boolean {
  return neighbourhood(context, side.document, side.sentences, partnerSearchRadius).some((sentence) => {
    if (side.sentences.includes(sentence)) return false;
    const own = factsOf(context, side.document, [sentence]);
    const shared = factAgreement(context, own, facts).shared;
    if (shared < partnerSharedFacts) return false;
    return linkedSentences(context, side.document, sentence, other).every((linked) => factAgreement(context, own, factsOf(context, other, linked)).shared < shared);
  });
}

/** The sentences of document `other` each link of sentence `sentence` of `document` holds. */
function linkedSentences(context: RuleContext, document: number, sentence: number, other: number): Array<readonly number[]> {
  const found: Array<readonly number[]> = [];
  for (const pair of context.pairs) {
    if (pair.a.document === document && pair.b.document === other && pair.a.sentences.includes(sentence)) found.push(pair.b.sentences);
    else if (pair.b.document === document && pair.a.document === other && pair.b.sentences.includes(sentence)) found.push(pair.a.sentences);
  }
  return found;
}

/** A link between separate articles this sure may be compared on shared figures as well as names. */
export const sureComparableScore = 0.6;
/** Share of their facts (names, countries, numbers, dates) two such sentences must have in common. */
const comparableFactShare = 0.5;
/** Share of the names (people, places, countries) of two separate articles' linked sentences that must agree. */
const comparableNameShare = 0.6;
/** Two separate articles' sentences are compared only when they share at least this many facts. */
const minSharedFacts = 2;

function figureOf(anchor: Anchor): string | undefined {
  if (anchor.type === 'number' || anchor.type === 'ordinal') return `f:${anchor.numeric}`;
  if (anchor.type === 'date') return `d:${anchor.value}`;
  return undefined;
}

/** Like {@link nameAgreement}, over every fact: names and countries, and numbers and dates by value. */
export function factAgreement(context: RuleContext, anchorsA: readonly Anchor[], anchorsB: readonly Anchor[]): { shared: number; ratio: number } {
  const names = nameAgreement(context, anchorsA, anchorsB);
  const namesA = new Set(anchorsA.map(identityOf).filter((x) => x !== undefined)).size;
  const namesB = new Set(anchorsB.map(identityOf).filter((x) => x !== undefined)).size;
  const a = new Set(anchorsA.map(figureOf).filter((x): x is string => x !== undefined));
  const b = new Set(anchorsB.map(figureOf).filter((x): x is string => x !== undefined));
  let sharedFigures = 0;
  for (const figure of a) if (b.has(figure)) sharedFigures++;
  const shared = names.shared + sharedFigures;
  const union = namesA + namesB - names.shared + a.size + b.size - sharedFigures;
  return { shared, ratio: union === 0 ? 1 : shared / union };
}

/**
 * Links of translations that go sentence for sentence: a link inside an unbroken run of at least
 * {@link minInStepRun} links, each one sentence a side and next to the one before, with
 * {@link inStepReach} of them on each side of it (or the document's first or last sentence on both
 * sides). There a link is the sentence's translation, however little its anchors agree: a sentence
 * whose only anchor is the changed value scores near nothing, and so do its neighbours when they hold
 * no anchor, so no good link vouches for it. A short run says little: any two short texts pair one to one.
 */
function sentenceParallelLinks(context: RuleContext): Set<SentencePair> {
  const found = new Set<SentencePair>();
  for (const list of translationLinksInOrder(context.pairs)) {
    const first = list[0];
    if (first === undefined) continue;
    const lastA = context.documents[first.a.document]!.sentences.length - 1;
    const lastB = context.documents[first.b.document]!.sentences.length - 1;
    const single = (pair: SentencePair) => pair.a.sentences.length === 1 && pair.b.sentences.length === 1;
    for (let start = 0; start < list.length; ) {
      if (!single(list[start]!)) {
        start++;
        continue;
      }
      let end = start + 1;
      while (end < list.length && single(list[end]!) && adjacentLinks(list[end - 1]!, list[end]!)) end++;
      if (end - start >= minInStepRun) {
        const startsBoth = list[start]!.a.sentences[0] === 0 && list[start]!.b.sentences[0] === 0;
        const endsBoth = list[end - 1]!.a.sentences[0] === lastA && list[end - 1]!.b.sentences[0] === lastB;
        for (let i = start; i < end; i++) {
          if ((startsBoth || i - start >= inStepReach) && (endsBoth || end - 1 - i >= inStepReach)) found.add(list[i]!);
        }
      }
      start = end;
    }
  }
  return found;
}

/** Links on each side of a translation link that must go sentence for sentence for it to be trusted alone. */
const inStepReach = 2;
/** Shortest run of one-to-one links read as versions that go sentence for sentence. */
const minInStepRun = 8;

/** Lowest score of a translation link that is trusted because it sits between two good links. */
export const sandwichMinScore = 0.15;
/**
 * Lowest score of a translation link whose two neighbours are good links right next to it. A sentence
 * whose only anchor is the number that changed ("300 Schritt" / "304 m") scores near nothing, yet in a
 * translation the one sentence between two sure links is its counterpart.
 */
export const directSandwichMinScore = 0.05;
/** Score both neighbours of a sandwiched link need. */
const sandwichNeighbourScore = 0.35;

/** How many weak links in a row two good links of a translation may hold between them and still vouch for. */
const sandwichRunLimit = 4;

/** The translation links of each pair of documents, in the order of the first document. */
export function translationLinksInOrder(pairs: readonly SentencePair[]): SentencePair[][] {
  const byDocuments = groupBy(
    pairs.filter((pair) => pair.mode === 'parallel'),
    (pair) => `${pair.a.document}:${pair.b.document}`,
  );
  return [...byDocuments.values()].map((list) => list.sort((x, y) => x.a.sentences[0]! - y.a.sentences[0]!));
}

/**
 * Whether the two versions' sentence boundaries agree around a link: a translation link that is sure
 * itself, or sits between a sure link right before and one right after it, each touching it on both
 * sides; a link between separate articles that a third version confirms. Then a value in a neighbouring sentence is another statement, not this one moved across a
 * boundary ("de twee provincies" in the sentence before does not excuse "إثنان وثائق" against "drie
 * juridische documenten").
 */
export function boundariesAgree(context: RuleContext, pair: SentencePair): boolean {
  // A statement other versions confirm has its own boundaries in each: no value moved across one.
  if (pair.mode === 'comparable') return isCorroborated(context, pair);
  return pair.score >= sureParallelScore || betweenSureLinks(context, pair);
}

/**
 * Whether a link has a sure link right before and right after it, each touching it on both sides. The
 * start or end of both versions' checkable text bounds it as surely: translations begin and end together.
 */
function betweenSureLinks(context: RuleContext, pair: SentencePair): boolean {
  let edges = sureLinkEdges.get(context);
  if (edges === undefined) {
    // Where sure links end and start, once per context: `documentA:documentB:sentenceA:sentenceB`.
    edges = { ends: new Set(), starts: new Set() };
    for (const p of context.pairs) {
      if (p.score < sureParallelScore) continue;
      const documents = `${p.a.document}:${p.b.document}`;
      edges.ends.add(`${documents}:${p.a.sentences[p.a.sentences.length - 1]}:${p.b.sentences[p.b.sentences.length - 1]}`);
      edges.starts.add(`${documents}:${p.a.sentences[0]}:${p.b.sentences[0]}`);
    }
    sureLinkEdges.set(context, edges);
  }
  const documents = `${pair.a.document}:${pair.b.document}`;
  const [firstA, firstB] = [pair.a.sentences[0]!, pair.b.sentences[0]!];
  const [lastA, lastB] = [pair.a.sentences[pair.a.sentences.length - 1]!, pair.b.sentences[pair.b.sentences.length - 1]!];
  const ends = checkableEndsOf(context);
  const boundedBefore = startsCheckableText(pair, ends) || edges.ends.has(`${documents}:${firstA - 1}:${firstB - 1}`);
  const boundedAfter = endsCheckableText(pair, ends) || edges.starts.has(`${documents}:${lastA + 1}:${lastB + 1}`);
  return boundedBefore && boundedAfter;
}

const sureLinkEdges = new WeakMap<RuleContext, { ends: Set<string>; starts: Set<string> }>();

/** Whether `after` starts right where `before` ends, in both documents (no sentence left out between). */
export function adjacentLinks(before: SentencePair, after: SentencePair): boolean {
  return (
    before.a.sentences[before.a.sentences.length - 1]! + 1 === after.a.sentences[0] &&
    before.b.sentences[before.b.sentences.length - 1]! + 1 === after.b.sentences[0]
  );
}

/**
 * Links of translations that sit between two good links, directly or in an unbroken run of at most
 * {@link sandwichRunLimit} weaker links that leave no sentence out on either side. In a translation the
 * aligner scores a link down exactly when its numbers or names disagree, and gives short sentences
 * without any anchor little confidence ("Noch 335 Höhenmeter bis zum Gipfel ." after a changed number,
 * then two sentences with no figure or name); between two good links they are still the right links.
 * Both texts' edges count as a good link, for one of the two only: translations begin and end together,
 * so a run reaching both ends is bounded there ("4 чоловіки поранені." / "5 mannen raakten gewond."
 * closing a short report, nothing after it anchored).
 */
function sandwichedLinks(context: RuleContext): Map<SentencePair, number> {
  // Each sandwiched link with the number of weak links between the two good ones (1: it alone).
  const result = new Map<SentencePair, number>();
  const good = (pair: SentencePair) => pair.score >= sandwichNeighbourScore;
  const ends = checkableEndsOf(context);
  for (const links of translationLinksInOrder(context.pairs)) {
    const list = withDocumentEdges(links, ends);
    const mark = (pair: SentencePair, run: number) => {
      if (!isDocumentEdge(pair)) result.set(pair, run);
    };
    // The first and the last link have one neighbour only.
    const first = list[0];
    const last = list[list.length - 1];
    const goodLink = (pair: SentencePair | undefined) => pair !== undefined && !isDocumentEdge(pair) && good(pair);
    if (first !== undefined && goodLink(list[1])) mark(first, sandwichRunLimit);
    if (last !== undefined && list.length > 1 && goodLink(list[list.length - 2])) mark(last, sandwichRunLimit);
    // The index of the good link reached from link i through adjacent links, in direction step, past
    // fewer than `budget` weak links; -1 when none is.
    const goodReached = (i: number, step: 1 | -1, budget: number) => {
      for (let j = i; budget > 0; j += step, budget--) {
        const next = list[j + step];
        if (next === undefined || !(step === 1 ? adjacentOrEdge(list[j]!, next) : adjacentOrEdge(next, list[j]!))) return -1;
        if (good(next)) return j + step;
      }
      return -1;
    };
    for (let i = 1; i + 1 < list.length; i++) {
      const before = goodReached(i, -1, sandwichRunLimit);
      if (before < 0) continue;
      // Weak links between link i and the good one before it; at most sandwichRunLimit in the run, i among them.
      const weakBefore = i - before - 1;
      const after = goodReached(i, 1, sandwichRunLimit - weakBefore);
      // An edge stands in for one good link, not both: a weak link that is all two texts share is no surer for it.
      if (after >= 0 && !(isDocumentEdge(list[before]!) && isDocumentEdge(list[after]!))) mark(list[i]!, after - before - 1);
    }
  }
  return result;
}

/** The score of the stand-in links {@link withDocumentEdges} puts at the documents' edges: a good link. */
const documentEdgeScore = 1;

/** First and last checkable sentence of a document (-1 and -1 when it has none). */
function checkableEnds(document: RuleContext['documents'][number]): { first: number; last: number } {
  let first = -1;
  let last = -1;
  for (let sentence = 0; sentence < document.sentences.length; sentence++) {
    if (!isCheckable(document, sentence)) continue;
    if (first < 0) first = sentence;
    last = sentence;
  }
  return { first, last };
}

type CheckableEnds = ReadonlyArray<{ first: number; last: number }>;

/** {@link checkableEnds} of every document, once per context. */
function checkableEndsOf(context: RuleContext): CheckableEnds {
  let ends = checkableEndsCache.get(context);
  if (ends === undefined) {
    ends = context.documents.map(checkableEnds);
    checkableEndsCache.set(context, ends);
  }
  return ends;
}

const checkableEndsCache = new WeakMap<RuleContext, CheckableEnds>();

/** Whether a link starts both its documents' checkable text. */
function startsCheckableText(pair: SentencePair, ends: CheckableEnds): boolean {
  return pair.a.sentences[0] === ends[pair.a.document]!.first && pair.b.sentences[0] === ends[pair.b.document]!.first;
}

/** Whether a link ends both its documents' checkable text. */
function endsCheckableText(pair: SentencePair, ends: CheckableEnds): boolean {
  return pair.a.sentences[pair.a.sentences.length - 1] === ends[pair.a.document]!.last && pair.b.sentences[pair.b.sentences.length - 1] === ends[pair.b.document]!.last;
}

/**
 * One pair's translation links in order, with a stand-in good link (no sentences, {@link documentEdgeScore})
 * before the first when it starts both documents' checkable text, and after the last when it ends both.
 */
function withDocumentEdges(links: readonly SentencePair[], ends: CheckableEnds): SentencePair[] {
  const head = links[0];
  const tail = links[links.length - 1];
  if (head === undefined || tail === undefined) return [...links];
  const stand = (documentA: number, documentB: number): SentencePair => ({
    a: { document: documentA, sentences: [] },
    b: { document: documentB, sentences: [] },
    score: documentEdgeScore,
    mode: 'parallel',
  });
  const [a, b] = [head.a.document, head.b.document];
  return [...(startsCheckableText(head, ends) ? [stand(a, b)] : []), ...links, ...(endsCheckableText(tail, ends) ? [stand(a, b)] : [])];
}

/** Whether a link is a stand-in for a document edge (see {@link withDocumentEdges}): it holds no sentence. */
function isDocumentEdge(pair: SentencePair): boolean {
  return pair.a.sentences.length === 0;
}

/** {@link adjacentLinks}, where a stand-in link at a document edge touches its neighbour. */
function adjacentOrEdge(before: SentencePair, after: SentencePair): boolean {
  return isDocumentEdge(before) || isDocumentEdge(after) || adjacentLinks(before, after);
}

/**
 * Whether two sides of a link share a number or date besides the ones under comparison. Separate
 * articles list the same places in many sentences; a shared figure is what shows two of their
 * sentences report the same statement.
 */
export function shareOtherFigures(anchorsA: readonly Anchor[], anchorsB: readonly Anchor[], exclude: ReadonlySet<Anchor>): boolean {
  const figures = (anchors: readonly Anchor[]) =>
    new Set(anchors.filter((a) => !exclude.has(a) && isTellingFigure(a)).map(anchorKey));
  const a = figures(anchorsA);
  for (const figure of figures(anchorsB)) if (a.has(figure)) return true;
  return false;
}

/** In separate articles, only sentences that share another figure (or that a third version links alike) report the same statement. */
export function figuresShared(context: RuleContext, pair: SentencePair, exclude: ReadonlySet<Anchor>): boolean {
  if (isCorroborated(context, pair)) return true;
  return shareOtherFigures(factsOf(context, pair.a.document, pair.a.sentences), factsOf(context, pair.b.document, pair.b.sentences), exclude);
}

/** A number or date that tells statements apart: not a bare year, which every article on an event repeats. */
function isTellingFigure(anchor: Anchor): boolean {
  if (anchor.type === 'date') return anchor.day !== undefined || anchor.month !== undefined;
  if (anchor.type === 'number') return !(Number.isInteger(anchor.numeric) && anchor.numeric >= minYear && anchor.numeric <= maxYear);
  return anchor.type === 'ordinal';
}

/** A count: a cardinal number or an ordinal. */
export type CountAnchor = NumberAnchor | OrdinalAnchor;

/** Whether an anchor is a count (cardinal or ordinal). */
export function isCount(anchor: Anchor): anchor is CountAnchor {
  return anchor.type === 'number' || anchor.type === 'ordinal';
}

/** The comparable value of a count: type, value, range bound and percent sign. */
export function countValue(anchor: CountAnchor): string {
  if (anchor.type === 'ordinal') return `${anchor.numeric}.`;
  // A clock time keeps its `H:MM` (its numeric value is minutes since midnight).
  if (isClockTime(anchor)) return anchor.value;
  // A fraction keeps its `n/d` (`2/3`).
  if (anchor.value.includes('/')) return anchor.value;
  const upper = anchor.upper !== undefined ? `-${anchor.upper}` : '';
  return `${anchor.numeric}${upper}${anchor.percent ? '%' : ''}`;
}

/** Numbers a date stands for (its year and day), so that `2025` as a number matches the year of a date. */
function dateNumbers(anchor: DateAnchor): number[] {
  return [anchor.year, anchor.day, anchor.endDay].filter((n): n is number => n !== undefined);
}

/** Every number value a set of anchors mentions (counts, range bounds, date parts). */
export function mentionedNumbers(anchors: readonly Anchor[]): Set<number> {
  const numbers = new Set<number>();
  for (const anchor of anchors) {
    if (anchor.type === 'number') {
      numbers.add(anchor.numeric);
      if (anchor.upper !== undefined) numbers.add(anchor.upper);
    } else if (anchor.type === 'ordinal') {
      numbers.add(anchor.numeric);
    } else if (anchor.type === 'date') {
      for (const n of dateNumbers(anchor)) numbers.add(n);
    }
  }
  return numbers;
}

/** The sentences within `radius` of the given ones in the same document (the given ones included). */
export function neighbourhood(context: RuleContext, document: number, sentences: readonly number[], radius: number): number[] {
  const count = context.documents[document]!.sentences.length;
  const around = new Set<number>();
  for (const sentence of sentences) {
    for (let s = Math.max(0, sentence - radius); s <= Math.min(count - 1, sentence + radius); s++) around.add(s);
  }
  return [...around].sort((x, y) => x - y);
}

/** Whether two date anchors can describe the same day (every field given by both agrees; ranges overlap). */
export function datesCompatible(x: DateAnchor, y: DateAnchor): boolean {
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return false;
  if (x.month !== undefined && y.month !== undefined && x.month !== y.month) return false;
  if (x.day !== undefined && y.day !== undefined) {
    const [fromX, toX] = [x.day, x.endDay ?? x.day];
    const [fromY, toY] = [y.day, y.endDay ?? y.day];
    if (toX < fromY || toY < fromX) return false;
  }
  return true;
}

/** Whether two date anchors share a field (so a difference is a contradiction, not just less detail). */
export function datesOverlapInFields(x: DateAnchor, y: DateAnchor): boolean {
  return (
    (x.year !== undefined && y.year !== undefined) ||
    (x.month !== undefined && y.month !== undefined) ||
    (x.day !== undefined && y.day !== undefined && x.month !== undefined && y.month !== undefined)
  );
}

/** Language codes of documents, for messages. */
export function langOf(context: RuleContext, document: number): string {
  return context.documents[document]!.lang;
}

/** The text of a span of one document. */
export function textOf(context: RuleContext, document: number, start: number, end: number): string {
  return context.documents[document]!.text.slice(start, end);
}

/** "nl, id and ar" */
export function listLanguages(langs: readonly string[]): string {
  const unique = [...new Set(langs)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * For every sentence, the sentences of other documents it is confidently linked to. Used to gather the
 * third, fourth … versions of a fact two versions disagree on.
 */
export function linkIndex(pairs: ReadonlyArray<Pick<SentencePair, 'a' | 'b'>>): Map<string, Map<number, Set<number>>> {
  const index = new Map<string, Map<number, Set<number>>>();
  const add = (document: number, sentence: number, otherDocument: number, otherSentences: readonly number[]) => {
    const key = `${document}:${sentence}`;
    const byDocument = index.get(key) ?? new Map<number, Set<number>>();
    const set = byDocument.get(otherDocument) ?? new Set<number>();
    for (const s of otherSentences) set.add(s);
    byDocument.set(otherDocument, set);
    index.set(key, byDocument);
  };
  for (const pair of pairs) {
    for (const s of pair.a.sentences) add(pair.a.document, s, pair.b.document, pair.b.sentences);
    for (const s of pair.b.sentences) add(pair.b.document, s, pair.a.document, pair.a.sentences);
  }
  return index;
}

/** Versions from which the others can take sides on a swap between two of them. */
export const minVersionsToTakeSides = 3;

/**
 * Versions from which a disagreement read only across neighbouring links is `info`: between two versions
 * those links are all there is (a clause moved across a full stop); among three or more, a real
 * disagreement shows in the direct links to the others.
 */
export const minVersionsForDirectLinks = 3;

/** {@link linkIndex} of a context's confident links, built once per context. */
export function confidentLinkIndex(context: RuleContext): Map<string, Map<number, Set<number>>> {
  let index = linkIndexCache.get(context);
  if (index === undefined) linkIndexCache.set(context, (index = linkIndex(confidentPairs(context))));
  return index;
}
const linkIndexCache = new WeakMap<RuleContext, Map<string, Map<number, Set<number>>>>();

/** Sentences of documents other than `exclude` linked to any of the given sentences. */
export function linkedElsewhere(
  index: Map<string, Map<number, Set<number>>>,
  sides: ReadonlyArray<{ document: number; sentences: readonly number[] }>,
  exclude: ReadonlySet<number>,
): Map<number, number[]> {
  const result = new Map<number, Set<number>>();
  for (const side of sides) {
    for (const sentence of side.sentences) {
      for (const [document, sentences] of index.get(`${side.document}:${sentence}`) ?? []) {
        if (exclude.has(document)) continue;
        const set = result.get(document) ?? new Set<number>();
        for (const s of sentences) set.add(s);
        result.set(document, set);
      }
    }
  }
  return new Map([...result].map(([document, set]) => [document, [...set].sort((x, y) => x - y)]));
}
