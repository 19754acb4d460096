import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fields of anchoralign's package.json that the CLI reads. */
interface Manifest {
  name?: unknown;
  version?: unknown;
  repository?: unknown;
}

/**
 * anchoralign's own package.json, found by walking up from this module: it works from
 * `dist/cli.js` (one level down) and from `src/cli/run.ts` under tsx (two levels down).
 */
function ownManifest(from: string = fileURLToPath(import.meta.url)): Manifest | undefined {
  let dir = dirname(from);
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as Manifest;
        if (manifest.name === 'anchoralign') return manifest;
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
  const version = ownManifest()?.version;
  return typeof version === 'string' ? version : '0.0.0-unknown';
}

/**
 * Where the rule pages (`docs/rules/<rule>.md`) can be read, for SARIF `helpUri`: on GitHub when
 * package.json names a GitHub repository, else the copies published with this version of the npm
 * package (`docs/` is in its `files`), which code scanning can open, unlike a `file://` path on the
 * machine that ran the check.
 */
export function rulesHelpBase(): string | undefined {
  const manifest = ownManifest();
  if (!manifest) return undefined;
  const repository = typeof manifest.repository === 'string' ? manifest.repository : (manifest.repository as { url?: unknown } | undefined)?.url;
  const github = typeof repository === 'string' ? githubRepository(repository) : undefined;
  if (github) return `https://github.com/${github.owner}/${github.name}/blob/HEAD/docs/rules/`;
  if (typeof manifest.version === 'string') return `https://unpkg.com/anchoralign@${encodeURIComponent(manifest.version)}/docs/rules/`;
  return undefined;
}

const repositoryNamePart = /^[\w.-]{1,100}$/;

/**
 * Owner and name of a GitHub repository URL (`git+https://github.com/o/n.git`, `git@github.com:o/n`),
 * read by splitting rather than one regex over the whole URL, whose overlapping parts backtrack.
 */
function githubRepository(url: string): { owner: string; name: string } | undefined {
  const host = url.indexOf('github.com');
  const separator = url.charAt(host + 'github.com'.length);
  if (host < 0 || (separator !== '/' && separator !== ':')) return undefined;
  const [owner = '', rawName = '', ...rest] = url.slice(host + 'github.com'.length + 1).split('/');
  const name = rawName.endsWith('.git') ? rawName.slice(0, -'.git'.length) : rawName;
  if (rest.length > 0 || !repositoryNamePart.test(owner) || !repositoryNamePart.test(name)) return undefined;
  return { owner, name };
}
