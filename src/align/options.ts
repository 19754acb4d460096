/**
 * Options of `align` and `alignMany`: bead types as data, penalties as named numbers.
 *
 * @module
 */
import type { Gazetteer } from './deps.js';
import { type CompiledLexicon, compileLexicon, type Lexicon, lexiconPenalties } from './lexicon.js';

/** A bead shape: how many consecutive sentences of A and of B it joins (`[1, 2]` is a 1-2 bead). */
export type BeadType = readonly [a: number, b: number];

/**
 * The bead types tried by default: 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, and the rarer 1-3, 3-1, 2-3, 3-2,
 * 1-4, 4-1, 1-5, 5-1 (a long sentence split in three to five, as where a German enumeration becomes
 * French clauses cut at semicolons; Text+Berg's gold has them often enough to matter).
 */
export const defaultBeadTypes: readonly BeadType[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
  [2, 3],
  [3, 2],
  [1, 4],
  [4, 1],
  [1, 5],
  [5, 1],
];

/** The most sentences one side of a bead type may join (search time grows with the bead's area). */
export const maxBeadSide = 5;

/** Named weights of the bead cost. All are non-negative; larger means "costs more". */
export interface AlignPenalties {
  /** Cost of leaving one sentence unaligned (a 1-0 or 0-1 bead). */
  skip: number;
  /** Extra cost of a bead that joins more than one sentence on a side, per extra sentence. */
  merge: number;
  /** Weight of the Gale–Church length term (squared normalised length difference / 2). */
  length: number;
  /** Weight of the anchor/lexical term: `(1 - overlap)` where overlap is the rarity-weighted Dice of shared anchors. */
  anchors: number;
  /**
   * Extra cost of a bead (skips included) whose last sentence ends with a colon on one side only: such a
   * sentence introduces the next one, so a boundary right after it is unlikely unless both versions have it.
   */
  colonBoundary: number;
  /**
   * Cost of a passenger in a bead that joins sentences: per sentence whose own features the other side
   * matches too little (see `passengerCost`), times its shortfall. Only the last search of parallel mode
   * pays it: the first pass (no prior yet on how often the pair joins sentences) and the first
   * refinement (which comparable mode reads) do not.
   */
  passenger: number;
  /**
   * Extra cost of a 1-1 bead that joins a heading with a body sentence. Versions do not always agree on
   * which lines are headings (a translator ends a headline with a full stop, a page tags its title as a
   * paragraph), so the kinds the segmenter gives are a strong prior, not a wall.
   */
  kindChange: number;
  /**
   * Share of `merge` waived for each join of a wide bead that the other side shows as a sentence end
   * inside one of its lines, when the bead's sentence ends then agree (a pre-segmented line that holds
   * two sentences, where the other version has them on two lines). 0 turns it off.
   */
  shownJoin: number;
  /**
   * Extra cost of a bead that joins a body sentence reading as a heading (a headline given in a list of
   * sentences, see `headlines`) with another sentence of its side: a headline the other version lacks is
   * otherwise swallowed beside the article's first sentence.
   */
  headlineJoin: number;
  /**
   * Extra cost of a bead that joins sentences on both sides (2-2, 2-3, 3-2): the content of two
   * sentences shared out differently on each side. Default 0; the refinements of parallel mode add the
   * pair's own prior (see `crossJoinFromLinks`): in a translation made sentence by sentence such a bead
   * is mostly two neighbouring sentences, each left out by the other version, swallowed together.
   */
  crossJoin: number;
}

/** Penalties calibrated on the Text+Berg dev set and the showcase corpus. */
export const defaultPenalties: Readonly<AlignPenalties> = {
  skip: 2.5,
  merge: 1.3,
  length: 1,
  anchors: 2,
  colonBoundary: 0.5,
  passenger: 1.5,
  kindChange: 1.5,
  shownJoin: 0.5,
  headlineJoin: 0.5,
  crossJoin: 0,
};

