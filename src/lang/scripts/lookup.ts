// How each script's orthography bears on a dictionary look-up, for the lexicon: its letter variants, the
// words written glued to a word of the text, and the article a dictionary entry may carry. Chosen by a
// word's letters, not its language: a dictionary's entries come without one.
import { arabicCliticCandidates, foldArabicLetters, stripArabicArticle } from './arabic.js';

/** One script's look-up orthography. */
interface LookupOrthography {
  /** Whether a word holds letters of the script. */
  writes: (word: string) => boolean;
  /** The word with the script's letter variants folded (lowercase, diacritics already removed). */
  fold: (word: string) => string;
  /** The forms a folded word of the text may stand for once words glued to it are removed, itself first. */
  unglued: (folded: string) => string[];
  /** Further forms a dictionary entry is listed under (an entry without its article). */
  entryForms: (word: string) => string[];
}

const arabicLetter = /[\u0600-\u06ff]/;

const orthographies: readonly LookupOrthography[] = [
  {
    writes: (word) => arabicLetter.test(word),
    fold: foldArabicLetters,
    unglued: arabicCliticCandidates,
    // Arabic dictionaries often list a noun with its article (`الحكومة`); the text writes it without the
    // article as often as with it (`حكومة البلد`).
    entryForms: (word) => [stripArabicArticle(word)],
  },
];

/** A word with the letter variants of every script folded. */
export function foldLookupLetters(word: string): string {
  let folded = word;
  for (const orthography of orthographies) if (orthography.writes(folded)) folded = orthography.fold(folded);
  return folded;
}

/** The forms a folded word of the text may stand for once words glued to it are removed, itself first. */
export function ungluedForms(folded: string): string[] {
  return orthographies.find((orthography) => orthography.writes(folded))?.unglued(folded) ?? [folded];
}

/** Further forms of a dictionary entry (its script's, such as the entry without its article); may repeat it. */
export function dictionaryEntryForms(word: string): string[] {
  return orthographies.find((orthography) => orthography.writes(word))?.entryForms(word) ?? [];
}
