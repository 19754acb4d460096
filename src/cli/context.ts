import { parseArgs, type ParseArgsConfig } from 'node:util';
import { languageName } from '../report/languages.js';
import type { LanguageSource } from '../report/text.js';
import type { DocumentInput, InputFormat, SegmentedDocument } from '../types.js';
import { firstLine, type InputProblem, UsageError } from './errors.js';
import {
  expandArguments,
  formatBytes,
  hasFullRules,
  readInput,
  resolveLanguage,
  validateLanguageOption,
} from './inputs.js';
import { createProgress, type Progress, silentProgress } from './progress.js';
import type { CliIo } from './run.js';

/** What every command gets: the streams, and helpers that honour `--quiet` and the TTY. */
export interface CommandContext {
  io: CliIo;
  progress: Progress;
  quiet: boolean;
  /** A note on stderr (suppressed by `--quiet`). */
  note(message: string): void;
  /** An error on stderr (always shown). */
  error(message: string): void;
}

/** The context before options are parsed (no progress, not quiet). */
export function createContext(io: CliIo): CommandContext {
  const context: CommandContext = {
    io,
    progress: silentProgress,
    quiet: false,
    note(message) {
      if (context.quiet) return;
      context.progress.clear();
      io.stderr.write(`anchoralign: ${message}\n`);
    },
    error(message) {
      context.progress.clear();
      io.stderr.write(`anchoralign: ${message}\n`);
    },
  };
  return context;
}

/** Options every reading command takes. */
export const inputOptions = {
  lang: { type: 'string', multiple: true },
  presegmented: { type: 'boolean' },
  'input-format': { type: 'string' },
  'max-bytes': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Default `--max-bytes`: a 5 × 1 MB set passes easily; a 50 MB dump is refused with a message. */
export const defaultMaxBytes = 16 * 1024 * 1024;

/**
 * Parses a command's arguments with `node:util` `parseArgs`, turning its errors into one-line
 * usage errors, and sets up `--quiet` and the progress bar on the context.
 */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: readonly string[],
  options: Options,
  context: CommandContext,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${command}: ${firstLine(error instanceof Error ? error.message : String(error))} (see anchoralign ${command} --help)`);
  }
  const values = parsed.values as Record<string, unknown>;
  context.quiet = values.quiet === true;
  context.progress = createProgress(context.io.stderr, { enabled: !context.quiet });
  return parsed;
}

/** Whether to colour stdout: a terminal, no `NO_COLOR`, no `--no-color` (`FORCE_COLOR` forces it). */
export function useColor(io: CliIo, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** The width to format text for: the terminal's, else `COLUMNS`, else 100. */
export function outputWidth(io: CliIo): number {
  const columns = io.stdout.columns ?? Number(io.env.COLUMNS);
  return Number.isFinite(columns) && columns > 0 ? columns : 100;
}

/**
 * Parses `--max-bytes`: a whole number of bytes with an optional K, M or G suffix (powers of 1024).
 *
 * @throws {UsageError} naming the bad value.
 */
export function parseByteSize(value: string | undefined): number {
  if (value === undefined) return defaultMaxBytes;
  const match = /^(\d{1,15})\s?([kmg]i?b?)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-bytes ${JSON.stringify(value)} is not a size (such as 1000000, 64M or 1G)`);
  const unit = (match[2] ?? '').charAt(0).toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Number(match[1]) * factor;
  if (bytes < 1) throw new UsageError('--max-bytes must be at least 1');
  return bytes;
}

/** Parses a choice option (`--format`, `--mode`, `--fail-on`), defaulting when absent. */
export function parseChoice<const T extends string>(name: string, value: unknown, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
}

/** Why a version with no text is refused by the commands that compare versions. */
export const emptyInputReason = 'no text (empty or only whitespace); nothing to compare';

/** One input, read and decoded, with its language. */
export interface LoadedDocument {
  path: string;
  lang: string;
  languageSource: LanguageSource;
  /** What the pipeline gets: raw text, or a document built from the lines (`--presegmented`). */
  input: DocumentInput;
}

/** A set of loaded documents (compared with each other by `check`). */
export interface LoadedSet {
  label: string;
  documents: LoadedDocument[];
}

/** What loading the command line's inputs gave. */
export interface LoadedInputs {
  sets: LoadedSet[];
  /** Whether any input could not be read (exit code 2 at the end). */
  failed: boolean;
}

/** What {@link loadInputs} is asked for, besides the paths and the options' values. */
interface LoadOptions {
  separateDirectories: boolean;
  maxDocumentsPerSet?: number;
  why?: string;
  /**
   * Whether a version with no text is an input error (`check`, `align`, `report`): an empty file is
   * most often a failed download or scrape, and comparing nothing would pass CI. `segment` only notes it.
   */
  refuseEmpty?: boolean;
}

