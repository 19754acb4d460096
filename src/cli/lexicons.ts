// `--dictionary` per article set: the lexicon for the set's languages, made once per set of languages
// (a stream repeats the same few), so the aligner compiles each lexicon once.
import { type Dictionary, lexiconForLanguages } from '../align/dictionaries.js';
import type { Lexicon } from '../align/lexicon.js';

/** The lexicon for a set's version languages, or undefined when no dictionary covers any pair of them. */
export type LexiconFor = (languages: readonly string[]) => Lexicon | undefined;

/** Sets of languages whose lexicons are kept before the cache starts again (bounds memory on mixed streams). */
const maxKeptLexicons = 32;

/**
 * {@link LexiconFor} from read dictionaries: `lexiconForLanguages` of the set's distinct languages; every
 * dictionary's pairs as they are when a language is unknown (`und`).
 */
export function lexiconsFrom(dictionaries: readonly Dictionary[]): LexiconFor {
  const kept = new Map<string, Lexicon | undefined>();
  return (languages) => {
    const distinct = [...new Set(languages)].sort();
    const key = distinct.join(' ');
    if (kept.has(key)) return kept.get(key);
    const lexicon = distinct.includes('und') ? dictionaries.flatMap((dictionary) => dictionary.pairs) : lexiconForLanguages(dictionaries, distinct);
    if (kept.size >= maxKeptLexicons) kept.clear();
    const found = lexicon !== undefined && lexicon.length > 0 ? lexicon : undefined;
    kept.set(key, found);
    return found;
  };
}
