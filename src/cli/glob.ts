import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Whether an argument is a glob pattern (`*`, `?`, `**`, a `[...]` class or a `{a,b}` alternation). */
export function isGlobPattern(argument: string): boolean {
  if (argument.includes('*') || argument.includes('?')) return true;
  const open = argument.indexOf('[');
  if (open >= 0 && argument.indexOf(']', open + 2) > open) return true;
  // A brace is an alternation only when `expandBraces` would expand it (a comma at its own level).
  return findAlternation(argument) !== undefined;
}

/** Longest glob pattern accepted (PATH_MAX on Linux). */
export const maxPatternLength = 4096;

/** Most patterns one `{a,b}` pattern may expand to (`{a,b}{c,d}` is 4). */
export const maxBraceExpansions = 1024;

/**
 * Expands `{a,b}` alternations, nested or in sequence (`{nl,ar}.txt` → `nl.txt`, `ar.txt`). A brace
 * with no comma at its level, or with no closing brace, is literal.
 *
 * @throws {RangeError} when the pattern expands to more than {@link maxBraceExpansions} patterns.
 */
export function expandBraces(pattern: string): string[] {
  const open = findAlternation(pattern);
  if (!open) return [pattern];
  const head = pattern.slice(0, open.start);
  const tail = pattern.slice(open.end + 1);
  const results: string[] = [];
  for (const option of open.options) {
    for (const expanded of expandBraces(`${head}${option}${tail}`)) {
      results.push(expanded);
      if (results.length > maxBraceExpansions) {
        throw new RangeError(`the pattern ${JSON.stringify(pattern)} expands to more than ${maxBraceExpansions} patterns`);
      }
    }
  }
  return [...new Set(results)];
}

/** The first `{...}` with a comma at its own nesting level: where it starts, ends, and its options. */
function findAlternation(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = pattern.indexOf('{'); start >= 0; start = pattern.indexOf('{', start + 1)) {
    let depth = 0;
    let optionStart = start + 1;
    const options: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '{') depth++;
      else if (char === '}') {
        depth--;
        if (depth === 0) {
          if (options.length === 0) break;
          options.push(pattern.slice(optionStart, i));
          return { start, end: i, options };
        }
      } else if (char === ',' && depth === 1) {
        options.push(pattern.slice(optionStart, i));
        optionStart = i + 1;
      }
    }
  }
  return undefined;
}

/** One position of a segment pattern: a literal character, `?`, `*` or a `[...]` class. */
type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; items: Array<[string, string]> };

/** Splits a segment pattern into tokens; a `[` with no closing `]` is a literal character. */
function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[') {
      let j = i + 1;
      const negated = chars[j] === '!' || chars[j] === '^';
      if (negated) j++;
      const first = j;
      // A `]` right after the opening (or after `!`) is a member, as in shells.
      while (j < chars.length && (chars[j] !== ']' || j === first)) j++;
      if (j >= chars.length) {
        tokens.push({ kind: 'char', char });
        continue;
      }
      const items: Array<[string, string]> = [];
      for (let k = first; k < j; k++) {
        if (chars[k + 1] === '-' && k + 2 < j) {
          items.push([chars[k]!, chars[k + 2]!]);
          k += 2;
        } else items.push([chars[k]!, chars[k]!]);
      }
      tokens.push({ kind: 'class', negated, items });
      i = j;
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return true;
    case 'class':
      return token.items.some(([from, to]) => char >= from && char <= to) !== token.negated;
    default:
      return false;
  }
}

/**
 * A test of path segments against a pattern segment with `*` (any run of characters, not `/`), `?`
 * (one character) and `[...]` classes (`[ab]`, `[a-z]`, `[!0-9]`); the pattern is read once. Greedy
 * with a single backtrack point, so O(pattern × name) at worst and never exponential. A leading dot
 * must be matched literally, as in shells.
 */
