// Reading and validating a check configuration (JSON), and validating CheckOptions passed in code.
import type { Severity } from '../types.js';
import { compileLexicon, type Lexicon } from './deps.js';
import { ruleIds } from './rules/index.js';
import type { CheckGazetteerEntry, CheckOptions } from './types.js';

const severities = new Set(['error', 'warning', 'info', 'off']);
const configKeys = new Set(['rules', 'suppress', 'gazetteer', 'aliases', 'mode', 'source']);
/** Keys only code can set. */
const codeOnlyKeys = new Set(['onProgress', 'lexicon']);
const modes = new Set(['auto', 'parallel', 'comparable']);
const entryKinds = new Set(['place', 'organisation', 'person']);

/** 1-based line and column of a UTF-16 offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped, from its message (V8 says "at position N" or "line L column C"). */
function errorPlace(message: string, text: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d{1,9}) column (\d{1,9})/u.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d{1,12})/u.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of JSON input/u.test(message)) return lineAndColumn(text, text.length);
  return undefined;
}

/**
 * Reads a check configuration from JSON text:
 * `{ "rules": { "<rule>": "error"|"warning"|"info"|"off" }, "suppress": ["<finding id>"],
  *    "gazetteer": [GazetteerEntry…], "aliases": { "Tran Cuong": ["Chen Gang"] }, "mode": "auto",
 *    "source": "nl" }` (`source`: a path or a language code naming the version the others translate).
 *
 * @throws {TypeError} when `json` is not a string.
 * @throws {SyntaxError} for bad JSON, naming the line and column.
 * @throws {RangeError} for an unknown key, rule or severity, naming it.
 * @throws {TypeError} for a value of the wrong shape, naming its key.
 */
export function parseConfig(json: string): CheckOptions {
  if (typeof json !== 'string') throw new TypeError(`json must be a string, got ${typeof json}`);
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = errorPlace(message, json);
    throw new SyntaxError(place ? `config: invalid JSON at line ${place.line}, column ${place.column}: ${message}` : `config: invalid JSON: ${message}`);
  }
  return validateCheckOptions(value, 'config', false);
}

/**
 * Checks the shape of check options (from code or from a parsed config) and returns a clean copy.
 * `where` names the options in messages; `fromCode` is false for a config file, which cannot set
 * `onProgress`.
 *
 * @throws {TypeError} for a value of the wrong type, naming its key.
 * @throws {RangeError} for an unknown key, rule, severity or mode, naming it.
 */
export function validateCheckOptions(value: unknown, where = 'options', fromCode = true): CheckOptions {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw new TypeError(`${where} must be an object`);
  // A progress callback and a lexicon come from code only (the CLI reads dictionaries with --dictionary).
  for (const key of Object.keys(value)) {
    if (!configKeys.has(key) && !(fromCode && codeOnlyKeys.has(key))) {
      throw new RangeError(`${where}: unknown key "${key}" (expected one of ${[...configKeys].join(', ')})`);
    }
  }
  const options: CheckOptions = {};
  if (fromCode && value.onProgress !== undefined) {
    if (typeof value.onProgress !== 'function') throw new TypeError(`${where}.onProgress must be a function`);
    options.onProgress = value.onProgress as CheckOptions['onProgress'];
  }
  if (fromCode && value.lexicon !== undefined) {
    // Compiled (and so checked) now, so a bad pair is named before any work; the aligner reuses it.
    compileLexicon(value.lexicon as Lexicon, `${where}.lexicon`);
    options.lexicon = value.lexicon as Lexicon;
  }
  if (value.mode !== undefined) {
    if (typeof value.mode !== 'string' || !modes.has(value.mode)) throw new RangeError(`${where}.mode must be auto, parallel or comparable, got ${JSON.stringify(value.mode)}`);
    options.mode = value.mode as CheckOptions['mode'];
  }
  if (value.source !== undefined) {
    const source = value.source;
    const isIndex = fromCode && typeof source === 'number' && Number.isInteger(source) && source >= 0;
    if (!isIndex && (typeof source !== 'string' || source.trim() === '')) {
      throw new TypeError(`${where}.source must be ${fromCode ? 'a document index, ' : ''}a path or a language code, got ${JSON.stringify(source)}`);
    }
    options.source = source as string | number;
  }
  if (value.rules !== undefined) options.rules = validateRules(value.rules, where);
  if (value.suppress !== undefined) {
    if (!Array.isArray(value.suppress) || !value.suppress.every((id) => typeof id === 'string')) {
      throw new TypeError(`${where}.suppress must be an array of finding ids (strings)`);
    }
    options.suppress = [...value.suppress];
  }
  if (value.gazetteer !== undefined) {
    if (!Array.isArray(value.gazetteer)) throw new TypeError(`${where}.gazetteer must be an array of entries`);
    options.gazetteer = value.gazetteer.map((entry, i) => validateEntry(entry, `${where}.gazetteer[${i}]`));
  }
  if (value.aliases !== undefined) options.aliases = validateAliases(value.aliases, where);
  return options;
}

