// A range one language writes with a dash (`5–10,2 см`) and another with a word (`5 tot 10 cm`, `2
// إلى 4 بوصات`), which the reader takes for two figures: the two bounds are compared bound by bound, so
// a changed lower bound is a disagreement, while the same range, converted or not, is none.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { framedVersions as versions } from './framed.js';

const countAlarms = (docs: ReturnType<typeof versions>) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

const uk = (range: string) => `${range} см дощу очікується в деяких частинах провінції, особливо біля Гуйяна.`;

describe('a range written with a word against one written with a dash', () => {
  it('finds a changed lower bound', () => {
    const alarms = countAlarms(versions({ uk: uk('1–10,2'), nl: 'Er wordt wel 5 tot 10 cm regen verwacht in delen van de provincie, vooral bij Guiyang.' }));
    assert.equal(alarms.length, 1);
    assert.deepEqual(alarms[0]!.evidence.map((e) => e.text).sort(), ['1–10,2', '5']);
  });

  it('finds a changed upper bound', () => {
    assert.equal(countAlarms(versions({ uk: uk('5–20,2'), nl: 'Er wordt wel 5 tot 10 cm regen verwacht in delen van de provincie, vooral bij Guiyang.' })).length, 1);
  });

  it('raises nothing where the bounds agree, in one unit or converted', () => {
    assert.deepEqual(countAlarms(versions({ uk: uk('5–10,2'), nl: 'Er wordt wel 5 tot 10 cm regen verwacht in delen van de provincie, vooral bij Guiyang.' })), []);
    assert.deepEqual(countAlarms(versions({ uk: uk('5–10,2'), id: 'Sebanyak 2 hingga 4 inci hujan diperkirakan turun di provinsi, terutama di Guiyang.' })), []);
    assert.deepEqual(countAlarms(versions({ uk: uk('5–10,2'), ar: 'ومن المتوقع هطول أمطار بارتفاع 2 إلى 4 بوصات في أجزاء من المقاطعة وخصوصًا في غوييانغ.' })), []);
  });
});
