// The public API of the anchors stage: argument errors, offsets, keys, countries, the gazetteer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countryCode, createGazetteer, defaultGazetteer, digitValue, entityKey, extractAnchors, nameSimilarity } from '../../src/index.js';

test('extractAnchors rejects bad arguments with a TypeError naming them', () => {
  assert.throws(() => extractAnchors(42 as unknown as string, { lang: 'nl' }), { name: 'TypeError', message: /sentence/ });
  assert.throws(() => extractAnchors({ text: 'x', start: -1 }, { lang: 'nl' }), { name: 'TypeError', message: /sentence/ });
  assert.throws(() => extractAnchors('x', undefined as unknown as { lang: string }), { name: 'TypeError', message: /options/ });
  assert.throws(() => extractAnchors('x', { lang: '' }), { name: 'TypeError', message: /options\.lang/ });
  assert.throws(() => extractAnchors('x', { lang: 'nl', knownNames: 'Vu' as unknown as string[] }), { name: 'TypeError', message: /knownNames/ });
});

test('empty text has no anchors; an unknown language gets digits and capitalised names', () => {
  assert.deepEqual(extractAnchors('', { lang: 'nl' }), []);
  const anchors = extractAnchors('Il y a 12 jours, Keller a visité Hanoi.', { lang: 'xx' });
  assert.deepEqual(anchors.map((a) => [a.type, a.text]), [['number', '12'], ['entity', 'Keller'], ['entity', 'Hanoi']]);
});

test('offsets point into the document when given a sentence object', () => {
  const document = 'Eerste zin. Op 20 februari 2025 tekenden 29 provincies in Quang Ninh.';
  const start = document.indexOf('Op');
  const sentence = { text: document.slice(start), start };
  const anchors = extractAnchors(sentence, { lang: 'nl' });
  assert.ok(anchors.length === 3);
  for (const anchor of anchors) assert.equal(document.slice(anchor.start, anchor.end), anchor.text);
  assert.deepEqual(anchors.map((a) => a.value), ['2025-02-20', '29', 'KANIN']);
});

test('anchors are sorted by start and never overlap', () => {
  const text = 'Van 19–21 februari 2025 kwamen bijna 300 delegaties uit 5 provincies van Vietnam en China naar Ha Long.';
  const anchors = extractAnchors(text, { lang: 'nl' });
  for (let i = 1; i < anchors.length; i++) assert.ok(anchors[i - 1]!.end <= anchors[i]!.start);
});

test('entityKey: the same key for a name in Latin, Cyrillic and Arabic script', () => {
  const groups: Array<[string, string][]> = [
    [['Nguyen Xuan Thang', 'nl'], ['Нгуєн Суан Тханг', 'uk'], ['Нгуєн Сюань Тханг', 'uk'], ['نغوين شوان ثانغ', 'ar']],
    [['Quang Ninh', 'id'], ['Куангнінь', 'uk'], ['Куангніня', 'uk'], ['كوانغ نينه', 'ar'], ['كوانج نينه', 'ar']],
    [['Vu Dai Thang', 'sv'], ['Ву Дай Тханга', 'uk'], ['فو داي ثانغ', 'ar']],
    [['Ha Giang', 'id'], ['Хазянгом', 'uk'], ['ها جيانج', 'ar']],
  ];
  for (const group of groups) {
    const keys = new Set(group.map(([name, lang]) => entityKey(name, lang)));
    assert.equal(keys.size, 1, `${group.map(([n]) => n).join(' / ')} → ${[...keys].join(', ')}`);
  }
  // …and different keys for different names.
  assert.notEqual(entityKey('Tran Cuong', 'nl'), entityKey('Chen Gang', 'nl'));
  assert.notEqual(entityKey('Ha Long', 'nl'), entityKey('Hau A Len', 'nl'));
  assert.notEqual(entityKey('Quang Ninh', 'nl'), entityKey('Hanoi', 'nl'));
  assert.throws(() => entityKey(1 as unknown as string, 'nl'), { name: 'TypeError', message: /name/ });
});

test('nameSimilarity is 1 for equal keys, lower for closer-than-unrelated keys, 0 for empty', () => {
  const a = entityKey('Hoang Ba Nam', 'sv');
  assert.equal(nameSimilarity(a, a), 1);
  assert.equal(nameSimilarity('', a), 0);
  const near = nameSimilarity(entityKey('Ho Chi Minh', 'en'), entityKey('هو تشي منه', 'ar'));
  const far = nameSimilarity(entityKey('Ho Chi Minh', 'en'), entityKey('Fangchenggang', 'en'));
  assert.ok(near > 0.8 && near < 1, `near ${near}`);
  assert.ok(far < 0.5, `far ${far}`);
  assert.throws(() => nameSimilarity('A', null as unknown as string), { name: 'TypeError', message: /keyB/ });
});

