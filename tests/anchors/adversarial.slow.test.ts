// Adversarial input: every scanner must stay linear. Each family runs on about 1 MB of text; the time
// bound is generous (a quadratic path would take hours on 1 MB), so the test does not flake on a busy machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const megabyte = 1 << 20;
const repeat = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);

const families: Array<[name: string, lang: string, text: string]> = [
  ['one digit run of 1 MB', 'nl', repeat('9')],
  ['dotted digits 1.2.3.4…', 'nl', repeat('1.2.')],
  ['grouped thousands 1 435 435…', 'uk', `1${repeat(' 435')}`],
  ['Arabic grouped thousands ١٬٤٣٥٬…', 'ar', `١${repeat('٬٤٣٥')}`],
  ['dashed digits 1-2-3…', 'sv', repeat('1-2-')],
  ['phone-like groups +1 2 3…', 'en', `+1${repeat(' 23')}`],
  ['letters glued to digits a1a1…', 'id', repeat('a1')],
  ['COVID-19 codes without spaces', 'nl', repeat('COVID-19-')],
  ['capitalised words', 'nl', repeat('Quang Ninh Aa ')],
  ['Cyrillic names and endings', 'uk', repeat('Куангніня Хазянгом ')],
  ['Arabic name candidates', 'ar', repeat('كوانغ نينه وقوانغشي ')],
  ['number words', 'uk', repeat('двадцять п\'ять тисяч ')],
  ['month names and days', 'sv', repeat('19–21 februari ')],
  ['approximation words', 'nl', repeat('meer dan bijna ')],
  ['hyphens and dashes', 'nl', repeat('- – — ')],
  ['apostrophes inside words', 'uk', repeat("В'єтнаму'")],
  ['URL-like text', 'en', repeat('http://a.b/1.2.3?')],
];

for (const [name, lang, text] of families) {
  test(`extraction is linear on 1 MB of ${name}`, () => {
    const started = performance.now();
    const anchors = extractAnchors(text, { lang, knownNames: ['Vu Dai Thang', 'Tran Cuong'] });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(seconds < 30, `${name}: ${seconds.toFixed(1)} s`);
    for (const anchor of anchors.slice(0, 50)) assert.equal(text.slice(anchor.start, anchor.end), anchor.text);
  });
}

test('a 400-digit number, 1.2.3.4, versions, codes, URLs and phone numbers are not counts', () => {
  const text = `Getal ${'7'.repeat(400)}, adres 1.2.3.4, versie v1.2.3, COVID-19, Su-30MK2, QNR2, https://x.nl/12, bel +31 6 1234 5678.`;
  assert.deepEqual(extractAnchors(text, { lang: 'nl' }).filter((a) => a.type === 'number'), []);
});
