import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Whether an argument is a glob pattern (`*`, `?` or `**`). */
export function isGlobPattern(argument: string): boolean {
  return argument.includes('*') || argument.includes('?');
}

/**
 * Whether one path segment matches a pattern segment with `*` (any run of characters, not `/`) and
 * `?` (one character). Greedy with a single backtrack point, so O(pattern × name) at worst and never
 * exponential. A leading dot must be matched literally, as in shells.
 */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const char = pattern[p];
    if (char === '?' || (char !== undefined && char !== '*' && char === name[n])) {
      p++;
      n++;
    } else if (char === '*') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Options of {@link expandGlob}. */
export interface GlobOptions {
  cwd: string;
  /** Stop after this many matches (protects against patterns over huge trees). */
  limit?: number;
}

/**
 * The files matching a pattern with `*`, `?` and `**` (any number of folders), sorted. Paths come
 * back as the pattern spells them (relative stays relative). Symlinked folders are followed once:
 * a folder already visited (by its real path) is skipped, so symlink loops end.
 */
export function expandGlob(pattern: string, options: GlobOptions): string[] {
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
      if (!matchSegment(segment, name)) continue;
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
