// A count that one version gives as a part of a larger one ("of them 70%") and the other as a whole may
// count two things: the difference is shown as `info`. When both versions give it as a part, they count
// the same part, and a difference is an alarm.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch');

describe('parts of a count on both sides', () => {
  it('raises an alarm when both versions give the differing count as a part', () => {
    const found = counts([
      { lang: 'uk', sentences: ['Опитали 1200 мешканців міста.', 'З них 70% заявили, що підтримують проєкт.'] },
      { lang: 'nl', sentences: ['Er werden 1200 inwoners van de stad ondervraagd.', 'Daarvan zei 74 procent dat ze het project steunen.'] },
    ]);
    assert.equal(found.length, 1);
    assert.notEqual(found[0]!.severity, 'info');
    assert.match(found[0]!.message, /74%.*70%|70%.*74%/u);
  });

  it('leaves the difference in doubt when only one version gives it as a part', () => {
    const found = counts([
      { lang: 'uk', sentences: ['Опитали 1200 мешканців міста.', '70% заявили, що підтримують проєкт.'] },
      { lang: 'nl', sentences: ['Er werden 1200 inwoners van de stad ondervraagd.', 'Daarvan zei 74 procent dat ze het project steunen.'] },
    ]);
    assert.deepEqual(found.map((f) => f.severity), ['info']);
  });
});
