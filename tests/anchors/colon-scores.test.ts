// A score written with a colon (`2:1`, East Slavic and German news) is two numbers, as `2-1` is; a clock
// time, a map scale and a colon-joined code are not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);

describe('scores with a colon', () => {
  it('reads both sides of a score with one digit after the colon', () => {
    assert.deepEqual(numbers('«Динамо» перемогло з рахунком 2:1.', 'uk'), ['2', '1']);
    assert.deepEqual(numbers('Команда выиграла со счетом 1:0 в субботу.', 'ru'), ['1', '0']);
    assert.deepEqual(numbers('Das Spiel endete 10:2.', 'de'), ['10', '2']);
  });

  it('leaves clock times, map scales and longer colon chains as they were', () => {
    assert.deepEqual(numbers('Матч почався о 15:30.', 'uk'), ['15:30']);
    assert.deepEqual(numbers('Карта в масштабі 1:50000.', 'uk'), []);
    assert.deepEqual(numbers('Версія 1:2:3 вийшла.', 'uk'), []);
  });

  it('sets a changed score against the versions that write it with a dash', () => {
    const match = (uk: string) => [
      { lang: 'nl', sentences: ['Livingston speelde thuis.', 'Livingston won zondag met 1-0 van Rangers.'] },
      { lang: 'sv', sentences: ['Livingston spelade hemma.', 'Livingston vann med 1–0 mot Rangers i söndags.'] },
      { lang: 'uk', sentences: ['«Лівінгстон» грав удома.', `«Лівінгстон» переміг «Рейнджерс» з рахунком ${uk} у неділю.`] },
    ];
    const alarms = (uk: string) => check(match(uk), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch');
    assert.deepEqual(alarms('1:0'), []);
    const changed = alarms('2:0');
    assert.equal(changed.length, 1);
    assert.match(changed[0]!.message, /^uk gives 2 /u);
  });
});
