// FreeDict dictionaries as Debian installs them (scripts/install-freedict.sh): dictd `.index` +
// `.dict.dz` in /usr/share/dictd. Builds a lexicon for a pair of the project's languages, directly
// where Debian has one, else through English.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Lexicon, parseDictdDictionary, pivotLexicon } from '../../src/index.js';

const dictdDir = '/usr/share/dictd/';
const codes: Record<string, string> = { nl: 'nld', sv: 'swe', id: 'ind', ar: 'ara', uk: 'ukr', en: 'eng' };
const cache = new Map<string, Array<[string, string]> | undefined>();

/** Pairs [word of `from`, word of `to`] of one installed dictionary, or undefined. */
function dictionary(from: string, to: string): Array<[string, string]> | undefined {
  const name = `freedict-${codes[from]}-${codes[to]}`;
  if (cache.has(name)) return cache.get(name);
  const index = `${dictdDir}${name}.index`;
  const pairs = existsSync(index) ? parseDictdDictionary(readFileSync(index, 'utf8'), gunzipSync(readFileSync(`${dictdDir}${name}.dict.dz`))) : undefined;
  cache.set(name, pairs);
  return pairs;
}

/** Both directions of a pair, as [word of `x`, word of `y`]. */
function bothWays(x: string, y: string): Array<[string, string]> {
  return [...(dictionary(x, y) ?? []), ...(dictionary(y, x) ?? []).map(([v, u]) => [u, v] as [string, string])];
}

/** Languages a pair's dictionaries may be joined through. */
const pivots = ['en', 'nl', 'sv', 'id', 'ar'];

/**
 * A pair's lexicon: the direct dictionaries Debian has, joined with both languages' dictionaries with
 * each other language through that language's word (English, or Dutch for Indonesian–Swedish). Says how
 * it was made ('direct', 'via English', …), or undefined when Debian has nothing.
 */
export function freedictLexicon(x: string, y: string): { lexicon: Lexicon; source: string } | undefined {
  const lexicon: Array<[string, string]> = [...bothWays(x, y)];
  const sources = lexicon.length > 0 ? ['direct'] : [];
  for (const pivot of pivots) {
    if (pivot === x || pivot === y) continue;
    const viaX = bothWays(x, pivot);
    const viaY = bothWays(y, pivot);
    if (viaX.length === 0 || viaY.length === 0) continue;
    lexicon.push(...pivotLexicon(viaX, viaY));
    sources.push(`via ${names[pivot]}`);
  }
  return lexicon.length > 0 ? { lexicon, source: sources.join(' + ') } : undefined;
}

const names: Record<string, string> = { en: 'English', nl: 'Dutch', sv: 'Swedish', id: 'Indonesian', ar: 'Arabic' };

/** One lexicon for a set of languages: every pair's, joined. */
export function freedictLexiconForAll(languages: readonly string[]): Lexicon | undefined {
  const all: Array<readonly [string, string]> = [];
  for (let i = 0; i < languages.length; i++) {
    for (let j = i + 1; j < languages.length; j++) all.push(...(freedictLexicon(languages[i]!, languages[j]!)?.lexicon ?? []));
  }
  return all.length > 0 ? all : undefined;
}
