import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of anchoralign's own package.json, found by walking up from this module: it works
 * from `dist/cli.js` (one level down) and from `src/cli/run.ts` under tsx (two levels down).
 */
export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string | undefined {
  let dir = dirname(from);
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
        if (manifest.name === 'anchoralign') return dir;
      } catch {
        // not ours or unreadable: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** The version of the installed package, or `0.0.0-unknown` when its package.json cannot be found. */
export function packageVersion(): string {
  const root = findPackageRoot();
  if (!root) return '0.0.0-unknown';
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : '0.0.0-unknown';
  } catch {
    return '0.0.0-unknown';
  }
}
