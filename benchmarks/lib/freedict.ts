// FreeDict dictionaries as Debian installs them (scripts/install-freedict.sh): dictd `.index` +
// `.dict.dz` in /usr/share/dictd. A pair's lexicon is built by lexiconForPair from every installed
// dictionary, read as `--dictionary` reads them, so the figures are what the command line gives for
// the same files.
import { type Dictionary, type Lexicon, lexiconForLanguages, lexiconForPair, parseDictdDictionary, parseHunalignDictionary } from '../../src/index.js';
import { readDictionaryDirectory } from '../../src/cli/dictionary.js';

const dictdDir = '/usr/share/dictd/';
/** Every installed dictd dictionary, read once, when first used. */
let installed: Dictionary[] | undefined;
function dictionaries(): Dictionary[] {
  installed ??= readDictionaryDirectory(dictdDir, { parseDictdDictionary, parseHunalignDictionary });
  return installed;
}

const names: Record<string, string> = {
  en: 'English', nl: 'Dutch', sv: 'Swedish', id: 'Indonesian', ar: 'Arabic', uk: 'Ukrainian',
  de: 'German', el: 'Greek', fi: 'Finnish', fr: 'French', it: 'Italian', pl: 'Polish',
};

/**
 * A pair's lexicon (see lexiconForPair): its direct dictionaries, joined with both languages'
 * dictionaries with each other language through that language's word. Says how it was made ('direct',
 * 'via English', …), or undefined when Debian has nothing.
 */
export function freedictLexicon(x: string, y: string): { lexicon: Lexicon; source: string } | undefined {
  const entry = lexiconForPair(dictionaries(), x, y);
  if (!entry) return undefined;
  const sources = [...(entry.direct ? ['direct'] : []), ...entry.pivots.map((pivot) => `via ${names[pivot] ?? pivot}`)];
  return { lexicon: entry.lexicon, source: sources.join(' + ') };
}

/** One lexicon for a set of languages: every pair's, joined. */
export function freedictLexiconForAll(languages: readonly string[]): Lexicon | undefined {
  return lexiconForLanguages(dictionaries(), languages);
}
