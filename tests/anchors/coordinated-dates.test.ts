// Coordinated day lists: in `am 6. und 7. Juli 1956` every day is a date, not only the last one, so a
// version that writes the days apart (`le 6 juillet 1956 … le 7`) agrees on both dates.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractAnchors } from '../../src/index.js';

/** Every anchor as [type, value, start, end, text]. */
function anchors(text: string, lang: string): Array<[string, string, number, number, string]> {
  return extractAnchors(text, { lang }).map((a) => [a.type, a.value, a.start, a.end, a.text]);
}

describe('every day of a coordinated list is a date', () => {
  const cases: Array<[lang: string, text: string, expected: Array<[string, string, number, number, string]>]> = [
    ['de', 'am 6. und 7. Juli 1956', [['date', '1956-07-06', 3, 5, '6.'], ['date', '1956-07-07', 10, 22, '7. Juli 1956']]],
    ['de', 'am 15. und 25. Mai', [['date', '--05-15', 3, 6, '15.'], ['date', '--05-25', 11, 18, '25. Mai']]],
    ['fr', 'les 15 et 25 mai', [['date', '--05-15', 4, 6, '15'], ['date', '--05-25', 10, 16, '25 mai']]],
    ['nl', 'op 15 en 16 april 2025', [['date', '2025-04-15', 3, 5, '15'], ['date', '2025-04-16', 9, 22, '16 april 2025']]],
    ['sv', 'den 15 och 16 april 2025', [['date', '2025-04-15', 4, 6, '15'], ['date', '2025-04-16', 11, 24, '16 april 2025']]],
    ['id', 'pada 15 dan 16 April 2025', [['date', '2025-04-15', 5, 7, '15'], ['date', '2025-04-16', 12, 25, '16 April 2025']]],
    ['uk', '15 і 16 квітня 2025 року', [['date', '2025-04-15', 0, 2, '15'], ['date', '2025-04-16', 5, 24, '16 квітня 2025 року']]],
    ['uk', 'у 15 та 16 квітня', [['date', '--04-15', 2, 4, '15'], ['date', '--04-16', 8, 17, '16 квітня']]],
    ['en', 'on 15 and 16 April 2025', [['date', '2025-04-15', 3, 5, '15'], ['date', '2025-04-16', 10, 23, '16 April 2025']]],
    // Arabic `و` glued to the next number: the day's span leaves the conjunction out.
    ['ar', '15 و16 أبريل 2025', [['date', '2025-04-15', 0, 2, '15'], ['date', '2025-04-16', 4, 17, '16 أبريل 2025']]],
    ['ar', '١٥ و١٦ أبريل ٢٠٢٥', [['date', '2025-04-15', 0, 2, '١٥'], ['date', '2025-04-16', 4, 17, '١٦ أبريل ٢٠٢٥']]],
    ['ar', 'في 15 و 16 أبريل 2025', [['date', '2025-04-15', 3, 5, '15'], ['date', '2025-04-16', 8, 21, '16 أبريل 2025']]],
  ];
  for (const [lang, text, expected] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.deepEqual(anchors(text, lang), expected);
    });
  }

  test('offsets are into the document when given a sentence object', () => {
    const found = extractAnchors({ text: 'am 6. und 7. Juli 1956', start: 100 }, { lang: 'de' });
    assert.deepEqual(found.map((a) => [a.value, a.start, a.end]), [['1956-07-06', 103, 105], ['1956-07-07', 110, 122]]);
  });

  test('an earlier day carries day, month and year like the final date', () => {
    const [first] = extractAnchors('am 6. und 7. Juli 1956', { lang: 'de' });
    assert.equal(first?.type, 'date');
    if (first?.type !== 'date') return;
    assert.deepEqual([first.day, first.month, first.year, first.endDay], [6, 7, 1956, undefined]);
  });

  test('"am 6. und 7. Juli 1956" states the date "le 6 juillet 1956" states', () => {
    const german = extractAnchors('Sie erreichten den Gipfel am 6. und 7. Juli 1956.', { lang: 'de' }).map((a) => a.value);
    const french = extractAnchors('Ils atteignirent le sommet le 6 juillet 1956.', { lang: 'fr' }).map((a) => a.value);
    assert.ok(german.includes(french[0]!), `${german} / ${french}`);
  });
});

