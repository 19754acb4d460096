/**
 * `align`: two versions of a story, sentence by sentence.
 *
 * @module
 */
import type { AlignMode, Alignment, DocumentInput, Link, SegmentedDocument } from '../types.js';
import { decideMode, firstPassBeads, longDocumentSentences, type ModeDecision } from './auto.js';
import { findUniqueMatches, monotoneChain } from './band.js';
import { sentenceClasses } from './classes.js';
import { alignComparable, type ComparableDocuments, type WeakCandidate } from './comparable.js';
import { beadEvidence, createCostModel, excludedClass, ratioFromLinks, type CostModel } from './cost.js';
import { uncrossBeads } from './crossing.js';
import { learnTranslations } from './learn.js';
import { addFuzzyCognates } from './cognates.js';
import { findLanguage, getDefaultGazetteer, pairAnchors } from './deps.js';
import { resolveDocument } from './document.js';
import { dominantScript, extractPairFeatures, minLexiconCoverage, type PairFeatures, passengerFactKinds, sharedWeight } from './features.js';
import { type AlignOptions, type ResolvedAlignOptions, resolveAlignOptions } from './options.js';
import { alignParallel, pathToLinks } from './parallel.js';
import { SearchScratch } from './search.js';
import type { DocumentFeatureCache } from './sentence-features.js';
import type { PathBead } from './traceback.js';

/** Default confidence threshold of comparable mode. */
export const defaultComparableMinScore = 0.5;
/**
 * Beads of the monotone path kept in comparable mode need at least this confidence: between two
 * articles the path is only right near its confident beads (on the NTREX comparable simulation, path
 * beads of confidence 0.6–0.7 were right half the time; 0.8 also lost facts the showcase's separate
 * articles share).
 */
const pathLinkMinScore = 0.7;

/**
 * Aligns the sentences of two documents.
 *
 * - `parallel` mode finds the best monotone sequence of beads (1-1, 1-2, 2-1, 2-2, 1-0, 0-1 by
 *   default) by dynamic programming over a band around confident anchor matches, so it runs in
 *   linear time and memory.
 * - `comparable` mode links sentences of two different articles that report the same fact, in any
 *   order, one-to-one, keeping only links with confidence ≥ `minScore`.
 * - `auto` (default) picks comparable only when the shared sentences stand in no particular order
 *   (see {@link decideMode}); otherwise, and whenever in doubt, parallel. `modeReason` says why.
 *
 * Boilerplate never links; headings, captions and body sentences link to their own kind, except that in
 * parallel mode a heading may link one to one with a body sentence at a cost (`penalties.kindChange`:
 * versions disagree on which lines are headings).
 * Sentences in no link are unaligned. Links are in order of A; each sentence is used at most once.
 *
 * @param a First document: `{ text, lang }` (segmented here), `{ sentences, lang }` or a SegmentedDocument.
 * @param b Second document, same forms.
 * @throws {TypeError} when `a`, `b` or `options` has the wrong shape.
 * @throws {RangeError} when an option is out of range (such as an unknown `mode`).
 */
export function align(a: DocumentInput, b: DocumentInput, options?: AlignOptions): Alignment {
  const resolved = resolveAlignOptions(options);
  const docA = resolveDocument(a, 'a');
  const docB = resolveDocument(b, 'b');
  return alignDocuments(docA, docB, resolved);
}

/**
 * {@link align} on documents already resolved (used by `alignMany`). `oneToOne` reads
 * {@link PairAlignment.oneToOneLinks}, now the same links (kept for callers that ask for it).
 */
export function alignDocuments(
  docA: SegmentedDocument,
  docB: SegmentedDocument,
  options: ResolvedAlignOptions,
  oneToOne = false,
): Alignment {
  const pair = alignPair(docA, docB, options);
  return oneToOne ? { ...pair.alignment, links: pair.oneToOneLinks } : pair.alignment;
}

