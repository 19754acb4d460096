// A changed number, date or year is found whichever pair of versions meets it first: a hedge read on one
// side only does not hide it when other versions state the figure hedged alike; a month beside a year
// says nothing of the year; "only ten" and "besides that" (`en outre`) make no part of a count; a figure changed
// beside its own conversion is still a changed figure. Equal values converted (temperature differences,
// yards) stay quiet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { framedVersions as versions } from './framed.js';

const alarms = (docs: ReturnType<typeof versions>, rule: string) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === rule);
const langOfFirst = (docs: ReturnType<typeof versions>, rule: string) => alarms(docs, rule).map((f) => docs[f.evidence[0]!.document]!.lang);

describe('changed figures found whichever pair meets them first', () => {
  it('a figure hedged alike by the others is an error, although one version states it without the hedge', () => {
    const docs = versions({
      id: 'Ada 200 orang di Guiyang pada 30 Mei.',
      nl: 'Er waren ongeveer 204 mensen in Guiyang op 30 mei.',
      sv: 'Det var runt 200 personer i Guiyang den 30 maj.',
    });
    assert.deepEqual(langOfFirst(docs, 'count-mismatch'), ['nl']);
  });

  it('a month in the sentence does not account for a changed year', () => {
    const docs = versions({
      nl: 'De wet van 2017 gaf de boer in juni het recht.',
      sv: 'Lagen från 2018 gav bonden i juni rätten.',
      id: 'Undang-undang tahun 2017 memberi petani hak itu pada bulan Juni.',
    });
    assert.deepEqual(langOfFirst(docs, 'date-mismatch'), ['sv']);
  });

  it('a fuller date that agrees with one side votes for it', () => {
    const docs = versions({
      ar: 'ولد يوان في 30 سبتمبر في غوييانغ.',
      id: 'Yuan lahir pada 26 September 1882 di Guiyang.',
      nl: 'Yuan werd geboren op 30 september 1882 in Guiyang.',
      sv: 'Yuan föddes den 30 september 1882 i Guiyang.',
    });
    assert.deepEqual(langOfFirst(docs, 'date-mismatch'), ['id']);
  });

  it('"only ten", "these five" and "besides that" leave a count whole', () => {
    const only = versions({ nl: 'Alleen vier winkels in Guiyang gingen op 30 mei open.', id: 'Hanya dua toko di Guiyang dibuka pada 30 Mei.', sv: 'Endast två butiker i Guiyang öppnade den 30 maj.' });
    assert.deepEqual(langOfFirst(only, 'count-mismatch'), ['nl']);
    const besides = versions({ id: 'Selain itu, empat toko di Guiyang dibuka pada 30 Mei.', nl: 'Daarnaast gingen twee winkels in Guiyang op 30 mei open.', sv: 'Dessutom öppnade två butiker i Guiyang den 30 maj.' });
    assert.deepEqual(langOfFirst(besides, 'count-mismatch'), ['id']);
    // French `en outre` ("moreover") is the connective; `outre` alone ("besides the leader") still leaves someone out.
    const french = (middle: string) => ({ lang: 'fr', sentences: ['Le paysan Yuan vivait à Guiyang, dans la province du Guizhou.', middle, 'La police de Guiyang enquête sur l’affaire avec Yuan.'] });
    const moreover = [french('En outre, quatre magasins de Guiyang ont ouvert le 30 mai.'), ...versions({ nl: 'Daarnaast gingen twee winkels in Guiyang op 30 mei open.', sv: 'Dessutom öppnade två butiker i Guiyang den 30 maj.' })];
    assert.deepEqual(langOfFirst(moreover, 'count-mismatch'), ['fr']);
    const besidesTheLeader = [french('Outre le chef, quatre guides sont arrivés à Guiyang le 30 mai.'), ...versions({ nl: 'Vijf gidsen kwamen op 30 mei in Guiyang aan.' })];
    assert.deepEqual(alarms(besidesTheLeader, 'count-mismatch'), []);
    const these = versions({ id: 'Empat rapat umum di Guiyang dimulai pada 30 Mei.', sv: 'Dessa fem möten i Guiyang började den 30 maj.' });
    assert.equal(alarms(these, 'count-mismatch').length, 1);
  });

  it('among several leftover number words, pairs the one at the same place in the sentence', () => {
    const docs = versions({
      nl: 'Zes mensen werden op 30 mei in Guiyang gearresteerd, en de stad viel daarna in twee groepen uiteen.',
      id: 'Sepuluh orang ditangkap di Guiyang pada 30 Mei, dan kota itu kemudian terpecah.',
    });
    assert.deepEqual(alarms(docs, 'count-mismatch').map((f) => f.evidence.map((e) => e.text).sort()), [['Sepuluh', 'Zes']]);
  });

  it('a figure changed beside its own conversion is compared with the figure in its unit', () => {
    const docs = versions({
      nl: 'De storm bleef binnen 208 mijl (322 km) van Guiyang op 30 mei.',
      id: 'Badai itu tetap dalam 200 mil dari Guiyang pada 30 Mei.',
      ar: 'بقيت العاصفة ضمن 200 ميل من غوييانغ في 30 مايو.',
    });
    assert.deepEqual(langOfFirst(docs, 'count-mismatch'), ['nl']);
    const rounded = versions({ nl: 'De storm bleef binnen 200 mijl (322 km) van Guiyang op 30 mei.', sv: 'Stormen höll sig inom 320 km från Guiyang den 30 maj.' });
    assert.deepEqual(alarms(rounded, 'count-mismatch'), []);
  });
});

describe('equal values converted stay quiet', () => {
  it('a difference of temperatures in Fahrenheit and in Celsius degrees', () => {
    assert.deepEqual(alarms(versions({ id: 'Suhu di Guiyang sekitar 10 derajat di atas rata-rata pada 30 Mei.', sv: 'Det är runt fem grader över genomsnittet i Guiyang den 30 maj.' }), 'count-mismatch'), []);
    assert.equal(alarms(versions({ id: 'Suhu di Guiyang sekitar 10 derajat di atas rata-rata pada 30 Mei.', sv: 'Det är runt femton grader över genomsnittet i Guiyang den 30 maj.' }), 'count-mismatch').length, 1);
  });

  it('yards in Arabic against metres', () => {
    assert.deepEqual(alarms(versions({ ar: 'تلقى يوان تمريرة من على بعد 30 ياردة في غوييانغ في 30 مايو.', nl: 'Yuan kreeg een pass op 27 meter in Guiyang op 30 mei.' }), 'count-mismatch'), []);
  });
});