export function segmentMatcher(pattern: string): (name: string) => boolean {
  const tokens = tokenize(pattern);
  const dotted = pattern.startsWith('.');
  return (name) => {
    if (name.startsWith('.') && !dotted) return false;
    const chars = [...name];
    let p = 0;
    let n = 0;
    let starP = -1;
    let starN = 0;
    while (n < chars.length) {
      const token = tokens[p];
      if (token !== undefined && token.kind !== 'star' && matchesOne(token, chars[n]!)) {
        p++;
        n++;
      } else if (token?.kind === 'star') {
        starP = p++;
        starN = n;
      } else if (starP >= 0) {
        p = starP + 1;
        n = ++starN;
      } else {
        return false;
      }
    }
    while (tokens[p]?.kind === 'star') p++;
    return p === tokens.length;
  };
}

/** Whether one path segment matches a pattern segment (see {@link segmentMatcher}). */
export function matchSegment(pattern: string, name: string): boolean {
  return segmentMatcher(pattern)(name);
}

/** Options of {@link expandGlob}. */
export interface GlobOptions {
  cwd: string;
  /** Stop after this many matches (protects against patterns over huge trees). */
  limit?: number;
}

/**
 * The files matching a pattern with `*`, `?`, `[...]`, `{a,b}` and `**` (any number of folders),
 * sorted. Paths come back as the pattern spells them (relative stays relative). Symlinked folders are
 * followed once: a folder already visited (by its real path) is skipped, so symlink loops end.
 *
 * @throws {RangeError} when the pattern is longer than {@link maxPatternLength} or its `{...}`
 * alternations expand to too many patterns.
 */
export function expandGlob(pattern: string, options: GlobOptions): string[] {
  // No path is longer than this; the bound also keeps the brace scan cheap.
  if (pattern.length > maxPatternLength) throw new RangeError(`the pattern is longer than ${maxPatternLength} characters`);
  const patterns = expandBraces(pattern);
  if (patterns.length === 1) return expandOne(patterns[0]!, options);
  const limit = options.limit ?? 100_000;
  const results = new Set<string>();
  for (const one of patterns) {
    for (const path of expandOne(one, { ...options, limit: limit - results.size })) results.add(path);
    if (results.size >= limit) break;
  }
  return [...results].sort();
}

function expandOne(pattern: string, options: GlobOptions): string[] {
  const limit = options.limit ?? 100_000;
  const absolute = isAbsolute(pattern);
  const segments = pattern.split(/[\\/]/).filter((segment, index) => segment !== '' || (index === 0 && absolute));
  // Literal leading folders are not listed, just joined.
  let literal = 0;
  while (literal < segments.length - 1 && !isGlobPattern(segments[literal] ?? '')) literal++;
  const prefixParts = segments.slice(0, literal);
  const prefix = absolute ? `/${prefixParts.filter(Boolean).join('/')}` : prefixParts.join('/');
  const results: string[] = [];
  const visited = new Set<string>();
  // Each pattern segment read once, not once per directory entry.
  const matchers = segments.map((segment) => segmentMatcher(segment));

  const walk = (fsDir: string, shown: string, index: number): void => {
    if (results.length >= limit) return;
    const segment = segments[index];
    if (segment === undefined) return;
    let real: string;
    try {
      real = realpathSync(fsDir);
    } catch {
      return;
    }
    const key = `${real}\u0000${index}`;
    if (visited.has(key)) return;
    visited.add(key);
    let entries: string[];
    try {
      entries = readdirSync(fsDir).sort();
    } catch {
      return;
    }
    const last = index === segments.length - 1;
    if (segment === '**') {
      walk(fsDir, shown, index + 1);
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        const path = join(fsDir, name);
        if (isDirectory(path)) walk(path, joinShown(shown, name), index);
      }
      return;
    }
    for (const name of entries) {
      if (!matchers[index]!(name)) continue;
      const path = join(fsDir, name);
      if (last) {
        if (!isDirectory(path) && results.length < limit) results.push(joinShown(shown, name));
      } else if (isDirectory(path)) {
        walk(path, joinShown(shown, name), index + 1);
      }
    }
  };

  const start = prefix === '' ? options.cwd : isAbsolute(prefix) ? prefix : join(options.cwd, prefix);
  walk(start, prefix, literal);
  return [...new Set(results)].sort();
}

function joinShown(prefix: string, name: string): string {
  if (prefix === '') return name;
  return prefix.endsWith('/') ? `${prefix}${name}` : `${prefix}/${name}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
