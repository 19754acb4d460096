// One value written two ways is no disagreement (converted measures, 12- and 24-hour clock, ordinals
// against cardinals), while a changed value beside it still is; names compared up to inflection; the
// majority of the other versions names the version that changed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { getProfile } from '../../src/lang/index.js';
import { foldSpelling, sameSpellingUpToInflection } from '../../src/check/text.js';
import { framedVersions as versions } from './framed.js';

const alarms = (docs: ReturnType<typeof versions>) => check(docs, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch');

describe('equal values written differently', () => {
  it('reads a measure converted by the translator as the same value, a changed one as a disagreement', () => {
    assert.deepEqual(alarms(versions({ nl: 'Een varken van 250 kg doodde de boer op 30 mei.', ar: 'قتل خنزير وزنه 550 رطلاً المزارع في 30 مايو.' })), []);
    assert.deepEqual(alarms(versions({ nl: 'De golven waren 6 meter hoog op 30 mei.', id: 'Gelombang setinggi 20 kaki pada 30 Mei.' })), []);
    assert.equal(alarms(versions({ nl: 'Een varken van 300 kg doodde de boer op 30 mei.', ar: 'قتل خنزير وزنه 550 رطلاً المزارع في 30 مايو.' })).length, 1);
  });

  it('reads a decade written with two digits as the decade in four, and finds a count changed beside it', () => {
    const watched = (nl: string) => versions({ nl, id: 'Lebih dari 20 juta orang menonton kesaksian tentang serangan pada tahun 1980-an di 6 jaringan.' });
    assert.deepEqual(alarms(watched('Meer dan 20 miljoen mensen zagen op 6 netwerken de getuigenis over een aanval in de jaren 80.')), []);
    assert.equal(alarms(watched('Meer dan 20 miljoen mensen zagen op 4 netwerken de getuigenis over een aanval in de jaren 80.')).length, 1);
  });

  it('reads a temperature in °F and in °C as one value', () => {
    assert.deepEqual(alarms(versions({ sv: 'Det blir 27 grader i Guiyang på tisdag.', id: 'Suhu mencapai 80 derajat di Guiyang pada hari Selasa.' })), []);
    assert.equal(alarms(versions({ sv: 'Det blir 15 grader i Guiyang på tisdag.', id: 'Suhu mencapai 80 derajat di Guiyang pada hari Selasa.' })).length, 1);
  });

  it('does not set a number word against another when its value stands in digits on the other side with the same unit of time', () => {
    const pair = (sv: string) => [
      { lang: 'id', sentences: ['Ibu dari tiga orang anak itu sudah dekat dengan Jones selama 10 tahun.'] },
      { lang: 'sv', sentences: [sv] },
    ];
    // The Swedish writes "mother of three" as a compound the reader does not split.
    assert.deepEqual(alarms(pair('Trebarnsmamman har varit nära vän med Jones i tio år.')), []);
    // The Swedish "tio" counts no years here: three against ten children is a disagreement.
    assert.equal(alarms(pair('Mamman till tio barn har varit nära vän med Jones i 10 år.')).length, 1);
  });

  it('reads a clock time in 24 hours and in 12 hours as one value', () => {
    assert.deepEqual(alarms(versions({ nl: 'De wedstrijd begint woensdag om 15 uur in Guiyang.', id: 'Pertandingan dimulai pukul 3 sore hari Rabu di Guiyang.' })), []);
    assert.equal(alarms(versions({ nl: 'De wedstrijd begint woensdag om 16 uur in Guiyang.', id: 'Pertandingan dimulai pukul 3 sore hari Rabu di Guiyang.' })).length, 1);
  });

  it('matches an ordinal in one language with the same cardinal in another', () => {
    assert.deepEqual(alarms(versions({ nl: 'Yuan scoorde in de 25ste minuut in Guiyang.', ar: 'سجل يوان في الدقيقة 25 في غوييانغ.' })), []);
  });
});

describe('names up to inflection', () => {
  const uk = getProfile('uk').anchors;
  const inflection = (rules: typeof uk) => ({
    endings: [...(rules.nameEndings ?? []), ...(rules.adjectiveEndings ?? [])].map(foldSpelling),
    prefixes: rules.cliticPrefixes.map(foldSpelling),
    fleetingVowels: rules.fleetingVowels ?? '',
  });

  it('takes Ukrainian case and adjective endings and fleeting vowels as one name', () => {
    assert.equal(sameSpellingUpToInflection('Північною Кореєю', 'Північної Кореї', inflection(uk)), true);
    assert.equal(sameSpellingUpToInflection('Нижня Каліфорнія', 'Нижньої Каліфорнії', inflection(uk)), true);
    assert.equal(sameSpellingUpToInflection('Кубок Райдера', 'Кубку Райдера', inflection(uk)), true);
    // Without the language's endings they are two spellings; other names stay apart.
    assert.equal(sameSpellingUpToInflection('Північною Кореєю', 'Північної Кореї'), false);
    assert.equal(sameSpellingUpToInflection('Петренко', 'Павленко', inflection(uk)), false);
  });

  it('folds typographic apostrophes and leaves spelling variants of languages without cases apart', () => {
    assert.equal(foldSpelling('Sainsbury’s'), foldSpelling("Sainsbury's"));
    assert.equal(sameSpellingUpToInflection('Jansen', 'Janssen', inflection(getProfile('nl').anchors)), false);
  });
});

describe('the majority names the changed version', () => {
  it('blames the version whose name the others do not write', () => {
    const sentences = (name: string, lang: 'nl' | 'sv' | 'id') =>
      ({
        nl: [`${name} won de wedstrijd in Guiyang op 12 mei.`, 'Daarna sprak Li Wei met de pers in Guiyang.'],
        sv: [`${name} vann matchen i Guiyang den 12 maj.`, 'Sedan talade Li Wei med pressen i Guiyang.'],
        id: [`${name} memenangkan pertandingan di Guiyang pada 12 Mei.`, 'Kemudian Li Wei berbicara kepada pers di Guiyang.'],
      })[lang];
    const docs = [
      { lang: 'nl', sentences: sentences('Zhang Min', 'nl') },
      { lang: 'sv', sentences: sentences('Li Wei', 'sv') },
      { lang: 'id', sentences: sentences('Zhang Min', 'id') },
    ];
    const swaps = check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant');
    assert.ok(swaps.length > 0);
    for (const finding of swaps) assert.equal(finding.evidence[0]!.document, 1, finding.message);
  });
});
