// What a whole document tells about the case of its words: which words it writes in lowercase, and
// which pairs of capitalised words it writes in the middle of a sentence. The name reader weighs a
// capitalised word at a sentence's start by them (an ordinary word there has a capital only because
// it opens the sentence). One linear pass over the text.
import { foldWord, isCapitalised } from './text.js';
import { forEachToken } from './tokenize.js';

/** A document's case evidence, built by {@link documentCase}. */
export interface DocumentCase {
  /** Every word the document writes in lowercase (first letter lowercase), folded. */
  readonly lowercase: ReadonlySet<string>;
  /**
   * Two capitalised words one space apart that the document writes in the middle of a sentence, folded
   * and joined by a space (`team usa` from `het Europese team en Team USA`): a name, wherever it stands.
   */
  readonly midSentencePairs: ReadonlySet<string>;
}

/** Punctuation after which the next word still stands inside the sentence. */
const insideSentencePunctuation = new Set([',', ';', '(']);

/**
 * The case evidence of `text` (a document, or one sentence): its lowercase words and the pairs of
 * capitalised words it writes mid-sentence, a word or a comma before them. A line break ends a sentence
 * (a headline has no full stop). Linear in the length of the text.
 */
export function documentCase(text: string): DocumentCase {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${typeof text}`);
  const lowercase = new Set<string>();
  const midSentencePairs = new Set<string>();
  // The capitalised word that stands mid-sentence and waits for a second one after one space.
  let pending: string | undefined;
  let pendingEnd = -1;
  let inside = false;
  forEachToken(text, (kind, start, end) => {
    if (kind === 'space') {
      if (text.slice(start, end).includes('\n')) inside = false;
      return;
    }
    if (kind !== 'word') {
      inside = kind === 'digits' || insideSentencePunctuation.has(text.slice(start, end));
      pending = undefined;
      return;
    }
    const word = text.slice(start, end);
    if (!isCapitalised(word)) {
      const first = word[0]!;
      if (first !== first.toUpperCase()) lowercase.add(foldWord(word));
      pending = undefined;
      inside = true;
      return;
    }
    const folded = foldWord(word);
    if (pending !== undefined && start === pendingEnd + 1 && (text[pendingEnd] === ' ' || text[pendingEnd] === '\u00a0')) midSentencePairs.add(`${pending} ${folded}`);
    pending = inside ? folded : undefined;
    pendingEnd = end;
    inside = true;
  });
  return { lowercase, midSentencePairs };
}
