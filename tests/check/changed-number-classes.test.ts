// Changed numbers the count pairing used to explain away (issue #17): an enumerating ordinal word
// ("first", "second") standing for a figure in digits of the other version, a number word against digits
// with one unit of measure after both or a scale word in both, and a changed number beside an
// unchanged one of the same value that counts another unit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { type FramedLang, framedVersions as versions } from './framed.js';

const alarms = (middle: Partial<Record<FramedLang, string>>) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch');

describe('changed numbers beside enumerating ordinal words', () => {
  it('reads a score against "after the first half", not the score\'s 1 as that "first"', () => {
    const nl = 'Het team van Yuan stond bij de rust met 1-0 voor.';
    assert.deepEqual(alarms({ uk: 'Команда Юаня вела з рахунком 1-0 після першого тайму.', nl }), []);
    const changed = alarms({ uk: 'Команда Юаня вела з рахунком 3-0 після першого тайму.', nl });
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.evidence.map((e) => e.text).sort(), ['1', '3']);
  });

  it('pairs a Swedish "första" with no figure in digits, but an ordinal word with a number word', () => {
    const nl = 'Het team van Yuan stond bij de rust met 1-0 voor.';
    assert.deepEqual(alarms({ sv: 'Yuans lag ledde med 1-0 efter första halvleken.', nl }), []);
    assert.equal(alarms({ sv: 'Yuans lag ledde med 7-0 efter första halvleken.', nl }).length, 1);
    // "In second place after two" for "two down after two": the word "second" stands for the word "two".
    const ar = 'تعادل يوان عندما كان في المركز الثاني بعد اثنين.';
    assert.deepEqual(alarms({ ar, id: 'Yuan menyamakan kedudukan saat dia kalah dua lawan dua.' }), []);
  });
});

describe('an Indonesian ke- word before an auxiliary verb', () => {
  it('reads "yang kedua akan dibuka" as the second, so "dua" is left for the count', () => {
    const id = 'Yuan membuka toko di dua kota: yang pertama sudah dibuka di Bandung, dan yang kedua akan dibuka di Medan.';
    const ordinals = extractAnchors(id, { lang: 'id' }).filter((a) => a.type === 'ordinal').map((a) => a.text);
    assert.deepEqual(ordinals, ['pertama', 'kedua']);
    assert.deepEqual(alarms({ uk: 'Юань відкрив магазини у двох містах: перший уже відкрито в Бандунзі, другий відкриють у Медані.', id }), []);
    assert.equal(alarms({ uk: 'Юань відкрив магазини у дванадцятьох містах: перший уже відкрито в Бандунзі, другий відкриють у Медані.', id }).length, 1);
  });
});

describe('number words against digits', () => {
  it('compares a number word and digits with one unit of measure after both', () => {
    const sv = 'Yuans hatt har ett brätte på 60 cm.';
    assert.deepEqual(alarms({ uk: 'Капелюх Юаня має поля шириною шістдесят сантиметрів.', sv }), []);
    assert.equal(alarms({ uk: 'Капелюх Юаня має поля шириною вісьмох сантиметрів.', sv }).length, 1);
    assert.equal(alarms({ uk: 'Капелюх Юаня має поля шириною сімдесят сантиметрів.', sv }).length, 1);
  });

  it('compares a number in words with a scale word against digits with another scale word', () => {
    const nl = 'Het contract van Yuan is wel anderhalf miljoen pond waard.';
    assert.deepEqual(alarms({ nl, sv: 'Yuans avtal är värt upp till £1,5 miljon.' }), []);
    assert.equal(alarms({ nl, sv: 'Yuans avtal är värt upp till £1,5 miljard.' }).length, 1);
  });
});

describe('one figure before two scale words', () => {
  it('pairs "20 miljoen" with "20 miljarder" beside another leftover number', () => {
    const nl = 'Meer dan 20 miljoen mensen zagen Yuan in de jaren tachtig.';
    assert.deepEqual(alarms({ nl, sv: 'Över 20 miljoner såg Yuan på 1980-talet.' }), []);
    assert.equal(alarms({ nl, sv: 'Över 20 miljarder såg Yuan på 1980-talet.' }).length, 1);
  });
});

describe('a changed number beside an unchanged one of the same value', () => {
  const nl = 'Yuan zei: "Of het nu twee jaar, drie jaar of vijf maanden duurt, maakt niet uit."';
  const sv = 'Yuan sa: "Om det tar två år, tre år eller fem månader spelar ingen roll."';

  it('pairs equal values by the unit after them first', () => {
    assert.deepEqual(alarms({ nl, id: 'Yuan berkata: "Entah perlu dua tahun, tiga tahun atau lima bulan, tidak masalah."' }), []);
    const changed = alarms({ nl, id: 'Yuan berkata: "Entah perlu lima tahun, tiga tahun atau lima bulan, tidak masalah."' });
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.evidence.map((e) => e.text).sort(), ['lima', 'twee']);
  });

  it('lets no count of another unit vote for the changed value', () => {
    const changed = alarms({ nl, sv, id: 'Yuan berkata: "Entah perlu lima tahun, tiga tahun atau lima bulan, tidak masalah."' });
    assert.equal(changed.length, 1);
    assert.match(changed[0]!.message, /^id gives 5 where/);
  });
});

