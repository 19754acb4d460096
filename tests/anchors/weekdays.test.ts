import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWeekdays, weekdayOfDate } from '../../src/anchors/weekdays.js';
import { check } from '../../src/index.js';

const read = (text: string, lang: string) => findWeekdays(text, lang).map((mention) => [text.slice(mention.start, mention.end), mention.weekday]);

describe('weekdays', () => {
  it('reads inflected and compound weekday forms, and no look-alikes', () => {
    assert.deepEqual(read('Op vrijdagavond en zaterdag kwamen ze.', 'nl'), [['vrijdagavond', 5], ['zaterdag', 6]]);
    assert.deepEqual(read('På fredagskvällen gick de.', 'sv'), [['fredagskvällen', 5]]);
    assert.deepEqual(read("У п'ятницю і в неділю; серед учасників.", 'uk'), [["п'ятницю", 5], ['неділю', 7]]);
    assert.deepEqual(read('وصلوا والجمعة', 'ar'), [['والجمعة', 5]]);
    assert.deepEqual(read('Minggu lalu, pada minggu ini.', 'id'), [['Minggu', 7]]);
    assert.deepEqual(read('Friday', 'xx'), []);
  });

  it("reads a day's adjective in every case where the language forms one, and not the middle's", () => {
    assert.deepEqual(read("Після п'ятничного землетрусу, у суботній і недільному випусках.", 'uk'), [["п'ятничного", 5], ['суботній', 6], ['недільному', 7]]);
    assert.deepEqual(read('После пятничного землетрясения и субботнего шторма.', 'ru'), [['пятничного', 5], ['субботнего', 6]]);
    assert.deepEqual(read('Середній рівень і средний уровень.', 'uk'), []);
    assert.deepEqual(read('Средний уровень.', 'ru'), []);
  });

  it('reads a weekday that ends a compound where the language compounds, and not where it does not', () => {
    assert.deepEqual(read('Han skulle kasta på sin normala vilosöndag.', 'sv'), [['vilosöndag', 7]]);
    assert.deepEqual(read('Op Pinksterzondag en zondagmiddag.', 'nl'), [['Pinksterzondag', 7], ['zondagmiddag', 7]]);
    assert.deepEqual(read('Am Karfreitag.', 'de'), [['Karfreitag', 5]]);
    assert.deepEqual(read('On Ashsunday.', 'en'), []);
  });

  it('knows the weekday of a date and refuses impossible dates', () => {
    assert.equal(weekdayOfDate(2025, 2, 20), 4);
    assert.equal(weekdayOfDate(2024, 2, 29), 4);
    assert.equal(weekdayOfDate(2025, 2, 29), undefined);
  });

  it('check flags a weekday that contradicts its own dated year, not one without a year', () => {
    const flagged = check([{ lang: 'uk', text: 'Саміт почався у п’ятницю 20 лютого 2025 року в Ханої.' }]);
    assert.deepEqual(flagged.findings.map((finding) => [finding.rule, finding.severity, finding.evidence.map((evidence) => evidence.text)]), [
      ['weekday-date', 'warning', ['п’ятницю', '20 лютого 2025 року']],
    ]);
    assert.deepEqual(check([{ lang: 'uk', text: 'Саміт почався у п’ятницю 20 лютого в Ханої.' }]).findings, []);
    assert.deepEqual(check([{ lang: 'ar', text: 'بدأت القمة يوم الخميس 20 فبراير 2025 في هانوي.' }]).findings, []);
  });

  it('reads a weekday as naming the date only with nothing but day words between them', () => {
    // "Sunday's almanac: 30 September 1882": the weekday belongs to the almanac, not to the date.
    assert.deepEqual(check([{ lang: 'sv', text: 'En sida från söndagens almanacka: 30 september 1882, dagen då Hans Geiger föddes.' }]).findings, []);
    const named = check([{ lang: 'sv', text: 'Mötet hölls på fredagen den 20 februari 2025 i Ha Long.' }]);
    assert.deepEqual(named.findings.map((finding) => finding.rule), ['weekday-date']);
  });
});

describe('weekday-mismatch', () => {
  it('flags vrijdagavond against zaterdagavond in linked sentences, and not the same evening', () => {
    const version = (evening: string) => ({
      lang: 'nl',
      text: `De brand brak uit in een textielfabriek in Dhaka. Op ${evening} kwamen 37 brandweerlieden ter plaatse. De eigenaar werd aangehouden.`,
    });
    const changed = check([version('vrijdagavond'), version('zaterdagavond')], { mode: 'parallel' });
    assert.deepEqual(changed.findings.map((finding) => [finding.rule, finding.evidence.map((evidence) => evidence.text).sort()]), [
      ['weekday-mismatch', ['vrijdagavond', 'zaterdagavond']],
    ]);
    assert.deepEqual(check([version('vrijdagavond'), version('vrijdagavond')], { mode: 'parallel' }).findings, []);
  });
});

describe('weekdays in long text', () => {
  it('reads every one of 40,000 weekday names in one line, each once', () => {
    const mentions = findWeekdays('vrijdag '.repeat(40_000), 'nl');
    assert.equal(mentions.length, 40_000);
    assert.ok(mentions.every((mention, index) => mention.start === index * 8 && mention.end === index * 8 + 7));
  });
});