/**
 * Expands, reads, decodes and assigns a language to every input. Each bad input gets one line on
 * stderr naming it; the others still load.
 */
export async function loadInputs(
  context: CommandContext,
  positionals: readonly string[],
  values: { lang?: string[] | undefined; presegmented?: boolean | undefined; 'max-bytes'?: string | undefined; 'input-format'?: string | undefined },
  options: LoadOptions,
): Promise<LoadedInputs> {
  const langs = (values.lang ?? []).map(validateLanguageOption);
  const reading: DocumentReading = {
    inputFormat: parseInputFormat(values['input-format'], values.presegmented === true),
    maxBytes: parseByteSize(values['max-bytes']),
    presegmented: values.presegmented === true,
    refuseEmpty: options.refuseEmpty === true,
    languageFor: () => undefined,
    unsupported: new Map(),
  };
  const expanded = expandArguments(positionals, { cwd: context.io.cwd, separateDirectories: options.separateDirectories });
  const paths = expanded.sets.flatMap((set) => set.paths);
  reportProblems(context, expanded.problems);
  const langByPath = languagesByPath(langs, expanded.order, paths);
  reading.languageFor = (path) => (langs.length === 1 ? langs[0] : langByPath.get(path));
  let failed = expanded.problems.length > 0;
  const sets: LoadedSet[] = [];
  let position = 0;
  for (const set of expanded.sets) {
    // Refused before reading: 10,000 files in one directory cost nothing but this line.
    if (options.maxDocumentsPerSet !== undefined && set.paths.length > options.maxDocumentsPerSet) {
      context.error(`${set.label}: ${set.paths.length} documents in one set; ${options.why ?? `at most ${options.maxDocumentsPerSet}`}`);
      failed = true;
      position += set.paths.length;
      continue;
    }
    const documents: LoadedDocument[] = [];
    for (const path of set.paths) {
      context.progress.update(position++, paths.length, 'reading');
      const document = await loadDocument(context, path, reading);
      if (document === undefined) failed = true;
      else documents.push(document);
    }
    if (documents.length > 0) sets.push({ label: set.label, documents });
  }
  context.progress.clear();
  for (const [lang, files] of reading.unsupported) {
    const name = languageName(lang);
    const label = name === lang ? `'${lang}'` : `'${lang}' (${name})`;
    const shown = files.length > 3 ? `${files.slice(0, 3).join(', ')} and ${files.length - 3} more` : files.join(', ');
    context.note(`no rules for language ${label} in ${shown}; using generic rules`);
  }
  return { sets, failed };
}

/**
 * `--lang` values given once per file: they map onto files in command-line order (`order`, one per
 * argument, or `paths`, one per file read); a bad argument keeps its place so the values after it still
 * go to the right files.
 */
function languagesByPath(langs: readonly string[], order: readonly string[], paths: readonly string[]): Map<string, string> {
  const langByPath = new Map<string, string>();
  if (langs.length <= 1) return langByPath;
  const targets = langs.length === order.length ? order : langs.length === paths.length ? paths : undefined;
  if (!targets) {
    throw new UsageError(`--lang was given ${langs.length} times for ${paths.length} file${paths.length === 1 ? '' : 's'}; give it once per file, in file order, or once for all`);
  }
  targets.forEach((path, index) => {
    const lang = langs[index];
    if (lang !== undefined && !langByPath.has(path)) langByPath.set(path, lang);
  });
  return langByPath;
}

/** How every input of one call is read, and the languages met that have no rules (path lists, filled in). */
interface DocumentReading {
  inputFormat: InputFormat | 'auto';
  maxBytes: ReturnType<typeof parseByteSize>;
  presegmented: boolean;
  refuseEmpty: boolean;
  /** The language `--lang` gives a path, if any. */
  languageFor: (path: string) => string | undefined;
  unsupported: Map<string, string[]>;
}

/** Below this confidence a detected language is noted as uncertain (pass --lang to be sure). */
const lowDetectionConfidence = 0.3;