test('countryCode takes an Arabic word with the article for a country only when the name has it', () => {
  assert.equal(countryCode('الصين', 'ar'), 'CN');
  assert.equal(countryCode('للصين', 'ar'), 'CN');
  assert.equal(countryCode('مالي', 'ar'), 'ML');
  assert.equal(countryCode('لمالي', 'ar'), 'ML');
  // "the financial", not Mali
  assert.equal(countryCode('المالي', 'ar'), undefined);
  assert.equal(countryCode('والمالي', 'ar'), undefined);
  // And a name that has the article is no country without it: `يونان` is Yunnan, `اليونان` Greece.
  assert.equal(countryCode('اليونان', 'ar'), 'GR');
  assert.equal(countryCode('لليونان', 'ar'), 'GR');
  assert.equal(countryCode('واليونان', 'ar'), 'GR');
  assert.equal(countryCode('يونان', 'ar'), undefined);
});

test('extractAnchors reads an Arabic country name of several words after every clitic, `ل` and the article written `لل`', () => {
  const countries = (text: string) => extractAnchors(text, { lang: 'ar' }).filter((a) => a.type === 'country').map((a) => [a.text, a.value]);
  assert.deepEqual(countries('للجزء الشرقي للولايات المتحدة'), [['للولايات المتحدة', 'US']]);
  assert.deepEqual(countries('وللمملكة المتحدة وبالولايات المتحدة'), [['وللمملكة المتحدة', 'GB'], ['وبالولايات المتحدة', 'US']]);
  assert.deepEqual(countries('فالولايات المتحدة'), [['فالولايات المتحدة', 'US']]);
  // `ل` before the article is always written `لل`: the uncontracted spelling is no word.
  assert.deepEqual(countries('لالولايات المتحدة'), []);
});

test('countryCode restores a fleeting vowel only between two consonants', () => {
  assert.equal(countryCode('Єгипту', 'uk'), 'EG');
  assert.equal(countryCode('Египта', 'ru'), 'EG');
  // `Самая` ("the most") less its ending is `Сама`, no `Самоа` with a vowel put back.
  assert.equal(countryCode('Самая', 'ru'), undefined);
  assert.equal(countryCode('Самоа', 'ru'), 'WS');
});

test('countryCode puts back the stem consonant a Ukrainian case ending changed, in every word of a name', () => {
  // Dative and locative `-і` after `к`: `у Мексиці`, `у Південній Африці`, `на Ямайці`.
  assert.equal(countryCode('Мексиці', 'uk'), 'MX');
  assert.equal(countryCode('Південній Африці', 'uk'), 'ZA');
  assert.equal(countryCode('Ямайці', 'uk'), 'JM');
  // Russian keeps the consonant (`в Мексике`): its `-ці` is no such ending.
  assert.equal(countryCode('Мексике', 'ru'), 'MX');
  assert.equal(countryCode('Мексиці', 'ru'), undefined);
  // An ending left to alternate only where the nominative names a country: `Франції` reads as before.
  assert.equal(countryCode('Франції', 'uk'), 'FR');
});

test('countryCode reads inflected and cliticised forms in every language', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['Китаю', 'uk', 'CN'], ['Китаєм', 'uk', 'CN'], ["В'єтнаму", 'uk', 'VN'], ['В’єтнамом', 'uk', 'VN'], ['України', 'uk', 'UA'],
    ['Kinas', 'sv', 'CN'], ['Tiongkok', 'id', 'CN'], ['Cina', 'id', 'CN'], ['والصين', 'ar', 'CN'], ['للصين', 'ar', 'CN'],
    ['بالصين', 'ar', 'CN'], ['Verenigde Staten', 'nl', 'US'], ['Frankrijk', 'nl', 'FR'], ['Allemagne', 'fr', 'DE'],
    ['China', 'sv', 'CN'], ['Vietnamese', 'en', undefined], ['الصيني', 'ar', undefined], ['kitchen', 'en', undefined],
  ];
  for (const [word, lang, code] of cases) assert.equal(countryCode(word, lang), code, `${word} (${lang})`);
  assert.throws(() => countryCode('China', ''), { name: 'TypeError', message: /lang/ });
});

