// Command-line arguments of the benchmark and diagnostic scripts.
import { lastDevDocument } from './ntrex.js';

/** The value after `--name` on the command line, if given. */
export function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/**
 * The whole number after `--name`, `fallback` when not given. Exits with status 2 and one line when it is
 * no whole number or less than `least`.
 */
export function wholeNumberArgument(name: string, fallback: number, least: number): number {
  const value = Number(argument(name) ?? fallback);
  if (!Number.isInteger(value) || value < least) {
    console.error(`${name}: a whole number from ${least}.`);
    process.exit(2);
  }
  return value;
}

/**
 * The development documents `--docs 1,2` names (undefined when not given). Exits with status 2 and one
 * line when one lies outside 1–31: the diagnostics list sentences, and the held-out half stays unread.
 */
export function devDocumentsArgument(): number[] | undefined {
  const docs = argument('--docs')?.split(',').map(Number);
  if (docs?.some((d) => !(d >= 1 && d <= lastDevDocument))) {
    console.error(`--docs: development documents are 1–${lastDevDocument}.`);
    process.exit(2);
  }
  return docs;
}