/** Reads, decodes and assigns a language to one input; undefined (with one line on stderr) when it cannot be read. */
async function loadDocument(context: CommandContext, path: string, reading: DocumentReading): Promise<LoadedDocument | undefined> {
  const read = await readInput(path, { cwd: context.io.cwd, maxBytes: reading.maxBytes, stdin: context.io.stdin });
  if (!read.ok) {
    context.error(`${path}: ${read.reason}`);
    return undefined;
  }
  if (read.text.trim() === '') {
    if (reading.refuseEmpty) {
      context.error(`${path}: ${emptyInputReason}`);
      return undefined;
    }
    context.note(`${path}: empty file (no sentences)`);
  }
  const format = reading.inputFormat === 'auto' ? await resolveFormat(path, read.text) : reading.inputFormat;
  const given = reading.languageFor(path);
  // Detection reads what a reader sees, not the markup.
  const languageText = format === 'text' || given !== undefined ? read.text : await readTextOf(read.text, format);
  const language = resolveLanguage(path, languageText, given);
  if (language.source === 'detected') {
    if (language.lang === 'und') {
      context.note(`${path}: could not tell the language; using generic rules (pass --lang CODE)`);
    } else if ((language.confidence ?? 0) < lowDetectionConfidence) {
      context.note(`${path}: language detected as ${language.lang} with low confidence; pass --lang CODE to be sure`);
    }
  }
  if (language.lang !== 'und' && !hasFullRules(language.lang)) {
    const paths = reading.unsupported.get(language.lang);
    if (paths === undefined) reading.unsupported.set(language.lang, [path]);
    else paths.push(path);
  }
  const input: DocumentInput = reading.presegmented
    ? presegmentedDocument(path, language.lang, read.text)
    : { text: read.text, lang: language.lang, path, ...(format === 'text' ? {} : { format }) };
  return { path, lang: language.lang, languageSource: language.source, input };
}

/** `--input-format`: text, html, markdown or auto (the default; plain text with `--presegmented`). */
function parseInputFormat(value: string | undefined, presegmented: boolean): InputFormat | 'auto' {
  const format = parseChoice('input-format', value, ['auto', 'text', 'html', 'markdown'] as const, presegmented ? 'text' : 'auto');
  if (presegmented && format !== 'text') throw new UsageError(`--presegmented reads plain text lines; it does not go with --input-format ${format}`);
  return format;
}

// The markup readers are loaded only when a file needs them, so plain text runs start as fast as before.
async function resolveFormat(path: string, text: string): Promise<InputFormat> {
  const { resolveInputFormat } = await import('../formats/detect.js');
  return resolveInputFormat(path === '-' ? undefined : path, text);
}

async function readTextOf(text: string, format: 'html' | 'markdown'): Promise<string> {
  const { readHtml, readMarkdown } = await import('../formats/index.js');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return (format === 'html' ? readHtml(source) : readMarkdown(source)).text;
}

function reportProblems(context: CommandContext, problems: readonly InputProblem[]): void {
  for (const problem of problems) context.error(`${problem.path}: ${problem.reason}`);
}

/**
 * A document from a pre-segmented file: each non-empty line is one sentence (surrounding
 * whitespace left between sentences, so nothing is lost and offsets point into the file).
 */
export function presegmentedDocument(path: string, lang: string, text: string): SegmentedDocument {
  const sentences: SegmentedDocument['sentences'] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (code !== 0x0a && code !== 0x0d) continue;
    let start = lineStart;
    let end = i;
    while (start < end && isBlankCode(text.charCodeAt(start))) start++;
    while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const index = sentences.length;
      sentences.push({ index, start, end, text: text.slice(start, end), paragraph: index, kind: 'body' });
    }
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  return { path, lang, text, sentences };
}

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0c || code === 0xa0 || code === 0xfeff || code === 0x200b;
}

/**
 * Gives each segmented document its path as given on the command line when the stage left it out
 * (matched by position; stages that reorder documents keep the path they were given).
 */
export function withPaths(documents: readonly SegmentedDocument[], loaded: readonly LoadedDocument[]): SegmentedDocument[] {
  return documents.map((document, index) => (document.path === undefined ? { ...document, path: loaded[index]?.path ?? `document ${index}` } : document));
}

/** Per output document, how its language was chosen (matched by path, so reordering is fine). */
export function languageSourcesOf(documents: readonly SegmentedDocument[], loaded: readonly LoadedDocument[]): Array<LanguageSource | undefined> {
  const byPath = new Map(loaded.map((document) => [document.path, document.languageSource]));
  return documents.map((document) => (document.path === undefined ? undefined : byPath.get(document.path)));
}

/** The text reporter's options for this run: colour, terminal width and where each language came from. */
export function textFormatOptions(
  context: CommandContext,
  noColorFlag: boolean,
  documents: readonly SegmentedDocument[],
  loaded: readonly LoadedDocument[],
): { color: boolean; width: number; languageSources: Array<LanguageSource | undefined> } {
  return {
    color: useColor(context.io, noColorFlag),
    width: outputWidth(context.io),
    languageSources: languageSourcesOf(documents, loaded),
  };
}

export { formatBytes };
