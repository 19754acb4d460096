// Look-up of entity keys, exact or within one edit, in time linear in the key's length: every key is
// also stored under each of its one-letter deletions (the symmetric-deletion trick), so a query checks
// itself and its own deletions instead of scanning every key.
import levenshtein from 'fast-levenshtein';
import { keyVowelClasses } from '../lang/scripts/skeleton.js';

// No name has a key this long; longer keys are matched exactly only, which keeps the deletion
// variants (L of them, L letters each) from making a long token cost O(L²).
const maxFuzzyKeyLength = 64;

/** A set of keys with values, searchable exactly or within Levenshtein distance 1. */

export class KeyIndex<T> {
  readonly #exact = new Map<string, T>();
  readonly #deletions = new Map<string, string[]>();
  #longestFuzzyKey = 0;

  /** Adds `key` → `value`; the first value for a key wins. */
  add(key: string, value: T): void {
    if (key === '' || this.#exact.has(key)) return;
    this.#exact.set(key, value);
    if (key.length > maxFuzzyKeyLength) return;
    this.#longestFuzzyKey = Math.max(this.#longestFuzzyKey, key.length);
    for (const variant of deletions(key)) {
      const list = this.#deletions.get(variant);
      if (list) list.push(key);
      else this.#deletions.set(variant, [key]);
    }
  }

  get size(): number {
    return this.#exact.size;
  }

  /** The value stored under exactly `key`. */
  getExact(key: string): T | undefined {
    return this.#exact.get(key);
  }

  /**
   * The value of `key`, or of the closest key within one edit when `key` has at least `minFuzzyLength`
   * letters (short keys are too easy to hit by accident). Ties go to the key added first.
   */
  find(key: string, minFuzzyLength = 8): { key: string; value: T } | undefined {
    const exact = this.#exact.get(key);
    if (exact !== undefined) return { key, value: exact };
    // One edit changes the length by at most one, so a longer query cannot be near any stored key.
    if (key.length < minFuzzyLength || key.length > this.#longestFuzzyKey + 1) return undefined;
    const candidates = new Set<string>();
    for (const stored of this.#deletions.get(key) ?? []) candidates.add(stored); // query is a deletion of a key
    for (const variant of deletions(key)) {
      if (this.#exact.has(variant)) candidates.add(variant); // a key is a deletion of the query
      for (const stored of this.#deletions.get(variant) ?? []) candidates.add(stored); // one substitution
    }
    for (const candidate of candidates) {
      // Names that differ in their first sound are different names (Dong Hung, Tran Cuong), unless both
      // open with a vowel, which scripts write with other qualities (Evo IPU, إيفو APU; Erdoğan, أردوغان).
      if (candidate.length >= minFuzzyLength - 1 && sameOpening(candidate, key) && levenshtein.get(candidate, key) <= 1) {
        return { key: candidate, value: this.#exact.get(candidate)! };
      }
    }
    return undefined;
  }
}

/** Whether two keys open with the same sound, or both with a vowel class. */
function sameOpening(x: string, y: string): boolean {
  return x[0] === y[0] || (keyVowelClasses.includes(x[0]!) && keyVowelClasses.includes(y[0]!));
}

function deletions(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}
