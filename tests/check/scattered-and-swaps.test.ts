// Structural safeguards of the check stage that hold in any language: a figure the versions scatter
// over three values has no majority to name the one that is wrong; a name swap no third version takes
// sides on is only worth a look; one version that differs from each of the others is one finding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { type FramedLang, framedIntro, framedVersions as versions } from './framed.js';

const alarms = (middle: Partial<Record<FramedLang, string>>, rule: string) =>
  check(versions(middle), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === rule);

describe('scattered figures', () => {
  it('raises no alarm when three versions give a measure three values', () => {
    const found = alarms(
      {
        nl: 'Het temperatuurverschil tussen de steden was 20 graden op 30 mei.',
        sv: 'Temperaturskillnaden mellan städerna var 10 grader den 30 maj.',
        uk: 'Різниця температур між містами становила 7 градусів 30 травня.',
      },
      'count-mismatch',
    );
    assert.deepEqual(found.map((f) => f.message), []);
  });

  it('still names the one version against two that agree', () => {
    const found = alarms(
      {
        nl: 'Het temperatuurverschil tussen de steden was 20 graden op 30 mei.',
        sv: 'Temperaturskillnaden mellan städerna var 20 grader den 30 maj.',
        uk: 'Різниця температур між містами становила 7 градусів 30 травня.',
      },
      'count-mismatch',
    );
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^uk gives 7/u);
  });

  it('reads a figure with its decimals dropped as a rounding of a converted one (85 mph = 136.8 km/h)', () => {
    assert.deepEqual(alarms({ nl: 'De wind blies met 135 km per uur op 30 mei.', sv: 'Vinden blåste i 136 km/tim den 30 maj.' }, 'count-mismatch'), []);
  });

  it('reads º typed for the degree sign', () => {
    assert.deepEqual(alarms({ nl: 'Het werd 27 ºC op 30 mei.', id: 'Suhu mencapai 80 derajat Fahrenheit pada 30 Mei.' }, 'count-mismatch'), []);
  });
});

describe('swaps across several versions', () => {
  it('gives one finding for one version that names another country than each of the others', () => {
    const found = alarms(
      {
        nl: 'Yuan verkocht zijn varkens op 30 mei in Vietnam.',
        id: 'Yuan menjual babinya pada 30 Mei di Vietnam.',
        sv: 'Yuan sålde sina grisar den 30 maj i Vietnam.',
        uk: 'Юань продав своїх свиней 30 травня в Лаосі.',
      },
      'country-label',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0]!.evidence.length, 4);
    assert.match(found[0]!.message, /^uk names Laos .* where the id, nl and sv translations name Vietnam/u);
  });
});

describe('a country swap no third version takes sides on', () => {
  it('is only worth a look', () => {
    const middle = {
      nl: 'Yuan verkocht zijn varkens op 30 mei in Vietnam.',
      uk: 'Юань продав своїх свиней 30 травня в Лаосі.',
      sv: 'Yuan sålde sina grisar den 30 maj.',
    };
    assert.deepEqual(alarms(middle, 'country-label'), []);
    assert.equal(alarms({ nl: middle.nl, uk: middle.uk }, 'country-label').length, 1);
  });
});

