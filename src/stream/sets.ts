/**
 * One article set as it travels through a stream: an id and the versions to compare. The same shape
 * is one line of `--input jsonl` (docs/stream-jsonl-v1.md).
 *
 * @module
 */
import type { DocumentInput } from '../types.js';

/** One version of an article: raw `text`, or `sentences` already cut. */
export type ArticleVersion =
  | { lang: string; text: string; path?: string }
  | { lang: string; sentences: readonly string[]; path?: string };

/** An article set: what `checkStream`, `alignStream` and `segmentStream` take, one per item. */
export interface ArticleSet {
  /** Names the set in the output; unique within a stream (`--resume` relies on it). */
  id: string;
  versions: readonly ArticleVersion[];
  /** The version the others translate: a version's `lang` or `path`. */
  source?: string;
}

/** What a stream does with each set; decides how many versions a set must have. */
export type StreamTask = 'check' | 'align' | 'segment';

/** Versions each task takes: `check` compares every pair, so a set of more is a mistake. */
export const versionLimits: Readonly<Record<StreamTask, { min: number; max: number }>> = {
  check: { min: 2, max: 100 },
  align: { min: 2, max: 2 },
  segment: { min: 1, max: 100 },
};

const setFields = new Set(['id', 'versions', 'source']);
const versionFields = new Set(['lang', 'text', 'sentences', 'path']);

/**
 * The id of a value that may be an article set, or `null` when it has no usable one: error lines
 * carry it even when the rest of the set is bad.
 */
export function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id } = value as { id?: unknown };
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Checks one article set for `task` and returns it with canonical language codes.
 *
 * @param value A parsed JSON line or an object from code.
 * @param name How to name the value in messages (`set`, `sets[4]`).
 * @throws {TypeError} for a missing, unknown or mistyped field, naming it.
 * @throws {RangeError} for too few or too many versions, or a language code that is not BCP 47.
 */
export function toArticleSet(value: unknown, task: StreamTask, name = 'set'): ArticleSet {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object { id, versions }, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!setFields.has(key)) throw new TypeError(`${name} has an unknown field ${JSON.stringify(key)} (known: id, versions, source)`);
  }
  const { id, versions, source } = value as { id?: unknown; versions?: unknown; source?: unknown };
  if (typeof id !== 'string' || id === '') throw new TypeError(`${name}.id must be a non-empty string, got ${describe(id)}`);
  if (!Array.isArray(versions)) throw new TypeError(`${name}.versions must be an array of versions, got ${describe(versions)}`);
  const { min, max } = versionLimits[task];
  if (versions.length < min || versions.length > max) {
    const wanted = min === max ? `exactly ${min}` : versions.length < min ? `at least ${min}` : `at most ${max}`;
    throw new RangeError(`${name}.versions has ${versions.length} version${versions.length === 1 ? '' : 's'}; ${task} takes ${wanted}`);
  }
  const checked = versions.map((version: unknown, index) => toArticleVersion(version, `${name}.versions[${index}]`));
  if (source !== undefined) {
    if (typeof source !== 'string') throw new TypeError(`${name}.source must be a string (a version's lang or path), got ${describe(source)}`);
    const named = checked.filter((version) => version.lang === source || version.path === source).length;
    if (named !== 1) {
      throw new RangeError(
        named === 0
          ? `${name}.source ${JSON.stringify(source)} names no version (give one version's lang or path)`
          : `${name}.source ${JSON.stringify(source)} names ${named} versions (give the path of one)`,
      );
    }
    return { id, versions: checked, source };
  }
  return { id, versions: checked };
}

function toArticleVersion(value: unknown, name: string): ArticleVersion {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${name} must be an object { lang, text } or { lang, sentences }, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!versionFields.has(key)) throw new TypeError(`${name} has an unknown field ${JSON.stringify(key)} (known: lang, text, sentences, path)`);
  }
  const { lang, text, sentences, path } = value as { lang?: unknown; text?: unknown; sentences?: unknown; path?: unknown };
  if (typeof lang !== 'string') throw new TypeError(`${name}.lang must be a language code string, got ${describe(lang)}`);
  const canonical = canonicalLanguage(lang);
  if (canonical === undefined) throw new RangeError(`${name}.lang ${JSON.stringify(lang)} is not a BCP 47 language code (such as nl, uk or pt-BR)`);
  if (path !== undefined && typeof path !== 'string') throw new TypeError(`${name}.path must be a string, got ${describe(path)}`);
  const withPath = path === undefined ? {} : { path };
  if (text !== undefined && sentences !== undefined) throw new TypeError(`${name} has both text and sentences; give one`);
  if (typeof text === 'string') return { lang: canonical, text, ...withPath };
  if (text !== undefined) throw new TypeError(`${name}.text must be a string, got ${describe(text)}`);
  if (sentences === undefined) throw new TypeError(`${name} needs text (a string) or sentences (an array of strings)`);
  if (!Array.isArray(sentences) || !sentences.every((sentence) => typeof sentence === 'string')) {
    throw new TypeError(`${name}.sentences must be an array of strings`);
  }
  return { lang: canonical, sentences: sentences as string[], ...withPath };
}

/** The index of the version `set.source` names, if it names one. */
export function sourceIndex(set: ArticleSet): number | undefined {
  if (set.source === undefined) return undefined;
  const index = set.versions.findIndex((version) => version.lang === set.source || version.path === set.source);
  return index < 0 ? undefined : index;
}

/** The version as the pipeline's input; without a path it is named by its language. */
export function toDocumentInput(version: ArticleVersion): DocumentInput {
  return { ...version, path: version.path ?? version.lang } as DocumentInput;
}

function canonicalLanguage(code: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(code)[0];
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value);
  return typeof value;
}