/** One search of a pair, read two ways (see {@link alignPair}). */
export interface PairAlignment {
  /** What {@link align} returns. */
  alignment: Alignment;
  /**
   * The links `alignMany` clusters by: the same as `alignment.links` (comparable mode cuts a wider bead
   * kept from the path down to its strongest sentence pair in both).
   */
  oneToOneLinks: Link[];
  /** Comparable mode: sentence pairs that share too little to link, both left unlinked (see `completeThroughOthers`). */
  weak?: WeakCandidate[];
  /** Comparable mode: the lower confidence clusters merge a link by, where a rival discounts it (see `AlignedPair.mergeScores`). */
  mergeScores?: Map<Link, number>;
  /** `auto` mode: what it read and decided (absent when a mode was asked for or the sentences are the same). */
  decision?: ModeDecision;
}

/**
 * {@link align} on resolved documents, with the links `alignMany` clusters by. `cache` carries the
 * per-document feature work from one pair of a call to the next (made for `given.lexicon`), `scratch`
 * the searches' per-cell arrays.
 */
export function alignPair(
  docA: SegmentedDocument,
  docB: SegmentedDocument,
  given: ResolvedAlignOptions,
  cache?: DocumentFeatureCache,
  scratch: SearchScratch = new SearchScratch(),
): PairAlignment {
  let options = given;
  const classA = sentenceClasses(docA);
  const classB = sentenceClasses(docB);
  if (identicalSentences(docA, docB, classA, classB)) return diagonalAlignment(docA, docB, classA, options.mode);
  const takesPart = (side: 'a' | 'b', index: number) => (side === 'a' ? classA[index] : classB[index]) !== excludedClass;
  // Past `maxAnchorSentences`, translations this long align on lengths and the aligner's own features.
  const withAnchors = docA.sentences.length + docB.sentences.length <= options.maxAnchorSentences;
  const features = extractPairFeatures(docA, docB, {
    weights: options.features,
    lexicon: options.lexicon,
    anchors: withAnchors ? pairAnchors(docA, docB, options.gazetteer ?? getDefaultGazetteer(), takesPart) : undefined,
    include: takesPart,
    cache,
  });
  // A dictionary that covers too little of the pair (a language it lacks) makes no word evidence.
  if (features.lexiconCoverage !== undefined && features.lexiconCoverage < minLexiconCoverage) options = { ...options, penalties: options.plainPenalties };
  // The first pass (and the order test beside it) prices no passengers: see `AlignPenalties.passenger`.
  const model = createCostModel(features, { ...options.penalties, passenger: 0 }, classA, classB, undefined, monotoneChain(findUniqueMatches(features)));
  const long = Math.max(docA.sentences.length, docB.sentences.length) > longDocumentSentences;
  // Across scripts the last search also reads fuzzy cognates (see `lastSearchCognateWeight`).
  const crossScript = dominantScript(docA) !== dominantScript(docB);
  const lastFeatures = crossScript ? (given: PairFeatures) => addFuzzyCognates(given, docA, docB, takesPart, lastSearchCognateWeight) : undefined;
  // The refinements of a translation hold their length ratio near the one the languages lead one to
  // expect; separate articles (and the first pass, which the mode is decided from) read theirs freely,
  // as sentences that report one fact in two articles are no translations of each other.
  const expected = expectedLengthRatio(docA.lang, docB.lang);
  // `auto` mode's decision, made once from the first pass: before the refinements when they need it.
  let decided: ModeDecision | undefined;
  const decide = (firstLinks: readonly Link[]) => (decided ??= decideMode(model, firstLinks, options, scratch));
  const readsAsTranslation = (firstLinks: readonly Link[]) => options.mode === 'parallel' || (options.mode === 'auto' && decide(firstLinks).mode === 'parallel');
  const translationRatio = (firstLinks: readonly Link[]) => (expected !== undefined && readsAsTranslation(firstLinks) ? expected : undefined);
  const passes = parallelPasses(model, options, options.mode === 'comparable' || long ? 1 : refiningPasses, lastFeatures, scratch, translationRatio);
  const { links: allLinks, firstLinks } = passes;
  // Comparable matching reads the first refinement: what later searches learn from a path through two
  // articles is chance (on the corpus nl–ar pair with moved paragraphs they cost 0.09 strict F1).
  const { model: refined, links: pathLinks } = passes.earlier;
  const comparableMin = options.minScore ?? defaultComparableMinScore;
  const keptFromPath = confidentPathLinks(refined, pathLinks, comparableMin);
  const docs = { a: docA, b: docB, takesPart };
  if (options.mode === 'comparable') return comparableAlignment(refined, comparableMin, keptFromPath, docs, 'asked for');
  if (options.mode === 'parallel') return parallelAlignment(docA, docB, allLinks, options.minScore, 'asked for');
  const decision = decide(firstLinks);
  const chosen =
    decision.mode === 'parallel'
      ? parallelAlignment(docA, docB, allLinks, options.minScore, decision.reason)
      : comparableAlignment(refined, comparableMin, keptFromPath, docs, decision.reason);
  return { ...chosen, decision };
}

