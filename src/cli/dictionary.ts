/**
 * `--dictionary FILE`: reads the user's bilingual dictionaries into one lexicon. A FreeDict dictd
 * dictionary is named by its `.index` or `.dict.dz` file (the other is found beside it; `.dict.dz`
 * is gzip-compatible); anything else is read as hunalign's `target @ source` format. Two FreeDict
 * dictionaries that both pair a language with English (nld-eng, ara-eng, eng-ind…) are also joined
 * through English, so a pair Debian does not ship is covered.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Lexicon } from '../align/lexicon.js';
import { UsageError } from './errors.js';

/** The language codes in a FreeDict file name (`freedict-nld-eng.index` → nld, eng). */
const freedictName = /(?:^|-)([a-z]{3})-([a-z]{3})\.(?:index|dict\.dz|dict)$/;
const pivotLanguage = 'eng';

interface Loaded {
  pairs: Array<[string, string]>;
  languages?: [string, string];
}

export async function loadDictionaries(paths: readonly string[], cwd: string): Promise<Lexicon | undefined> {
  if (paths.length === 0) return undefined;
  const { parseDictdDictionary, parseHunalignDictionary, pivotLexicon } = await import('../align/lexicon.js');
  const loaded: Loaded[] = paths.map((path) => {
    const full = isAbsolute(path) ? path : join(cwd, path);
    const stem = full.replace(/\.(?:index|dict\.dz|dict)$/, '');
    try {
      if (stem !== full) {
        const dictPath = existsSync(`${stem}.dict.dz`) ? `${stem}.dict.dz` : `${stem}.dict`;
        const dict = readFileSync(dictPath);
        const bytes = dictPath.endsWith('.dz') ? gunzipSync(dict) : dict;
        const pairs = parseDictdDictionary(readFileSync(`${stem}.index`, 'utf8'), new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
        const match = freedictName.exec(basename(full));
        return match ? { pairs, languages: [match[1]!, match[2]!] } : { pairs };
      }
      return { pairs: parseHunalignDictionary(readFileSync(full, 'utf8')) };
    } catch (error) {
      throw new UsageError(`--dictionary ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  });
  const lexicon: Array<readonly [string, string]> = loaded.flatMap((entry) => entry.pairs);
  // Each language's pairs with English, as [word, English word].
  const withEnglish = new Map<string, Array<[string, string]>>();
  for (const { pairs, languages } of loaded) {
    if (!languages || !languages.includes(pivotLanguage) || languages[0] === languages[1]) continue;
    const other = languages[0] === pivotLanguage ? languages[1] : languages[0];
    const oriented = languages[0] === pivotLanguage ? pairs.map(([en, word]) => [word, en] as [string, string]) : pairs;
    withEnglish.set(other, [...(withEnglish.get(other) ?? []), ...oriented]);
  }
  const languages = [...withEnglish.keys()];
  for (let i = 0; i < languages.length; i++) {
    for (let j = i + 1; j < languages.length; j++) lexicon.push(...pivotLexicon(withEnglish.get(languages[i]!)!, withEnglish.get(languages[j]!)!));
  }
  return lexicon;
}
