// A country swapped in a sentence where one version names another country once more than the other
// version does: the repeat is not the swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { framedVersions } from './framed.js';
import { country, makeContext, makeDocument } from './helpers.js';
import { countryLabel } from '../../src/check/rules/country-label.js';

describe('a country swap beside a repeated country', () => {
  // Five versions, one middle sentence each (see framedVersions): the country swaps reported as errors or warnings.
  const swaps = (middle: Parameters<typeof framedVersions>[0]) =>
    check(framedVersions(middle), { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');

  it('finds the swap when one version names a third country once more', () => {
    const found = check(
      [
        { lang: 'uk', text: 'Північна Корея не бачить відповіді від США, заявив міністр Північної Кореї 3 травня в Сінгапурі.' },
        { lang: 'sv', text: 'Nordkorea ser ingen respons från Storbritannien, sa Nordkoreas minister den 3 maj i Singapore om Nordkoreas steg.' },
      ],
      { mode: 'parallel' },
    ).findings.filter((f) => f.rule === 'country-label' && f.severity !== 'info');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.evidence.map((e) => e.value).sort(), ['GB', 'US']);
  });

  it('blames the version whose mentions of the two countries the others do not share, when every version names both', () => {
    // One of id's two North Koreas became the United States: each version names both countries, so only
    // how often tells the versions apart (the others name North Korea twice and the United States once).
    const middle = {
      nl: 'Noord-Korea ziet geen reactie van de Verenigde Staten op de eerste ontwapeningsstappen van Noord-Korea.',
      id: 'Amerika Serikat tidak melihat respons dari Amerika Serikat atas langkah awal perlucutan senjata Korea Utara.',
      sv: 'Nordkorea ser ingen respons från USA efter Nordkoreas första nedrustningssteg.',
      uk: 'Північна Корея не бачить відповіді від США на перші кроки Північної Кореї з роззброєння.',
      ar: 'كوريا الشمالية لا ترى استجابة من الولايات المتحدة على خطوات نزع السلاح الأولى لكوريا الشمالية.',
    };
    const found = swaps(middle);
    assert.deepEqual(
      found.map((f) => [f.evidence[0]!.value, f.evidence.slice(1).map((e) => e.value)]),
      [['US', ['KP', 'KP', 'KP', 'KP']]],
    );
    assert.match(found[0]!.message, /^id names United States/);
  });

  it('raises nothing where one version leaves out a country and another a repeat of the second, and the others count as neither', () => {
    // The others name North Korea three times and the United States once; id leaves the United States
    // out, uk one of the Koreas: against each other they look like one country put for the other.
    const middle = {
      nl: 'De topdiplomaat van Noord-Korea zei tegen de VN dat Noord-Korea geen reactie van de Verenigde Staten ziet op de eerste stappen van Noord-Korea.',
      sv: 'Nordkoreas toppdiplomat sa till FN att Nordkorea inte ser någon respons från USA på Nordkoreas första steg.',
      ar: 'قال كبير دبلوماسيي كوريا الشمالية للأمم المتحدة إن كوريا الشمالية لا ترى استجابة من الولايات المتحدة على الخطوات الأولى لكوريا الشمالية.',
      id: 'Diplomat tertinggi Korea Utara mengatakan kepada PBB bahwa Korea Utara tidak melihat tanggapan atas langkah pertama Korea Utara.',
      uk: 'Провідний дипломат Північної Кореї сказав ООН, що Північна Корея не бачить реакції від США на свої перші кроки.',
    };
    assert.deepEqual(swaps(middle), []);
    // The same id with the United States put for one of its Koreas still is a swap the others side on.
    const swapped = { ...middle, id: 'Diplomat tertinggi Korea Utara mengatakan kepada PBB bahwa Amerika Serikat tidak melihat tanggapan dari Amerika Serikat atas langkah pertama Korea Utara.' };
    assert.match(swaps(swapped)[0]?.message ?? '', /^id names United States/);
  });
});

describe('repeated countries across a bead of several statements', () => {
  // uk's sentences 0 and 1 against nl's sentence 0: nl lacks uk's second sentence (the United States
  // again) and names North Korea once more in its first. Counted over the bead, each side is left with a
  // country the other names too: how often each is repeated, not one country put for another. id and sv
  // name North Korea twice in their first sentence, as nl does.
  const docs = [
    makeDocument({ lang: 'uk', sentences: ['Північна Корея не бачить відповіді від США.', 'США продовжують санкції.'] }),
    makeDocument({ lang: 'nl', sentences: ['Noord-Korea ziet geen reactie van de Verenigde Staten op de stappen van Noord-Korea.'] }),
    makeDocument({ lang: 'id', sentences: ['Korea Utara tidak melihat respons dari Amerika Serikat atas langkah Korea Utara.', 'Amerika Serikat melanjutkan sanksi.'] }),
    makeDocument({ lang: 'sv', sentences: ['Nordkorea ser ingen respons från USA på Nordkoreas steg.', 'USA fortsätter med sanktioner.'] }),
  ];
  const anchors = [
    [country(docs[0]!, 0, 'Північна Корея', 'KP'), country(docs[0]!, 0, 'США', 'US'), country(docs[0]!, 1, 'США', 'US')],
    [country(docs[1]!, 0, 'Noord-Korea', 'KP'), country(docs[1]!, 0, 'Verenigde Staten', 'US'), country(docs[1]!, 0, 'Noord-Korea', 'KP', 1)],
    [country(docs[2]!, 0, 'Korea Utara', 'KP'), country(docs[2]!, 0, 'Amerika Serikat', 'US'), country(docs[2]!, 0, 'Korea Utara', 'KP', 1), country(docs[2]!, 1, 'Amerika Serikat', 'US')],
    [country(docs[3]!, 0, 'Nordkorea', 'KP'), country(docs[3]!, 0, 'USA', 'US'), country(docs[3]!, 0, 'Nordkoreas', 'KP'), country(docs[3]!, 1, 'USA', 'US')],
  ];
  const bead: [number, number[], number, number[], number] = [0, [0, 1], 1, [0], 0.9];
  const swapsOf = (links: Array<[number, number[], number, number[], number]>) =>
    countryLabel.run(makeContext(docs, anchors, links)).filter((f) => f.evidence.some((e) => e.document === 0) && f.evidence.some((e) => e.document === 1));

  it('are no swap where the other versions keep the bead\'s sentences apart', () => {
    const apart: Array<[number, number[], number, number[], number]> = [[0, [0], 2, [0], 0.9], [0, [1], 2, [1], 0.9], [0, [0], 3, [0], 0.9], [0, [1], 3, [1], 0.9]];
    assert.deepEqual(swapsOf([bead, ...apart]), []);
  });

  it('are counted as one statement where the other versions link the two sentences to one of theirs (a sentence split in two)', () => {
    const whole: Array<[number, number[], number, number[], number]> = [[0, [0, 1], 2, [0], 0.9], [0, [0, 1], 3, [0], 0.9]];
    assert.equal(swapsOf([bead, ...whole]).length, 1);
  });
});