/** Same text sentence by sentence (the same file twice): the diagonal, with no search. */
function diagonalAlignment(docA: SegmentedDocument, docB: SegmentedDocument, classA: Uint8Array, asked: ResolvedAlignOptions['mode']): PairAlignment {
  const links: Link[] = [];
  classA.forEach((cls, index) => {
    if (cls !== excludedClass) links.push({ a: [index], b: [index], score: 1 });
  });
  const mode = asked === 'comparable' ? 'comparable' : 'parallel';
  return { alignment: { mode, modeReason: 'the same sentences in the same order', a: docA, b: docB, links }, oneToOneLinks: links };
}

/**
 * Confident beads of the monotone path are real matches in any mode (their confidence is their own
 * evidence); comparable matching takes them first, but for a lone one a better-matched pair outranks
 * (`standingPathLinks` in `comparable.ts`), then pairs what is left, in any order.
 */
function confidentPathLinks(refined: CostModel, pathLinks: readonly Link[], comparableMin: number): Link[] {
  return pathLinks.filter(
    (link) => link.score >= Math.max(comparableMin, pathLinkMinScore) && everySentenceShares(refined, link) && !crossesWithin(refined, link),
  );
}

/** The pair read as two separate articles: the path's confident beads, then what comparable matching pairs. */
function comparableAlignment(
  refined: CostModel,
  comparableMin: number,
  keptFromPath: readonly Link[],
  docs: ComparableDocuments,
  modeReason: string,
): PairAlignment {
  // A wider bead is cut down to its strongest sentence pair: between two articles its other pairs are
  // mostly a neighbour carried along (on the NTREX comparable simulation 21% of them were right).
  const kept = keptFromPath.map((link) => strongestPair(refined, link));
  const weak: WeakCandidate[] = [];
  const mergeScores = new Map<Link, number>();
  const links = alignComparable(refined, comparableMin, kept, weak, docs, mergeScores);
  return { alignment: { mode: 'comparable', modeReason, a: docs.a, b: docs.b, links }, oneToOneLinks: links, weak, mergeScores };
}

/** The pair read as a translation: the last search's links from `minScore`. */
function parallelAlignment(docA: SegmentedDocument, docB: SegmentedDocument, allLinks: readonly Link[], minScore: number | undefined, modeReason: string): PairAlignment {
  const links = allLinks.filter((link) => link.score >= (minScore ?? 0));
  return { alignment: { mode: 'parallel', modeReason, a: docA, b: docB, links }, oneToOneLinks: links };
}

/**
 * The length ratio B/A that a translation between the two languages is expected to have: the ratio of
 * their registered `relativeLength` (characters per character of English); undefined when either
 * language has none, and the pair's ratio is then read from the documents alone.
 */
export function expectedLengthRatio(langA: string, langB: string): number | undefined {
  const a = findLanguage(langA)?.relativeLength;
  const b = findLanguage(langB)?.relativeLength;
  return a !== undefined && b !== undefined && a > 0 && b > 0 ? b / a : undefined;
}

/**
 * Searches after the first. Each learns word translations and the length ratio again from the links
 * of the search before it: the first, wide pass swallows more sentences deleted from one version into
 * wider beads, so what it teaches is noisier than what the second pass finds (before passengers were
 * priced, a second refinement raised NTREX dev 1–31 strict F1 0.882 → 0.888, Text+Berg dev 0.901 → 0.904).
 */
const refiningPasses = 2;
/**
 * A refining search's links are surer than the first pass's: word translations are learned from them
 * down to this confidence (the first pass teaches from 0.6, `learnTranslations`' default). From 0.6 on
 * Text+Berg's 24-bead windows of the check benchmark the refinement learned chance pairs and moved a
 * sentence whose number was changed off its translation.
 */
