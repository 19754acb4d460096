import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { detectLanguage } from '../lang/detect.js';
import { isSupportedLanguage } from '../lang/index.js';
import type { LanguageSource } from '../report/text.js';
import { decodeBytes } from './decode.js';
import { describeFsError, type InputProblem, UsageError } from './errors.js';
import { expandGlob, isGlobPattern } from './glob.js';

/** The path standing for standard input. */
export const stdinPath = '-';

/** Documents that are compared with each other (one directory argument, or all loose files). */
export interface InputSet {
  /** The directory argument, or `files` for loose files, globs and `-`. */
  label: string;
  paths: string[];
}

/** The expanded command line: sets of paths, and the arguments that named nothing readable. */
export interface ExpandedArguments {
  sets: InputSet[];
  problems: InputProblem[];
  /** Every path and every bad argument, in command-line order (what `--lang` values map onto). */
  order: string[];
}

/**
 * Turns FILE, DIR, glob and `-` arguments into paths. A directory stands for the `*.txt` and `*.html` files
 * directly inside it. With `separateDirectories`, each directory argument is a set of its own
 * (several article sets in one run) and the other arguments form one more set.
 */
export function expandArguments(args: readonly string[], options: { cwd: string; separateDirectories: boolean }): ExpandedArguments {
  const problems: InputProblem[] = [];
  const order: string[] = [];
  const loose: string[] = [];
  const directorySets: InputSet[] = [];
  let stdinSeen = false;
  for (const arg of args) {
    if (arg === stdinPath) {
      if (stdinSeen) throw new UsageError('standard input (-) can be read only once');
      stdinSeen = true;
      loose.push(arg);
      order.push(arg);
      continue;
    }
    let stats;
    try {
      stats = statSync(resolveAgainst(options.cwd, arg));
    } catch (error) {
      if (isGlobPattern(arg)) {
        let matches: string[];
        try {
          matches = expandGlob(arg, { cwd: options.cwd });
        } catch (globError) {
          if (!(globError instanceof RangeError)) throw globError;
          problems.push({ path: arg, reason: globError.message });
          order.push(arg);
          continue;
        }
        if (matches.length === 0) {
          problems.push({ path: arg, reason: 'no files match this pattern' });
          order.push(arg);
        }
        loose.push(...matches);
        order.push(...matches);
      } else {
        problems.push({ path: arg, reason: describeFsError(error) });
        order.push(arg);
      }
      continue;
    }
    if (stats.isDirectory()) {
      const listed = listTextFiles(arg, options.cwd);
      if ('reason' in listed) {
        problems.push({ path: arg, reason: listed.reason });
        order.push(arg);
        continue;
      }
      order.push(...listed.paths);
      if (options.separateDirectories) directorySets.push({ label: arg, paths: listed.paths });
      else loose.push(...listed.paths);
    } else {
      loose.push(arg);
      order.push(arg);
    }
  }
  const sets = [...directorySets];
  if (loose.length > 0) sets.push({ label: 'files', paths: loose });
  return { sets, problems, order };
}