describe('a rank one version writes as an ordinal and another as a cardinal', () => {
  it('compares "de 89ste minuut" and "80-й хвилині" with "menit ke 89"', () => {
    const id = 'Yuan mencetak gol pada menit ke 89 di Guiyang.';
    assert.deepEqual(alarms({ nl: 'Yuan scoorde in de 89ste minuut in Guiyang.', id }), []);
    assert.equal(alarms({ nl: 'Yuan scoorde in de 80ste minuut in Guiyang.', id }).length, 1);
    assert.equal(alarms({ uk: 'Юань забив гол на 80-й хвилині в Гуйяні.', id }).length, 1);
  });

  it('lets ranks written as ordinals vote for the cardinal of their value', () => {
    const found = alarms({
      nl: 'Yuan scoorde in de 89ste minuut in Guiyang.',
      uk: 'Юань забив гол на 89-й хвилині в Гуйяні.',
      id: 'Yuan mencetak gol pada menit ke 87 di Guiyang.',
    });
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^id gives 87 where/);
  });

  it('leaves a rank and a count that do not look alike to each other', () => {
    assert.deepEqual(alarms({ nl: 'Yuan scoorde in de 89ste minuut in Guiyang.', id: 'Yuan mencetak 3 gol di Guiyang.' }), []);
  });
});

describe('durations in different units', () => {
  it('takes durations that convert for one value, and those that do not for a disagreement', () => {
    // Two weeks written as fifteen days is one duration; six days against five weeks is none.
    assert.deepEqual(alarms({ nl: 'Yuan was twee weken weg.', uk: 'Юаня не було п\'ятнадцять днів.' }), []);
    const uk = 'Юань повернеться через п\'ять тижнів.';
    assert.deepEqual(alarms({ uk, nl: 'Yuan komt over vijf dagen terug.' }), []);
    assert.equal(alarms({ uk, nl: 'Yuan komt over zes dagen terug.' }).length, 1);
    assert.equal(alarms({ uk: 'Юань повернеться через десять тижнів.', nl: 'Yuan komt over vijf dagen terug.' }).length, 1);
  });
});

describe('a count changed to a value the other version states elsewhere in the sentence', () => {
  const nl = 'Zes mensen werden zaterdag in Barcelona gearresteerd, terwijl duizenden deelnamen aan demonstraties over de stemming die de regio in twee groepen deed uiteenvallen.';

  it('pairs the count in its place, not the equal one at the other end of the sentence', () => {
    const sv = (count: string) => `${count} personer greps i Barcelona i lördags medan tusentals deltog i demonstrationer om omröstningen.`;
    assert.deepEqual(alarms({ nl, sv: sv('Sex') }), []);
    const changed = alarms({ nl, sv: sv('Två') });
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.evidence.map((e) => e.text).sort(), ['Två', 'Zes']);
  });

  it('leaves a count of another size where the sentence stands, read as another fact (a decade in words)', () => {
    // "in de jaren tachtig" (the eighties) at the end, where Indonesian writes the six networks; "zes" moved.
    const nlDecade = 'Meer dan 20 miljoen mensen keken op een van de zes netwerken naar Yuan, die werd beschuldigd van iets uit de jaren tachtig.';
    const id = 'Lebih dari 20 juta orang menyaksikan Yuan, yang dituduh melakukan sesuatu pada tahun 1980-an, di enam jaringan.';
    assert.deepEqual(alarms({ nl: nlDecade, id }), []);
  });
});

describe('a count changed to the value of its neighbour', () => {
  it('reads "six and now six" against "six … now four" as six for four, whichever six it is', () => {
    // The Swedish writes the six inside a compound (`sexpoängsledning`), so only its four is a count.
    const sv = '"De hade en sexpoängsledning och nu är det fyra, så vi bär det som ett litet momentum gissar jag" sa Yuan när han avslutat för dagen.';
    const id = (now: string) => `"Sebelumnya, mereka unggul enam poin dan sekarang ${now}, jadi saya rasa kami menganggapnya sebagai sedikit momentum," ujar Yuan sambil berlalu hari itu.`;
    assert.deepEqual(alarms({ sv, id: id('empat') }), []);
    const changed = alarms({ sv, id: id('enam') });
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.evidence.map((e) => e.text).sort(), ['enam', 'fyra']);
  });
});

describe('a bound on one side of a translation, one unit of measure after both', () => {
  it('reads "up to two metres" against "6 m high" as a changed figure, "about 30 metres" against "27 metres" as a conversion', () => {
    const nl = 'De aardbeving veroorzaakte golven van 6 m hoog, zei Yuan.';
    assert.deepEqual(alarms({ nl, sv: 'Jordbävningen utlöste vågor på upp till sex meter, sa Yuan.' }), []);
    const changed = alarms({ nl, sv: 'Jordbävningen utlöste vågor på upp till två meter, sa Yuan.' });
    assert.equal(changed.length, 1);
    assert.deepEqual(changed[0]!.evidence.map((e) => e.text).sort(), ['6', 'två']);
    // "About 30 yards" converted by one translator, kept by another: a hedge, so at most info.
    assert.deepEqual(alarms({ nl: 'Yuan stond op ongeveer 30 meter van het doel.', sv: 'Yuan stod 27 meter från målet.' }), []);
  });
});
