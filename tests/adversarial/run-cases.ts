// Runs adversarial timing cases in a child process (linear-time-child.ts) with a memory cap and a
// time limit per case, so a case that goes quadratic or exhausts memory is reported by name instead
// of hanging or crashing the caller. Shared by linear-time.slow.test.ts and benchmarks/robustness.ts.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CaseTiming } from './linear-time-child.js';

export type { CaseTiming };

/** Per function: CPU seconds allowed for 1 MB. */
export type Bounds = Readonly<Record<string, number>>;

export interface RunCasesOptions {
  secondsPerMegabyte: Bounds;
  maxScaling: number;
  noiseFloorMs: number;
  caseTimeoutMs: number;
  childHeapMb: number;
  /** Repeat the 1 MB run until it is within the bounds (tests) or always once (benchmark: false). */
  retryLarge?: boolean;
  /** Called as each case finishes (for progress output). */
  onResult?: (result: CaseResult) => void;
}

export type CaseResult = CaseTiming | { fn: string; family: string; failed: string };

export const caseKey = (fn: string, family: string) => `${fn}\u0000${family}`;

/** Runs `cases` ([function, family] pairs) and returns their results by {@link caseKey}. */
export async function runAdversarialCases(cases: ReadonlyArray<readonly [string, string]>, options: RunCasesOptions): Promise<Map<string, CaseResult>> {
  const results = new Map<string, CaseResult>();
  let remaining = [...cases];
  const childPath = fileURLToPath(new URL('./linear-time-child.ts', import.meta.url));
  while (remaining.length > 0) {
    const { onResult: _onResult, ...rest } = options;
    const settings = { cases: remaining, ...rest };
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${options.childHeapMb}`, '--import', import.meta.resolve('tsx'), childPath, '--cases', JSON.stringify(settings)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let current: [string, string] | undefined;
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), options.caseTimeoutMs);
    };
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline)) as { started?: [string, string] } & CaseResult;
        buffered = buffered.slice(newline + 1);
        if (line.started) {
          current = line.started;
          arm();
        } else {
          results.set(caseKey(line.fn, line.family), line);
          options.onResult?.(line);
          current = undefined;
        }
      }
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    clearTimeout(timer);
    if (current) {
      const why =
        signal === 'SIGKILL'
          ? `did not finish within ${options.caseTimeoutMs / 1000} s`
          : /heap out of memory/i.test(stderr)
            ? `ran out of memory (${options.childHeapMb} MB heap)`
            : `crashed the process (${signal ? `signal ${signal}` : `exit ${code}`})`;
      const failed = { fn: current[0], family: current[1], failed: why };
      results.set(caseKey(...current), failed);
      options.onResult?.(failed);
    } else if (code !== 0) {
      throw new Error(`adversarial child failed: ${stderr}`);
    }
    remaining = remaining.filter(([fn, family]) => !results.has(caseKey(fn, family)));
  }
  return results;
}