describe('a list may say the word before a day again', () => {
  const cases: Array<[lang: string, text: string, values: string[]]> = [
    ['sv', 'den 6 och den 7 juli 2025', ['2025-07-06', '2025-07-07']],
    ['fr', 'le 6 et le 7 juillet 1956', ['1956-07-06', '1956-07-07']],
    ['de', 'am 6. und am 7. Juli 1956', ['1956-07-06', '1956-07-07']],
    ['nl', 'op 6 en op 7 juli 2025', ['2025-07-06', '2025-07-07']],
    ['id', 'tanggal 6 dan tanggal 7 Juli 2025', ['2025-07-06', '2025-07-07']],
    ['ar', 'في 6 و في 7 يوليو 2025', ['2025-07-06', '2025-07-07']],
    // The coordinator glued to the day word.
    ['ar', 'في 6 وفي 7 يوليو 2025', ['2025-07-06', '2025-07-07']],
  ];
  for (const [lang, text, values] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.deepEqual(anchors(text, lang).map((a) => [a[0], a[1]]), values.map((value) => ['date', value]));
    });
  }

  test('only after a coordinator, and only a word that stands before days', () => {
    assert.deepEqual(anchors('3 Kinder und den 7. Juli', 'de').map((a) => [a[0], a[1]]), [['number', '3'], ['date', '--07-07']]);
    assert.deepEqual(anchors('den 6 och sedan 7 juli', 'sv').map((a) => [a[0], a[1]]), [['number', '6'], ['date', '--07-07']]);
  });
});

describe('"or" and comma lists', () => {
  const cases: Array<[lang: string, text: string, values: string[]]> = [
    ['de', 'am 6. oder 7. Juli', ['--07-06', '--07-07']],
    ['fr', 'le 6 ou 7 juillet', ['--07-06', '--07-07']],
    ['nl', '15 of 16 april', ['--04-15', '--04-16']],
    ['sv', '15 eller 16 april', ['--04-15', '--04-16']],
    ['id', '15 atau 16 April', ['--04-15', '--04-16']],
    ['uk', '15 або 16 квітня', ['--04-15', '--04-16']],
    ['uk', '15 чи 16 квітня', ['--04-15', '--04-16']],
    ['ar', '15 أو 16 أبريل', ['--04-15', '--04-16']],
    ['en', '15 or 16 April', ['--04-15', '--04-16']],
    ['de', 'am 3., 4. und 5. Juni', ['--06-03', '--06-04', '--06-05']],
    ['nl', '3, 4 en 5 juni', ['--06-03', '--06-04', '--06-05']],
    ['sv', '3, 4 och 5 juni 2024', ['2024-06-03', '2024-06-04', '2024-06-05']],
    ['en', 'on 15, 16, and 17 April 2025', ['2025-04-15', '2025-04-16', '2025-04-17']],
    ['ar', '3، 4 و5 يونيو', ['--06-03', '--06-04', '--06-05']],
  ];
  for (const [lang, text, values] of cases) {
    test(`${lang}: ${text}`, () => {
      const found = extractAnchors(text, { lang });
      assert.deepEqual(found.map((a) => [a.type, a.value]), values.map((v) => ['date', v]));
    });
  }

  test('German list spans: each day with its dot', () => {
    assert.deepEqual(anchors('am 3., 4. und 5. Juni', 'de'), [
      ['date', '--06-03', 3, 5, '3.'],
      ['date', '--06-04', 7, 9, '4.'],
      ['date', '--06-05', 14, 21, '5. Juni'],
    ]);
  });
});

