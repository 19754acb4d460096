// Initials (tests/anchors/initials.test.ts) on 1 MB: the look-back at an initial's dot stays linear.
// Slow (1 MB through extractAnchors three times), so it runs in `npm run test:slow`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

describe('initials stay linear', () => {
  it('1 MB of capitalised words and initials', () => {
    for (const unit of ['Aa B. ', 'B. ', '. Aa B. ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const started = performance.now();
      extractAnchors(text, { lang: 'de' });
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 20, `${JSON.stringify(unit)}: ${seconds.toFixed(1)} s`);
    }
  });
});
