// Equal values two translations write differently, seen between two versions (no third to vote): a
// speed in km/h, two hedged roundings of one converted measure, a temperature whose °F one version
// leaves unsaid, an ordinal word for a cardinal word, the indefinite Arabic "second".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';
import { fahrenheitLeftUnsaid, type PlacedCount, sameValueWrittenDifferently } from '../../src/check/measures.js';
import type { NumberAnchor } from '../../src/types.js';
import { check } from '../../src/index.js';
import { type FramedLang, framedVersions as versions } from './framed.js';

/** The count of `text` written `figure`, placed in its sentence. */
function placed(text: string, lang: string, figure: string): PlacedCount {
  const anchor = extractAnchors(text, { lang }).find((a): a is NumberAnchor => a.type === 'number' && a.text === figure);
  assert.ok(anchor, `no number ${figure} in ${text}`);
  return { anchor, text, start: anchor.start, lang };
}

const alarms = (middle: Partial<Record<FramedLang, string>>) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch').map((f) => f.message);

describe('equal values between two versions', () => {
  it('reads a speed written km/ч, км/год, km/jam or كم/ساعة as kilometres an hour', () => {
    // 85 mph = 136.8 km/h, rounded 135 and 137.
    const ru = placed('Ветер дул со скоростью 135 км/ч.', 'ru', '135');
    assert.equal(sameValueWrittenDifferently(ru, placed('Вітер мав швидкість 137 км на годину.', 'uk', '137')), true);
    assert.equal(sameValueWrittenDifferently(placed('Вітер мав швидкість 137 км/год.', 'uk', '137'), placed('Angin bertiup 135 km/jam.', 'id', '135')), true);
    // 12 mph = 19.3 km/h.
    assert.equal(sameValueWrittenDifferently(placed('The storm moves at 12 miles per hour.', 'en', '12'), placed('Шторм движется со скоростью 19 км/ч.', 'ru', '19')), true);
    assert.equal(sameValueWrittenDifferently(placed('The storm moves at 12 miles per hour.', 'en', '12'), placed('Шторм движется со скоростью 29 км/ч.', 'ru', '29')), false);
  });

  it('reads two hedged figures of one measure a conversion apart as one value, unhedged ones not', () => {
    // About 30 yards: "ongeveer 30 meter" kept the figure, "приблизно 27 метрів" converted it.
    const nl = placed('Hij stond op ongeveer 30 meter van het doel.', 'nl', '30');
    assert.equal(sameValueWrittenDifferently(nl, placed('Він був приблизно за 27 метрів від воріт.', 'uk', '27')), true);
    assert.equal(sameValueWrittenDifferently(placed('Hij stond op 30 meter van het doel.', 'nl', '30'), placed('Він був за 27 метрів від воріт.', 'uk', '27')), false);
    assert.equal(sameValueWrittenDifferently(nl, placed('Він був приблизно за 22 метри від воріт.', 'uk', '22')), false);
    // 80s °F: "autour de 26 degrés" and "rond de 30°C".
    assert.equal(sameValueWrittenDifferently(placed('Des températures autour de 26 degrés.', 'fr', '26'), placed('Temperaturen rond de 30°C.', 'nl', '30')), true);
  });

  it('reads a bare figure as the other side\'s temperature in °F left unsaid', () => {
    const bare = placed('A warm start to October with widespread 80s.', 'en', '80');
    assert.equal(fahrenheitLeftUnsaid(bare, placed('Температура становитиме 27 градусів Цельсія.', 'uk', '27')), true);
    assert.equal(fahrenheitLeftUnsaid(bare, placed('Температура становитиме 17 градусів Цельсія.', 'uk', '17')), false);
    assert.equal(fahrenheitLeftUnsaid(placed('Some 80 people came.', 'en', '80'), placed('Прийшли 27 людей.', 'uk', '27')), false);
  });

  it('pairs an ordinal word with the cardinal word of its value ("match four" / "la quatrième partie")', () => {
    const ar = 'تعادلت المباراة إلى أربعة عندما كان هو وتوماس في المركز الثاني بعد اثنين يوم 30 مايو.';
    assert.deepEqual(alarms({ ar, nl: 'Hij maakte de vierde partij gelijk toen hij en Thomas twee achter stonden na twee holes op 30 mei.' }), []);
    // Beside the pair matched across kinds, a changed number word is still left over.
    const tied = 'تعادلت المباراة إلى أربعة بعد اثنين يوم 30 مايو.';
    assert.deepEqual(alarms({ ar: tied, nl: 'De vierde partij werd gelijkgemaakt na twee holes op 30 mei.' }), []);
    assert.equal(alarms({ ar: tied, nl: 'De vierde partij werd gelijkgemaakt na drie holes op 30 mei.' }).length, 1);
  });

  it('reads the indefinite Arabic ordinal ثانٍ ("a second meeting") as second', () => {
    const ordinals = extractAnchors('يهتم كيم بعقد اجتماع ثانٍ بعد اجتماعهم الأول.', { lang: 'ar' }).filter((a) => a.type === 'ordinal');
    assert.deepEqual(ordinals.map((a) => a.value), ['2.', '1.']);
  });
});
