// Cross-script name keys. A name is transliterated to Latin (Cyrillic and Arabic letter by letter), then
// folded to a phonetic skeleton that survives the ways Vietnamese and Chinese names are written in other
// scripts: consonants fall into classes (g/h/gh/kh/k/q/c → K; j/zh/z/dj/gi → J; s/x/sh/ch/tr/ts → S;
// p/ph/f/v → P; t/th → T; n/ng/nh → N), every run of vowels and semivowels becomes one class (A, U or I),
// spaces and hyphens go, repeated classes collapse, and a final vowel is dropped (case endings, Arabic ة).
import levenshtein from 'fast-levenshtein';
import { memoize } from './memo.js';
import { findLanguage } from '../lang/registry.js';
import { stripArabicArticle } from '../lang/scripts/arabic.js';
import { skeleton } from '../lang/scripts/skeleton.js';
import { transliterateFolded } from '../lang/scripts/transliterate.js';
import { foldWord } from './text.js';

/** Latin transliteration of one word (Cyrillic and Arabic letters; Latin diacritics removed). */
export function transliterate(word: string): string {
  return transliterateFolded(foldWord(word));
}

/**
 * Cross-script key of a name: `Nguyen Xuan Thang`, `Нгуєн Суан Тханг`, `Нгуєн Сюань Тханг` and
 * `نغوين شوان ثانغ` all give `NUNSANTAN`; `Quang Ninh`, `Куангнінь`, `كوانغ نينه` give `KANIN`.
 * `lang` selects the case endings to strip (Ukrainian `Куангніня`, `Ву Дай Тханга`).
 *
 * @throws {TypeError} when `name` or `lang` is not a string.
 */
export function entityKey(name: string, lang: string): string {
  if (typeof name !== 'string') throw new TypeError(`name must be a string, got ${typeof name}`);
  if (typeof lang !== 'string') throw new TypeError(`lang must be a string, got ${typeof lang}`);
  const words = name.split(/[\s\-‐‑–—_.·]+/u).filter((w) => w !== '');
  return joinKeyParts(words.map((word) => wordKeyPart(word, lang)));
}

const memoByLang = new Map<string, (word: string) => string>();

/** The skeleton of one word of a name, final vowel kept (see {@link joinKeyParts}). Memoised. */
export function wordKeyPart(word: string, lang: string): string {
  const primary = lang.slice(0, 2).toLowerCase();
  let memo = memoByLang.get(primary);
  if (!memo) {
    memo = memoize((w) => computeWordKeyPart(w, primary));
    memoByLang.set(primary, memo);
  }
  return memo(word);
}

function computeWordKeyPart(word: string, lang: string): string {
  let stem = stripArabicArticle(word);
  if (stem.length >= 5) {
    const lower = stem.toLowerCase();
    const ending = (findLanguage(lang)?.anchors?.keyCaseEndings ?? []).find((e) => lower.endsWith(e));
    if (ending) stem = stem.slice(0, -ending.length);
  }
  return skeleton(transliterate(stem), false);
}

/**
 * Joins word skeletons into a key: each word separately, so that `Tuong Huy` does not read as `ngh`;
 * classes collapse across words and a final vowel is dropped.
 */
export function joinKeyParts(parts: readonly string[]): string {
  let key = '';
  for (const part of parts) key += key !== '' && key.endsWith(part[0] ?? '') ? part.slice(1) : part;
  return key.length > 1 && /[AUI]$/.test(key) ? key.slice(0, -1) : key;
}

/**
 * The name respelt by its language's transliteration conventions (profile `nameSpellings`: German
 * `Chruschtschow` → `khrushchov`, Dutch `Sjtsjoekin` → `shchukin`), lowercase and folded, or undefined
 * when none applies. Left to right, the longest letter group first; a replacement is not read again.
 *
 * @throws {TypeError} when `name` or `lang` is not a string.
 */
export function respellName(name: string, lang: string): string | undefined {
  if (typeof name !== 'string') throw new TypeError(`name must be a string, got ${typeof name}`);
  if (typeof lang !== 'string') throw new TypeError(`lang must be a string, got ${typeof lang}`);
  const primary = lang.slice(0, 2).toLowerCase();
  let memo = respeltByLang.get(primary);
  if (memo === undefined) {
    const spellings = findLanguage(primary)?.anchors?.nameSpellings ?? [];
    const ordered = [...spellings].sort((x, y) => y[0].length - x[0].length);
    memo = memoize((text) => (ordered.length === 0 ? '' : respell(text, ordered)));
    respeltByLang.set(primary, memo);
  }
  const respelt = memo(foldWord(name).toLowerCase());
  return respelt === '' ? undefined : respelt;
}

const respeltByLang = new Map<string, (text: string) => string>();

/** `text` with each letter group of `ordered` (longest first) replaced, or `''` when nothing changed. */
function respell(text: string, ordered: ReadonlyArray<readonly [string, string]>): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const rule = ordered.find(([from]) => text.startsWith(from, i));
    if (rule === undefined) {
      out += text[i];
      i += 1;
      continue;
    }
    out += rule[1];
    changed ||= rule[0] !== rule[1];
    i += rule[0].length;
  }
  return changed ? out : '';
}

/** {@link nameSimilarity} at or above which two entity keys are taken for one name written two ways. */
export const sameNameSimilarity = 0.8;
/** {@link nameSimilarity} at or above which a key is taken for an alias given in the configuration. */
export const aliasSimilarity = 0.92;
/** {@link nameSimilarity} at or above which two names may stand for each other (a swapped-in name's partner). */
export const relatedNameSimilarity = 0.6;
/** {@link nameSimilarity} below which two keys in different scripts are two names: transliteration moves keys far. */
export const crossScriptNameSimilarity = 0.4;

/**
 * Similarity of two entity keys in [0, 1]: one minus the Levenshtein distance over the longer length
 * (fast-levenshtein). Equal keys give 1; empty keys give 0.
 *
 * @throws {TypeError} when a key is not a string.
 */
export function nameSimilarity(keyA: string, keyB: string): number {
  if (typeof keyA !== 'string') throw new TypeError(`keyA must be a string, got ${typeof keyA}`);
  if (typeof keyB !== 'string') throw new TypeError(`keyB must be a string, got ${typeof keyB}`);
  if (keyA === '' || keyB === '') return 0;
  if (keyA === keyB) return 1;
  return 1 - levenshtein.get(keyA, keyB) / Math.max(keyA.length, keyB.length);
}