describe('numbers that are no day list stay numbers', () => {
  test('a count before a coordinator with no month after the list', () => {
    assert.deepEqual(anchors('3 und 4 Kinder', 'de'), [['number', '3', 0, 1, '3'], ['number', '4', 6, 7, '4']]);
    assert.deepEqual(anchors('zwischen 3 und 5 Tagen', 'de').map((a) => a[0]), ['number', 'number']);
  });

  test('32 is no day', () => {
    assert.deepEqual(anchors('32 und 5. Juli', 'de'), [['number', '32', 0, 2, '32'], ['date', '--07-05', 7, 14, '5. Juli']]);
    assert.deepEqual(anchors('0 und 5. Juli', 'de')[0]?.slice(0, 2), ['number', '0']);
  });

  test('a decimal or a grouped number is no day', () => {
    assert.deepEqual(anchors('2,5 und 7. Juli', 'de'), [['number', '2.5', 0, 3, '2,5'], ['date', '--07-07', 8, 15, '7. Juli']]);
    assert.deepEqual(anchors('1.000 en 5 juni', 'nl'), [['number', '1000', 0, 5, '1.000'], ['date', '--06-05', 9, 15, '5 juni']]);
  });

  test('numbers joined by other words than coordinators', () => {
    assert.deepEqual(anchors('3 mit 4. Juli', 'de'), [['number', '3', 0, 1, '3'], ['date', '--07-04', 6, 13, '4. Juli']]);
    assert.deepEqual(anchors('le 6 ou plutôt le 7 juillet', 'fr').map((a) => a[0]), ['number', 'date']);
  });

  test('a coordinator of another language joins nothing', () => {
    assert.deepEqual(anchors('15 und 16 april', 'nl').map((a) => a[0]), ['number', 'date']);
  });

  test('a number glued to a word is no list day', () => {
    assert.deepEqual(anchors('3, 4x und 5. Juni', 'de').map((a) => a[0]), ['number', 'number', 'date']);
    assert.deepEqual(anchors('3, 4und 5. Juni', 'de').map((a) => a[0]), ['number', 'number', 'date']);
  });
});

describe('ranges keep their reading', () => {
  test('a day range is still one date with endDay', () => {
    assert.deepEqual(
      extractAnchors('19–21 februari 2025', { lang: 'nl' }).map((a) => (a.type === 'date' ? [a.value, a.day, a.endDay, a.start, a.end] : a.type)),
      [['2025-02-19/21', 19, 21, 0, 19]],
    );
  });

  test('a range in words, or with the German day dot, is one date range like the dashed one', () => {
    const cases: Array<[lang: string, text: string, value: string, span: string]> = [
      ['de', 'vom 6. bis 8. Juli', '--07-06/08', '6. bis 8. Juli'],
      ['de', 'am 6.–8. Juli 1956', '1956-07-06/08', '6.–8. Juli 1956'],
      ['fr', 'du 6 au 8 juillet', '--07-06/08', '6 au 8 juillet'],
      ['nl', 'van 19 tot 21 februari 2025', '2025-02-19/21', '19 tot 21 februari 2025'],
      ['sv', 'den 19 till 21 februari 2025', '2025-02-19/21', '19 till 21 februari 2025'],
      ['id', 'dari 19 hingga 21 Februari 2025', '2025-02-19/21', '19 hingga 21 Februari 2025'],
      ['uk', 'з 19 по 21 лютого 2025 року', '2025-02-19/21', '19 по 21 лютого 2025 року'],
      ['ar', 'من 19 إلى 21 فبراير 2025', '2025-02-19/21', '19 إلى 21 فبراير 2025'],
    ];
    for (const [lang, text, value, span] of cases) {
      // The span runs from the first day to the end of the date, as for `19–21 februari`.
      const start = text.indexOf(span);
      assert.deepEqual(anchors(text, lang), [['date', value, start, start + span.length, span]], `${lang}: ${text}`);
    }
  });

  test('range words between numbers with no month after them, or counting down, make no date range', () => {
    assert.deepEqual(anchors('5 bis 10 Kinder', 'de').map((a) => [a[0], a[1]]), [['number', '5'], ['number', '10']]);
    assert.deepEqual(anchors('21 bis 19 Juli', 'de').map((a) => [a[0], a[1]]), [['number', '21'], ['date', '--07-19']]);
    assert.deepEqual(anchors('van 6 tot 8 mensen', 'nl').map((a) => a[0]), ['number', 'number']);
  });

  test('month ranges and dashed months take the year that ends them', () => {
    assert.deepEqual(anchors('von Mai bis Oktober 1956', 'de').map((a) => a[1]), ['1956-05', '1956-10']);
    assert.deepEqual(anchors('de mai à octobre 1956', 'fr').map((a) => a[1]), ['1956-05', '1956-10']);
    assert.deepEqual(anchors('Mai–Oktober 1956', 'de').map((a) => a[1]), ['1956-05', '1956-10']);
    assert.deepEqual(anchors('з травня по жовтень 2025 року', 'uk').map((a) => a[1]), ['2025-05', '2025-10']);
  });

  test('a list day before a range does not join it', () => {
    assert.deepEqual(anchors('3 en 19–21 februari', 'nl').map((a) => [a[0], a[1]]), [['number', '3'], ['date', '--02-19/21']]);
  });
});