/** Weights of the feature families that make up the anchor/lexical overlap of a bead. */
export interface FeatureWeights {
  /** Numbers written with digits (normalised). */
  number: number;
  /** Anchors from the anchors stage (numbers, ordinals, dates, countries). */
  anchor: number;
  /** Entity keys (cross-script names). */
  entity: number;
  /** Identical capitalised tokens (names, places in Latin/Cyrillic script). */
  capitalised: number;
  /** Cognate-ish shared prefixes: the first 4 letters of words of 5 or more letters (same-script pairs). */
  cognatePrefix: number;
  /**
   * Shared sound prefixes: the first consonants of words of 5 or more letters, transliterated to Latin
   * and folded to a phonetic skeleton, so cognates and loanwords meet across scripts (`Мексики`, `Meksiko`).
   */
  soundPrefix: number;
  /** Punctuation that tends to survive translation (`? ! : ; ( "`). */
  punctuation: number;
  /**
   * The shape of a figure without its value (a number's order of magnitude, a percentage or not; a dated
   * year's fields), so a sentence whose figure another version changed still shares something with its
   * counterpart.
   */
  figureShape: number;
  /**
   * A weekday named in the language's weekday words (`у вівторок`, `i tisdags`, `يوم الثلاثاء`). Less than
   * an anchor: a story names the same day for several of its events.
   */
  weekday: number;
  /** Word translations learned from a first pass (words that keep co-occurring in confident links); 0 turns the second pass off. */
  learned: number;
  /** Word pairs of the user's dictionary (`lexicon`), when one is given. */
  lexicon: number;
}

/** Feature weights calibrated on the Text+Berg dev set and the showcase corpus. */
export const defaultFeatureWeights: Readonly<FeatureWeights> = {
  number: 3,
  anchor: 3,
  entity: 2.5,
  capitalised: 1.5,
  cognatePrefix: 1,
  soundPrefix: 1,
  punctuation: 0.5,
  figureShape: 0.5,
  weekday: 1,
  learned: 1.5,
  lexicon: 1.5,
};

