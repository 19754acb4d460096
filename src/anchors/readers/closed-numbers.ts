// Numbers written as one word, as Dutch, Swedish and German write every number below a million
// (`tweehonderdvijftig`, `tvåtusenfemhundra`, `zweihundertvierundfünfzig`): the tables hold the words up
// to a hundred and the round hundreds; longer ones are cut at their scale words and read part by part.
import type { LanguageTables } from '../language.js';
import { memoize } from '../memo.js';

/** Fewest letters a word needs before it is cut (`honderd` alone is in the tables). */
const minClosedLetters = 8;

const readers = new WeakMap<LanguageTables, (folded: string) => number | undefined>();

/**
 * The value of a folded word written as one number word of the language's `compoundScales` (the
 * largest first: thousands, then hundreds), or undefined when it is no number: every part must be a
 * number word of the tables, the part before a scale below it (`vijftien|honderd`, 1500) and the part
 * after it smaller than it (`honderd|jarig` is no number).
 */
export function closedNumberValue(tables: LanguageTables, folded: string): number | undefined {
  if (tables.compoundScales.length === 0 || folded.length < minClosedLetters) return undefined;
  let read = readers.get(tables);
  if (read === undefined) {
    const memoized: (word: string) => number | undefined = memoize((word) => valueOf(tables, word, memoized));
    readers.set(tables, (read = memoized));
  }
  return read(folded);
}

function valueOf(tables: LanguageTables, word: string, read: (word: string) => number | undefined): number | undefined {
  for (const [scale, value] of tables.compoundScales) {
    const at = word.indexOf(scale);
    if (at < 0) continue;
    const before = word.slice(0, at);
    const after = word.slice(at + scale.length);
    if (before === '' && after === '') return undefined;
    const multiplier = before === '' ? 1 : part(tables, before, read);
    const rest = after === '' ? 0 : part(tables, after, read);
    if (multiplier === undefined || rest === undefined || multiplier < 1 || multiplier >= maxMultiplier(value) || rest >= value) return undefined;
    return multiplier * value + rest;
  }
  return undefined;
}

/** A part of a closed number: a number word of the tables, or itself closed. Whole numbers only. */
function part(tables: LanguageTables, word: string, read: (word: string) => number | undefined): number | undefined {
  const value = tables.numberWords.get(word) ?? read(word);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/** Largest multiplier of a scale in one word: 999 thousand, and 99 hundred (`negenennegentighonderd`). */
function maxMultiplier(scale: number): number {
  return scale >= 1000 ? 1000 : 100;
}