const refinedTeacherMinScore = 0.5;

/**
 * Weight of fuzzy cognates (`cognates.ts`: words whose consonant skeletons nearly agree across Latin,
 * Cyrillic and Arabic script) in the last search of a pair written in two scripts. There the sound
 * prefixes are the only lexical evidence besides names and numbers, and a fifth of the right 1-1 links
 * of the NTREX dev pairs with Arabic shared no feature at all; a sentence the other version lacks then
 * joins its neighbour's bead at no lexical cost. The last search only: the first refinement, which
 * comparable mode reads, stays as it was (comparable matching adds the cognates at its own weight). Within
 * one script cognate prefixes see the same words and fuzzy ones only add chance matches (Text+Berg de–fr
 * dev 0.908 → 0.899 at this weight). NTREX dev 1–31 strict F1 by weight: 0 → 0.912, 1 → 0.914,
 * 2 → 0.914, 3 → 0.916, 4 → 0.915.
 */
const lastSearchCognateWeight = 3;

/**
 * Share of the skip penalty paid, in the last search, by a sentence whose figures, dates and countries
 * that the other version never states (`DocumentFeatures.unsharedWeights`) weigh at least as much as
 * everything it shares with that version: the fact it reports is nowhere in the other version, so its
 * translation is most likely missing, and at the full price it joined a neighbour's bead instead. Names
 * do not count (each version renders them its own way), and the first refinement, which comparable mode
 * reads, stays as it was. Not where the other version states a fact of that kind in its place (see
 * {@link withMissingTranslationSkips}): without that exception two changed facts of the Text+Berg check
 * draw went unlinked and unfound (132 → 130 of 138). NTREX dev 1–31, five draws of deletions and merges:
 * strict F1 0.929 → 0.933 (0.934 without the exception; at 0.25 / 0.75 without it, 0.930 / 0.932).
 * Text+Berg dev 0.905 → 0.906. Applied in every refinement it moved links between the NTREX comparable
 * check's separate articles by chance, and in every search Text+Berg lost a sentence whose measure the
 * translator converted.
 */
export const missingTranslationSkipShare = 0.5;

/**
 * Features whose sentences that state only facts the other version lacks pay {@link missingTranslationSkipShare}
 * of a skip, unless the other version states a fact of that kind where the links of the search before
 * put the sentence's counterpart: that is a changed or converted fact (`81 kg` where the other has
 * `89 kg`, `Japon` where it has `Pakistan`), which the checks must still compare, not a missing translation.
 * A fact there that a bead neighbour of the sentence states too does not count (see {@link unexplainedKinds}):
 * the search before had often swallowed the sentence into that very bead (`7,5` of an earthquake beside
 * a city's `380.000` inhabitants). NTREX dev, five draws: 0.9328 → 0.9334; the Text+Berg check draw
 * keeps its 132 of 138 (counting every shared fact of the other side out instead lost `Japon`/`Pakistan`).
 */
export function withMissingTranslationSkips(features: PairFeatures, links: readonly Link[]): PairFeatures {
  const side = (document: PairFeatures['a'], other: PairFeatures['a'], sideName: 'a' | 'b'): PairFeatures['a'] => {
    // Read once a sentence qualifies: where the links put each sentence's counterpart, and the sentences
    // of this side linked to each sentence of the other.
    let regions: Array<[number, number]> | undefined;
    let partnersOf: Array<readonly number[] | undefined> | undefined;
    let skipFactors: Float64Array | undefined;
    for (let index = 0; index < document.skipFactors.length; index++) {
      const unshared = document.unsharedWeights[index]!;
      if (unshared <= 0 || unshared < document.weightTotals[index]!) continue;
      regions ??= counterpartRegions(links, document.skipFactors.length, other.skipFactors.length, sideName);
      partnersOf ??= linkedPartners(links, other.skipFactors.length, sideName === 'a' ? 'b' : 'a', sideName);
      const kinds = document.unsharedFacts[index]! & passengerFactKinds;
      const [from, to] = regions[index]!;
      let facedInKind = false;
      for (let y = from; y <= to && !facedInKind; y++) facedInKind = (unexplainedKinds(features, document, other, y, partnersOf[y], index) & kinds) !== 0;
      if (facedInKind) continue;
      skipFactors ??= Float64Array.from(document.skipFactors);
      skipFactors[index] = skipFactors[index]! * missingTranslationSkipShare;
    }
    return skipFactors === undefined ? document : { ...document, skipFactors };
  };
  return { ...features, a: side(features.a, features.b, 'a'), b: side(features.b, features.a, 'b') };
}

