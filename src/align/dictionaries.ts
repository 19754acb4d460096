/**
 * A lexicon for a language pair from the bilingual dictionaries at hand: the pair's own dictionaries
 * (either direction), joined with both languages' dictionaries with every other language through that
 * language's word (see {@link pivotLexicon}). The command line's `--dictionary` and the benchmark both
 * build their lexicon here, so the benchmark measures what a user gets. Pure: the dictionaries come
 * read (the command line reads the files).
 *
 * @module
 */
import { type Lexicon, pivotJoin } from './lexicon.js';
import { describe } from './options.js';

/**
 * One bilingual dictionary: pairs [word of `from`, word of `to`]. `from` and `to` are language codes
 * as the texts are tagged (`nl`, `sv`); without them (a hunalign file whose name gives none) the pairs are
 * used as they are, for any pair, and never joined with others.
 */
export interface Dictionary {
  pairs: Lexicon;
  from?: string;
  to?: string;
}

/** How a pair's lexicon was made: its own dictionaries, and the languages joined through, in order. */
export interface PairLexicon {
  lexicon: Array<readonly [string, string]>;
  /** Whether the pair has dictionaries of its own (or unlabelled ones). */
  direct: boolean;
  /** The go-between languages that joined anything, in the order they were joined. */
  pivots: string[];
}

function checkDictionaries(dictionaries: readonly Dictionary[], name: string): void {
  if (!Array.isArray(dictionaries)) throw new TypeError(`${name} must be an array of dictionaries, got ${describe(dictionaries)}`);
  dictionaries.forEach((dictionary, index) => {
    if (typeof dictionary !== 'object' || dictionary === null || !Array.isArray(dictionary.pairs)) {
      throw new TypeError(`${name}[${index}] must be { pairs, from?, to? }, got ${describe(dictionary)}`);
    }
    if ((dictionary.from === undefined) !== (dictionary.to === undefined)) {
      throw new TypeError(`${name}[${index}] must name both languages (from and to) or neither`);
    }
  });
}

function checkLanguage(code: unknown, name: string): asserts code is string {
  if (typeof code !== 'string' || code === '') throw new TypeError(`${name} must be a language code, got ${describe(code)}`);
}

/** Appends in a loop: `push(...pairs)` passes every pair as an argument and overflows the stack past ~100 000. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

/** Pairs [word of `x`, word of `y`] of every labelled dictionary between the two, `x`→`y` ones first. */
function bothWays(dictionaries: readonly Dictionary[], x: string, y: string): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const { pairs, from, to } of dictionaries) if (from === x && to === y) append(out, pairs);
  for (const { pairs, from, to } of dictionaries) if (from === y && to === x) for (const [v, u] of pairs) out.push([u, v]);
  return out;
}

/**
 * Go-between languages, most dictionaries first (the hub language that most dictionaries pair with —
 * English for FreeDict — is tried first and its pairs come first), ties by code.
 */
function pivotOrder(dictionaries: readonly Dictionary[]): string[] {
  const count = new Map<string, number>();
  for (const { from, to } of dictionaries) {
    if (from === undefined || to === undefined || from === to) continue;
    for (const code of [from, to]) count.set(code, (count.get(code) ?? 0) + 1);
  }
  return [...count.keys()].sort((p, q) => count.get(q)! - count.get(p)! || (p < q ? -1 : p > q ? 1 : 0));
}

/**
 * A pair's lexicon, as [word of `x`, word of `y`]: unlabelled dictionaries as they are, the pair's own
 * dictionaries in both directions, then for every other language both sides have a dictionary with
 * (see the pivot order above) the two joined through its words: each joined pair once, those more
 * go-between languages give first, then those more go-between words give (a word keeps only its first
 * few concepts, so the surest come first). Undefined when nothing covers the pair.
 *
 * @throws {TypeError} when `dictionaries` is not an array of dictionaries or `x`, `y` are not codes.
 */
export function lexiconForPair(dictionaries: readonly Dictionary[], x: string, y: string): PairLexicon | undefined {
  checkDictionaries(dictionaries, 'dictionaries');
  checkLanguage(x, 'x');
  checkLanguage(y, 'y');
  const lexicon: Array<readonly [string, string]> = [];
  for (const { pairs, from } of dictionaries) if (from === undefined) append(lexicon, pairs);
  append(lexicon, bothWays(dictionaries, x, y));
  const direct = lexicon.length > 0;
  const pivots: string[] = [];
  // Each joined pair once: pairs more go-between languages agree on first, then more go-between words.
  const joined = new Map<string, { pair: readonly [string, string]; languages: number; words: number; order: number }>();
  for (const pivot of pivotOrder(dictionaries)) {
    if (pivot === x || pivot === y) continue;
    const viaX = bothWays(dictionaries, x, pivot);
    const viaY = bothWays(dictionaries, y, pivot);
    if (viaX.length === 0 || viaY.length === 0) continue;
    for (const { pair, count } of pivotJoin(viaX, viaY, { pivotLanguage: pivot })) {
      const key = `${pair[0].toLowerCase()}\u0000${pair[1].toLowerCase()}`;
      const known = joined.get(key);
      if (known) {
        known.languages++;
        known.words += count;
      } else joined.set(key, { pair, languages: 1, words: count, order: joined.size });
    }
    pivots.push(pivot);
  }
  const ranked = [...joined.values()].sort((p, q) => q.languages - p.languages || q.words - p.words || p.order - q.order);
  for (const { pair } of ranked) lexicon.push(pair);
  return lexicon.length > 0 ? { lexicon, direct, pivots } : undefined;
}

/**
 * One lexicon for a set of languages (several versions aligned together): every pair's
 * {@link lexiconForPair}, interleaved rank by rank (each pair's surest pairs first). Undefined when no
 * pair is covered.
 *
 * @throws {TypeError} as {@link lexiconForPair}, or when `languages` is not an array of codes.
 */
export function lexiconForLanguages(dictionaries: readonly Dictionary[], languages: readonly string[]): Lexicon | undefined {
  if (!Array.isArray(languages)) throw new TypeError(`languages must be an array of language codes, got ${describe(languages)}`);
  languages.forEach((code, index) => checkLanguage(code, `languages[${index}]`));
  const lexicons: Array<ReadonlyArray<readonly [string, string]>> = [];
  for (let i = 0; i < languages.length; i++) {
    for (let j = i + 1; j < languages.length; j++) {
      const entry = lexiconForPair(dictionaries, languages[i]!, languages[j]!);
      if (entry) lexicons.push(entry.lexicon);
    }
  }
  // Rank by rank, not pair after pair: a word keeps only its first concepts, and a word of a language
  // in several pairs would otherwise keep those of its first pair alone.
  const all: Array<readonly [string, string]> = [];
  const longest = Math.max(0, ...lexicons.map((lexicon) => lexicon.length));
  for (let rank = 0; rank < longest; rank++) for (const lexicon of lexicons) if (rank < lexicon.length) all.push(lexicon[rank]!);
  return all.length > 0 ? all : undefined;
}
