/**
 * The features of one document's sentences, before a pair weights them: each sentence's feature strings
 * (see {@link sentenceFeatureStrings}) interned in the document's own first-met order, and what the
 * search reads of each sentence's text (lengths, joins, headlines). None of it depends on the other
 * document, so the pairs of one `alignPairs` call share it through a {@link DocumentFeatureCache}.
 *
 * @module
 */
import type { Anchor, SegmentedDocument } from '../types.js';
import { findWeekdays, isHeadingLike } from './deps.js';
import { skipFactors } from './fragments.js';
import { figureShape, soundPrefix } from './shapes.js';
import { type CompiledLexicon, conceptsOfWord } from './lexicon.js';

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
  // A weekday (`у вівторок`, `i tisdags`, `يوم الثلاثاء`): news dates events by it, in every language alike.
  // Not a fact kind of its own for the passenger and crossing tests: a story names the same day for several events.
  if (textLang !== undefined) for (const mention of findWeekdays(text, textLang)) found.push(`w${mention.weekday}`);
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

/** A document's sentences interned on their own: local ids in first-met order, as if interned first into an empty vocabulary. */
export interface InternedDocument {
  /** Feature ids of each sentence (into {@link vocabulary}), sorted, unique; empty for a sentence that takes no part. */
  ids: Int32Array[];
  /** Feature string → id, in the order first met. */
  vocabulary: ReadonlyMap<string, number>;
  /** Word ids of each sentence (into {@link wordVocabulary}), sorted, unique. */
  words: Int32Array[];
  /** Word → id, in the order first met. */
  wordVocabulary: ReadonlyMap<string, number>;
  /** Length of each sentence without whitespace (at least 1). */
  lengths: Float64Array;
  /** Anchors of each sentence that takes part (empty elsewhere). */
  anchors: readonly Anchor[][];
}

/** What {@link internDocument} reads besides the document. */
export interface InternOptions {
  /** Anchors of each sentence (none when empty). */
  anchors: readonly Anchor[][];
  /** Whether words also give sound prefixes (in the document's language). */
  soundPrefixes: boolean;
  lexicon?: CompiledLexicon | undefined;
  /** Whether sentence `index` takes part (others get no features). */
  takesPart?: ((index: number) => boolean) | undefined;
}

/**
 * Interns each sentence's features and words. Sentence by sentence, so each sentence's feature strings
 * die young instead of all of them living (and being promoted by the GC) until the end.
 */
export function internDocument(doc: SegmentedDocument, options: InternOptions): InternedDocument {
  const vocabulary = new Map<string, number>();
  const wordVocabulary = new Map<string, number>();
  const ids: Int32Array[] = [];
  const words: Int32Array[] = [];
  const lengths = new Float64Array(doc.sentences.length);
  const taking: Anchor[][] = [];
  doc.sentences.forEach((sentence, index) => {
    lengths[index] = nonSpaceLength(sentence.text);
    if (options.takesPart && !options.takesPart(index)) {
      ids.push(new Int32Array(0));
      words.push(new Int32Array(0));
      taking.push([]);
      return;
    }
    const sentenceAnchors = options.anchors[index] ?? [];
    const sentenceWords: string[] = [];
    const soundLang = options.soundPrefixes ? doc.lang : undefined;
    const strings = sentenceFeatureStrings(sentence.text, soundLang, sentenceAnchors, sentenceWords, options.lexicon, doc.lang);
    ids.push(intern(strings, vocabulary));
    words.push(intern(sentenceWords, wordVocabulary));
    taking.push(sentenceAnchors);
  });
  return { ids, vocabulary, words, wordVocabulary, lengths, anchors: taking };
}

function nonSpaceLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) count++;
  }
  return Math.max(1, count);
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

export function sortedUnique(ids: Int32Array): Int32Array {
  ids.sort();
  let unique = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[unique++] = ids[i]!;
  return unique === ids.length ? ids : ids.slice(0, unique);
}

/**
 * Per-document work kept across the pairs of one `alignPairs` call, keyed by the document object: each
 * document takes part in N - 1 pairs, and its interned features (without anchors: a pair's anchors
 * depend on the other document's names) and layout are the same in all of them. For one lexicon only.
 */
export class DocumentFeatureCache {
  private readonly interned = new Map<SegmentedDocument, Array<InternedDocument | undefined>>();
  private readonly layouts = new Map<SegmentedDocument, SentenceLayout>();

  constructor(readonly lexicon: CompiledLexicon | undefined) {}

  /** {@link internDocument} without anchors, computed once per document and sound-prefix setting. */
  internedWithoutAnchors(doc: SegmentedDocument, soundPrefixes: boolean, takesPart: ((index: number) => boolean) | undefined): InternedDocument {
    const variants = this.interned.get(doc) ?? [];
    this.interned.set(doc, variants);
    const slot = soundPrefixes ? 1 : 0;
    return (variants[slot] ??= internDocument(doc, { anchors: [], soundPrefixes, lexicon: this.lexicon, takesPart }));
  }

  layout(doc: SegmentedDocument): SentenceLayout {
    let layout = this.layouts.get(doc);
    if (layout === undefined) {
      layout = sentenceLayout(doc);
      this.layouts.set(doc, layout);
    }
    return layout;
  }
}

/** What the search reads of each sentence's text, besides its features (see `DocumentFeatures`). */
export interface SentenceLayout {
  skipFactors: Float64Array;
  introducesNext: Uint8Array;
  innerEnds: Uint8Array;
  headlines: Uint8Array;
}

/** The {@link SentenceLayout} of a document. */
export function sentenceLayout(doc: SegmentedDocument): SentenceLayout {
  const texts = doc.sentences.map((sentence) => sentence.text);
  return {
    skipFactors: skipFactors(texts),
    introducesNext: Uint8Array.from(texts, endsWithColon),
    innerEnds: Uint8Array.from(texts, innerSentenceEnds),
    headlines: headlines(doc),
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