/** For each of the `count` sentences of side `from`, the sentences of side `to` that `links` join it to, if any. */
function linkedPartners(links: readonly Link[], count: number, from: 'a' | 'b', to: 'a' | 'b'): Array<readonly number[] | undefined> {
  const partners: Array<readonly number[] | undefined> = new Array(count).fill(undefined);
  for (const link of links) if (link[to].length > 0) for (const index of link[from]) partners[index] = link[to];
  return partners;
}

/**
 * The kinds of fact sentence `y` of the other side states that no sentence linked to it on this side but
 * `x` states too: its facts the other document lacks, and those of its shared facts that only `x` (or a
 * sentence elsewhere) could answer. A fact that a neighbour of `x` in the same bead states is explained
 * there, and is no sign that `x`'s own fact was changed.
 */
function unexplainedKinds(pair: PairFeatures, document: PairFeatures['a'], other: PairFeatures['a'], y: number, partners: readonly number[] | undefined, x: number): number {
  let kinds = other.unsharedFacts[y]!;
  for (const id of other.features[y]!) {
    const kind = pair.factKinds[id] ?? 0;
    if (kind === 0 || (kinds & kind) !== 0) continue;
    if (partners?.some((partner) => partner !== x && document.features[partner]!.includes(id))) continue;
    kinds |= kind;
  }
  return kinds;
}

/**
 * For each sentence of one side, the sentences of the other side where monotone `links` put its
 * counterpart: those of its own link, else from the other side's last sentence linked before it to the
 * first linked after it (clipped to the document).
 */
function counterpartRegions(links: readonly Link[], count: number, otherCount: number, side: 'a' | 'b'): Array<[number, number]> {
  const partners = linkedPartners(links, count, side, side === 'a' ? 'b' : 'a');
  // The first of the other side's sentences linked at or after each sentence of this side.
  const firstAfter = new Int32Array(count + 1).fill(otherCount - 1);
  for (let index = count - 1; index >= 0; index--) firstAfter[index] = partners[index]?.[0] ?? firstAfter[index + 1]!;
  const regions: Array<[number, number]> = [];
  let before = -1;
  for (let index = 0; index < count; index++) {
    const own = partners[index];
    if (own !== undefined) {
      regions.push([own[0]!, own[own.length - 1]!]);
      before = own[own.length - 1]!;
      continue;
    }
    regions.push([Math.max(0, before), Math.min(otherCount - 1, Math.max(firstAfter[index + 1]!, before))]);
  }
  return regions;
}

/** What {@link parallelPasses} found. */
export interface ParallelPasses {
  /** The last search's model and links (its path with crossing beads repaired, for a pair that joins sentences freely). */
  model: CostModel;
  links: Link[];
  /** The first pass's links. */
  firstLinks: Link[];
  /** The links each search taught the next from: the first pass's, then each refinement's but the last. */
  passLinks: Link[][];
  /** The first refinement's model and repaired links (comparable mode reads these). */
  earlier: { model: CostModel; links: Link[] };
}

/**
 * First pass; then learn word translations, the length ratio and the pair's merge prior from its
 * confident links, and search again with them (`refining` times, each around the path before and
 * learning from its links). Only the refinements after the first price passengers (`AlignPenalties.passenger`).
 * `lastFeatures`, when given, extends the features of the last search when it is not the first refinement;
 * there a sentence stating only facts the other version lacks is also cheaper to skip ({@link withMissingTranslationSkips}).
 * `translationRatio`, when given, is asked once after the first pass for the length ratio the pair is
 * expected to have (undefined: none); every refinement then holds its ratio near it (`boundedRatio`).
 */
