// Child process of linear-time.slow.test.ts: times each (function, family) case and prints one JSON line
// per case. Run apart from the test runner so that a case that goes quadratic (or exhausts memory)
// can be stopped and reported instead of hanging or crashing the whole test run.
import { readFileSync } from 'node:fs';
import { align, check, extractAnchors, segment } from '../../src/index.js';
import { adversarialFamilies, buildAdversarial } from './families.js';

/** The public functions under test, each taking the adversarial text and its language. */
const corpusNl = readFileSync(new URL('../../corpora/spring-meeting-2025/nl.txt', import.meta.url), 'utf8');
export const functionsUnderTest: Readonly<Record<string, (text: string, lang: string) => unknown>> = {
  segment: (text, lang) => segment(text, { lang }),
  extractAnchors: (text, lang) => extractAnchors(text, { lang }),
  align: (text, lang) => align({ text, lang }, { text: corpusNl, lang: 'nl' }),
  check: (text, lang) => check([{ text, lang }, { text: corpusNl, lang: 'nl' }]),
};

/** CPU time (user + system) of this process while `run` runs: robust to other jobs on the machine. */
function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

export interface CaseTiming {
  fn: string;
  family: string;
  /** Minimum of `smallRuns` runs on 100 KB. */
  smallMs: number;
  /** Minimum of up to three runs on 1 MB (fewer when the first is within `limitMs`); null when skipped. */
  largeMs: number | null;
  /** Why the 1 MB run was skipped. */
  skipped?: string;
}

/** Times one case; the 1 MB run is repeated only while it misses `limitFor(smallMs)`. */
export function timeCase(fn: string, familyName: string, limitFor: (smallMs: number) => number, maxSmallMs: number, smallRuns: number, largeRuns: number): CaseTiming {
  const family = adversarialFamilies.find((candidate) => candidate.name === familyName)!;
  const run = functionsUnderTest[fn]!;
  const small = buildAdversarial(family.unit, 100_000);
  const smallMs = Math.min(...Array.from({ length: smallRuns }, () => cpuMs(() => run(small, family.lang))));
  if (smallMs > maxSmallMs) return { fn, family: familyName, smallMs, largeMs: null, skipped: `100 KB already took ${smallMs.toFixed(0)} ms` };
  const large = buildAdversarial(family.unit, 1_000_000);
  let largeMs = Infinity;
  for (let attempt = 0; attempt < largeRuns && largeMs > limitFor(smallMs); attempt++) largeMs = Math.min(largeMs, cpuMs(() => run(large, family.lang)));
  return { fn, family: familyName, smallMs, largeMs };
}

if (process.argv[2] === '--cases') {
  const settings = JSON.parse(process.argv[3]!) as {
    cases: Array<[fn: string, family: string]>;
    secondsPerMegabyte: Record<string, number>;
    maxScaling: number;
    noiseFloorMs: number;
    retryLarge?: boolean;
  };
  for (const [fn, family] of settings.cases) {
    const bound = settings.secondsPerMegabyte[fn]! * 1000;
    const limitFor = (smallMs: number) => Math.min(bound, settings.maxScaling * smallMs + settings.noiseFloorMs);
    process.stdout.write(`${JSON.stringify({ started: [fn, family] })}\n`);
    let result: CaseTiming | { fn: string; family: string; failed: string };
    try {
      result = timeCase(fn, family, limitFor, bound / 3, settings.retryLarge === false ? 1 : 3, settings.retryLarge === false ? 1 : 3);
    } catch (error) {
      result = { fn, family, failed: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
