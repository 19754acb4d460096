// Three classes of language behaviour read from the language data: clock times told by the half hour
// (`om half tien` is 9:30), fractions (`twee derde` is 2/3, no ordinal), and places named "new" after a
// country (`New Mexico` is no Mexico). Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const read = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type !== 'entity').map((a) => `${a.type} ${a.text} ${a.value}`);

describe('half-hour clock times', () => {
  it('reads the half before an hour word, in a time context, as half an hour before that hour', () => {
    assert.deepEqual(read('De raad vergadert om half tien.', 'nl'), ['number half tien 9:30']);
    assert.deepEqual(read('De bus vertrekt half acht uur.', 'nl'), ['number half acht 7:30']);
    assert.deepEqual(read('Tåget går klockan halv tio.', 'sv'), ['number halv tio 9:30']);
    assert.deepEqual(read('Der Zug fährt um halb zehn ab.', 'de'), ['number halb zehn 9:30']);
    assert.deepEqual(read('Поезд уходит в половине десятого утра.', 'ru'), ['number половине десятого 9:30']);
    assert.deepEqual(read('Потяг вирушає о пів на десяту.', 'uk'), ['number пів на десяту 9:30']);
    assert.deepEqual(read('Потяг вирушає о половині десятої.', 'uk'), ['number половині десятої 9:30']);
    assert.deepEqual(read('The train leaves at half past nine.', 'en'), ['number half past nine 9:30']);
  });

  it('puts half one at 12:30, and reads digits for the hour too', () => {
    assert.deepEqual(read('De les begint om half een.', 'nl'), ['number half een 12:30']);
    assert.deepEqual(read('De les begint om half 4.', 'nl'), ['number half 4 3:30']);
  });

  it('leaves a half that is no time alone: no clock context, or no hour after it', () => {
    assert.deepEqual(read('Hij at half tien koekjes niet op.', 'nl'), ['number tien 10']);
    assert.deepEqual(read('Hon köpte en halv limpa och tio bullar.', 'sv'), ['number tio 10']);
    assert.deepEqual(read('Половина десятого класса уехала.', 'ru'), ['ordinal десятого 10.']);
  });
});

describe('fractions', () => {
  it('reads a numerator and a fraction noun or ordinal as n/d, not as an ordinal or a count', () => {
    assert.deepEqual(read('Twee derde van de leden stemde voor.', 'nl'), ['number Twee derde 2/3']);
    assert.deepEqual(read('Een derde van de leden stemde tegen.', 'nl'), ['number Een derde 1/3']);
    assert.deepEqual(read('Een kwart van de leden stemde tegen.', 'nl'), ['number Een kwart 1/4']);
    assert.deepEqual(read('Drie kwart van de huizen brandde af.', 'nl'), ['number Drie kwart 3/4']);
    // A quarter with no number before it tells the time.
    assert.deepEqual(read('Om kwart over drie begon het.', 'nl'), ['number drie 3']);
    assert.deepEqual(read('Två tredjedelar av ledamöterna röstade ja.', 'sv'), ['number Två tredjedelar 2/3']);
    assert.deepEqual(read('Ein Drittel der Mitglieder stimmte dagegen.', 'de'), ['number Ein Drittel 1/3']);
    assert.deepEqual(read('Sepertiga anggota menolak, dua pertiga setuju.', 'id'), ['number Sepertiga 1/3', 'number dua pertiga 2/3']);
    assert.deepEqual(read('Дві треті депутатів підтримали, третина була проти.', 'uk'), ['number Дві треті 2/3', 'number третина 1/3']);
    assert.deepEqual(read('Одна третя депутатів утрималася.', 'uk'), ['number Одна третя 1/3']);
    assert.deepEqual(read('Две трети депутатов поддержали.', 'ru'), ['number Две трети 2/3']);
    assert.deepEqual(read('وافق ثلثا الأعضاء ورفض ثلث الأعضاء.', 'ar'), ['number ثلثا 2/3', 'number ثلث 1/3']);
    assert.deepEqual(read('Deux tiers des membres ont voté pour.', 'fr'), ['number Deux tiers 2/3']);
    assert.deepEqual(read('Two thirds of members agreed; a third of them did not.', 'en'), ['number Two thirds 2/3', 'number a third 1/3']);
    assert.deepEqual(read('A two-thirds majority is needed.', 'en'), ['number two-thirds 2/3']);
    assert.deepEqual(read('Dibutuhkan dua per tiga suara.', 'id'), ['number dua per tiga 2/3']);
  });

  it('keeps ordinals that are no fractions', () => {
    assert.deepEqual(read('Hij werd derde in de race.', 'nl'), ['ordinal derde 3.']);
    assert.deepEqual(read('Zij won een derde termijn.', 'nl'), ['ordinal derde 3.']);
    assert.deepEqual(read('She won a third term.', 'en'), ['ordinal third 3.']);
    assert.deepEqual(read('Він посів третє місце.', 'uk'), ['ordinal третє 3.']);
    // A bare `Viertel` is a district, `pays tiers` third countries.
    assert.deepEqual(read('Er wohnt im Viertel.', 'de'), []);
    assert.deepEqual(read('Les pays tiers protestent.', 'fr'), []);
  });

  it('reads a fraction noun beside an ordinal as a part of a sequence, no amount', () => {
    // "The first quarter" of a year: the ordinal is the fact, the quarter no 1/4.
    assert.deepEqual(read('وتؤكد أرقام الربع الأول من هذا العام النمو.', 'ar'), ['ordinal الأول 1.']);
    assert.deepEqual(read('У першій чверті року ціни зросли.', 'uk'), ['ordinal першій 1.']);
    assert.deepEqual(read('Чверть населення бідна.', 'uk'), ['number Чверть 1/4']);
  });
});

describe('Arabic duals of a temperature scale', () => {
  it('reads "two degrees Celsius" as one count of two: the scale agrees with the degrees', () => {
    assert.deepEqual(read('ارتفعت الحرارة درجتين مئويتين.', 'ar'), ['number درجتين 2']);
  });
});

describe('places named new after a country', () => {
  it('reads no country in New Mexico, Nieuw-Mexico, New Jersey, Нью-Джерсі', () => {
    for (const [text, lang] of [
      ['Zij woont in New Mexico en in Nieuw-Mexico.', 'nl'],
      ['She moved from New Jersey to New Mexico.', 'en'],
      ['Dia pindah ke New Mexico.', 'id'],
      ['Вона переїхала до Нью-Джерсі.', 'uk'],
      ['انتقلت إلى نيو جيرسي.', 'ar'],
    ] as const) {
      assert.deepEqual(extractAnchors(text, { lang }).filter((a) => a.type === 'country'), [], `${lang}: ${text}`);
    }
  });

  it('still reads countries whose own name starts with new, and the country alone', () => {
    const codes = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'country').map((a) => a.value);
    assert.deepEqual(codes('New Zealand and Papua New Guinea signed, and Mexico too.', 'en'), ['NZ', 'PG', 'MX']);
    assert.deepEqual(codes('Nieuw-Zeeland en Mexico tekenden.', 'nl'), ['NZ', 'MX']);
    assert.deepEqual(codes('Hon flyttade till Nya Zeeland.', 'sv'), ['NZ']);
    // Lowercase "new" is the adjective: `new Mexico policy` still names Mexico.
    assert.deepEqual(codes('The new Mexico policy was announced.', 'en'), ['MX']);
  });
});
