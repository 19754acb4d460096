/**
 * What the cost function knows about each sentence: its length and a sorted set of feature ids
 * (anchors, numbers, capitalised tokens, cognate prefixes, punctuation, and the shapes of `shapes.ts`),
 * each with a rarity weight.
 *
 * Features only count when they occur in both documents: a word of one language that never appears in
 * the other tells nothing about which sentences correspond, so it neither helps nor hurts.
 *
 * @module
 */
import type { Anchor, SegmentedDocument } from '../types.js';
import { type DominantScript, dominantScriptOf, isHeadingLike, nameSimilarity, sameNameSimilarity } from './deps.js';
import { skipFactors } from './fragments.js';
import { figureShape, soundPrefix } from './shapes.js';
import { type CompiledLexicon, conceptsOfWord } from './lexicon.js';
import type { FeatureWeights } from './options.js';

/** Features of one document's sentences. */
export interface DocumentFeatures {
  /** Length of each sentence in UTF-16 code units, whitespace excluded. */
  lengths: Float64Array;
  /** Feature ids of each sentence, sorted, unique. */
  features: Int32Array[];
  /** Sum of the weights of each sentence's features. */
  weightTotals: Float64Array;
  /** Anchors of each sentence (from the analyse step; empty where none were given or it takes no part). */
  anchors: readonly Anchor[][];
  /** Word ids of each sentence (folded words and digit strings), sorted, unique; for learning translations. */
  words: Int32Array[];
  /** Factor of the skip penalty for leaving each sentence unaligned (1, or less for debris; see `fragments.ts`). */
  skipFactors: Float64Array;
  /** 1 for a sentence that ends with a colon: it introduces the next one (see `AlignPenalties.colonBoundary`). */
  introducesNext: Uint8Array;
  /** Sentence ends inside each sentence (see {@link innerSentenceEnds}); absent means none. */
  innerEnds?: Uint8Array;
  /** 1 for a body sentence alone on its line that reads as a heading (see {@link headlines}); absent means none. */
  headlines?: Uint8Array;
  /**
   * Per sentence, the kinds of fact (bits as in `PairFeatures.factKinds`) it states that the other
   * document never states: a country, a figure, a name put where the other version has its own.
   */
  unsharedFacts: Uint8Array;
}

/** Features of both documents of a pair, sharing one feature vocabulary. */
export interface PairFeatures {
  a: DocumentFeatures;
  b: DocumentFeatures;
  /** Weight of each feature id (0 when it occurs in only one document). */
  weights: Float64Array;
  /**
   * 1 for feature ids that point at one particular thing (a number, a date or other anchor, a name, a
   * capitalised word), 0 for word-class evidence (cognate prefixes, punctuation, learned words).
   */
  specific: Uint8Array;
  /** 1 for feature ids too coarse to pin a sentence pair by themselves (sound prefixes, dictionary concepts, punctuation). */
  coarse: Uint8Array;
  /**
   * The kind of fact each feature id states, as one bit of {@link factKind}; 0 for none (words,
   * prefixes, punctuation). Ids added later (cognates, learned words) lie past its end and state none.
   */
  factKinds: Uint8Array;
  /** Ids of features that occur exactly once in each document (candidate confident anchors). */
  uniqueInBoth: Int32Array;
  /** Number of distinct words (ids in `words` are below it). */
  wordCount: number;
  /**
   * With a dictionary: the smaller of the two documents' shares of sentences (of those taking part) that
   * hold a dictionary concept the other document holds too (see {@link lexiconCoverage}).
   */
  lexiconCoverage?: number;
}

