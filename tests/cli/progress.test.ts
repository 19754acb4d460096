import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProgress } from '../../src/cli/progress.js';
import { CapturedStream, run } from './helpers.js';

describe('progress bar', () => {
  it('draws nothing in the first second, then a bar, throttled, and clears it', () => {
    const stream = new CapturedStream({ isTTY: true, columns: 80 });
    let time = 0;
    const progress = createProgress(stream, { enabled: true, now: () => time });
    progress.update(1, 10, 'checking');
    time = 999;
    progress.update(2, 10, 'checking');
    assert.equal(stream.text, '');
    time = 1000;
    progress.update(5, 10, 'checking');
    assert.match(stream.text, /^\r\u001b\[2K █+░+ 5\/10 checking$/);
    const drawn = stream.chunks.length;
    time = 1050;
    progress.update(6, 10, 'checking');
    assert.equal(stream.chunks.length, drawn, 'redraws at most every 100 ms');
    progress.clear();
    assert.equal(stream.chunks.at(-1), '\r\u001b[2K');
  });

  it('never writes to a stderr that is not a terminal, or with --quiet', () => {
    let time = 0;
    const piped = new CapturedStream({ isTTY: false });
    const onPipe = createProgress(piped, { enabled: true, now: () => time });
    const terminal = new CapturedStream({ isTTY: true });
    const quiet = createProgress(terminal, { enabled: false, now: () => time });
    time = 5000;
    for (const progress of [onPipe, quiet]) {
      progress.update(1, 2);
      progress.clear();
    }
    assert.equal(piped.text, '');
    assert.equal(terminal.text, '');
  });

  it('keeps stderr of a quick run on a terminal free of progress output', async () => {
    const outcome = await run(['segment', 'tests/fixtures/cli/pair/a.nl.txt'], { stderrTTY: true });
    assert.equal(outcome.code, 0);
    assert.equal(outcome.stderr, '');
  });
});
