// Among several versions, one that gives a measure in another unit votes for the side whose figure it
// converts: "25,4 см" and "25 cm" state the "10 inci" of one side, not the "14 بوصات" of the other, so
// the changed figure is found and blamed although only one other version writes the same unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { type FramedLang, framedVersions as versions } from './framed.js';

const rain = (inches: string): Partial<Record<FramedLang, string>> => ({
  ar: `سيجلب الإعصار أمطارًا بارتفاع ${inches} بوصات يوم الاثنين في أجزاء من غوييانغ.`,
  id: 'Badai akan membawa hujan sampai 10 inci di sebagian wilayah Guiyang pada hari Senin.',
  uk: 'У понеділок буря принесе до 25,4 см дощу в деяких частинах Гуйяна.',
  sv: 'Stormen kommer att föra med sig 25 cm regn i vissa delar av Guiyang på måndag.',
});
const countAlarms = (middle: Partial<Record<FramedLang, string>>) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

describe('converted figures as votes', () => {
  it('finds the changed figure and blames its version', () => {
    const found = countAlarms(rain('14'));
    assert.equal(found.length, 1);
    assert.equal(found[0]!.evidence[0]!.text, '14');
    assert.equal(found[0]!.evidence.length, 4);
  });

  it('raises nothing where every version states one value', () => {
    assert.deepEqual(countAlarms(rain('10')), []);
  });
});