const tokenPattern = /\p{Nd}{1,30}(?:[.,:/\u00a0\u202f ]\p{Nd}{1,30}){0,6}|[\p{L}\p{M}]{1,64}|[?!:;(%"«»“”„‘‚[؟؛٪]/gu;
/**
 * Punctuation that survives translation, each written one way: every script's quotation marks are one
 * mark (`«`, `“`, `„`, `"`, Dutch `‘`), Arabic `؟ ؛ ٪` are `? ; %`, a bracket is a parenthesis.
 */
const punctuationClass: Readonly<Record<string, string>> = {
  '?': '?', '!': '!', ':': ':', ';': ';', '(': '(', '[': '(', '%': '%',
  '"': '"', '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‘': '"', '‚': '"',
  '؟': '?', '؛': ';', '٪': '%',
};
const nonDigit = /\D/g;
const marks = /\p{M}/gu;
const upperFirst = /^\p{Lu}/u;

/** Words shorter than this are neither learned from nor taken for names (one letter says nothing). */
const minWordLength = 2;
/** Words longer than this share a cognate feature when they begin with the same this many letters. */
const cognatePrefixLength = 4;

/** Raw (string) features of one sentence, before interning. */
function sentenceFeatureStrings(text: string, lang: string | undefined, anchors: readonly Anchor[], words: string[], lexicon?: CompiledLexicon, textLang?: string): string[] {
  const found: string[] = [];
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const token = match[0];
    const mark = token.length === 1 ? punctuationClass[token] : undefined;
    if (mark !== undefined) {
      found.push(`q${mark}`);
      continue;
    }
    if (isDigitStart(token)) {
      const digits = toAsciiDigits(token).replace(nonDigit, '');
      found.push(`n${digits}`);
      words.push(digits);
      continue;
    }
    const folded = foldWord(token);
    if (folded.length >= minWordLength) words.push(folded);
    // A dictionary pair is one concept: both its words give the same feature.
    const concepts = lexicon ? conceptsOfWord(lexicon, token, textLang) : undefined;
    if (concepts) for (const concept of concepts) found.push(`x${concept}`);
    if (token.length >= minWordLength && isUpperFirst(token)) found.push(`c${folded}`);
    if (folded.length >= cognatePrefixLength + 1) {
      found.push(`p${folded.slice(0, cognatePrefixLength)}`);
      const sound = lang === undefined ? undefined : soundPrefix(token, lang);
      if (sound !== undefined) found.push(`s${sound}`);
    }
  }
  for (const anchor of anchors) {
    if (anchor.type === 'entity') found.push(`e${anchor.value}`);
    else found.push(`a${anchor.type[0]}${anchor.value}`);
    const shape = figureShape(anchor);
    if (shape !== undefined) found.push(`f${shape}`);
  }
  return found;
}

const digitStart = /^\p{Nd}/u;

function isDigitStart(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first < 0x80) return first >= 0x30 && first <= 0x39;
  return digitStart.test(token);
}

function isUpperFirst(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return upperFirst.test(token);
}

function toAsciiDigits(token: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(token)) return token;
  let out = '';
  for (const char of token) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x30 && code <= 0x39) out += char;
    else if (/\p{Nd}/u.test(char)) out += String(digitValue(code));
    else out += char;
  }
  return out;
}

/** Value of a decimal digit in any Unicode block (digits come in runs of ten starting at a 0). */
function digitValue(code: number): number {
  for (let zero = code; zero > code - 10; zero--) {
    const previous = String.fromCodePoint(zero - 1);
    if (!/\p{Nd}/u.test(previous)) return code - zero;
  }
  return 0;
}

/** Lower case without diacritics (`Höhe` → `hohe`), so near-identical spellings meet. */
function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(marks, '');
}

/** Kinds of fact a feature may state, one bit each (see `PairFeatures.factKinds`). */
export const factKind = { name: 1, digits: 2, country: 4, date: 8, number: 16, ordinal: 32, otherAnchor: 64 } as const;

/** The kind of fact a feature states ({@link factKind}), 0 for none. */
function factKindOf(feature: string): number {
  if (feature[0] === 'e') return factKind.name;
  if (feature[0] === 'n') return factKind.digits;
  if (feature[0] !== 'a') return 0;
  const anchorKinds: Record<string, number> = { c: factKind.country, d: factKind.date, n: factKind.number, o: factKind.ordinal };
  return anchorKinds[feature[1]!] ?? factKind.otherAnchor;
}

