// What follows or precedes a number and changes what it says: a percent sign or word, a scale word
// (`млн`, `miljoen`, `مليون`), a label word before it (`№ 5`, `gränsmarkör 1369`).
import type { TokenCursor } from './cursor.js';

/** After a number that ends before `end`: whether a percent follows, the scale it is multiplied by, and the token after both. */
export interface Quantity {
  percent: boolean;
  scale: number;
  end: number;
}

const percentSigns = new Set(['%', '٪']);

/** A currency symbol (`$`, `£`, `€`, `₴`): the Unicode category Sc. */
const currencySign = /^\p{Sc}$/u;

/**
 * The percent sign or word, or the scale word, after the number read from token `start` up to `end`;
 * pure (emits nothing).
 */
export function quantityAfter(cursor: TokenCursor, start: number, end: number): Quantity {
  const { tokens, folded, tables } = cursor;
  if (percentSigns.has(tokens[end]?.text ?? '')) return { percent: true, scale: 1, end: end + 1 };
  const money = currencyScaleAfter(cursor, start, end);
  if (money !== undefined) return money;
  const unit = cursor.nextWord(end - 1);
  if (unit < 0) return { percent: false, scale: 1, end };
  const word = folded[unit]!;
  if (percentSigns.has(tokens[unit]!.text)) return { percent: true, scale: 1, end: unit + 1 };
  const percentEnd = percentPhraseEnd(cursor, unit);
  if (percentEnd >= 0) return { percent: true, scale: 1, end: percentEnd };
  const scale = tokens[unit]!.kind === 'word' ? cursor.lookupWord(tables.scaleWords, unit) : undefined;
  if (scale === undefined) return { percent: false, scale: 1, end };
  const afterScale = tokens[unit + 1]?.text === '.' && tables.scaleAbbreviations.has(word) ? unit + 2 : unit + 1;
  return { percent: false, scale, end: afterScale };
}

/**
 * A scale letter of money (`£125m`, `$5bn`, `3 M€`), case as written: glued to digits that follow a
 * currency sign, or standing right before the sign. Alone such letters are units (`100m`, `5k`).
 */
function currencyScaleAfter(cursor: TokenCursor, start: number, end: number): Quantity | undefined {
  const letters = cursor.tables.rules.currencyScaleLetters;
  if (letters === undefined) return undefined;
  const { tokens } = cursor;
  const isSign = (index: number): boolean => currencySign.test(tokens[index]?.text ?? '');
  const glued = tokens[end];
  if (glued?.kind === 'word' && glued.start === tokens[end - 1]!.end && Object.hasOwn(letters, glued.text)) {
    if (isCurrencyBefore(cursor, start) || isSign(end + 1)) return { percent: false, scale: letters[glued.text]!, end: end + 1 };
  }
  const spaced = tokens[end + 1];
  // `5 M €`, `Rp 5 T`: a spaced letter needs the currency right after it or before the amount.
  if (glued?.kind === 'space' && spaced?.kind === 'word' && Object.hasOwn(letters, spaced.text) && (isSign(end + 2) || isCurrencyBefore(cursor, start))) {
    return { percent: false, scale: letters[spaced.text]!, end: end + 2 };
  }
  return undefined;
}

/** Whether a currency sign or word (`$`, `Rp`) stands right before the amount at `start`, glued or spaced. */
export function isCurrencyBefore(cursor: TokenCursor, start: number): boolean {
  const { tokens } = cursor;
  const words = cursor.tables.rules.currencyWords ?? [];
  const isCurrency = (index: number): boolean => {
    const text = tokens[index]?.text ?? '';
    return currencySign.test(text) || words.includes(text);
  };
  return isCurrency(start - 1) || (tokens[start - 1]?.kind === 'space' && !tokens[start - 1]!.text.includes('\n') && isCurrency(start - 2));
}

/** Most words in a percent phrase (`points de pourcentage`). */
const maxPercentWords = 3;

/**
 * The token after the longest percent word or phrase starting at token `unit` (`%`, `procent`, `pour
 * cent`, `في المائة`, `points de pourcentage`), or -1 when none starts there.
 */
export function percentPhraseEnd(cursor: TokenCursor, unit: number): number {
  const { tokens, folded, tables } = cursor;
  let phrase = folded[unit]!;
  let end = tables.percentWords.has(phrase) ? unit + 1 : -1;
  let k = unit;
  for (let n = 1; n < maxPercentWords && tokens[k]!.kind === 'word'; n++) {
    k = cursor.nextWord(k);
    if (k < 0 || tokens[k]!.kind !== 'word') break;
    phrase = `${phrase} ${folded[k]}`;
    if (tables.percentWords.has(phrase)) end = k + 1;
  }
  return end;
}

/** `gränsmarkör 1369`, `маркері 504`, `№ 5`, `nr. 12`: the number at `i` is a label. */
export function isAfterLabelWord(cursor: TokenCursor, i: number): boolean {
  const { tokens, tables } = cursor;
  let j = cursor.previousToken(i);
  if (j >= 0 && tokens[j]!.text === '.') j -= 1;
  if (j < 0) return false;
  const word = cursor.folded[j]!;
  if (tables.labelWords.has(word)) return true;
  if (tokens[j]!.kind !== 'word') return false;
  const forms = tables.orthography.gluedClitics ? tables.orthography.wordForms(word) : undefined;
  for (const prefix of tables.labelPrefixes) if (word.startsWith(prefix) || forms?.some((form) => form.startsWith(prefix))) return true;
  return false;
}
