// A count that one version gives as a part of a larger one ("of them 70%") and the other as a whole may
// count two things: the difference is shown as `info`. When both versions give it as a part, they count
// the same part, and a difference is an alarm. "Of them" may be one word (`daarvan`, `них`) or several,
// before the number or after it (`dari mereka, 70 persen`, `70 procent av dem`).
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

  it('reads "of them" written in several words, before the number or after it, as a part in every language', () => {
    const part: Record<string, string> = {
      id: 'Dari mereka, 70 persen mengatakan mendukung proyek itu.',
      sv: '70 procent av dem sa att de stöder projektet.',
      ar: 'وقال 70 في المائة من هؤلاء إنهم يدعمون المشروع.',
      en: 'Of those, 70 percent said they support the project.',
    };
    const intro: Record<string, string> = {
      id: 'Sebanyak 1200 warga kota disurvei.',
      sv: '1200 invånare i staden tillfrågades.',
      ar: 'تم استطلاع آراء 1200 من سكان المدينة.',
      en: '1200 residents of the city were polled.',
    };
    for (const lang of Object.keys(part)) {
      const found = counts([
        { lang, sentences: [intro[lang]!, part[lang]!] },
        { lang: 'nl', sentences: ['Er werden 1200 inwoners van de stad ondervraagd.', 'Daarvan zei 74 procent dat ze het project steunen.'] },
      ]);
      assert.deepEqual(found.map((f) => f.severity), ['error'], lang);
    }
  });

  it('leaves the difference in doubt when only one version gives it as a part', () => {
    const found = counts([
      { lang: 'uk', sentences: ['Опитали 1200 мешканців міста.', '70% заявили, що підтримують проєкт.'] },
      { lang: 'nl', sentences: ['Er werden 1200 inwoners van de stad ondervraagd.', 'Daarvan zei 74 procent dat ze het project steunen.'] },
    ]);
    assert.deepEqual(found.map((f) => f.severity), ['info']);
  });

  it('reads English "of which" before a count as a part, and a bare relative "which" as none', () => {
    const german = [
      'Im Gefängnis Long Lartin in Worcestershire ist es zu Unruhen gekommen.',
      'Spezialkräfte wurden hinzugezogen, um die Unruhen zu beenden, an denen acht Insassen beteiligt sind.',
      'Die Beamten wurden vor Ort wegen kleinerer Verletzungen im Gesicht behandelt.',
    ];
    const english = (clause: string) => [
      'A riot has broken out at the Long Lartin prison in Worcestershire.',
      `Specialist officers have been brought in to deal with the disturbance, ${clause}.`,
      'The officers were treated for minor facial injuries at the scene.',
    ];
    const whole = counts([{ lang: 'en', sentences: english('which involves four inmates') }, { lang: 'de', sentences: german }]);
    assert.deepEqual(whole.map((f) => f.severity), ['error']);
    const part = counts([{ lang: 'en', sentences: english('of which four inmates are held') }, { lang: 'de', sentences: german }]);
    assert.deepEqual(part.map((f) => f.severity), ['info']);
  });
});