function kindWeight(feature: string, weights: FeatureWeights): number {
  switch (feature[0]) {
    case 'n':
      return weights.number;
    case 'a':
      return weights.anchor;
    case 'e':
      return weights.entity;
    case 'c':
      return weights.capitalised;
    case 'p':
      return weights.cognatePrefix;
    case 's':
      return weights.soundPrefix;
    case 'f':
      return weights.figureShape;
    case 'x':
      return weights.lexicon;
    default:
      return weights.punctuation;
  }
}

/** Options of {@link extractPairFeatures}. */
export interface FeatureOptions {
  weights: FeatureWeights;
  /**
   * Anchors of each sentence of A and of B, as the analyse step gives them (`analyse`); without them
   * only the aligner's own features count.
   */
  anchors?: { a: readonly Anchor[][]; b: readonly Anchor[][] } | undefined;
  /** Word pairs of a dictionary, if the user gave one. */
  lexicon?: CompiledLexicon | undefined;
  /** Sentences that take part (others get no features); default all. */
  include?: (side: 'a' | 'b', sentenceIndex: number) => boolean;
}

/**
 * Extracts and weights the features of both documents. Runs in time linear in the text (plus a
 * bounded cross-product of distinct entity keys, to unify near-identical names).
 */
export function extractPairFeatures(docA: SegmentedDocument, docB: SegmentedDocument, options: FeatureOptions): PairFeatures {
  const vocabulary = new Map<string, number>();
  const anchorsA = options.anchors?.a ?? noAnchors;
  const anchorsB = options.anchors?.b ?? noAnchors;
  // Sound prefixes only where the scripts differ: within one script the cognate prefixes see the same
  // words, and the coarser sound classes only add chance matches (Text+Berg de–fr lost 0.03 F1 with them).
  const soundPrefixes = dominantScript(docA) !== dominantScript(docB);
  // Interned sentence by sentence, so each sentence's feature strings die young instead of all of them
  // living (and being promoted by the GC) until the end. Ids are numbered as if both documents were
  // interned whole, A then B: B's are first local, then renumbered after its entity keys are unified.
  const wordVocabulary = new Map<string, number>();
  const rawA = internedFeatures(docA, 'a', options, anchorsA, soundPrefixes, vocabulary, wordVocabulary);
  const localB = new Map<string, number>();
  const rawB = internedFeatures(docB, 'b', options, anchorsB, soundPrefixes, localB, wordVocabulary);
  const replacement = entityReplacements(distinctEntityKeys(vocabulary), distinctEntityKeys(localB));
  const globalOfLocal = new Int32Array(localB.size);
  for (const [feature, local] of localB) {
    const unified = replacement?.get(feature) ?? feature;
    let id = vocabulary.get(unified);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(unified, id);
    }
    globalOfLocal[local] = id;
  }
  const wordsA = rawA.words;
  const wordsB = rawB.words;
  const idsA = rawA.ids;
  const idsB = rawB.ids.map((local) => renumber(local, globalOfLocal));
  const size = vocabulary.size;
  const dfA = new Int32Array(size);
  const dfB = new Int32Array(size);
  for (const ids of idsA) for (const id of ids) dfA[id]!++;
  for (const ids of idsB) for (const id of ids) dfB[id]!++;
  const kinds = new Array<string>(size);
  for (const [feature, id] of vocabulary) kinds[id] = feature;
  const weights = new Float64Array(size);
  const specific = new Uint8Array(size);
  const coarse = new Uint8Array(size);
  const total = idsA.length + idsB.length + 1;
  const unique: number[] = [];
  const factKinds = new Uint8Array(size);
  for (let id = 0; id < size; id++) {
    factKinds[id] = factKindOf(kinds[id]!);
    const inA = dfA[id]!;
    const inB = dfB[id]!;
    if (inA === 0 || inB === 0) continue;
    // A dictionary concept in many of a document's sentences is a function word's: it tells no sentence
    // from another, and its many senses add up in every pair.
    if (kinds[id]![0] === 'x' && Math.max(inA - conceptSentenceCap(idsA.length), inB - conceptSentenceCap(idsB.length)) > 0) continue;
    weights[id] = kindWeight(kinds[id]!, options.weights) * Math.log(1 + total / (inA + inB));
    if ('nace'.includes(kinds[id]![0]!)) specific[id] = 1;
    // Sound prefixes, dictionary concepts, punctuation and figure shapes are too coarse to pin a sentence
    // pair by themselves (many words share a sound; a dictionary joins a word to all its senses'
    // translations; two quotations in a document match each other's marks; many figures share a shape).
    if ('sxqf'.includes(kinds[id]![0]!)) coarse[id] = 1;
    if (inA === 1 && inB === 1 && coarse[id] === 0) unique.push(id);
  }
  const isConcept = (id: number) => kinds[id]![0] === 'x' && weights[id]! > 0;
  return {
    ...(options.lexicon ? { lexiconCoverage: Math.min(conceptShare(idsA, isConcept), conceptShare(idsB, isConcept)) } : {}),
    a: finish(docA, idsA, rawA.lengths, rawA.anchors, wordsA, weights, factKinds),
    b: finish(docB, idsB, rawB.lengths, rawB.anchors, wordsB, weights, factKinds),
    weights,
    specific,
    coarse,
    factKinds,
    uniqueInBoth: Int32Array.from(unique),
    wordCount: wordVocabulary.size,
  };
}