function resolveAgainst(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/**
 * The files a directory stands for: text and saved web pages. Markdown only when named (a set's folder
 * often holds a README.md that is no version of the article).
 */
const directoryExtensions = ['.txt', '.html', '.htm'];

function listTextFiles(dir: string, cwd: string): { paths: string[] } | { reason: string } {
  let names: string[];
  try {
    names = readdirSync(resolveAgainst(cwd, dir));
  } catch (error) {
    return { reason: describeFsError(error) };
  }
  const paths = names
    .filter((name) => directoryExtensions.some((extension) => name.toLowerCase().endsWith(extension)) && !name.startsWith('.'))
    .sort()
    .map((name) => joinShown(dir, name));
  if (paths.length === 0) return { reason: 'no *.txt or *.html files directly inside this directory' };
  return { paths };
}

function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}/${name}`;
}

/** The outcome of reading one input. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Options of {@link readInput}. */
export interface ReadOptions {
  cwd: string;
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
}

/**
 * Reads and decodes one input (a file, or standard input for `-`). Never throws for a bad file: the
 * reason comes back for a one-line message. Files over `maxBytes` are refused before reading, and
 * standard input stops being read once it passes the limit, so memory stays bounded.
 */
export async function readInput(path: string, options: ReadOptions): Promise<ReadResult> {
  let bytes: Uint8Array;
  if (path === stdinPath) {
    const read = await readStream(options.stdin, options.maxBytes);
    if (!read.ok) return read;
    bytes = read.bytes;
  } else {
    const read = readFileBounded(resolveAgainst(options.cwd, path), options.maxBytes);
    if (!read.ok) return read;
    bytes = read.bytes;
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

function tooLarge(size: number | undefined, maxBytes: number): string {
  const what = size === undefined ? 'more than' : `${formatBytes(size)}, more than`;
  return `too large (${what} the limit of ${formatBytes(maxBytes)}); raise it with --max-bytes`;
}

/** A byte count for people: `16 MiB`, `1.5 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimNumber(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trimNumber(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trimNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function readFileBounded(path: string, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: string } {
  // Look before opening: opening a named pipe for reading blocks until someone writes to it.
  try {
    const stats = statSync(path);
    if (stats.isFIFO()) return { ok: false, reason: 'a named pipe (FIFO), not a regular file' };
    if (stats.isSocket()) return { ok: false, reason: 'a socket, not a regular file' };
    if (stats.isDirectory()) return { ok: false, reason: 'is a directory' };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: 'is a directory' };
    if (stats.size > maxBytes) return { ok: false, reason: tooLarge(stats.size, maxBytes) };
    // Read in chunks up to the limit: the size may be 0 for special files, or grow while reading.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(stats.size + 1, 65_536), maxBytes + 1, 16 * 1024 * 1024));
    for (;;) {
      const count = readSync(fd, chunk, 0, chunk.length, null);
      if (count === 0) break;
      total += count;
      if (total > maxBytes) return { ok: false, reason: tooLarge(undefined, maxBytes) };
      chunks.push(Buffer.from(chunk.subarray(0, count)));
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: string }> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      total += buffer.length;
      if (total > maxBytes) {
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        return { ok: false, reason: tooLarge(undefined, maxBytes) };
      }
      chunks.push(buffer);
    }
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * The language named by a file name: a `.CODE.` part (`x.uk.txt`) or a leading `CODE.` (`sv.txt`).
 * Only two-letter ISO 639-1 codes (with an optional region, `nl-BE`) count, so `the.txt` or
 * `report.final.txt` say nothing.
 */
export function languageFromFileName(path: string): string | undefined {
  if (path === stdinPath) return undefined;
  const parts = basename(path).split('.');
  const candidates = parts.length > 1 ? parts.slice(0, -1) : parts;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const part = candidates[i] ?? '';
    if (isLanguageCodeLike(part)) return normaliseCode(part);
  }
  return undefined;
}

let languageNames: Intl.DisplayNames | undefined;

function isLanguageCodeLike(part: string): boolean {
  if (part.length !== 2 && !(part.length >= 5 && (part[2] === '-' || part[2] === '_'))) return false;
  const primary = part.slice(0, 2);
  if (!/^[a-zA-Z]{2}$/.test(primary)) return false;
  if (part.length > 2 && !/^[a-zA-Z0-9]{2,8}$/.test(part.slice(3))) return false;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const name = languageNames.of(primary.toLowerCase());
    return name !== undefined && name.toLowerCase() !== primary.toLowerCase();
  } catch {
    return false;
  }
}

function normaliseCode(code: string): string {
  const [primary = '', ...rest] = code.split(/[-_]/);
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}

/**
 * Checks a `--lang` value: a well-formed BCP 47 tag.
 *
 * @throws {UsageError} naming the bad value.
 */
export function validateLanguageOption(code: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(code);
    if (canonical) return canonical;
  } catch {
    // fall through
  }
  throw new UsageError(`--lang ${JSON.stringify(code)} is not a BCP 47 language code (such as nl, uk or pt-BR)`);
}

/** How the language of one input was chosen. */
export interface ResolvedLanguage {
  lang: string;
  source: LanguageSource;
  /** For detected languages: how sure the guess is. */
  confidence?: number;
}

/** The language of one input: `--lang`, else the file name, else detection from the text. */
export function resolveLanguage(path: string, text: string, given: string | undefined): ResolvedLanguage {
  if (given !== undefined) return { lang: given, source: 'option' };
  const fromName = languageFromFileName(path);
  if (fromName !== undefined) return { lang: fromName, source: 'file name' };
  const detected = detectLanguage(text);
  return { lang: detected.lang, source: 'detected', confidence: detected.confidence };
}

/** Whether a language has full rules (the others get generic rules, and the CLI says so). */
export function hasFullRules(lang: string): boolean {
  return isSupportedLanguage(lang);
}
