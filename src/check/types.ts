/**
 * Shapes of the consistency checker: options, result, and the contract between the engine and a rule.
 *
 * All offsets are UTF-16 code units into `documents[d].text` (JS string indexes), end exclusive.
 *
 * @module
 */
import type { Anchor, Cluster, Finding, SegmentedDocument, Severity } from '../types.js';
import type { Lexicon } from './deps.js';

/** An extra place, organisation or person for the gazetteer (same shape as the anchors stage uses). */
export interface CheckGazetteerEntry {
  id: string;
  kind: 'place' | 'organisation' | 'person';
  /** ISO 3166-1 alpha-2 country of a place. */
  country?: string;
  /** Names by language code (`{ nl: ['Guangxi'], uk: ['Гуансі'] }`). */
  names: Record<string, string[]>;
}

/** Options of {@link check}; also what {@link parseConfig} returns. */
export interface CheckOptions {
  /** `parallel` (translations), `comparable` (separate articles on one event) or `auto` (default). */
  mode?: 'auto' | 'parallel' | 'comparable';
  /** Severity per rule id, or `off` to disable a rule. */
  rules?: Record<string, Severity | 'off'>;
  /** Finding ids to drop from the result. */
  suppress?: string[];
  /** Extra gazetteer entries (places with their country, organisations, people). */
  gazetteer?: CheckGazetteerEntry[];
  /** Canonical person name → other spellings of the same person. Dismisses `name-variant` findings. */
  aliases?: Record<string, string[]>;
  /**
   * The version the others translate: an index into the documents, a document's `path`, or a language
   * code that names one document. A disagreement with the source is then the translation's to fix
   * (its place first, `blame: 'source'`). Without a source, two versions that disagree are reported
   * as disagreeing (`blame: 'none'`), with no side named to fix.
   */
  source?: number | string;
  /**
   * Word pairs of the user's dictionary, as `align`'s `lexicon` (either order, any of the languages):
   * every pair of versions is aligned with it. For several languages one pooled lexicon
   * (`lexiconForLanguages`) serves all pairs. From code only: a config file cannot set it.
   */
  lexicon?: Lexicon;
  /**
   * Called after each pair of versions is aligned (the long part of a check), with how many of the
   * `total` pairs are done. From code only: a config file cannot set it.
   */
  onProgress?: (done: number, total: number) => void;
}

/** What {@link check} returns. */
export interface CheckResult {
  /** The documents as segmented, in the order given. */
  documents: SegmentedDocument[];
  /** Sorted deterministically (severity, rule, language and place of the first evidence, id). */
  findings: Finding[];
  /**
   * Sentences of several documents that say the same thing (document indices in the order given): the
   * clusters of `alignMany` over the pairs `check` aligned, except that the sentences each finding
   * compares are taken out of them and put together, one cluster per finding (more severe findings
   * first). The HTML report shows exactly these as its rows.
   */
  clusters: Cluster[];
  /**
   * `anchors[d]`: the anchors `check` compared in document `d` (in the order given), sorted by `start`
   * (UTF-16 offsets into `documents[d].text`), as `analyse` reads them; none in page boilerplate. A figure
   * whose one dot or comma may group thousands or mark a decimal (`45,000` in Swedish) takes the reading
   * the sentences linked to it confirm.
   */
  anchors: Anchor[][];
}

/** A rule's public description. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule flags. */
  description: string;
}

/** A place a rule points at, before the engine fills in the text. */
export interface EvidenceDraft {
  document: number;
  sentence: number;
  start: number;
  end: number;
  value?: string;
}

/** A finding as a rule reports it; the engine adds the id, the severity override and the evidence text. */
export interface RawFinding {
  rule: string;
  /** Lower than the rule's severity, e.g. `info` for a qualified or partial count. */
  severity?: Severity;
  message: string;
  /** Normalised values compared (part of the stable id). */
  values: string[];
  /** First: the place to fix; then the places it disagrees with. */
  evidence: EvidenceDraft[];
  /**
   * Other versions, besides the evidence, that side with the evidence against the place to fix, when
   * the rule counted them without listing them (a swapped name or country).
   */
  backedBy?: number;
}

/** Two sets of sentences, in two documents, that say the same thing. */
export interface SentencePair {
  a: { document: number; sentences: number[] };
  b: { document: number; sentences: number[] };
  /** Link confidence in [0, 1]. */
  score: number;
  /** Whether the two documents are translations of each other or separate articles. */
  mode: 'parallel' | 'comparable';
}

/** Everything a rule may read. Rules are pure functions of it. */
export interface RuleContext {
  documents: readonly SegmentedDocument[];
  /** `anchors[d][s]`: anchors of sentence `s` of document `d`, sorted by start. */
  anchors: ReadonlyArray<ReadonlyArray<readonly Anchor[]>>;
  /** Linked sentence sets between two different documents (each unordered pair once, `a.document < b.document`). */
  pairs: readonly SentencePair[];
  /** How each pair of documents relates: `modes[a][b]`. */
  modes: ReadonlyArray<ReadonlyArray<'parallel' | 'comparable'>>;
  /** Similarity of two entity keys in [0, 1] (the anchors stage's `nameSimilarity`). */
  nameSimilarity: (keyA: string, keyB: string) => number;
  /** Cross-script key of a name (the anchors stage's `entityKey`). */
  entityKey: (name: string, lang: string) => string;
  /** Alias groups: every spelling (as entity key) → canonical key. */
  aliasOf: ReadonlyMap<string, string>;
}

/** A rule: an id, a default severity, and a pure function from context to findings. */
export interface Rule extends RuleInfo {
  /**
   * The rule compares how names are written: names read by their consonants alone (`byConsonants`) are
   * left out of its view. They say which people a sentence names, not how its writer spells them.
   */
  comparesSpellings?: true;
  run(context: RuleContext): RawFinding[];
}
