// Word look-ups several readers share: month names (dates, and identifiers that must not take `9.Mai`),
// ordinal suffixes (ordinals, and identifiers that must not take `10e`), the words that make a number
// approximate, and coordinators glued to the next word.
import type { NumberRelation } from '../../types.js';
import type { TokenCursor } from './cursor.js';

/** Longest approximation phrase before a number, in words (`a little more than`). */
const maxApproximationWords = 4;

/** A month name (or, next to a day, an abbreviation) at token `i`. */
export function monthAt(cursor: TokenCursor, i: number, allowAbbreviation: boolean): number | undefined {
  if (cursor.tokens[i]?.kind !== 'word') return undefined;
  const { tables } = cursor;
  const folded = cursor.folded[i]!;
  const full = cursor.lookupWord(tables.monthNames, i);
  if (full !== undefined) return full;
  // Months written as two words (Levantine `كانون الثاني`, `تشرين الأول`).
  if (tables.multiWordMonthStarts.length > 0 && tables.multiWordMonthStarts.some((start) => folded.includes(start))) {
    const next = cursor.nextWord(i);
    if (next >= 0 && cursor.tokens[next]!.kind === 'word') {
      for (const candidate of tables.orthography.wordForms(folded)) {
        const two = tables.monthNames.get(`${candidate} ${cursor.folded[next]}`);
        if (two !== undefined) return two;
      }
    }
  }
  return allowAbbreviation ? tables.monthAbbreviations.get(folded) : undefined;
}

/**
 * Token after a month name (of one or two words, or an abbreviation with its dot) that starts at `i`,
 * and after the same month's name in a second calendar joined by a slash (`يونيو/حزيران`, the
 * Egyptian and the Levantine name): one month, not two dates.
 */
export function monthEnd(cursor: TokenCursor, i: number): number {
  const end = nameEnd(cursor, i);
  if (cursor.tokens[end]?.text !== '/' || cursor.tokens[end + 1]?.kind !== 'word') return end;
  const second = monthAt(cursor, end + 1, false);
  return second !== undefined && second === monthAt(cursor, i, true) ? nameEnd(cursor, end + 1) : end;
}

/** Token after a month name alone (without a second calendar's name after a slash). */
export function nameEnd(cursor: TokenCursor, i: number): number {
  const { tables } = cursor;
  const folded = cursor.folded[i]!;
  // Neither a one-word name nor an abbreviation: the two-word name {@link monthAt} found.
  if (cursor.lookupWord(tables.monthNames, i) === undefined && !tables.monthAbbreviations.has(folded)) return cursor.nextWord(i) + 1;
  if (cursor.tokens[i + 1]?.text === '.' && tables.monthAbbreviations.has(folded)) return i + 2;
  return i + 1;
}

/** Whether the word before token `i` (`في مارس`, `وفي يونيو`) or the word after the month (`يونيو الماضي`) makes a month name a month on its own. */
export function afterMonthContext(cursor: TokenCursor, i: number): boolean {
  const { tokens, tables } = cursor;
  if (tables.monthContextWords.size === 0) return false;
  let j = i - 1;
  if (j >= 0 && tokens[j]!.kind === 'space' && !tokens[j]!.text.includes('\n')) j--;
  // `mid-May`: the context word joined by a hyphen.
  if (j > 0 && tokens[j]!.text === '-' && tokens[j - 1]!.kind === 'word') j--;
  if (j >= 0 && tokens[j]!.kind === 'word') {
    // `وفي يونيو`: "and" glued to the context word.
    const word = cursor.folded[j]!;
    if (tables.monthContextWords.has(word) || tables.monthContextWords.has(afterCliticCoordinator(cursor, word) ?? '')) return true;
  }
  const next = cursor.nextWord(monthEnd(cursor, i) - 1);
  return next >= 0 && tokens[next]!.kind === 'word' && tables.monthContextWordsAfter.has(cursor.folded[next]!);
}

