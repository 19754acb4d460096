#!/usr/bin/env node
// `attw` on the tarball npm would publish, packed from the dist/ already built (npm test's pretest
// builds it): `attw --pack .` would run `npm pack` with its prepack script and build a second time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'anchoralign-pack-'));
try {
  const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (pack.status !== 0) process.exit(pack.status ?? 1);
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const attw = spawnSync(process.execPath, [join('node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'), join(dir, tarball), '--profile', 'node16'], {
    stdio: 'inherit',
  });
  process.exitCode = attw.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