export function parallelPasses(
  model: CostModel,
  options: ResolvedAlignOptions,
  refining = refiningPasses,
  lastFeatures?: (features: PairFeatures) => PairFeatures,
  scratch: SearchScratch = new SearchScratch(),
  translationRatio?: (firstLinks: readonly Link[]) => number | undefined,
): ParallelPasses {
  const firstPath = alignParallel(model, firstPassBeads(options.beads), options.bandWidth, undefined, scratch);
  const firstLinks = pathToLinks(model, firstPath, 0);
  const repairsCrossings = joinsFreely(firstLinks);
  const finish = (final: CostModel, path: PathBead[]) => pathToLinks(final, repairsCrossings ? uncrossBeads(final, path) : path, 0);
  if (options.features.learned <= 0 || refining < 1) {
    const links = finish(model, firstPath);
    return { model, links, firstLinks, passLinks: [firstLinks], earlier: { model, links } };
  }
  const merge = mergeFromLinks(model.penalties.merge, firstLinks);
  const crossJoin = model.penalties.crossJoin + crossJoinFromLinks(firstLinks);
  const expectedRatio = translationRatio?.(firstLinks);
  const passLinks = [firstLinks];
  let refined = model;
  let path = firstPath;
  let earlier: ParallelPasses['earlier'] | undefined;
  for (let pass = 1; pass <= refining; pass++) {
    const teacher = passLinks.at(-1)!;
    const learned = learnTranslations(model.features, teacher, options.features.learned, pass > 1 ? refinedTeacherMinScore : undefined);
    const last = pass > 1 && pass === refining;
    const features = last ? withMissingTranslationSkips(lastFeatures ? lastFeatures(learned) : learned, teacher) : learned;
    const penalties = { ...model.penalties, merge, crossJoin, passenger: pass > 1 ? options.penalties.passenger : 0 };
    refined = createCostModel(features, penalties, model.classA, model.classB, ratioFromLinks(model, teacher), undefined, expectedRatio);
    path = alignParallel(refined, options.beads, options.bandWidth, path, scratch);
    if (pass === 1) earlier = { model: refined, links: finish(refined, path) };
    if (pass < refining) passLinks.push(pathToLinks(refined, path, 0));
  }
  return { model: refined, links: refining === 1 ? earlier!.links : finish(refined, path), firstLinks, passLinks, earlier: earlier! };
}

/** Links from this confidence count as evidence of how often this pair joins sentences. */
const mergeEvidenceMinScore = 0.5;
/**
 * The share of confident first-pass links joining three or more sentences that the default merge
 * penalty is calibrated for (Text+Berg dev de–fr reads 0.40: a literary translation that splits and
 * joins freely); a pair that joins fewer gets a dearer merge in its second pass.
 */
const referenceMergeShare = 0.4;
/** Pseudo-links at the reference share, so a short pair with few confident links moves little. */
const mergeSharePriorLinks = 4;
/** How much the merge penalty grows per unit of log(reference share / the pair's share). */
const mergePriorWeight = 1.5;

/**
 * The merge penalty for the second pass: the pair's own prior on joining sentences, read from its
 * confident first-pass links (as Moore and hunalign estimate bead probabilities). A translation made
 * sentence by sentence joins few, and its wide beads are then mostly a deleted sentence swallowed.
 */
export function mergeFromLinks(merge: number, firstLinks: readonly Link[]): number {
  return merge + mergePriorWeight * joinShortfall(firstLinks);
}

/**
 * How much less often than the reference the pair joins sentences, as log(reference share / the pair's
 * share) of its confident first-pass links that join three or more sentences; 0 when it joins as often or more.
 */
function joinShortfall(firstLinks: readonly Link[]): number {
  let confident = 0;
  let wide = 0;
  for (const link of firstLinks) {
    if (link.score < mergeEvidenceMinScore) continue;
    confident++;
    if (link.a.length + link.b.length > 2) wide++;
  }
  const share = (wide + mergeSharePriorLinks * referenceMergeShare) / (confident + mergeSharePriorLinks);
  return Math.max(0, Math.log(referenceMergeShare / share));
}