/** Whether the word at `i` is an ordinal suffix (`ї`, `e`, `de`, `th`; entries ending in `*` match as prefixes). */
export function isOrdinalSuffix(cursor: TokenCursor, i: number): boolean {
  const suffix = cursor.folded[i]!;
  const suffixes = cursor.tables.ordinalSuffixes;
  if (suffixes.has(suffix)) return true;
  for (const pattern of suffixes) {
    if (pattern.endsWith('*') && suffix.startsWith(pattern.slice(0, -1))) return true;
  }
  return false;
}

/**
 * The relation set by the words before token `i` (`nästan`, `meer dan`, `أكثر من`), or exact. The longest
 * phrase wins: `no more than`, `niet meer dan`, `не більше` bound from above, though `more than`, `meer dan`
 * and `більше` alone bound from below.
 */
export function relationBefore(cursor: TokenCursor, i: number): NumberRelation {
  const { tables } = cursor;
  const words: string[] = [];
  let found: NumberRelation = 'exact';
  let j = i;
  for (let n = 0; n < maxApproximationWords; n++) {
    j = cursor.previousToken(j);
    if (j < 0 || cursor.tokens[j]!.kind !== 'word') break;
    words.unshift(cursor.folded[j]!);
    const relation = approximationOf(cursor, words);
    if (relation) {
      found = relation;
      continue;
    }
    // `більше ніж через три місяці`: a preposition between the approximation and the number.
    if (words.length > 1 && tables.approximationPrepositions.has(words[words.length - 1]!)) {
      const withoutPreposition = approximationOf(cursor, words.slice(0, -1));
      if (withoutPreposition) found = withoutPreposition;
    }
  }
  return found;
}

function approximationOf(cursor: TokenCursor, words: string[]): Exclude<NumberRelation, 'exact'> | undefined {
  const { tables } = cursor;
  return tables.approximations.get(words.join(' ')) ?? (tables.orthography.gluedClitics ? approximationWithoutClitics(cursor, words) : undefined);
}

/** Longest approximation written after a number's noun, in words (`على الأقل`). */
const maxApproximationWordsAfter = 3;

/**
 * The relation set by the words before token `i` or, failing those, by an approximation written after
 * the number ending before `end` and the one word it counts (`ستة أيام على الأقل`, "six days at least").
 */
export function relationAround(cursor: TokenCursor, i: number, end: number): NumberRelation {
  const before = relationBefore(cursor, i);
  const { tables, tokens } = cursor;
  if (before !== 'exact' || tables.approximationsAfter.size === 0) return before;
  const noun = cursor.nextWord(end - 1);
  if (noun < 0 || tokens[noun]!.kind !== 'word') return before;
  const words: string[] = [];
  let k = noun;
  for (let n = 0; n < maxApproximationWordsAfter; n++) {
    k = cursor.nextWord(k);
    if (k < 0 || tokens[k]!.kind !== 'word') break;
    words.push(cursor.folded[k]!);
    const relation = tables.approximationsAfter.get(words.join(' '));
    if (relation) return relation;
  }
  return before;
}

/** An approximation phrase whose first word carries a glued clitic (`وأكثر من`). */
function approximationWithoutClitics(cursor: TokenCursor, words: string[]): Exclude<NumberRelation, 'exact'> | undefined {
  const [first, ...rest] = words;
  if (!first) return undefined;
  for (const candidate of cursor.tables.orthography.wordForms(first)) {
    const relation = cursor.tables.approximations.get([candidate, ...rest].join(' '));
    if (relation) return relation;
  }
  return undefined;
}

/** The rest of a word after a clitic coordinator glued to its front (Arabic `وفي` → `في`), or undefined. */
export function afterCliticCoordinator(cursor: TokenCursor, word: string): string | undefined {
  for (const coordinator of cursor.tables.cliticCoordinators) if (word.length > coordinator.length && word.startsWith(coordinator)) return word.slice(coordinator.length);
  return undefined;
}

/**
 * Whether a word has the script's glued article in one of its forms (`الفارس`, `بالفارس`: the word and
 * its forms without clitics, `forms`); never where the script glues none.
 */
export function hasGluedArticle(cursor: TokenCursor, forms: readonly string[]): boolean {
  const article = cursor.tables.orthography.gluedArticle;
  return article !== undefined && forms.some((form) => form.startsWith(article));
}
