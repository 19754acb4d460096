// `--input jsonl`: one article set per input line, one result line per set, for streams of any
// length. Memory holds the sets in flight (a few per worker), never the stream.
import { createReadStream } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { StreamOptions } from '../../stream/stream.js';
import type { StreamTask } from '../../stream/sets.js';
import { loadConfig } from '../commands/shared.js';
import { type CommandContext, parseByteSize, parseChoice, parseCommandArgs } from '../context.js';
import { describeFsError, UsageError } from '../errors.js';
import { readDictionaries } from '../dictionary.js';
import { stdinPath } from '../inputs.js';
import { errorOutput, type LinePlace, processLine, type SetOutput } from './format.js';
import { leadingIdOf, readLines } from './lines.js';
import { LinePool, streamWorkerScript } from './pool.js';
import { readEarlierOutput } from './resume.js';

const options = {
  input: { type: 'string' },
  format: { type: 'string' },
  jobs: { type: 'string' },
  unordered: { type: 'boolean' },
  resume: { type: 'string' },
  mode: { type: 'string' },
  config: { type: 'string' },
  dictionary: { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  'max-bytes': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Sets read ahead per worker: one running, the rest queued so a worker never waits for the reader,
 * and in input order some room for a slow set to finish while later ones wait to be written.
 */
export const setsInFlightPerJob = 4;

const failOnRank = { none: Number.POSITIVE_INFINITY, info: 1, warning: 2, error: 3 } as const;

/** Whether a command line asks for the JSON Lines stream (`--input jsonl`). */
export function wantsJsonl(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--input' || arg.startsWith('--input='));
}

/** `anchoralign check|align|segment --input jsonl [FILE...|-] --format jsonl`. */
export async function jsonlCommand(command: string, args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(command, args, options, context);
  const task = streamTaskOf(command, values);
  const failOn = parseChoice('fail-on', values['fail-on'], ['error', 'warning', 'info', 'none'] as const, 'error');
  const mode = parseChoice('mode', values.mode, ['auto', 'parallel', 'comparable'] as const, 'auto');
  const jobs = parseJobs(values.jobs);
  const maxBytes = parseByteSize(values['max-bytes']);
  const config = task === 'check' ? await loadConfig(context, values.config) : {};
  // Read before the stream, as the batch commands do: a dictionary that cannot be read is a usage error.
  const dictionaries = values.dictionary === undefined ? undefined : await readDictionaries(values.dictionary, context.io.cwd);
  const lexiconFor = dictionaries === undefined ? undefined : (await import('../lexicons.js')).lexiconsFrom(dictionaries);
  const streamOptions: StreamOptions = { ...config, ...(values.mode === undefined ? {} : { mode }) };
  const sources = positionals.length === 0 ? [stdinPath] : positionals;
  if (sources.filter((source) => source === stdinPath).length > 1) throw new UsageError('standard input (-) can be read only once');

  const skip = values.resume === undefined ? undefined : await readResumeSkips(context, values.resume);

  const stream = new OutputStream(context, values.unordered !== true);
  const script = jobs > 1 ? streamWorkerScript() : undefined;
  const pool = script ? new LinePool(jobs, script, (seq, output) => stream.done(seq, output), (error) => stream.fault(error), dictionaries === undefined ? {} : { dictionaries }) : undefined;
  const limit = (pool ? jobs : 1) * setsInFlightPerJob;
  let seq = 0;
  let unreadable = false;
  try {
    for (const source of sources) {
      const chunks = source === stdinPath ? (context.io.stdin as AsyncIterable<Buffer>) : createReadStream(resolve(context, source));
      try {
        for await (const line of readLines(chunks, maxBytes)) {
          const place: LinePlace = { file: source, line: line.number };
          const at = seq++;
          if ('problem' in line) {
            stream.done(at, errorOutput(leadingIdOf(line.head), line.problem, place));
          } else if (skip !== undefined && skip.has(idForResume(line.text) ?? '')) {
            stream.done(at, undefined);
          } else if (pool) {
            pool.submit({ seq: at, task, text: line.text, options: streamOptions, place });
          } else {
            stream.done(at, processLine(task, line.text, streamOptions, place, lexiconFor));
          }
          await stream.belowLimit(seq, limit);
        }
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === undefined) throw error;
        context.error(`${source}: ${describeFsError(error)}`);
        unreadable = true;
      }
    }
    await stream.belowLimit(seq, 1);
  } finally {
    await pool?.close();
  }
  if (stream.skipped > 0) context.note(`--resume: skipped ${stream.skipped} set${stream.skipped === 1 ? '' : 's'} already done`);
  if (unreadable || stream.failed > 0) return 2;
  return task === 'check' && stream.worstRank >= failOnRank[failOn] ? 1 : 0;
}

/**
 * The stream task `command` names, once the options are known to fit it: `--input` and `--format`
 * can only be `jsonl`, and check's and align's own options are refused for the others.
 */
function streamTaskOf(
  command: string,
  values: { input?: string; format?: string; config?: string; 'fail-on'?: string; mode?: string; dictionary?: string[] },
): StreamTask {
  if (command !== 'check' && command !== 'align' && command !== 'segment') {
    throw new UsageError(`${command}: --input jsonl works with check, align and segment`);
  }
  const task: StreamTask = command;
  parseChoice('input', values.input, ['jsonl'] as const, 'jsonl');
  parseChoice('format', values.format, ['jsonl'] as const, 'jsonl');
  if (task !== 'check' && (values.config !== undefined || values['fail-on'] !== undefined)) {
    throw new UsageError(`${command}: --config and --fail-on are options of check`);
  }
  if (task === 'segment' && values.mode !== undefined) throw new UsageError('segment: --mode is an option of check and align');
  if (task === 'segment' && values.dictionary !== undefined) throw new UsageError('segment: --dictionary is an option of check and align');
  return task;
}

/**
 * The ids of the sets `--resume FILE` finds already done in an earlier output; none when that file
 * does not exist yet (the first run of a resumable job), a usage error when it cannot be read.
 */
async function readResumeSkips(context: CommandContext, resume: string): Promise<Set<string>> {
  const path = resolve(context, resume);
  try {
    const earlier = await readEarlierOutput(path);
    context.note(`--resume: ${earlier.done.size} set${earlier.done.size === 1 ? '' : 's'} already done in ${resume}${earlier.retried > 0 ? `; ${earlier.retried} error line${earlier.retried === 1 ? '' : 's'} run again` : ''}`);
    if (earlier.truncated) context.note(`--resume: the last line of ${resume} is cut off; that set runs again`);
    return earlier.done;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new UsageError(`--resume ${resume}: ${describeFsError(error)}`);
    context.note(`--resume: ${resume} does not exist yet; running every set`);
    return new Set();
  }
}

/**
 * Where outputs go: in input order (held until every earlier set is written) or as they finish,
 * waiting for stdout to drain so a slow reader of the output slows the whole stream.
 */
class OutputStream {
  readonly #context: CommandContext;
  readonly #ordered: boolean;
  readonly #waiting = new Map<number, SetOutput | undefined>();
  #nextToWrite = 0;
  #written = 0;
  #wake: (() => void) | undefined;
  #fault: Error | undefined;
  #writing: Promise<void> = Promise.resolve();
  failed = 0;
  skipped = 0;
  worstRank = 0;

  constructor(context: CommandContext, ordered: boolean) {
    this.#context = context;
    this.#ordered = ordered;
  }

  done(seq: number, output: SetOutput | undefined): void {
    if (output === undefined) this.skipped++;
    else if (output.failed) {
      this.failed++;
      if (output.message) this.#context.error(output.message);
    } else this.worstRank = Math.max(this.worstRank, output.worstRank);
    if (this.#ordered) {
      this.#waiting.set(seq, output);
      while (this.#waiting.has(this.#nextToWrite)) {
        const next = this.#waiting.get(this.#nextToWrite);
        this.#waiting.delete(this.#nextToWrite++);
        this.#write(next);
      }
    } else {
      this.#write(output);
    }
    this.#signal();
  }

  fault(error: Error): void {
    this.#fault ??= error;
    this.#signal();
  }

  /** Resolves once fewer than `limit` of the `submitted` sets are still unwritten. */
  async belowLimit(submitted: number, limit: number): Promise<void> {
    for (;;) {
      if (this.#fault) throw this.#fault;
      await this.#writing;
      if (submitted - this.#written < limit) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  #write(output: SetOutput | undefined): void {
    this.#written++;
    if (output === undefined) return;
    const stdout = this.#context.io.stdout;
    if (!stdout.write(output.line)) {
      // Listened for at once: the drain may come before an awaiting caller looks.
      const drained = new Promise<void>((resolve) => stdout.once('drain', () => resolve()));
      this.#writing = this.#writing.then(() => drained);
    }
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, got ${JSON.stringify(value)}`);
  return jobs;
}

function resolve(context: CommandContext, path: string): string {
  return isAbsolute(path) ? path : join(context.io.cwd, path);
}

/** The id of an input line for `--resume`: from its head when `id` comes first, else by parsing it. */
function idForResume(text: string): string | null {
  const leading = leadingIdOf(text.slice(0, 4096));
  if (leading !== null) return leading;
  try {
    const { id } = JSON.parse(text) as { id?: unknown };
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