/** The `rules` of check options: known rule ids, each with a severity or `off`. */
function validateRules(rules: unknown, where: string): Record<string, Severity | 'off'> {
  if (!isPlainObject(rules)) throw new TypeError(`${where}.rules must be an object of rule id → severity`);
  const ruleSeverities: Record<string, Severity | 'off'> = {};
  for (const [rule, severity] of Object.entries(rules)) {
    if (!ruleIds.includes(rule)) throw new RangeError(`${where}.rules: unknown rule "${rule}" (known: ${ruleIds.join(', ')})`);
    if (typeof severity !== 'string' || !severities.has(severity)) {
      throw new RangeError(`${where}.rules.${rule}: severity must be error, warning, info or off, got ${JSON.stringify(severity)}`);
    }
    ruleSeverities[rule] = severity as Severity | 'off';
  }
  return ruleSeverities;
}

/** The `aliases` of check options: each name with an array of its other spellings, copied. */
function validateAliases(aliases: unknown, where: string): Record<string, string[]> {
  if (!isPlainObject(aliases)) throw new TypeError(`${where}.aliases must be an object of name → other spellings`);
  const copy: Record<string, string[]> = {};
  for (const [name, spellings] of Object.entries(aliases)) {
    if (!Array.isArray(spellings) || !spellings.every((s) => typeof s === 'string')) {
      throw new TypeError(`${where}.aliases["${name}"] must be an array of strings`);
    }
    copy[name] = [...spellings];
  }
  return copy;
}

function validateEntry(entry: unknown, where: string): CheckGazetteerEntry {
  if (!isPlainObject(entry)) throw new TypeError(`${where} must be an object`);
  for (const key of Object.keys(entry)) {
    if (!['id', 'kind', 'country', 'names'].includes(key)) throw new RangeError(`${where}: unknown key "${key}"`);
  }
  if (typeof entry.id !== 'string' || entry.id === '') throw new TypeError(`${where}.id must be a non-empty string`);
  if (typeof entry.kind !== 'string' || !entryKinds.has(entry.kind)) throw new RangeError(`${where}.kind must be place, organisation or person`);
  if (entry.country !== undefined && (typeof entry.country !== 'string' || !/^[A-Z]{2}$/u.test(entry.country))) {
    throw new RangeError(`${where}.country must be an ISO 3166-1 alpha-2 code such as "CN"`);
  }
  if (!isPlainObject(entry.names)) throw new TypeError(`${where}.names must be an object of language → names`);
  const names: Record<string, string[]> = {};
  for (const [lang, list] of Object.entries(entry.names)) {
    if (!Array.isArray(list) || !list.every((n) => typeof n === 'string')) throw new TypeError(`${where}.names.${lang} must be an array of strings`);
    names[lang] = [...list];
  }
  const result: CheckGazetteerEntry = { id: entry.id, kind: entry.kind as CheckGazetteerEntry['kind'], names };
  if (typeof entry.country === 'string') result.country = entry.country;
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
