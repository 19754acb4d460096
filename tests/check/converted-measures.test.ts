// Measures converted by translators are rounded in many ways: two roundings of one converted figure,
// a metric figure rounded to the whole unit, the first bound of a range whose unit follows the second,
// a figure whose unit only another version writes. None of these is a disagreement; a changed figure is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { type FramedLang, framedVersions as versions } from './framed.js';

const alarms = (middle: Partial<Record<FramedLang, string>>, rule = 'count-mismatch') =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === rule).map((f) => f.message);

describe('converted measures', () => {
  it('reads two roundings of one converted figure in the same unit as one value', () => {
    // 550 lb = 249.5 kg; 85 mph = 136.8 km/h.
    assert.deepEqual(alarms({ nl: 'Het varken van 250 kg doodde de boer op 30 mei.', sv: 'Den 249 kilo tunga grisen dödade bonden den 30 maj.' }), []);
    assert.deepEqual(alarms({ nl: 'De wind blies met 140 km per uur op 30 mei.', sv: 'Vinden blåste i 135 km/tim den 30 maj.' }), []);
    // 12 mph = 19.3 km/h, written 20 (3.5% off, within the half-step of the tens it is rounded to).
    assert.deepEqual(alarms({ nl: 'De storm beweegt met 20 km per uur op 30 mei.', uk: 'Шторм рухається зі швидкістю 19,3 км на годину 30 травня.' }), []);
    assert.equal(alarms({ nl: 'De storm beweegt met 21 km per uur op 30 mei.', uk: 'Шторм рухається зі швидкістю 19,3 км на годину 30 травня.' }).length, 1);
    // A changed last digit is no rounding of any round figure.
    assert.equal(alarms({ nl: 'Het varken van 250 kg doodde de boer op 30 mei.', sv: 'Den 253 kilo tunga grisen dödade bonden den 30 maj.' }).length, 1);
  });

  it('takes a figure with decimals as a conversion only where it rounds the converted figure at its own last digit', () => {
    // Half an inch is 1.27 cm (1.3 and 1.2 with its decimals dropped); one inch is 2.54 cm, so 2.5 but never 2.6.
    assert.deepEqual(alarms({ nl: 'Er viel 1,3 cm regen op 30 mei.', sv: 'Det föll 1,27 cm regn den 30 maj.' }), []);
    assert.deepEqual(alarms({ nl: 'Er viel 2,5 tot 5 cm regen op 30 mei.', sv: 'Det föll 2,54–5 cm regn den 30 maj.' }), []);
    assert.equal(alarms({ nl: 'Er viel 2,5 tot 5 cm regen op 30 mei.', sv: 'Det föll 2,6–5 cm regn den 30 maj.' }).length, 1);
  });

  it('takes two hedged single digits one apart as one value only where one is a whole figure', () => {
    // 1 mile = 1.61 km: `about 2 km` and `about 1.6 km` are both roundings of it; 1.6 and 1.8 km are two figures.
    assert.deepEqual(alarms({ nl: 'Het ongeluk gebeurde ongeveer 2 km verderop op 30 mei.', sv: 'Olyckan skedde ungefär 1,6 km bort den 30 maj.' }), []);
    assert.equal(alarms({ nl: 'Het ongeluk gebeurde ongeveer 1,8 km verderop op 30 mei.', sv: 'Olyckan skedde ungefär 1,6 km bort den 30 maj.' }).length, 1);
  });

  it('finds a small figure changed by one in the same unit: no two roundings of one conversion lie that far apart', () => {
    // 4 short tons = 3.63 t could be written 3 (decimals dropped) or 4 (rounded); 3 against 4 is 25% apart.
    assert.equal(alarms({ nl: 'De boot van drie ton zonk op 30 mei.', sv: 'Båten på fyra ton sjönk den 30 maj.' }).length, 1);
    assert.equal(alarms({ nl: 'Hij nam tien meter voorsprong op 30 mei.', sv: 'Han tog nio meters ledning den 30 maj.' }).length, 1);
    // 200 miles = 321.9 km, written 300 and 320: a round hundred rounds coarser.
    assert.deepEqual(alarms({ nl: 'De storm bleef binnen 300 km van Phoenix op 30 mei.', sv: 'Stormen höll sig inom 320 km från Phoenix den 30 maj.' }), []);
  });

  it('takes no figure for a rounding of an imperial one in a unit of another size', () => {
    // 385 miles = 619.6 km. 622 and 620 km both round 680,000 yards (621.8 km), but nobody measures a
    // storm's distance in yards: only units a translator converts between (up to grams and pounds) count.
    assert.equal(alarms({ sv: 'Stormen befinner sig 622 km söder om Guiyang den 30 maj.', uk: 'Шторм знаходиться за 620 км на південь від Гуйяна 30 травня.' }).length, 1);
    assert.deepEqual(alarms({ sv: 'Stormen befinner sig 620 km söder om Guiyang den 30 maj.', uk: 'Шторм знаходиться за 619,6 км на південь від Гуйяна 30 травня.' }), []);
  });

  it('reads the first bound of a range by the unit after the second (a range word, a dash, decimals)', () => {
    assert.deepEqual(alarms({ uk: 'Випало від 2,54 до 10,2 см дощу 30 травня.', id: 'Hujan 1 hingga 4 inci turun pada 30 Mei.' }), []);
    assert.deepEqual(alarms({ sv: 'Det föll 2,5–10 cm regn den 30 maj.', id: 'Hujan 1 hingga 4 inci turun pada 30 Mei.' }), []);
    assert.equal(alarms({ sv: 'Det föll 6,5–10 cm regn den 30 maj.', id: 'Hujan 1 hingga 4 inci turun pada 30 Mei.' }).length, 1);
  });

  it('reads a metric figure rounded to the whole unit as the converted imperial one', () => {
    // 1 to 2 inches = 2.54 to 5.08 cm.
    assert.deepEqual(alarms({ nl: 'Er valt 3 tot 5 cm regen op 30 mei.', id: 'Hujan 1 sampai 2 inci turun pada 30 Mei.' }), []);
    assert.equal(alarms({ nl: 'Er valt 4 tot 5 cm regen op 30 mei.', id: 'Hujan 1 sampai 2 inci turun pada 30 Mei.' }).length, 1);
  });

  it('takes the scale word after a degree word (Celsius) and a unit another version writes for a bare figure', () => {
    // 80 °F = 26.7 °C: the Indonesian "80s" has its degrees in the Arabic version.
    const temperature = {
      ar: 'تصل درجة الحرارة إلى 80 درجة يوم الثلاثاء 30 مايو.',
      id: 'Suhu menyebar sebesar 80s pada hari Selasa 30 Mei.',
      uk: 'Температура становитиме 27 градусів Цельсія у вівторок 30 травня.',
    };
    assert.deepEqual(alarms(temperature), []);
    assert.ok(alarms({ ...temperature, uk: 'Температура становитиме 17 градусів Цельсія у вівторок 30 травня.' }).length > 0);
  });

  it('does not take a range bound in one unit for an equal figure in another', () => {
    // 3 to 6 inches, up to 10 inches: 7.6–15 cm, up to 25 cm. The 10 inches are the 25 cm, not a range's 10 cm.
    const ar = 'يصل المطر إلى 3 إلى 6 بوصات ويصل إلى 10 بوصات في 30 مايو.';
    assert.deepEqual(alarms({ uk: 'Випаде 7,6–15 см дощу, місцями до 25 см, 30 травня.', ar }), []);
    const changed = alarms({ uk: 'Випаде 7,6–15 см дощу, місцями до 45 см, 30 травня.', ar });
    assert.equal(changed.length, 1);
    assert.match(changed[0]!, /gives 45 /u);
    // "7–10 см" converts no bound of "3 to 6 inches" but the first: the range word joins both bounds.
    assert.equal(alarms({ uk: 'Випаде 7–10 см дощу, місцями до 25 см, 30 травня.', ar }).length, 1);
  });

  it('does not let equal digits in another unit vote for a figure', () => {
    // "2 meter" for a two-foot brim: the "2 kaki" is the 60 cm, so the Dutch departs, not the Indonesian.
    const found = check(
      versions({
        nl: 'De hoed heeft een rand van twee meter breed sinds 30 mei.',
        id: 'Topi itu punya pinggiran selebar dua kaki sejak 30 Mei.',
        sv: 'Hatten har ett brätte på 60 cm sedan den 30 maj.',
        uk: 'Капелюх має поля шириною шістдесят сантиметрів з 30 травня.',
      }),
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^nl gives 2 /u);
  });
});

describe('internal-count and measures', () => {
  it('does not read two measures of one article as two counts of one set', () => {
    const article = {
      lang: 'nl',
      sentences: [
        'In Guiyang en Guizhou valt morgen 10 centimeter regen.',
        'Later valt in Guiyang en Guizhou nog eens 15 centimeter regen.',
      ],
    };
    assert.deepEqual(check([article, { ...article, lang: 'sv', sentences: ['I Guiyang och Guizhou faller 10 centimeter regn i morgon.', 'Senare faller ytterligare 15 centimeter regn i Guiyang och Guizhou.'] }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'internal-count'), []);
  });
});
