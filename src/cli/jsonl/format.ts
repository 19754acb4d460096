// One output line per set: the cli-json-v1 document with `id` first, or an error line. `id` leads
// so that `--resume` (and a grep) find it without parsing a line that may be megabytes long.
import { toJsonValue } from '../../report/json.js';
import type { Severity } from '../../types.js';
import { jsonFormatVersion } from '../../report/json.js';
import { processArticleSet, type StreamOptions } from '../../stream/stream.js';
import { type StreamTask, toArticleSet } from '../../stream/sets.js';
import { leadingIdOf } from './lines.js';
import type { LexiconFor } from '../lexicons.js';

/** Where a line came from, for error lines and messages. */
export interface LinePlace {
  file: string;
  line: number;
}

/** A finished set: the line to write, and what it means for the exit code. */
export interface SetOutput {
  line: string;
  failed: boolean;
  /** The worst finding's rank (info 1, warning 2, error 3), 0 for none. */
  worstRank: number;
  /** For stderr when `failed`. */
  message?: string;
}

const severityRank: Readonly<Record<Severity, number>> = { info: 1, warning: 2, error: 3 };

/** The error line for a set that failed. */
export function errorOutput(id: string | null, message: string, place: LinePlace): SetOutput {
  const line = JSON.stringify({ id, version: jsonFormatVersion, error: { message, file: place.file, line: place.line } });
  return { line: `${line}\n`, failed: true, worstRank: 0, message: `${place.file}:${place.line}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${message}` };
}

/**
 * Parses, checks and runs one input line (in a worker or in the main thread); with `lexiconFor`
 * (`--dictionary`), the set is aligned with the lexicon for its versions' languages.
 */
export function processLine(task: StreamTask, text: string, options: StreamOptions, place: LinePlace, lexiconFor?: LexiconFor): SetOutput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorOutput(leadingIdOf(text.slice(0, 4096)), `not JSON: ${reason}`, place);
  }
  const outcome = processArticleSet(task, value, withSetLexicon(task, value, options, lexiconFor));
  if (!outcome.ok) return errorOutput(outcome.id, outcome.error.message, place);
  const json = toJsonValue(outcome.result);
  const worstRank = 'findings' in outcome.result ? Math.max(0, ...outcome.result.findings.map((finding) => severityRank[finding.severity])) : 0;
  return { line: `${JSON.stringify({ id: outcome.id, ...json })}\n`, failed: false, worstRank };
}

/** The options with the lexicon for the set's languages; unchanged for a set that is not valid (the task says why). */
function withSetLexicon(task: StreamTask, value: unknown, options: StreamOptions, lexiconFor: LexiconFor | undefined): StreamOptions {
  if (lexiconFor === undefined || task === 'segment') return options;
  let languages: string[];
  try {
    languages = toArticleSet(value, task).versions.map((version) => version.lang);
  } catch {
    return options;
  }
  const lexicon = lexiconFor(languages);
  return lexicon === undefined ? options : { ...options, lexicon };
}