/** Options of {@link align}. */
export interface AlignOptions {
  /** `parallel`: monotone translation; `comparable`: separate articles; `auto` (default) decides. */
  mode?: 'auto' | 'parallel' | 'comparable';
  /** Links below this confidence are dropped (comparable mode; default 0.5). In parallel mode, default 0. */
  minScore?: number;
  /** Bead types to try in parallel mode (default {@link defaultBeadTypes}). */
  beads?: readonly BeadType[];
  /** Override some of {@link defaultPenalties}. */
  penalties?: Partial<AlignPenalties>;
  /** Override some of {@link defaultFeatureWeights}. */
  features?: Partial<FeatureWeights>;
  /**
   * A bilingual dictionary: word pairs that translate each other (see `parseHunalignDictionary`,
   * `parseDictdDictionary`, `pivotLexicon`). Default none: alignment needs no dictionary.
   */
  lexicon?: Lexicon;
  /** Gazetteer handed to the anchor extractor. */
  gazetteer?: Gazetteer;
  /**
   * Half-width (in sentences) of the search band around the anchor path for long documents.
   * Documents small enough are searched in full. Default 40.
   */
  bandWidth?: number;
  /**
   * Above this many sentences (both documents together) the anchors stage is not run and alignment
   * relies on the aligner's own cheap features (digits, capitalised tokens, cognates, learned word
   * translations), which long documents give enough statistics for. Default 4000.
   */
  maxAnchorSentences?: number;
  /**
   * Called after each pair of documents is aligned by `alignMany` or `alignPairs` (and so by `check`),
   * with how many of the `total` pairs are done: a long run can show progress. Not called by `align`.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Options after validation, with every default filled in. */
export interface ResolvedAlignOptions {
  mode: 'auto' | 'parallel' | 'comparable';
  minScore: number | undefined;
  beads: readonly BeadType[];
  penalties: AlignPenalties;
  /**
   * The penalties without the dictionary's own ({@link lexiconPenalties}): for a pair of documents the
   * dictionary does not cover (`alignMany` with one lexicon for languages some of which it lacks).
   */
  plainPenalties: AlignPenalties;
  features: FeatureWeights;
  gazetteer: Gazetteer | undefined;
  lexicon: CompiledLexicon | undefined;
  bandWidth: number;
  maxAnchorSentences: number;
  onProgress: ((done: number, total: number) => void) | undefined;
}

const modes = new Set(['auto', 'parallel', 'comparable']);

/**
 * Validates `options` and fills in defaults.
 *
 * @throws {TypeError} when `options` or one of its fields has the wrong type.
 * @throws {RangeError} when a value is out of range (unknown mode, negative penalty, bad bead type).
 */
export function resolveAlignOptions(options: AlignOptions | undefined): ResolvedAlignOptions {
  if (options === undefined || options === null) options = {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`options must be an object, got ${describe(options)}`);
  }
  const mode = options.mode ?? 'auto';
  if (typeof mode !== 'string') throw new TypeError(`options.mode must be a string, got ${describe(mode)}`);
  if (!modes.has(mode)) {
    throw new RangeError(`options.mode must be 'auto', 'parallel' or 'comparable', got ${JSON.stringify(mode)}`);
  }
  const minScore = options.minScore;
  if (minScore !== undefined) {
    if (typeof minScore !== 'number') throw new TypeError(`options.minScore must be a number, got ${describe(minScore)}`);
    if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`options.minScore must be in [0, 1], got ${minScore}`);
  }
  const beads = options.beads ?? defaultBeadTypes;
  if (!Array.isArray(beads)) throw new TypeError(`options.beads must be an array, got ${describe(beads)}`);
  for (const bead of beads) {
    if (
      !Array.isArray(bead) ||
      bead.length !== 2 ||
      !bead.every((n) => Number.isInteger(n) && n >= 0 && n <= maxBeadSide) ||
      bead[0] + bead[1] === 0
    ) {
      throw new RangeError(`options.beads must hold pairs of integers 0–${maxBeadSide} (not both 0), got ${JSON.stringify(bead)}`);
    }
  }
  if (!beads.some((b) => b[0] > 0 && b[1] > 0)) {
    throw new RangeError('options.beads must contain at least one bead with sentences on both sides');
  }
  const plainPenalties = mergeNumbers('options.penalties', defaultPenalties, options.penalties);
  const penalties = options.lexicon === undefined ? plainPenalties : mergeNumbers('options.penalties', { ...defaultPenalties, ...lexiconPenalties }, options.penalties);
  const features = mergeNumbers('options.features', defaultFeatureWeights, options.features);
  const bandWidth = options.bandWidth ?? 40;
  if (typeof bandWidth !== 'number') throw new TypeError(`options.bandWidth must be a number, got ${describe(bandWidth)}`);
  if (!(Number.isInteger(bandWidth) && bandWidth >= 4)) {
    throw new RangeError(`options.bandWidth must be an integer ≥ 4, got ${bandWidth}`);
  }
  const maxAnchorSentences = options.maxAnchorSentences ?? 4000;
  if (typeof maxAnchorSentences !== 'number' || !(maxAnchorSentences >= 0)) {
    throw new RangeError(`options.maxAnchorSentences must be a number ≥ 0, got ${describe(maxAnchorSentences)}`);
  }
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new TypeError(`options.onProgress must be a function, got ${describe(onProgress)}`);
  }
  return {
    mode: mode as ResolvedAlignOptions['mode'],
    minScore,
    beads,
    penalties,
    plainPenalties,
    features,
    gazetteer: options.gazetteer,
    lexicon: options.lexicon === undefined ? undefined : compileLexicon(options.lexicon),
    bandWidth,
    maxAnchorSentences,
    onProgress,
  };
}

function mergeNumbers<T extends object>(name: string, defaults: Readonly<T>, given: Partial<T> | undefined): T {
  if (given === undefined) return { ...defaults };
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new TypeError(`${name} must be an object, got ${describe(given)}`);
  }
  const merged = { ...defaults } as Record<string, number>;
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaults)) throw new RangeError(`${name}.${key} is not a known option`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`${name}.${key} must be a finite number, got ${describe(value)}`);
    }
    if (value < 0) throw new RangeError(`${name}.${key} must be ≥ 0, got ${value}`);
    merged[key] = value;
  }
  return merged as T;
}

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}
