// The source tree the structure tests read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const sourceRoot = join(repoRoot, 'src');

/** Every file under `dir` (recursively) whose name matches `name`. */
export function listSourceFiles(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path, name);
    return name.test(entry.name) ? [path] : [];
  });
}
