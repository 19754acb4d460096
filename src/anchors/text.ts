import { numberedNouns as registeredNumberedNouns } from '../lang/registry.js';
import { foldArabicLetters } from '../lang/scripts/arabic.js';
import { memoize } from './memo.js';
// Character-level helpers shared by the anchor scanners: digit values in any script and word folding.

/**
 * The value 0–9 of a decimal digit in any Unicode script (`٢` → 2, `۵` → 5, `５` → 5), or -1.
 * Unicode keeps each script's digits 0–9 contiguous, so the value is the distance from the block's zero.
 */
export function digitValue(codePoint: number): number {
  if (codePoint >= 0x30 && codePoint <= 0x39) return codePoint - 0x30;
  if (codePoint < 0x660) return -1;
  const cached = digitCache.get(codePoint);
  if (cached !== undefined) return cached;
  let value = -1;
  if (isDigitChar(String.fromCodePoint(codePoint))) {
    // Digits come in runs of ten per script (some runs of several tens, like the mathematical digits):
    // the value is the distance from the start of the run, modulo ten.
    let runStart = codePoint;
    for (let step = 0; step < 64 && isDigitChar(String.fromCodePoint(runStart - 1)); step++) runStart -= 1;
    value = (codePoint - runStart) % 10;
  }
  digitCache.set(codePoint, value);
  return value;
}

const digitCache = new Map<number, number>();
const digitPattern = /^\p{Nd}$/u;
function isDigitChar(ch: string): boolean {
  return digitPattern.test(ch);
}

/** The integer value of a run of decimal digits in one script, or NaN when it is not one. */
export function digitsToNumber(digits: string): number {
  let value = 0;
  for (const ch of digits) {
    const d = digitValue(ch.codePointAt(0)!);
    if (d < 0) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/** Converts digits of any script to ASCII (`٢٠٢٥` → `2025`); other characters are kept. */
export function asciiDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const d = digitValue(ch.codePointAt(0)!);
    out += d >= 0 ? String(d) : ch;
  }
  return out;
}

const apostrophes = /[’ʼ‘`´]/g;

/**
 * Folds a word for dictionary look-ups: lowercase, one apostrophe (`’` `ʼ` → `'`), and for Arabic script
 * the usual orthographic normalisation (hamzated alefs → `ا`, `ى` → `ي`, `ة` → `ه`, no harakat or tatweel).
 */
export function foldWord(word: string): string {
  // Fast path: ASCII lowercase words need no folding.
  let ascii = true;
  for (let i = 0; i < word.length && ascii; i++) {
    const c = word.charCodeAt(i);
    ascii = c >= 0x61 && c <= 0x7a;
  }
  if (ascii) return word;
  return foldMemo(word);
}

const foldMemo = memoize(computeFold);

const softHyphens = /\u00ad/g;

function computeFold(word: string): string {
  // Soft hyphens (where a page may break the word) are no part of it.
  return foldArabicLetters(word.toLowerCase().replace(apostrophes, "'").replace(softHyphens, ''));
}

/** Whether the word starts with an uppercase letter (Latin, Cyrillic, Greek…). */
export function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Nouns that number their instances (`camp IV`, `Lager 3`, `chapitre II`), in the languages we read,
 * folded. After other words a Roman numeral is part of a name (`Gasherbrum II`, `Ang Tsering III`) or a
 * pronoun (`I`).
 */
const numberedNouns = new Set(registeredNumberedNouns().map(foldWord));

/** Whether a folded word is a noun that numbers its instances (`lager` in `Lager 3`, `camp` in `camp IV`). */
export function isNumberedNoun(folded: string): boolean {
  return numberedNouns.has(folded);
}

const romanDigits: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral written the standard way (`IV`, not `IIII`), 1–399, or undefined. */
export function romanValue(word: string): number | undefined {
  // CCCLXXXVIII (388) is the longest numeral up to 399.
  if (word.length === 0 || word.length > 11) return undefined;
  let value = 0;
  for (let k = 0; k < word.length; k++) {
    const digit = romanDigits[word[k]!];
    if (digit === undefined) return undefined;
    const next = k + 1 < word.length ? romanDigits[word[k + 1]!] : undefined;
    value += next !== undefined && next > digit ? -digit : digit;
  }
  return value > 0 && toRoman(value) === word ? value : undefined;
}

function toRoman(value: number): string {
  let rest = value;
  let roman = '';
  for (const [digits, amount] of [['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]] as const) {
    while (rest >= amount) {
      roman += digits;
      rest -= amount;
    }
  }
  return roman;
}