test('the default gazetteer covers every place of the showcase corpus, with its country', () => {
  const places: Array<[string, string, string]> = [
    ['Guangxi', 'guangxi', 'CN'], ['Quang Ninh', 'quang-ninh', 'VN'], ['Lang Son', 'lang-son', 'VN'], ['Cao Bang', 'cao-bang', 'VN'],
    ['Ha Giang', 'ha-giang', 'VN'], ['Hai Phong', 'hai-phong', 'VN'], ['Ha Long', 'ha-long', 'VN'], ['Mong Cai', 'mong-cai', 'VN'],
    ['Hanoi', 'hanoi', 'VN'], ['Meo Vac', 'meo-vac', 'VN'], ['Lung Lan', 'lung-lan', 'VN'], ['Dongxing', 'dongxing', 'CN'],
    ['Fangchenggang', 'fangchenggang', 'CN'], ['Baise', 'baise', 'CN'], ['Long Binh', 'long-binh', 'CN'],
  ];
  for (const [name, id, country] of places) {
    const entry = defaultGazetteer.lookup(entityKey(name, 'en'));
    assert.equal(entry?.id, id, name);
    assert.equal(entry?.country, country, name);
  }
});

test('createGazetteer adds user entries and names to bundled ones, and rejects bad entries', () => {
  const gazetteer = createGazetteer([
    { id: 'sapa', kind: 'place', country: 'VN', names: { en: ['Sa Pa'], uk: ['Шапа'] } },
    { id: 'hanoi', kind: 'place', names: { nl: ['Hanoi-stad'] } },
  ]);
  assert.equal(gazetteer.lookup(entityKey('Sa Pa', 'en'))?.id, 'sapa');
  assert.ok(gazetteer.entries.find((e) => e.id === 'hanoi')!.names.nl!.includes('Hanoi-stad'));
  assert.equal(defaultGazetteer.lookup(entityKey('Sa Pa', 'en')), undefined, 'the default gazetteer is untouched');
  const anchors = extractAnchors('Ze reisden naar Sa Pa.', { lang: 'nl', gazetteer });
  assert.equal((anchors[0] as { gazetteerId?: string }).gazetteerId, 'sapa');
  assert.throws(() => createGazetteer([{ id: 'x', kind: 'city', names: {} } as never]), { name: 'TypeError', message: /extraEntries\[0\]/ });
  assert.throws(() => createGazetteer([{ id: 'x', kind: 'place', country: 'China', names: { en: ['X'] } }]), { name: 'TypeError', message: /country/ });
  assert.throws(() => createGazetteer('x' as never), { name: 'TypeError', message: /extraEntries/ });
});

test('knownNames let Arabic text find names by their key; names may be given as keys', () => {
  const text = 'التقى الرفيق فو داي ثانغ مع الرفيق تران كوونغ.';
  assert.deepEqual(extractAnchors(text, { lang: 'ar' }).filter((a) => a.type === 'entity'), []);
  const byName = extractAnchors(text, { lang: 'ar', knownNames: ['Vu Dai Thang', 'Tran Cuong'] });
  const byKey = extractAnchors(text, { lang: 'ar', knownNames: [entityKey('Vu Dai Thang', 'nl'), entityKey('Tran Cuong', 'nl')] });
  assert.deepEqual(byName.map((a) => a.text), ['فو داي ثانغ', 'تران كوونغ']);
  assert.deepEqual(byKey, byName);
});

test('digitValue maps decimal digits of any script by code point', () => {
  assert.equal(digitValue('7'.codePointAt(0)!), 7);
  assert.equal(digitValue('٧'.codePointAt(0)!), 7);
  assert.equal(digitValue('۷'.codePointAt(0)!), 7);
  assert.equal(digitValue('७'.codePointAt(0)!), 7);
  assert.equal(digitValue('𝟕'.codePointAt(0)!), 7);
  assert.equal(digitValue('a'.codePointAt(0)!), -1);
});

test('property: on any mix of scripts, digits and separators, anchors slice to their text, are sorted and never overlap', () => {
  const pieces = ['1', '٢', '۵', '.', ',', ' ', '\u00a0', '-', '–', ':', '/', '%', '٪', 'Quang', 'Ninh', 'Куангнінь', 'كوانغ', 'نينه', 'و', 'ال',
    'лютого', 'februari', 'فبراير', 'ke', 'e', 'ї', 'Kina', 'Китаю', 'три', 'drie', 'ثلاث', '\ud800', '😀', '\u0301', '(', ')', '+', '0',
    'v', 'COVID', 'nästan', 'أكثر', 'من', '\n', 'A', 'Ха', 'р', 'року', '2025', '1950', 'https://', '@'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom('uk', 'nl', 'id', 'sv', 'ar', 'de', 'xx'), (parts, lang) => {
      const text = parts.join('');
      let last = 0;
      for (const anchor of extractAnchors(text, { lang, knownNames: ['Vu Dai Thang'] })) {
        assert.equal(text.slice(anchor.start, anchor.end), anchor.text);
        assert.ok(anchor.start >= last && anchor.end > anchor.start);
        last = anchor.end;
      }
    }),
    { seed: 42, numRuns: 500 },
  );
});
