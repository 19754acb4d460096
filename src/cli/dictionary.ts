/**
 * `--dictionary FILE|DIR`: reads the user's bilingual dictionaries; {@link lexiconForPair} builds the
 * lexicon for the two texts' languages from them (the benchmark builds its lexicon the same way, from
 * /usr/share/dictd). A FreeDict dictd dictionary is named by its `.index` or `.dict.dz` file (the other
 * is found beside it; `.dict.dz` is gzip-compatible) and says its languages in its name
 * (`freedict-nld-eng.index`: Dutch → English), so two dictionaries that share a language are joined
 * through it (nld-eng + swe-eng cover Dutch–Swedish). Anything else is read as hunalign's
 * `target @ source` format, which names no languages: its pairs are used as they are. A directory
 * gives every dictd dictionary in it.
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Dictionary } from '../align/dictionaries.js';
import type { Lexicon } from '../align/lexicon.js';
import { describeFsError, UsageError } from './errors.js';

/** The languages in a dictd file name (`freedict-nld-eng.index`, `nl-sv.index`): from, to. */
const dictdName = /(?:^|[-_.])([a-z]{2,3})-([a-z]{2,3})\.(?:index|dict\.dz|dict)$/;
const dictdSuffix = /\.(?:index|dict\.dz|dict)$/;

/** A code as the texts are tagged: ISO 639-3 `nld` → `nl` (Intl knows the aliases). */
function textLanguageCode(code: string): string {
  try {
    return new Intl.Locale(code).language;
  } catch {
    return code;
  }
}

/** The two file readers of the lexicon module. */
export type Readers = Pick<typeof import('../align/lexicon.js'), 'parseDictdDictionary' | 'parseHunalignDictionary'>;

/** The readers, loaded on first use (a run without `--dictionary` does not load them). */
const loadReaders = (): Promise<Readers> => import('../align/lexicon.js');

/**
 * Reads one dictionary file (`shownAs` names it in errors).
 *
 * @throws {UsageError} one line naming the file and what is wrong with it.
 */
function readDictionaryFile(readers: Readers, full: string, shownAs = full): Dictionary {
  const fail = (reason: string): never => {
    throw new UsageError(`--dictionary ${shownAs}: ${reason}`);
  };
  const read = (path: string): Buffer => {
    try {
      return readFileSync(path);
    } catch (error) {
      return fail(path === full ? describeFsError(error) : `${basename(path)}: ${describeFsError(error)}`);
    }
  };
  const stem = full.replace(dictdSuffix, '');
  if (stem === full) {
    const pairs = readers.parseHunalignDictionary(read(full).toString('utf8'));
    if (pairs.length === 0) fail("no 'target @ source' lines (neither a hunalign dictionary nor a dictd .index/.dict.dz)");
    return { pairs };
  }
  const dictPath = existsSync(`${stem}.dict.dz`) || !existsSync(`${stem}.dict`) ? `${stem}.dict.dz` : `${stem}.dict`;
  const index = read(`${stem}.index`).toString('utf8');
  const raw = read(dictPath);
  let bytes: Buffer = raw;
  if (dictPath.endsWith('.dz')) {
    try {
      bytes = gunzipSync(raw);
    } catch {
      fail(`${basename(dictPath)} is not gzip-compressed (a dictd .dict.dz is)`);
    }
  }
  const pairs = readers.parseDictdDictionary(index, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  if (pairs.length === 0) fail(`no entries (${basename(stem)}.index does not point into ${basename(dictPath)}, or is not a dictd index)`);
  const match = dictdName.exec(basename(full));
  return match ? { pairs, from: textLanguageCode(match[1]!), to: textLanguageCode(match[2]!) } : { pairs };
}

/**
 * Reads dictionary files named on the command line (relative to `cwd`); a directory gives every dictd
 * dictionary in it ({@link readDictionaryDirectory}).
 *
 * @throws {UsageError} for a file that cannot be read as a dictionary, or a directory without one.
 */
export async function readDictionaries(paths: readonly string[], cwd: string): Promise<Dictionary[]> {
  const readers = await loadReaders();
  return paths.flatMap((path) => {
    const full = isAbsolute(path) ? path : join(cwd, path);
    if (!isDirectory(full)) return [readDictionaryFile(readers, full, path)];
    const found = readDictionaryDirectory(full, readers, path);
    if (found.length === 0) throw new UsageError(`--dictionary ${path}: a directory without dictd dictionaries named by their languages (freedict-nld-eng.index)`);
    return found;
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // reading it as a file says what is wrong
  }
}

/**
 * Every dictd dictionary named by its languages (`freedict-nld-eng.index` with its `.dict.dz`) in a
 * directory, by file name, as `/usr/share/dictd` holds FreeDict's; none when the directory is missing.
 */
export function readDictionaryDirectory(dir: string, readers: Readers, shownAs = dir): Dictionary[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.index') && dictdName.test(name))
    .sort()
    .map((name) => readDictionaryFile(readers, join(dir, name), join(shownAs, name)));
}

/**
 * The lexicon `--dictionary` gives for two texts in `languages`: {@link lexiconForPair} of the files.
 * When a text's language is unknown (`und`), every file's pairs as they are. Undefined when no file is
 * given or none covers the pair.
 *
 * @throws {UsageError} for a file that cannot be read as a dictionary.
 */
export async function loadDictionaries(paths: readonly string[], cwd: string, languages: readonly [string, string]): Promise<Lexicon | undefined> {
  if (paths.length === 0) return undefined;
  const dictionaries = await readDictionaries(paths, cwd);
  const { lexiconForPair } = await import('../align/dictionaries.js');
  const [x, y] = languages;
  if (x === 'und' || y === 'und') return dictionaries.flatMap((dictionary) => dictionary.pairs);
  return lexiconForPair(dictionaries, x, y)?.lexicon;
}