describe('figures read across neighbouring links', () => {
  // The Indonesian carries the sons over the sentence boundary: its first sentence is the longer, its
  // second the shorter, and its number word stands in the other link.
  const story = (langs: readonly FramedLang[]) =>
    langs.map((lang) => ({
      lang,
      sentences: {
        nl: [framedIntro.nl, 'Hij was de held van het dorp op 30 mei.', 'Hij had twee zonen.'],
        sv: [framedIntro.sv, 'Han var byns hjälte den 30 maj.', 'Han hade två söner.'],
        id: [framedIntro.id, 'Dia adalah pahlawan desa pada 30 Mei dengan empat anak.', 'Dia senang.'],
      }[lang as 'nl' | 'sv' | 'id'],
    }));
  const severities = (langs: readonly FramedLang[]) =>
    check(story(langs), { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch').map((f) => f.severity);

  it('are an alarm between two versions, where neighbouring links are all there is', () => {
    assert.deepEqual(severities(['nl', 'id']), ['error']);
  });

  it('are only worth a look among three versions, where a changed figure shows in the direct links', () => {
    const found = severities(['nl', 'sv', 'id']);
    assert.ok(found.length > 0 && found.every((s) => s === 'info'));
  });

  it('are two facts where the linked sentences are of balanced lengths (a number word in a name, another in the next sentence)', () => {
    const pair = (x: FramedLang, y: FramedLang, texts: Record<string, [string, string]>) =>
      check(
        [x, y].map((lang) => ({ lang, sentences: [framedIntro[lang], ...texts[lang]!] })),
        { mode: 'parallel' },
      ).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');
    const texts = {
      nl: ['Hij was op 30 mei de held van het viertal in de ochtend.', 'Twee fouten in de middag kostten hem de zege.'],
      id: ['Pada 30 Mei dia pahlawan empat pemain di pagi hari.', 'Kesalahan di sore hari membuatnya kalah.'],
      sv: ['Den 30 maj var han hjälten i fyrbollen på morgonen.', 'Två misstag på eftermiddagen kostade honom segern.'],
      uk: ['30 травня він був героєм четвірки вранці.', 'Дві помилки вдень коштували йому перемоги.'],
      ar: ['في 30 مايو كان بطل الكرات الأربع في الصباح.', 'وكلفته الأخطاء بعد الظهر الفوز في المباراة.'],
    } as Record<string, [string, string]>;
    assert.deepEqual(pair('nl', 'id', texts), []);
    assert.deepEqual(pair('ar', 'sv', texts), []);
    assert.deepEqual(pair('ar', 'uk', texts), []);
  });
});

describe('unit words of every profile', () => {
  it('reads yards in Arabic and degrees whose scale is unsaid as the other side’s Celsius', () => {
    assert.deepEqual(alarms({ ar: 'تلقى يوان تمريرة على بعد 30 ياردة من المرمى في 30 مايو.', nl: 'Yuan kreeg een pass op 27 meter van het doel op 30 mei.' }, 'count-mismatch'), []);
    assert.deepEqual(alarms({ nl: 'Het werd 26 graden op 30 mei.', sv: 'Det blev 27 °C den 30 maj.' }, 'count-mismatch'), []);
  });
});

describe('a conversion rounded to one significant digit', () => {
  it('reads 300 km as 200 miles rounded, as 320 km is', () => {
    assert.deepEqual(alarms({ nl: 'De storm bleef op 30 mei binnen 300 km van de stad.', sv: 'Stormen höll sig den 30 maj inom 320 km från staden.' }, 'count-mismatch'), []);
    assert.deepEqual(alarms({ uk: 'Шторм 30 травня був за 300 км від міста.', id: 'Badai itu pada 30 Mei berada 200 mil dari kota.' }, 'count-mismatch'), []);
  });

  it('still flags a round figure further off than a rounding goes (340 km against 300 km)', () => {
    assert.equal(alarms({ nl: 'De storm bleef op 30 mei binnen 300 km van de stad.', sv: 'Stormen höll sig den 30 maj inom 340 km från staden.' }, 'count-mismatch').length, 1);
  });
});

describe('a third version’s figure that converts another figure of the link', () => {
  // The Ukrainian makes the range 7–10 cm (3 to 6 inches is 7.6–15 cm); its 25 cm are the 10 inches.
  const middle = {
    id: 'Hujan 3 sampai 6 inci diperkirakan pada 30 Mei, mungkin sampai 10 inci.',
    ar: 'يتوقع هطول 3 إلى 6 بوصات من الأمطار في 30 مايو، وربما 10 بوصات.',
    nl: 'Er wordt op 30 mei 7,5 tot 15 cm regen verwacht, mogelijk tot 25 cm.',
    sv: 'Den 30 maj väntas 7,5–15 cm regn, med risk för upp till 25 cm.',
    uk: '30 травня очікується 7–10 см опадів, місцями до 25 см.',
  };
  it('votes for neither figure: the versions in inches are not the ones named', () => {
    for (const found of [alarms(middle, 'count-mismatch'), alarms({ ar: middle.ar, nl: middle.nl, sv: middle.sv, uk: middle.uk }, 'count-mismatch')]) {
      assert.ok(found.every((f) => !/^(ar|id) gives/u.test(f.message)), found.map((f) => f.message).join('; '));
    }
  });
});

describe('a range whose second bound is a number word', () => {
  it('gives both bounds the unit after the word (5 tot tien cm, 5 till tio cm)', () => {
    const inches = { id: 'Sebanyak 2 hingga 4 inci hujan diperkirakan pada 30 Mei.', ar: 'ومن المتوقع هطول 2 إلى 4 بوصات من الأمطار في 30 مايو.' };
    assert.deepEqual(alarms({ nl: 'Er wordt op 30 mei 5 tot tien cm regen verwacht.', ...inches }, 'count-mismatch'), []);
    assert.deepEqual(alarms({ sv: 'Den 30 maj väntas 5 till tio cm regn.', id: inches.id }, 'count-mismatch'), []);
    // A bound changed is still one.
    assert.equal(alarms({ sv: 'Den 30 maj väntas 5 till tjugo cm regn.', id: inches.id }, 'count-mismatch').length, 1);
  });
});

describe('two hedged single digits one apart', () => {
  it('are the two whole figures around one converted value ("about 5 degrees" / "around 6 degrees")', () => {
    assert.deepEqual(alarms({ nl: 'Het werd op 30 mei ongeveer 5 graden warmer dan gemiddeld.', sv: 'Det blev den 30 maj runt 6 grader varmare än genomsnittet.' }, 'count-mismatch'), []);
    assert.deepEqual(alarms({ uk: '30 травня стало приблизно на 6 градусів тепліше.', id: 'Pada 30 Mei suhu naik sekitar 5 derajat.' }, 'count-mismatch'), []);
  });

  it('still differ unhedged, or two apart', () => {
    assert.equal(alarms({ nl: 'Het werd op 30 mei 5 graden warmer dan gemiddeld.', sv: 'Det blev den 30 maj 6 grader varmare än genomsnittet.' }, 'count-mismatch').length, 1);
    assert.equal(alarms({ nl: 'Het werd op 30 mei ongeveer 5 graden warmer dan gemiddeld.', sv: 'Det blev den 30 maj runt 7 grader varmare än genomsnittet.' }, 'count-mismatch').length, 1);
  });
});

describe('conversions of everyday measures', () => {
  const pairAlarms = (x: [string, string], y: [string, string]) =>
    check([x, y].map(([lang, text]) => ({ lang, sentences: [text] })), { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

  it('reads a lone 5 as rounded to the unit (12 lb = 5.44 kg written "5,4 kg" and "5 kilos")', () => {
    assert.deepEqual(pairAlarms(['de', 'Der Fisch wog am 30. Mai 5,4 Kilogramm.'], ['fr', 'Le poisson pesait 5 kilos le 30 mai.']), []);
    assert.deepEqual(pairAlarms(['sv', 'Fisken vägde 5,4 kilo den 30 maj.'], ['nl', 'De vis woog op 30 mei 5 kilo.']), []);
    assert.equal(pairAlarms(['sv', 'Fisken vägde 5,4 kilo den 30 maj.'], ['nl', 'De vis woog op 30 mei 7 kilo.']).length, 1);
  });

  it('reads a temperature below freezing, whose sign the figure does not carry', () => {
    assert.deepEqual(pairAlarms(['en', 'Temperatures fell to 14 degrees Fahrenheit on 30 May.'], ['de', 'Die Temperaturen fielen am 30. Mai auf minus 10 Grad Celsius.']), []);
    assert.deepEqual(pairAlarms(['en', 'Temperatures fell to 14 degrees Fahrenheit on 30 May.'], ['sv', 'Temperaturen sjönk till minus tio grader Celsius den 30 maj.']), []);
    assert.equal(pairAlarms(['en', 'Temperatures fell to 14 degrees Fahrenheit on 30 May.'], ['de', 'Die Temperaturen fielen am 30. Mai auf minus 20 Grad Celsius.']).length, 1);
  });

  it('reads Stundenkilometer as kilometres an hour', () => {
    assert.deepEqual(pairAlarms(['en', 'The car sped at 90 miles an hour on 30 May.'], ['de', 'Das Auto raste am 30. Mai mit 145 Stundenkilometern.']), []);
  });
});

describe('a figure one version writes inside a code', () => {
  const pairAlarms = (x: [string, string], y: [string, string]) =>
    check([x, y].map(([lang, text]) => ({ lang, sentences: [text] })), { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');
  const ar = 'افتتحت قمة مجموعة العشرين في 30 مايو بعضوين جديدين.';

  it('is the figure another version spells out in the name (G20 / مجموعة العشرين)', () => {
    assert.deepEqual(pairAlarms(['en', 'The G20 summit opened on 30 May with two new members.'], ['ar', ar]), []);
    assert.deepEqual(pairAlarms(['de', 'Der G20-Gipfel begann am 30. Mai mit zwei neuen Mitgliedern.'], ['ar', ar]), []);
    assert.deepEqual(pairAlarms(['fr', 'Le sommet du G20 s’est ouvert le 30 mai avec deux nouveaux membres.'], ['ar', ar]), []);
  });

  it('explains no other figure', () => {
    assert.equal(pairAlarms(['en', 'The G20 summit opened on 30 May with 20 new members.'], ['ar', 'افتتحت قمة المجموعة في 30 مايو مع 25 عضوا جديدا.']).length, 1);
  });
});

describe('a measure two versions alone state', () => {
  const middle = {
    nl: 'De storm trok op 30 mei met 25 km per uur naar het noorden.',
    uk: 'Шторм 30 травня рухався на північ зі швидкістю 19,3 км на годину.',
    sv: 'Stormen drog norrut den 30 maj.',
  };
  it('is an alarm between two versions', () => {
    assert.equal(alarms({ nl: middle.nl, uk: middle.uk }, 'count-mismatch').length, 1);
  });

  it('is only worth a look when a third version states neither figure', () => {
    assert.deepEqual(alarms(middle, 'count-mismatch'), []);
  });
});

describe('two figures joined by a coordinator', () => {
  it('share the unit after the second (entre 5 et 10 cm against 2 to 4 inches)', () => {
    const versions = [
      { lang: 'fr', sentences: ['Il devrait tomber entre 5 et 10 cm de pluie le 30 mai.'] },
      { lang: 'id', sentences: ['Sebanyak 2 hingga 4 inci hujan diperkirakan turun pada 30 Mei.'] },
    ];
    assert.deepEqual(check(versions, { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info'), []);
  });
});
