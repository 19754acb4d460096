// What the name readers look names up in: the gazetteer by spelling and by key, the names the other
// versions use, and the key lengths below which a match by key is too likely to be chance (`Hoang` and
// `Hanoi` share the key KAN). Indexes are built once per gazetteer and list of known names.
import { entityKey, wordKeyPart } from '../key.js';
import { KeyIndex } from '../key-index.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer.js';
import { memoize } from '../memo.js';
import { foldWord } from '../text.js';
import { keyConsonants, keyVowelClasses } from '../../lang/scripts/skeleton.js';

/** Shortest key a name is indexed or matched by at all. */
export const minNameKeyLength = 3;
/** Shortest key looked up in the gazetteer (capitalised words; several uncased words) or among known names of several words. */
export const minKeyLookupLength = 5;
/** Shortest key of one uncased word matched against the known names: one word shares a short key with a name easily. */
export const minSingleWordKnownKeyLength = 6;
/** Shortest key of several uncased words matched against known names within one edit. */
export const minFuzzyKnownKeyLength = 7;
/** A gazetteer match by key this long is trusted even when no name of the entry has exactly this key. */
export const trustedKeyLength = 8;

/** A known name given as an entity key rather than as a name (consonant-class letters only). */
const entityKeyPattern = /^[KJSPTDBNMLRAUI]+$/;

/** The value stored under `key`, built and stored on the first call (caches keyed by tables and gazetteers). */
function cached<K, V>(store: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, build: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = build();
    store.set(key, value);
  }
  return value;
}

const knownNamesCache = new WeakMap<readonly string[], KeyIndex<string>>();

/** The known names indexed by key; undefined when there are none. */
export function knownNameIndex(names: readonly string[] | undefined): KeyIndex<string> | undefined {
  if (!names || names.length === 0) return undefined;
  return cached(knownNamesCache, names, () => {
    const index = new KeyIndex<string>();
    for (const name of names) {
      if (typeof name !== 'string') throw new TypeError('options.knownNames must be an array of strings');
      const key = entityKeyPattern.test(name) ? name : entityKey(name, 'und');
      if (key.length >= minNameKeyLength) index.add(key, name);
    }
    return index;
  });
}

/** Least consonants a name key needs to be matched by its consonants alone: two (`Lee`, `Moon`) meet common words. */
export const minConsonantsForVowelless = 3;


/**
 * Whether a key written without short vowels (`ASNTN`, واشنطن) is the `full` key (`ASINTUN`, Washington)
 * with some vowels left out: the same consonants, and each vowel it writes standing where the full key
 * has one (between the same consonants). The vowel's class may differ (`SAMB`, ترامب, for `SUMP`).
 */
export function isKeyWithoutShortVowels(written: string, full: string, merges: Readonly<Record<string, string>>): boolean {
  // A word with no vowel letter at all is a native word (`كنت`, `فرص`) far more often than a foreign name.
  if (![...written].some((letter) => keyVowelClasses.includes(letter))) return false;
  if (keyConsonants(written, merges) !== keyConsonants(full, merges)) return false;
  const vowelSlots = (key: string) => {
    const slots = new Set<number>();
    let consonants = 0;
    for (const letter of key) {
      if (keyVowelClasses.includes(letter)) slots.add(consonants);
      else consonants++;
    }
    return slots;
  };
  const fullSlots = vowelSlots(full);
  for (const slot of vowelSlots(written)) if (!fullSlots.has(slot)) return false;
  return true;
}

const consonantIndexes = new WeakMap<readonly string[], Map<Readonly<Record<string, string>>, Map<string, string[]>>>();

/**
 * The known names' keys (the names given as keys) by their consonant skeleton (see
 * `keyConsonants`), for scripts that leave short vowels unwritten; only keys with at least
 * {@link minConsonantsForVowelless} consonants.
 */
export function knownConsonantIndex(names: readonly string[] | undefined, merges: Readonly<Record<string, string>>): Map<string, string[]> | undefined {
  if (!names || names.length === 0) return undefined;
  const byMerges = cached(consonantIndexes, names, () => new Map<Readonly<Record<string, string>>, Map<string, string[]>>());
  return cached(byMerges, merges, () => {
    const index = new Map<string, string[]>();
    // The keys only, not the spellings: a spelling keeps its case ending (`Трампом`), the key drops it.
    for (const key of names) {
      if (!entityKeyPattern.test(key)) continue;
      const consonants = keyConsonants(key, merges);
      if (consonants.length < minConsonantsForVowelless) continue;
      const list = index.get(consonants);
      if (list === undefined) index.set(consonants, [key]);
      else if (!list.includes(key)) list.push(key);
    }
    return index;
  });
}

const consonantStartSets = new WeakMap<Map<string, string[]>, Set<string>>();

/**
 * Memoised: can this folded word (or one of its `wordForms`) open a name of `index` written without short
 * vowels? Its consonants must begin some known name's consonants (at least two of them): the script
 * may cut a name into other words than the Latin does (`Pyongyang`, `بيونغ يانغ`).
 */
