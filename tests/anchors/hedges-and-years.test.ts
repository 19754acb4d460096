// Approximations the way news writes them in each language (a preposition between the approximation and
// the number, an approximation after the counted noun), and a year in parentheses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/anchors/index.js';

const relationOf = (text: string, lang: string) => {
  const number = extractAnchors(text, { lang }).find((a) => a.type === 'number');
  return number?.type === 'number' ? `${number.numeric} ${number.relation}` : undefined;
};

test('an approximation bounds its number across a preposition (Ukrainian, Russian)', () => {
  assert.equal(relationOf('Більше ніж через три місяці після саміту', 'uk'), '3 more-than');
  assert.equal(relationOf('дістатися зможе мінімум через три дні', 'uk'), '3 at-least');
  assert.equal(relationOf('более чем через три месяца после саммита', 'ru'), '3 more-than');
  // A preposition alone makes no approximation.
  assert.equal(relationOf('через три місяці після саміту', 'uk'), '3 exact');
});

test('an approximation after the counted noun bounds the number (Arabic)', () => {
  assert.equal(relationOf('سيستغرق هذا ثلاثة أيام على الأقل للوصول', 'ar'), '3 at-least');
  assert.equal(relationOf('قتل 30 شخصا على الأقل', 'ar'), '30 at-least');
  assert.equal(relationOf('أعلى 10 درجات تقريبًا من المعتاد', 'ar'), '10 approximately');
  assert.equal(relationOf('سيستغرق هذا ثلاثة أيام للوصول', 'ar'), '3 exact');
});

test('Dutch writes "ten minste" as one word too', () => {
  assert.equal(relationOf('het zal tenminste drie dagen duren', 'nl'), '3 at-least');
});

test('four digits in parentheses are a year unless a phone number goes on after them', () => {
  const years = extractAnchors('Katrina (1967) was een orkaan binnen 40 mijl.', { lang: 'nl' }).filter((a) => a.type === 'date');
  assert.deepEqual(years.map((a) => a.value), ['1967']);
  assert.deepEqual(extractAnchors('Bel (0240) 3825 1234 voor meer.', { lang: 'nl' }).filter((a) => a.type === 'number' || a.type === 'date'), []);
  assert.deepEqual(extractAnchors('Bel (1234) 567 890 voor meer.', { lang: 'nl' }).filter((a) => a.type === 'number' || a.type === 'date'), []);
});

test('a decimal point written the English way before a scale word or percent, in a decimal-comma language', () => {
  const number = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
  assert.deepEqual(number('ABC menduduki posisi kedua dengan 3.26 juta pemirsa.', 'id'), ['3260000']);
  assert.deepEqual(number('ринок косметики вартістю 2.8 млрд фунтів', 'uk'), ['2800000000']);
  assert.deepEqual(number('naik 4.5% tahun ini', 'id'), ['4.5%']);
  // Three digits after the dot group thousands, as before.
  assert.deepEqual(number('Er kwamen 1.435 mensen.', 'nl'), ['1435']);
});

test('a decimal point written the English way where no day and month can stand, in a decimal-comma language', () => {
  const number = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
  // A sports figure kept as the source writes it: after the dot a figure no month can be.
  assert.deepEqual(number('Hij staat op een ERA van 2.53 dit seizoen.', 'nl'), ['2.53']);
  assert.deepEqual(number('Er hat eine ERA von 2.53 in dieser Saison.', 'de'), ['2.53']);
  // Or before the dot a figure no day can be.
  assert.deepEqual(number('Het werd 45.2 graden.', 'nl'), ['45.2']);
  // `2.5` and `2.12` may be the 2nd of May and of December: no figure is read from them.
  assert.deepEqual(number('Ze vertrekken op 2.5 naar huis.', 'nl'), []);
  assert.deepEqual(number('Ze vertrekken op 2.12 naar huis.', 'nl'), []);
});

test('percentage points are a percentage', () => {
  const number = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
  assert.deepEqual(number('hij won met meer dan 40 procentpunten', 'nl'), ['40%']);
  assert.deepEqual(number('han vann med mer än 40 procentenheter', 'sv'), ['40%']);
  assert.deepEqual(number('dengan lebih dari 40 poin persentase', 'id'), ['40%']);
});

test('a decade written with the language ending is the year that starts it, not a code', () => {
  const dates = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => a.value);
  assert.deepEqual(dates('Громада виїхала звідси в 1930-х роках.', 'uk'), ['1930']);
  assert.deepEqual(dates('Jemaat itu berpindah pada tahun 1930-an.', 'id'), ['1930']);
  assert.deepEqual(dates('Община уехала в 1930-х годах.', 'ru'), ['1930']);
  // Other endings after a year still make a code.
  assert.deepEqual(dates('Model 1930-xz dijual.', 'id'), []);
});

test('a decade written with its last two digits is the 1900s decade, after a decade word or with the ending', () => {
  const dates = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => a.value);
  const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
  assert.deepEqual(dates('Agressée dans les années 80, elle a témoigné.', 'fr'), ['1980']);
  assert.deepEqual(dates('De band was populair in de jaren 80.', 'nl'), ['1980']);
  assert.deepEqual(dates('Гурт був популярним у 80-х роках.', 'uk'), ['1980']);
  assert.deepEqual(dates('Группа была популярна в 80-х годах.', 'ru'), ['1980']);
  assert.deepEqual(dates('Band itu populer pada tahun 80-an.', 'id'), ['1980']);
  // Not a count beside the word, nor a decimal, nor the twenties (1920s or 2020s).
  assert.deepEqual(numbers('Il avait 80 ans.', 'fr'), ['80']);
  assert.deepEqual(dates('Dans les années 80,5 pour cent.', 'fr'), []);
  assert.deepEqual(dates('Dans les années 20.', 'fr'), []);
});

test('"exceeds", "above" bound the number after them', () => {
  assert.equal(relationOf('Кількість загиблих від цунамі перевищує 800.', 'uk'), '800 more-than');
  assert.equal(relationOf('Antalet döda överstiger 800.', 'sv'), '800 more-than');
  assert.equal(relationOf('Dodentol van tsunami stijgt boven 800.', 'nl'), '800 more-than');
  assert.equal(relationOf('Korban Tsunami meningkat di atas 800.', 'id'), '800 more-than');
});

test('an Arabic month after "and in" or before "last"/"next" is a month on its own', () => {
  const months = (text: string) => extractAnchors(text, { lang: 'ar' }).filter((a) => a.type === 'date').map((a) => a.value);
  assert.deepEqual(months('وفي يونيو الماضي عقدت القمة'), ['--06']);
  assert.deepEqual(months('بعد قمة حزيران الماضي في سنغافورة'), ['--06']);
  // "مارس" is also the verb "practised": alone it stays no date.
  assert.deepEqual(months('وقد مارس في بلده الطب'), []);
});
