import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayWidth } from '../../src/report/ansi.js';
import { run } from './helpers.js';

const nl = 'corpora/spring-meeting-2025/nl.txt';
const ar = 'corpora/spring-meeting-2025/ar.txt';

describe('anchoralign align', () => {
  it('shows the two versions side by side within the terminal width, in the mode asked for', async () => {
    const outcome = await run(['align', nl, ar, '--mode', 'parallel'], { stdoutTTY: true, columns: 90, env: { NO_COLOR: '1' } });
    assert.equal(outcome.code, 0, outcome.stderr);
    const rows = outcome.stdout.trimEnd().split('\n');
    assert.match(rows[0] ?? '', /^corpora\/spring-meeting-2025\/nl\.txt \(Dutch, nl\) ↔ corpora\/spring-meeting-2025\/ar\.txt \(Arabic, ar\)$/);
    assert.match(rows[1] ?? '', /^parallel mode, \d+ links$/);
    assert.match(rows.at(-1) ?? '', /^unaligned: \d+ of \d+ sentences in A, \d+ of \d+ in B$/);
    for (const row of rows.slice(2)) assert.ok(displayWidth(row) <= 90, `wider than 90: ${row}`);
    assert.ok(rows.some((row) => row.includes(' │ ')));
  });

  it('uses COLUMNS when stdout is not a terminal', async () => {
    const outcome = await run(['align', nl, ar], { env: { COLUMNS: '60' } });
    assert.equal(outcome.code, 0, outcome.stderr);
    for (const row of outcome.stdout.trimEnd().split('\n').slice(2)) assert.ok(displayWidth(row) <= 60, `wider than 60: ${row}`);
  });

  it('writes links in order of A with indices into both documents as JSON', async () => {
    const outcome = await run(['align', nl, ar, '--mode', 'comparable', '--format', 'json']);
    assert.equal(outcome.code, 0, outcome.stderr);
    const json = JSON.parse(outcome.stdout) as { documents: Array<{ sentences: unknown[] }>; links: Array<{ a: number[]; b: number[]; score: number }> };
    const used = new Set<number>();
    for (const link of json.links) {
      for (const index of link.a) {
        assert.ok(index < (json.documents[0]?.sentences.length ?? 0));
        assert.equal(used.has(index), false, 'each sentence of A in at most one link');
        used.add(index);
      }
      assert.ok(link.score >= 0 && link.score <= 1);
    }
  });

  it('says which mode it used, and why when auto chose it, in JSON and in text', async () => {
    type Output = { mode?: string; modeReason?: string };
    const uk = 'corpora/spring-meeting-2025/uk.txt';
    const id = 'corpora/spring-meeting-2025/id.txt';
    const translation = JSON.parse((await run(['align', nl, ar, '--format', 'json'])).stdout) as Output;
    assert.equal(translation.mode, 'parallel');
    assert.match(translation.modeReason ?? '', /^median link confidence 0\.\d\d along the monotone path, at least 0\.6 as in a translation$/);
    const separate = JSON.parse((await run(['align', uk, id, '--format', 'json'])).stdout) as Output;
    assert.equal(separate.mode, 'comparable');
    assert.match(separate.modeReason ?? '', /as in reordered content|as between separate articles/);
    const asked = JSON.parse((await run(['align', nl, ar, '--mode', 'comparable', '--format', 'json'])).stdout) as Output;
    assert.equal(asked.mode, 'comparable');
    assert.equal('modeReason' in asked, false, 'no reason when the mode was given');
    const text = await run(['align', uk, id], { env: { NO_COLOR: '1' } });
    assert.match(text.stdout.split('\n')[1] ?? '', /^comparable mode, \d+ links \(auto: .+\)$/);
  });

  it('reports an unreadable B with exit 2 and prints nothing', async () => {
    const outcome = await run(['align', nl, 'missing.txt']);
    assert.equal(outcome.code, 2);
    assert.equal(outcome.stdout, '');
    assert.deepEqual(outcome.stderrLines, ['anchoralign: missing.txt: no such file or directory']);
  });
});