/**
 * A pair joins sentences freely when the share of its confident first-pass links that join sentences is
 * at least this part of the reference share ({@link referenceMergeShare}, Text+Berg's literary translation).
 * Text+Berg dev reads the full share, and 0.95 to 1 of it with 10% of its sentences deleted; NTREX news
 * translations mostly well under this.
 */
const freeJoinShare = 0.75;

/**
 * Whether the pair joins sentences freely ({@link freeJoinShare}): only then are beads a clause crosses
 * repaired (`uncrossBeads`). In a translation made sentence by sentence, a name or figure of one sentence
 * found in the next one's translation is mostly repeated there, not moved, and the repair's merge hid two
 * good links. NTREX dev, five draws: 0.9334 → 0.9364 (the same at the full reference share, but Text+Berg
 * with 10% deleted then lost the repair: 0.805 → 0.784; no repair at all 0.9368, but Text+Berg dev 0.906 → 0.880).
 */
function joinsFreely(firstLinks: readonly Link[]): boolean {
  return joinShortfall(firstLinks) <= -Math.log(freeJoinShare);
}

/**
 * How much the cost of a bead joining sentences on both sides grows per unit of the pair's join
 * shortfall (as {@link mergePriorWeight} for each join). Such a bead already pays `merge` twice; a pair
 * that seldom joins one side seldom joins both at one place, while two sentences side by side that each
 * version left out of the other make just that shape. NTREX dev default strict F1 over five draws of
 * deletions and merges: mean 0.925 at 0, 0.927 at 5 (draw 1 alone: 0.928 at 0, 0.929 at 2, 0.930 at 3,
 * 0.932 from 5 on); Text+Berg dev, which joins at the reference share, unchanged.
 */
const crossJoinPriorWeight = 5;

/** The second pass's extra cost of a bead joining sentences on both sides (`AlignPenalties.crossJoin`), read from the first pass as {@link mergeFromLinks}. */
export function crossJoinFromLinks(firstLinks: readonly Link[]): number {
  return crossJoinPriorWeight * joinShortfall(firstLinks);
}

/** The sentence pair of a link that shares the most weight, with the link's score. */
function strongestPair(model: CostModel, link: Link): Link {
  if (link.a.length === 1 && link.b.length === 1) return link;
  const { a, b, weights } = model.features;
  let best = { x: link.a[0]!, y: link.b[0]!, shared: -1 };
  for (const x of link.a) {
    for (const y of link.b) {
      const shared = sharedWeight(a.features[x]!, b.features[y]!, weights);
      if (shared > best.shared) best = { x, y, shared };
    }
  }
  return { a: [best.x], b: [best.y], score: link.score };
}

/** Whether every sentence of a link shares some feature with the other side (no passenger sentence). */
function everySentenceShares(model: CostModel, link: Link): boolean {
  const { a, b, weights } = model.features;
  const shared = (x: number, y: number) => sharedWeight(a.features[x]!, b.features[y]!, weights);
  return beadEvidence(model, link.a[0]!, link.a.length, link.b[0]!, link.b.length, shared).weakestSupport > 0;
}

/**
 * Whether a bead of two or more sentences a side pairs them crosswise (each sentence's strongest partner
 * on the other side stands in the other order): two facts swapped, not one passage, so comparable mode
 * does not keep the bead whole.
 */
function crossesWithin(model: CostModel, link: Link): boolean {
  if (link.a.length < 2 || link.b.length < 2) return false;
  const { a, b, weights } = model.features;
  let previous = -1;
  for (const x of link.a) {
    let best = -1;
    let bestShared = 0;
    for (const y of link.b) {
      const shared = sharedWeight(a.features[x]!, b.features[y]!, weights);
      if (shared > bestShared) {
        bestShared = shared;
        best = y;
      }
    }
    if (best < 0) continue;
    if (best < previous) return true;
    previous = best;
  }
  return false;
}

function identicalSentences(docA: SegmentedDocument, docB: SegmentedDocument, classA: Uint8Array, classB: Uint8Array): boolean {
  if (docA.sentences.length !== docB.sentences.length || docA.sentences.length === 0) return false;
  for (let index = 0; index < classA.length; index++) {
    if (classA[index] !== classB[index] || docA.sentences[index]!.text !== docB.sentences[index]!.text) return false;
  }
  return true;
}


export type { AlignMode };