export function vowellessStartTest(index: Map<string, string[]>, merges: Readonly<Record<string, string>>, lang: string, wordForms: (folded: string) => readonly string[]): (folded: string) => boolean {
  const prefixes = cached(consonantStartSets, index, () => {
    const set = new Set<string>();
    for (const consonants of index.keys()) for (let length = 2; length <= consonants.length; length++) set.add(consonants.slice(0, length));
    return set;
  });
  const byLang = cached(vowellessStartTests, prefixes, () => new Map<string, (folded: string) => boolean>());
  return cached(byLang, lang, () => memoize((folded) => wordForms(folded).some((form) => prefixes.has(keyConsonants(wordKeyPart(form, lang), merges)))));
}

const vowellessStartTests = new WeakMap<Set<string>, Map<string, (folded: string) => boolean>>();

const surfaceIndexes = new WeakMap<Gazetteer, Map<string, GazetteerEntry>>();

/** Folded spelling → entry, for scripts where names are found by their exact written form. */
export function surfaceIndex(gazetteer: Gazetteer): Map<string, GazetteerEntry> {
  return cached(surfaceIndexes, gazetteer, () => {
    const index = new Map<string, GazetteerEntry>();
    for (const entry of gazetteer.entries) {
      for (const names of Object.values(entry.names)) for (const name of names) if (!index.has(foldWord(name))) index.set(foldWord(name), entry);
    }
    return index;
  });
}

const wordSets = new WeakMap<Gazetteer, Set<string>>();

/** Every folded word of every gazetteer name (`partij` when the gazetteer names a party). */
export function gazetteerWords(gazetteer: Gazetteer): Set<string> {
  return cached(wordSets, gazetteer, () => {
    const words = new Set<string>();
    for (const entry of gazetteer.entries) {
      for (const names of Object.values(entry.names)) for (const name of names) for (const word of name.split(/[\s\-]+/u)) if (word !== '') words.add(foldWord(word));
    }
    return words;
  });
}

const keySets = new WeakMap<Gazetteer, Map<GazetteerEntry, Set<string>>>();

/** Whether one of the entry's own names has exactly this key (not just a key within one edit). */
export function hasKey(gazetteer: Gazetteer, entry: GazetteerEntry, key: string): boolean {
  const sets = cached(keySets, gazetteer, () => new Map<GazetteerEntry, Set<string>>());
  const keys = cached(sets, entry, () => new Set(Object.entries(entry.names).flatMap(([lang, names]) => names.map((name) => entityKey(name, lang)))));
  return keys.has(key);
}

const nameStartSets = new WeakMap<Gazetteer, WeakMap<readonly string[], Set<string>>>();
const noKnownNames: readonly string[] = [];

/**
 * Folded first words and first-word keys of every gazetteer name and known name: an uncased window can
 * only open on one of them.
 */
function nameStarts(gazetteer: Gazetteer, knownNames: readonly string[] | undefined): Set<string> {
  const byKnown = cached(nameStartSets, gazetteer, () => new WeakMap<readonly string[], Set<string>>());
  const known = knownNames ?? noKnownNames;
  return cached(byKnown, known, () => {
    const set = new Set<string>();
    const add = (name: string, lang: string) => {
      const first = name.split(/[\s\-]+/u).find((w) => w !== '');
      if (!first) return;
      set.add(foldWord(first));
      for (const part of withOpeningVowels(wordKeyPart(first, lang))) set.add(part);
    };
    for (const entry of gazetteer.entries) for (const [lang, names] of Object.entries(entry.names)) for (const name of names) add(name, lang);
    for (const name of known) {
      if (entityKeyPattern.test(name)) {
        // A key: any prefix of it may be the first word's key.
        for (let length = 1; length <= name.length; length++) for (const part of withOpeningVowels(name.slice(0, length))) set.add(part);
      } else add(name, 'und');
    }
    return set;
  });
}

/**
 * A first word's key and, when it opens with a vowel, the same with each other vowel class: scripts write
 * an opening vowel with other qualities (`Evo` IPU, `إيفو` APU), which the fuzzy look-up forgives.
 */
function withOpeningVowels(part: string): string[] {
  return keyVowelClasses.includes(part[0]!) ? [...keyVowelClasses].map((vowel) => vowel + part.slice(1)) : [part];
}

const startTests = new WeakMap<Set<string>, Map<string, (folded: string) => boolean>>();

/** Memoised: can this folded word (or one of its `wordForms`, without clitics) start a known name? */
export function nameStartTest(gazetteer: Gazetteer, knownNames: readonly string[] | undefined, lang: string, wordForms: (folded: string) => readonly string[]): (folded: string) => boolean {
  const starts = nameStarts(gazetteer, knownNames);
  const byLang = cached(startTests, starts, () => new Map<string, (folded: string) => boolean>());
  return cached(byLang, lang, () => memoize((folded) => wordForms(folded).some((form) => starts.has(form) || starts.has(wordKeyPart(form, lang)))));
}
