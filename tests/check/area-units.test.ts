// Units of area: square units of length written as one word, a symbol, or a square word before or
// after the unit of length, hectares and acres, converted into one another as lengths are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { type PlacedCount, sameValueWrittenDifferently } from '../../src/check/measures.js';
import type { NumberAnchor } from '../../src/types.js';
import { framedVersions as versions } from './framed.js';

const alarms = (middle: Parameters<typeof versions>[0]) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch').map((f) => f.message);

describe('units of area', () => {
  it('reads square feet and square metres as one area in every way of writing them', () => {
    // 1,000 square feet = 92.9 m².
    const feet = { id: 'Rumah itu seluas 1.000 kaki persegi pada 30 Mei.', sv: 'Huset var 1 000 kvadratfot stort den 30 maj.' };
    assert.deepEqual(alarms({ ...feet, nl: 'Het huis was 93 vierkante meter groot op 30 mei.' }), []);
    assert.deepEqual(alarms({ ...feet, uk: 'Будинок мав площу 93 кв. м 30 травня.' }), []);
    assert.deepEqual(alarms({ ...feet, uk: 'Будинок мав площу 93 квадратних метри 30 травня.' }), []);
    assert.deepEqual(alarms({ ...feet, ar: 'كانت مساحة المنزل 93 متر مربع في 30 مايو.' }), []);
    assert.deepEqual(alarms({ ...feet, nl: 'Het huis was 93 m² groot op 30 mei.' }), []);
    // A changed figure still differs.
    assert.equal(alarms({ ...feet, nl: 'Het huis was 73 vierkante meter groot op 30 mei.' }).length, 1);
  });

  it('converts hectares, acres and square kilometres', () => {
    // 100 acres = 40.5 ha; 2 square miles = 5.2 km².
    const acres = { sv: 'Branden förstörde 100 acres den 30 maj.', id: 'Kebakaran menghancurkan 100 acre pada 30 Mei.' };
    assert.deepEqual(alarms({ ...acres, nl: 'De brand verwoestte 40 hectare op 30 mei.' }), []);
    assert.deepEqual(alarms({ ...acres, uk: 'Пожежа знищила 40 гектарів 30 травня.' }), []);
    assert.equal(alarms({ ...acres, nl: 'De brand verwoestte 400 hectare op 30 mei.' }).length, 1);
    const miles = { nl: 'Het meer is 2 vierkante mijl groot op 30 mei.', sv: 'Sjön är 5,2 kvadratkilometer stor den 30 maj.' };
    assert.deepEqual(alarms({ ...miles, id: 'Danau itu seluas 5 kilometer persegi pada 30 Mei.' }), []);
  });

  it('still finds a changed figure in the same unit of area', () => {
    assert.equal(alarms({ nl: 'De brand verwoestte 50 hectare op 30 mei.', sv: 'Branden förstörde 500 hektar den 30 maj.', id: 'Kebakaran menghancurkan 50 hektar pada 30 Mei.' }).length, 1);
    assert.equal(alarms({ nl: 'Het huis was 93 m² groot op 30 mei.', ar: 'كانت مساحة المنزل 39 مترا مربعا في 30 مايو.', uk: 'Будинок мав площу 93 кв. м 30 травня.' }).length, 1);
  });

  it('keeps a length a length when no square word stands by it', () => {
    // 1,000 feet = 305 m: 93 m is no rounding of it.
    assert.equal(alarms({ id: 'Menara itu setinggi 1.000 kaki pada 30 Mei.', sv: 'Tornet var 1 000 fot högt den 30 maj.', nl: 'De toren was 93 meter hoog op 30 mei.' }).length, 1);
  });
});

describe('units of area in en, ru, de, fr', () => {
  const placed = (text: string, lang: string, figure: string): PlacedCount => {
    const anchor = extractAnchors(text, { lang }).find((a): a is NumberAnchor => a.type === 'number' && a.text === figure);
    if (!anchor) throw new Error(`${figure} not read in ${text}`);
    return { anchor, text, start: text.indexOf(figure), lang };
  };
  const same = (a: PlacedCount, b: PlacedCount) => sameValueWrittenDifferently(a, b);

  it('reads one area in two units as one value, another figure as another', () => {
    const feet = placed('The flat has 1,000 sq ft of floor.', 'en', '1,000');
    assert.equal(same(feet, placed('Площадь квартиры 93 квадратных метра.', 'ru', '93')), true);
    assert.equal(same(feet, placed('Die Wohnung hat 93 Quadratmeter.', 'de', '93')), true);
    assert.equal(same(feet, placed("L'appartement fait 93 mètres carrés.", 'fr', '93')), true);
    assert.equal(same(feet, placed('Площадь квартиры 39 кв. м.', 'ru', '39')), false);
    const acres = placed('The fire burned 250 acres.', 'en', '250');
    assert.equal(same(acres, placed('Le feu a brûlé 100 hectares.', 'fr', '100')), true);
    assert.equal(same(acres, placed('Пожар уничтожил 1 км² леса.', 'ru', '1')), true);
    assert.equal(same(placed('Das Feuer zerstörte 50 Hektar.', 'de', '50'), placed('Le feu a brûlé 500 hectares.', 'fr', '500')), false);
  });
});
