/**
 * Shapes shared by every stage of the pipeline (segment → anchors → align → check → report).
 *
 * Positions everywhere are **UTF-16 code units into the original text** (plain JS string indexes),
 * `start` inclusive and `end` exclusive, so `text.slice(start, end)` gives back the spanned text.
 * Lines and columns, where given, are 1-based.
 *
 * @module
 */

/** A half-open range of UTF-16 code units into the original text: `text.slice(start, end)`. */
export interface Span {
  /** Offset of the first code unit (0-based, UTF-16 code units, JS string index). */
  start: number;
  /** Offset after the last code unit (exclusive). */
  end: number;
}

/** A 1-based line and column, with the 0-based UTF-16 offset it stands for. */
export interface Point {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** 0-based UTF-16 offset into the original text. */
  offset: number;
}

/** What part of a web article a sentence belongs to. */
export type SentenceKind = 'body' | 'heading' | 'caption' | 'boilerplate';

/** One sentence of a document, pointing into the original text. */
export interface Sentence extends Span {
  /** 0-based position among the document's sentences. */
  index: number;
  /** Exactly `originalText.slice(start, end)`. */
  text: string;
  /** 0-based index of the paragraph (block of text between blank lines or line breaks) it lies in. */
  paragraph: number;
  /** Article body, heading, photo caption or web-page boilerplate. */
  kind: SentenceKind;
}

/** How a document's text is written: plain text, an HTML page or Markdown. */
export type InputFormat = 'text' | 'html' | 'markdown';

/**
 * Maps offsets of the text read out of an HTML or Markdown file to offsets of the file. Plain data
 * (three arrays of equal length), so it survives `structuredClone`, worker threads and JSON: run `i`
 * covers read text from `textStarts[i]` up to the next run (or `textLength`) and file text
 * `sourceStarts[i]`–`sourceEnds[i]`. A run whose two lengths are equal was copied character for
 * character; any other run was read as one piece (`&amp;` read as `&`, white space read as one space,
 * the line break put between two blocks).
 */
export interface OffsetMap {
  textStarts: number[];
  sourceStarts: number[];
  sourceEnds: number[];
  /** Length of the read text. */
  textLength: number;
}

/** The file a document was read out of, when it was HTML or Markdown. */
export interface OriginalText {
  format: Exclude<InputFormat, 'text'>;
  /** The file's text (after dropping a leading BOM): what line and column in reports count in. */
  text: string;
  /** From offsets of the document's `text` to offsets of this `text`. */
  offsets: OffsetMap;
}

/** A document after segmentation: the original text and its sentences. */
export interface SegmentedDocument {
  /** Where it came from (file path as given), if anywhere. */
  path?: string;
  /** BCP 47 language code used for it. */
  lang: string;
  /**
   * The text the sentences were cut from, after dropping a leading BOM. All offsets point into this
   * string. For HTML or Markdown it is the text read out of the markup, and `original` holds the file.
   */
  text: string;
  sentences: Sentence[];
  /**
   * For a document read from HTML or Markdown: the file and the map from offsets of `text` into it
   * (`toOriginalSpan` uses it; reporters give lines and columns in the file).
   */
  original?: OriginalText;
}

/**
 * A document as callers hand it to `align`, `alignMany`, `check` and `report`: either raw text (it is
 * segmented with {@link SegmentedDocument} rules of its language; `format: 'html'` or `'markdown'`
 * reads the markup first), or already segmented.
 */
export type DocumentInput =
  | { text: string; lang: string; path?: string; format?: InputFormat }
  | { sentences: readonly string[]; lang: string; path?: string }
  | SegmentedDocument;

// ---------------------------------------------------------------------------------------------------
// Anchors

/** Kinds of anchor: facts that survive translation. */
export type AnchorType = 'number' | 'ordinal' | 'date' | 'entity' | 'country';

/** How a number relates to the true value ("nearly 300", "more than 12"). */
export type NumberRelation = 'exact' | 'approximately' | 'more-than' | 'less-than' | 'at-least' | 'at-most';

interface AnchorBase extends Span {
  type: AnchorType;
  /** The text as written: `originalText.slice(start, end)`. */
  text: string;
  /** Normalised value that compares equal across languages and scripts ("1435", "2025-02-20", "CN"). */
  value: string;
}

/** A cardinal number, possibly written with words, a scale word, a percent sign or as a range. */
export interface NumberAnchor extends AnchorBase {
  type: 'number';
  /** The numeric value (the lower bound for a range). */
  numeric: number;
  /** For ranges (`1950-2025`): the upper bound. */
  upper?: number;
  relation: NumberRelation;
  /** True for percentages. */
  percent?: boolean;
  /** True when written as a word ("drie", "трьох") rather than digits. */
  spelledOut?: boolean;
  /**
   * True when the number names something rather than counting it: it follows a label word such as
   * "marker", "nr.", "№" (`gränsmarkör 1369`, `маркері 504`). Still a number, but not a count.
   */
  label?: boolean;
}

