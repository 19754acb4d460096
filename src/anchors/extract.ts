// extractAnchors: the anchors stage's entry point. It checks its arguments and hands the sentence to the
// readers (readers/index.ts): one left-to-right pass of token readers for numbers, ordinals, dates,
// identifiers and countries, then a pass over the words nothing claimed for names. Every reader looks at
// most a few tokens ahead, so the whole extraction is linear in the length of the text.
import type { Anchor } from '../types.js';
import type { DocumentCase } from './document-case.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import { languageTables } from './language.js';
import { knownNameIndex } from './readers/name-keys.js';
import { minLowercaseEvidenceLength } from './readers/names.js';
import { readAnchors } from './readers/index.js';
import { foldWord } from './text.js';
import { forEachToken } from './tokenize.js';

/** Options of {@link extractAnchors}. */
export interface ExtractAnchorsOptions {
  /** BCP 47 language of the sentence (`uk`, `nl`, `id`, `sv`, `ar`; others get generic rules). */
  lang: string;
  /** Places and organisations to recognise; the bundled {@link defaultGazetteer} when omitted. */
  gazetteer?: Gazetteer;
  /**
   * Names (or their entity keys) seen in the other versions of the article. Lets scripts without
   * capital letters (Arabic) find people's names by their cross-script key.
   */
  knownNames?: readonly string[];
  /**
   * Also read country adjectives and demonyms (`Vietnamese`, `chinesischen`, `الصينية`) and one-word
   * compass regions (`Westnepal`) as country anchors of that country. Off by default: they tell which
   * country a sentence is about (the check stage compares them) but are no names of places.
   */
  demonyms?: boolean;
  /**
   * Words the document writes in lowercase somewhere, folded ({@link lowercaseWords}). A capitalised word
   * of at least six letters among them is a common word written with a capital (`het Provinciaal
   * Partijcomité` beside `het partijcomité`), not part of a name, unless the gazetteer knows it.
   */
  lowercaseWords?: ReadonlySet<string>;
  /**
   * The case evidence of the sentence's document ({@link documentCase}). A sentence's first word the
   * document writes in lowercase elsewhere is an ordinary word, not the first word of the name after it
   * (`Als Rosa` → `Rosa`), unless the document writes the two words mid-sentence too (`Team USA`).
   * Without it the sentence is its own evidence. Its lowercase words also serve as `lowercaseWords`
   * when that is not given.
   */
  documentCase?: DocumentCase;
}

/**
 * The words of `text` written in lowercase (first letter lowercase), folded: the evidence
 * {@link ExtractAnchorsOptions.lowercaseWords} reads. Linear in the length of the text.
 */
export function lowercaseWords(text: string): Set<string> {
  const words = new Set<string>();
  forEachToken(text, (kind, start, end) => {
    if (kind !== 'word' || end - start < minLowercaseEvidenceLength) return;
    const first = text[start]!;
    if (first !== first.toUpperCase() && first === first.toLowerCase()) words.add(foldWord(text.slice(start, end)));
  });
  return words;
}

/** A sentence as the segmenter returns it: its text and where it starts in the document. */
export interface SentenceLike {
  text: string;
  /** UTF-16 offset of the sentence in the document. */
  start: number;
}

/**
 * Extracts the anchors of one sentence: numbers, ordinals, dates, names (entities) and countries,
 * each with its span, surface text and normalised `value` that compares equal across languages.
 *
 * Offsets are UTF-16 code units, end exclusive: into the document (`sentence.start` + local offset) when
 * given a sentence object, else into the string. Anchors are sorted by `start` and do not overlap.
 *
 * Choices: a four-digit number 1900–2100 without separators is a year (a date anchor), unless a percent
 * sign, a scale word or an approximation makes it a quantity. A date swallows the numbers inside it.
 * Identifiers are not counts: URLs, e-mail addresses, versions (`v1.2.3`), codes mixing letters and digits
 * (`COVID-19`, `Su-30MK2`, `QNR2`), phone numbers, times (`14:27`), dotted digit strings that are no valid
 * number (`1.2.3.4`), numbers with a leading zero and runs of more than 15 digits yield no anchor. A number
 * right after a word like "marker", "no." is still a number (the check stage judges what it counts).
 *
 * @throws {TypeError} when `sentence` is neither a string nor `{ text, start }`, or `options.lang` is missing.
 */
export function extractAnchors(sentence: string | SentenceLike, options: ExtractAnchorsOptions): Anchor[] {
  let text: string;
  let base = 0;
  if (typeof sentence === 'string') text = sentence;
  else if (sentence !== null && typeof sentence === 'object' && typeof sentence.text === 'string' && Number.isInteger(sentence.start) && sentence.start >= 0) {
    text = sentence.text;
    base = sentence.start;
  } else {
    throw new TypeError('sentence must be a string or an object { text: string, start: non-negative integer }');
  }
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object with a lang');
  if (typeof options.lang !== 'string' || options.lang.trim() === '') throw new TypeError(`options.lang must be a non-empty language code, got ${typeof options.lang}`);
  if (options.knownNames !== undefined && !Array.isArray(options.knownNames)) throw new TypeError('options.knownNames must be an array of strings');
  if (options.lowercaseWords !== undefined && !(options.lowercaseWords instanceof Set)) throw new TypeError('options.lowercaseWords must be a Set of strings');
  const evidence = options.documentCase;
  if (evidence !== undefined && (evidence === null || typeof evidence !== 'object' || !(evidence.lowercase instanceof Set) || !(evidence.midSentencePairs instanceof Set) || (evidence.runningTextCapitals !== undefined && !(evidence.runningTextCapitals instanceof Set)))) {
    throw new TypeError('options.documentCase must be the result of documentCase(text)');
  }
  return readAnchors(text, base, {
    tables: languageTables(options.lang),
    gazetteer: options.gazetteer ?? defaultGazetteer,
    knownNames: options.knownNames,
    knownIndex: knownNameIndex(options.knownNames),
    demonyms: options.demonyms === true,
    lowercaseWords: options.lowercaseWords ?? evidence?.lowercase,
    documentCase: evidence,
  });
}
