// Shared by every benchmark script: print a markdown table and keep benchmarks/RESULTS.md current.
// Each script owns one section of RESULTS.md (between its own markers), so scripts can run in any order.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const resultsPath = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

/** Formats rows as a GitHub markdown table. Numbers are printed as given; format them first. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A one-line description of the machine, so figures can be compared across runs. */
export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * Replaces (or appends) the section `name` of benchmarks/RESULTS.md with `markdown`, stamped with the
 * date and machine, and prints it.
 */
export function writeResultsSection(name: string, markdown: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const stamped = `${begin}\n## ${name}\n\n_Measured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}._\n\n${markdown.trim()}\n${end}`;
  const current = existsSync(resultsPath)
    ? readFileSync(resultsPath, 'utf8')
    : '# Benchmark results\n\nWritten by the scripts in `benchmarks/` (`npm run bench`). Do not edit by hand.\n';
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + stamped + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${stamped}\n`;
  writeFileSync(resultsPath, next);
  console.log(`\n${markdown.trim()}\n`);
}