const noAnchors: readonly Anchor[][] = [];

/** Share of the sentences with any feature that hold a dictionary concept shared by both documents. */
function conceptShare(ids: readonly Int32Array[], isConcept: (id: number) => boolean): number {
  let taking = 0;
  let holding = 0;
  for (const list of ids) {
    if (list.length === 0) continue;
    taking++;
    if (list.some(isConcept)) holding++;
  }
  return taking > 0 ? holding / taking : 0;
}

/**
 * A dictionary covers a pair of documents when at least this share of each one's sentences holds a concept
 * the other shares; below it the pair keeps the penalties it has without one (its words are no evidence).
 * NTREX dev 1–31, FreeDict: a document pair of the six language pairs with a dictionary covers 0.64–1 of
 * its sentences (median 0.88–1), one with Ukrainian (none in Debian) 0–0.19 under the five languages' lexicon.
 */
export const minLexiconCoverage = 0.4;
/**
 * Dictionary concepts found in more than this share of either document's sentences are left out.
 * Chosen on NTREX dev 1–31 with FreeDict (strict F1 of the six pairs with a dictionary 0.892 → 0.897;
 * 0.3 gave 0.896, 0.5 0.891).
 */
const maxConceptShare = 0.2;
/** ... but never below this many sentences (in a short document a few sentences are a large share). */
const minConceptCap = 3;
const conceptSentenceCap = (sentences: number) => Math.max(minConceptCap, maxConceptShare * sentences);

/** Interned features (into `vocabulary`) and words (into `wordVocabulary`) of each sentence of a document. */
function internedFeatures(
  doc: SegmentedDocument,
  side: 'a' | 'b',
  options: FeatureOptions,
  anchors: readonly Anchor[][],
  soundPrefixes: boolean,
  vocabulary: Map<string, number>,
  wordVocabulary: Map<string, number>,
) {
  const ids: Int32Array[] = [];
  const words: Int32Array[] = [];
  const lengths = new Float64Array(doc.sentences.length);
  const taking: Anchor[][] = [];
  doc.sentences.forEach((sentence, index) => {
    lengths[index] = nonSpaceLength(sentence.text);
    if (options.include && !options.include(side, index)) {
      ids.push(new Int32Array(0));
      words.push(new Int32Array(0));
      taking.push([]);
      return;
    }
    const sentenceAnchors = anchors[index] ?? [];
    const sentenceWords: string[] = [];
    const strings = sentenceFeatureStrings(sentence.text, soundPrefixes ? doc.lang : undefined, sentenceAnchors, sentenceWords, options.lexicon, doc.lang);
    ids.push(intern(strings, vocabulary));
    words.push(intern(sentenceWords, wordVocabulary));
    taking.push(sentenceAnchors);
  });
  return { ids, words, lengths, anchors: taking };
}

