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
