// A night named by the day it leads into (uk `у ніч на суботу`, ar `ليلة السبت`, id `malam Minggu`,
// sv `natten till lördag`, de `in der Nacht zum Samstag`) is the evening of the day before, which other
// languages name by that day ("Friday night"): no weekday mismatch with it, nor with the day it names.
// Any other day still disagrees.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWeekdays } from '../../src/anchors/weekdays.js';
import { check } from '../../src/index.js';
import { framedVersions as versions } from './framed.js';

const eves = (text: string, lang: string) => findWeekdays(text, lang).map((mention) => [text.slice(mention.start, mention.end), mention.eve === true]);
const weekdayAlarms = (docs: ReturnType<typeof versions>) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'weekday-mismatch' && f.severity !== 'info');

describe('a night named by the day it leads into', () => {
  it('marks the weekday after an eve phrase, a whole word, and no other', () => {
    assert.deepEqual(eves('У ніч на суботу і в неділю.', 'uk'), [['суботу', true], ['неділю', false]]);
    assert.deepEqual(eves('وصلوا ليلة السبت ويوم الأحد.', 'ar'), [['السبت', true], ['الأحد', false]]);
    assert.deepEqual(eves('Pada malam Minggu dan Minggu malam.', 'id'), [['Minggu', true], ['Minggu', false]]);
    assert.deepEqual(eves('Under natten till lördag och i natt mot söndag.', 'sv'), [['lördag', true], ['söndag', true]]);
    assert.deepEqual(eves('In der Nacht zum Samstag, in der Übernacht zum Sonntag.', 'de'), [['Samstag', true], ['Sonntag', false]]);
    assert.deepEqual(eves('In de nacht van vrijdag op zaterdag.', 'nl'), [['vrijdag', false], ['zaterdag', false]]);
  });

  it('agrees with the day before and with the day it names, and disagrees with any other', () => {
    const nightInto = (nl: string) =>
      versions({ uk: 'У ніч на суботу фермери ночували в наметах у Гуйяні.', nl });
    assert.deepEqual(weekdayAlarms(nightInto('Vrijdagnacht sliepen de boeren in tenten in Guiyang.')), []);
    assert.deepEqual(weekdayAlarms(nightInto('Zaterdagnacht sliepen de boeren in tenten in Guiyang.')), []);
    assert.equal(weekdayAlarms(nightInto('Donderdagnacht sliepen de boeren in tenten in Guiyang.')).length, 1);
    // Without the eve phrase, Saturday is Saturday.
    const saturday = versions({ uk: 'У суботу фермери ночували в наметах у Гуйяні.', nl: 'Vrijdagnacht sliepen de boeren in tenten in Guiyang.' });
    assert.equal(weekdayAlarms(saturday).length, 1);
  });

  it('reads the Arabic and Indonesian eves alike', () => {
    assert.deepEqual(weekdayAlarms(versions({ ar: 'نام المزارعون ليلة السبت في خيام في غوييانغ.', sv: 'På fredagskvällen sov bönderna i tält i Guiyang.' })), []);
    assert.deepEqual(weekdayAlarms(versions({ id: 'Pada malam Minggu para petani tidur di tenda di Guiyang.', sv: 'På lördagskvällen sov bönderna i tält i Guiyang.' })), []);
    assert.equal(weekdayAlarms(versions({ id: 'Pada Minggu malam para petani tidur di tenda di Guiyang.', sv: 'På lördagskvällen sov bönderna i tält i Guiyang.' })).length, 1);
  });
});