/** The script most of a document's first letters are in (see {@link dominantScriptOf}). */
export function dominantScript(doc: SegmentedDocument): DominantScript {
  return dominantScriptOf(doc.sentences);
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) count++;
  }
  return Math.max(1, count);
}

/** Above this many pairs of distinct entity keys, near-identical names are not unified (it stays linear). */
const maxEntityKeyPairs = 250_000;

/** Entity keys of B that are close to a key of A (by `nameSimilarity`), each with the key of A it takes. */
function entityReplacements(keysA: readonly string[], keysB: readonly string[]): Map<string, string> | undefined {
  if (keysA.length === 0 || keysB.length === 0 || keysA.length * keysB.length > maxEntityKeyPairs) return undefined;
  const setA = new Set(keysA);
  const replacement = new Map<string, string>();
  for (const keyB of keysB) {
    if (setA.has(keyB)) continue;
    let best = '';
    let bestSimilarity = sameNameSimilarity;
    for (const keyA of keysA) {
      const similarity = nameSimilarity(keyA.slice(1), keyB.slice(1));
      if (similarity > bestSimilarity) {
        best = keyA;
        bestSimilarity = similarity;
      }
    }
    if (best) replacement.set(keyB, best);
  }
  return replacement.size === 0 ? undefined : replacement;
}

/** Entity keys of a vocabulary, in the order they were first met. */
function distinctEntityKeys(vocabulary: ReadonlyMap<string, number>): string[] {
  const keys: string[] = [];
  for (const feature of vocabulary.keys()) if (feature[0] === 'e' && feature.length > 2) keys.push(feature);
  return keys;
}

/** Local ids in the shared numbering: sorted and unique (two local keys may share one id after unifying). */
function renumber(local: Int32Array, globalOfLocal: Int32Array): Int32Array {
  const ids = new Int32Array(local.length);
  for (let i = 0; i < local.length; i++) ids[i] = globalOfLocal[local[i]!]!;
  return sortedUnique(ids);
}

function intern(list: readonly string[], vocabulary: Map<string, number>): Int32Array {
  const ids = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const feature = list[i]!;
    let id = vocabulary.get(feature);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(feature, id);
    }
    ids[i] = id;
  }
  return sortedUnique(ids);
}

function sortedUnique(ids: Int32Array): Int32Array {
  ids.sort();
  let unique = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i]!;
  return unique === ids.length ? ids : ids.slice(0, unique);
}

function finish(
  doc: SegmentedDocument,
  ids: Int32Array[],
  lengths: Float64Array,
  anchors: readonly Anchor[][],
  words: Int32Array[],
  weights: Float64Array,
  factKinds: Uint8Array,
): DocumentFeatures {
  const weightTotals = new Float64Array(ids.length);
  const unsharedFacts = new Uint8Array(ids.length);
  const kept = ids.map((list, index) => {
    let sum = 0;
    let useful = 0;
    for (let i = 0; i < list.length; i++) {
      const weight = weights[list[i]!]!;
      if (weight > 0) {
        sum += weight;
        useful++;
      } else unsharedFacts[index]! |= factKinds[list[i]!]!;
    }
    weightTotals[index] = sum;
    if (useful === list.length) return list;
    // Only features of both documents count; the list is new only when some go.
    const weighted = new Int32Array(useful);
    useful = 0;
    for (let i = 0; i < list.length; i++) if (weights[list[i]!]! > 0) weighted[useful++] = list[i]!;
    return weighted;
  });
  const texts = doc.sentences.map((sentence) => sentence.text);
  return {
    lengths,
    features: kept,
    weightTotals,
    anchors,
    words,
    skipFactors: skipFactors(texts),
    introducesNext: Uint8Array.from(texts, endsWithColon),
    innerEnds: Uint8Array.from(texts, innerSentenceEnds),
    headlines: headlines(doc),
    unsharedFacts,
  };
}