describe('Arabic "and" glued to a number', () => {
  test('و before a year or a count no longer hides the number', () => {
    assert.deepEqual(anchors('في عامي 2024 و2025', 'ar'), [['date', '2024', 8, 12, '2024'], ['date', '2025', 14, 18, '2025']]);
    assert.deepEqual(anchors('و3 وثائق', 'ar'), [['number', '3', 1, 2, '3']]);
  });

  test('other letters glued to digits still make a code', () => {
    assert.deepEqual(anchors('ب16 أبريل', 'ar'), []);
    assert.deepEqual(anchors('15 ب16 أبريل', 'ar'), [['number', '15', 0, 2, '15']]);
  });
});

describe('every month of a coordinated list takes the year that ends it', () => {
  const cases: Array<[lang: string, text: string, expected: Array<[string, string, number, number, string]>]> = [
    ['de', 'im Mai und Juni 1956', [['date', '1956-05', 3, 6, 'Mai'], ['date', '1956-06', 11, 20, 'Juni 1956']]],
    ['fr', 'en mai et juin 1956', [['date', '1956-05', 3, 6, 'mai'], ['date', '1956-06', 10, 19, 'juin 1956']]],
    ['nl', 'in april, mei en juni 2025', [['date', '2025-04', 3, 8, 'april'], ['date', '2025-05', 10, 13, 'mei'], ['date', '2025-06', 17, 26, 'juni 2025']]],
    ['sv', 'i maj och juni 2025', [['date', '2025-05', 2, 5, 'maj'], ['date', '2025-06', 10, 19, 'juni 2025']]],
    ['id', 'pada Mei atau Juni 2025', [['date', '2025-05', 5, 8, 'Mei'], ['date', '2025-06', 14, 23, 'Juni 2025']]],
    ['uk', 'у травні та червні 2025 року', [['date', '2025-05', 2, 8, 'травні'], ['date', '2025-06', 12, 28, 'червні 2025 року']]],
    // A month alone is no date in Arabic script (the words have other meanings); in a dated list it is.
    ['ar', 'خلال مايو ويونيو 2025', [['date', '2025-05', 5, 9, 'مايو'], ['date', '2025-06', 10, 21, 'ويونيو 2025']]],
  ];
  for (const [lang, text, expected] of cases) {
    test(`${lang}: ${text}`, () => {
      assert.deepEqual(anchors(text, lang), expected);
    });
  }

  test('a list with no year, or with a day before its last month, gives the other months no year', () => {
    assert.deepEqual(anchors('im Mai und Juni', 'de').map((a) => a[1]), ['--05', '--06']);
    assert.deepEqual(anchors('im Mai und am 3. Juni 1956', 'de').map((a) => a[1]), ['--05', '1956-06-03']);
    assert.deepEqual(anchors('im Mai kamen 1956 neue', 'de').map((a) => a[1]), ['--05', '1956']);
    assert.deepEqual(anchors('مايو', 'ar'), []);
  });
});
