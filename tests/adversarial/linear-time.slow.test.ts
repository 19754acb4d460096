// Every regular expression and scanner that sees user text must run in linear time. Each pattern
// family (tests/adversarial/families.ts) is a 1 MB string built to make backtracking regexes and
// naive loops (nested or overlapping quantifiers over digits, separators, letters, clitics, URLs;
// per-word work that grows with the word) go quadratic or worse. segment and extractAnchors run on
// every family; align and check, which see the text only through them and through their own
// tokenisers for digits, capitals and scripts, run on the families that cover each of those classes
// (their 1 MB runs cost seconds each, and the suite must stay short).
//
// Two checks per case, both robust to a noisy shared machine:
// - an absolute bound per function: CPU seconds for 1 MB, about 10× the slowest linear case measured
//   here (segment ≤ 0.1 s, extractAnchors ≤ 1 s, align ≤ 3 s per MB);
// - a scaling bound: the time for 1 MB is at most 40× the time for 100 KB (linear is 10×; quadratic
//   would be 100×), plus a small floor for timer noise on fast cases. Linear code can read 30×: at
//   1 MB the anchors of a case outgrow V8's young generation and garbage collection changes regime
//   (extractAnchors on `a.a.a.` measured 40 ms / 637 ms / 1.21 s / 2.09 s for 0.1 / 1 / 2 / 4 MB, the
//   same before and after this bound was raised from 25×).
// Times are process CPU time (user + system), not wall-clock, so other jobs on the two cores do not
// make the test flaky; each is the minimum of up to three runs, and the 1 MB run is repeated only
// when a bound is missed. The cases run in a child process with a memory cap and a time limit per
// case (45 s), so a quadratic case fails with its name instead of hanging or exhausting the machine.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { adversarialFamilies } from './families.js';
import { caseKey, type CaseResult, runAdversarialCases } from './run-cases.js';

/** CPU seconds allowed per MB, per function (check = segment + anchors + align + rules). */
const secondsPerMegabyte = { segment: 2, extractAnchors: 10, align: 30, check: 40 } as const;
const maxScaling = 40;
const noiseFloorMs = 100;

const functionNames = Object.keys(secondsPerMegabyte) as Array<keyof typeof secondsPerMegabyte>;
const pipelineFamilies = new Set([
  'digits with space and NBSP separators 1 1 1 …',
  'Arabic-Indic digits with Arabic separators ٢٬٣٫',
  'capitalised words A A A',
  'one long capitalised word Balalala…',
  'Cyrillic letter run with apostrophes',
  'Arabic clitic chain وووو',
  'URL-ish http://a.a.a…',
  'quotes «««',
]);
const familiesFor = (fn: string) =>
  fn === 'align' || fn === 'check' ? adversarialFamilies.filter((family) => pipelineFamilies.has(family.name)) : adversarialFamilies;
let results = new Map<string, CaseResult>();

before(
  async () => {
    const cases = functionNames.flatMap((fn) => familiesFor(fn).map((family) => [fn, family.name] as const));
    results = await runAdversarialCases(cases, { secondsPerMegabyte, maxScaling, noiseFloorMs, caseTimeoutMs: 45_000, childHeapMb: 1536 });
  },
  { timeout: 30 * 60_000 },
);

it('names only families that exist', () => {
  const names = new Set(adversarialFamilies.map((family) => family.name));
  for (const name of pipelineFamilies) assert.ok(names.has(name), name);
});

for (const fn of functionNames) {
  describe(`${fn} runs in linear time on 1 MB of adversarial text`, () => {
    for (const family of familiesFor(fn)) {
      it(family.name, () => {
        const result = results.get(caseKey(fn, family.name));
        assert.ok(result, 'the case ran');
        if ('failed' in result) assert.fail(`${fn} on ${family.name}: ${result.failed}`);
        const bound = secondsPerMegabyte[fn];
        assert.equal(result.skipped, undefined, `${fn} on ${family.name}: ${result.skipped}, over a linear share of ${bound} s per MB`);
        const largeMs = result.largeMs!;
        assert.ok(largeMs <= bound * 1000, `1 MB took ${largeMs.toFixed(0)} ms of CPU, over the bound of ${bound} s`);
        assert.ok(
          largeMs <= maxScaling * result.smallMs + noiseFloorMs,
          `1 MB took ${largeMs.toFixed(0)} ms, ${(largeMs / result.smallMs).toFixed(1)}× the ${result.smallMs.toFixed(0)} ms of 100 KB (linear is 10×)`,
        );
      });
    }
  });
}