/**
 * Body sentences alone on their line that read as headings by the segmenter's line rule (short, no
 * final punctuation; the document's first line whatever its length). Sentences given as a list are all
 * `body`, so a headline given first is body too; joining it with a body sentence costs
 * `AlignPenalties.headlineJoin` (text the segmenter read has these lines as headings already).
 */
export function headlines(doc: SegmentedDocument): Uint8Array {
  const flags = new Uint8Array(doc.sentences.length);
  let first = true;
  doc.sentences.forEach((sentence, index) => {
    if (sentence.kind === 'boilerplate') return;
    const { paragraph } = sentence;
    const alone = doc.sentences[index - 1]?.paragraph !== paragraph && doc.sentences[index + 1]?.paragraph !== paragraph;
    if (sentence.kind === 'body' && alone && isHeadingLike(sentence.text, doc.lang, first)) flags[index] = 1;
    first = false;
  });
  return flags;
}

/**
 * A sentence end inside a text: a full stop, question or exclamation mark (any script's) after four or
 * more letters or digits, closing quotes or brackets, a space, then an opening quote or bracket and a
 * capital or a letter of a script without case. Four, so that initials and the abbreviations of most
 * languages (`Mrs.`, `usw.`, `mln.`) are not read as ends; a sentence ending in a short word is missed,
 * which only leaves its join unshown. (Three letters on Text+Berg dev read `Mrs. Joyce` as two sentences.)
 */
const innerEnd = /[\p{L}\p{Nd}]{4}[.!?\u061f\u3002\u2026]["'\u00bb\u201d\u2019)\]]{0,3}\s+["'\u00ab\u201c\u201e\u2018(\[]{0,3}[\p{Lu}\p{Lo}]/uy;
/** The end marks {@link innerEnd} turns on: the scan jumps from one to the next. */
const endMark = /[.!?\u061f\u3002\u2026]/g;
/** Letters or digits {@link innerEnd} wants before the mark. */
const lettersBeforeEnd = 4;
/** Most inner sentence ends counted (the count is stored in a byte). */
const maxInnerEnds = 255;

/**
 * How many sentence ends a sentence holds before its last: 0 for one sentence, 1 for a line that joins
 * two (pre-segmented input where a translator put two sentences on one line).
 */
export function innerSentenceEnds(text: string): number {
  // Tried only where an end mark stands: a scan of every position for four letters cost more than all
  // of a 5 × 1 MB check's rules.
  let count = 0;
  let matchedUpTo = 0;
  endMark.lastIndex = 0;
  for (let mark = endMark.exec(text); mark !== null && count < maxInnerEnds; mark = endMark.exec(text)) {
    const start = codePointsBefore(text, mark.index, lettersBeforeEnd);
    if (start < matchedUpTo) continue;
    innerEnd.lastIndex = start;
    if (innerEnd.exec(text) === null) continue;
    count++;
    matchedUpTo = innerEnd.lastIndex;
    endMark.lastIndex = Math.max(endMark.lastIndex, matchedUpTo);
  }
  return count;
}

/** The index `count` code points before `index` (or -1 when the text starts sooner). */
function codePointsBefore(text: string, index: number, count: number): number {
  let at = index;
  for (let k = 0; k < count; k++) {
    if (at <= 0) return -1;
    at--;
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
      const high = text.charCodeAt(at - 1);
      if (high >= 0xd800 && high <= 0xdbff) at--;
    }
  }
  return at;
}

function endsWithColon(text: string): 0 | 1 {
  const last = text.trimEnd().at(-1);
  return last === ':' || last === '\uff1a' ? 1 : 0;
}

/** Sum of the weights of the features two sentences share (merge of two sorted id lists). */
export function sharedWeight(x: Int32Array, y: Int32Array, weights: Float64Array): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < x.length && j < y.length) {
    const u = x[i]!;
    const v = y[j]!;
    if (u === v) {
      sum += weights[u]!;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return sum;
}