/** An ordinal: `10-ї`, `tionde`, `ke-10`, `العاشر`. */
export interface OrdinalAnchor extends AnchorBase {
  type: 'ordinal';
  numeric: number;
  /** True when written as a word ("quatrième", "الرابع") rather than with digits ("4e", "10-ї"). */
  spelledOut?: boolean;
}

/** A calendar date or part of one. `value` is ISO-like: `2025-02-20`, `2025-02`, `--02-20`, `2025`. */
export interface DateAnchor extends AnchorBase {
  type: 'date';
  year?: number;
  /** 1–12. */
  month?: number;
  day?: number;
  /** For date ranges (`19–21 februari`): the last day. */
  endDay?: number;
}

/** What kind of thing a name refers to. */
export type EntityKind = 'person' | 'place' | 'organisation' | 'unknown';

/** A name: `value` is a cross-script key, equal for `Nguyen Xuan Thang`, `Нгуєн Суан Тханг`, `نغوين شوان ثانغ`. */
export interface EntityAnchor extends AnchorBase {
  type: 'entity';
  entityKind: EntityKind;
  /** Gazetteer id when the name is a known place or organisation. */
  gazetteerId?: string;
  /** ISO 3166-1 alpha-2 country the gazetteer puts this place in. */
  country?: string;
  /**
   * Found among the names the other versions use by its consonants alone, in a script that leaves short
   * vowels unwritten (`ترامب` for Trump): the same name, but not a spelling to compare.
   */
  byConsonants?: true;
}

/** A country, normalised to its ISO 3166-1 alpha-2 code (`value`: "CN", "VN"). */
export interface CountryAnchor extends AnchorBase {
  type: 'country';
  /**
   * Written as an adjective, a demonym or a compass region (`Vietnamese`, `nepalischen`, `Westnepal`),
   * not as the country's name. Only found with the `demonyms` option of `extractAnchors`.
   */
  adjective?: boolean;
}

export type Anchor = NumberAnchor | OrdinalAnchor | DateAnchor | EntityAnchor | CountryAnchor;

// ---------------------------------------------------------------------------------------------------
// Alignment

/** How two documents relate: a translation (monotone) or two articles on one event (any order). */
export type AlignMode = 'parallel' | 'comparable';

/** One bead: consecutive sentence indices in A and in B that say the same thing. */
export interface Link {
  /** Sentence indices in A, consecutive; empty for a 0-1 bead. */
  a: number[];
  /** Sentence indices in B, consecutive; empty for a 1-0 bead. */
  b: number[];
  /** Confidence in [0, 1]. */
  score: number;
}

/** The result of aligning two documents. */
export interface Alignment {
  /** The mode actually used (resolved from `auto`). */
  mode: AlignMode;
  /** Why that mode: asked for, or the evidence `auto` read (one line of English). */
  modeReason?: string;
  a: SegmentedDocument;
  b: SegmentedDocument;
  /** Links in order of A. */
  links: Link[];
}

/** Sentences of several documents that say the same thing. */
export interface Cluster {
  members: Array<{ document: number; sentences: number[] }>;
  /** Confidence in [0, 1]. */
  score: number;
}

// ---------------------------------------------------------------------------------------------------
// Findings

export type Severity = 'error' | 'warning' | 'info';

/** A place in one version that a finding points at. */
export interface Evidence extends Span {
  /** Index into the checked documents. */
  document: number;
  /** Index into `documents[document].sentences`. */
  sentence: number;
  /** Exactly `documents[document].text.slice(start, end)`. */
  text: string;
  /** The normalised value that was compared ("29", "2025-02-20", "CN"). */
  value?: string;
}

/** A factual disagreement between versions (or within one). */
export interface Finding {
  /** Stable fingerprint: the same finding gets the same id across runs and file orders. */
  id: string;
  /** Rule id, such as `count-mismatch`. */
  rule: string;
  severity: Severity;
  /** One sentence a person can act on, naming the values and languages. */
  message: string;
  /** First: the place to fix; then the places it disagrees with (with `blame: 'none'`, all equal). */
  evidence: Evidence[];
  /**
   * For findings between versions, why the first evidence is the place to fix: `majority` (it is stated
   * by fewer versions), `source` (it is the translation that disagrees with the source version), or
   * `none` (two versions disagree and no source was named: neither is blamed, every place is annotated
   * alike). Absent for findings within one version.
   */
  blame?: Blame;
}

/** See {@link Finding.blame}. */
export type Blame = 'majority' | 'source' | 'none';
