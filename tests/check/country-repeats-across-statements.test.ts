// Two statements that two versions give in opposite orders, which the aligner keeps in one bead of two
// sentences a side. Each translation leaves a different country out of one statement (the Dutch the
// United States, the Arabic Singapore), so over the bead the Arabic names the United States once more
// and the Dutch names Singapore, which the Arabic does not. The repeat is how often each side names a
// country both name, not a country put in another's place; within one statement it would be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { country, makeContext, makeDocument } from './helpers.js';
import { countryLabel } from '../../src/check/rules/country-label.js';

type LinkSpec = [number, number[], number, number[], number];

describe('a country named once more over a bead of two statements', () => {
  const docs = [
    // nl: the sanctions first, then the summit (without the United States).
    makeDocument({ lang: 'nl', sentences: ['De sancties en het Amerikaanse verzet krijgen Noord-Korea niet op de knieën.', 'Pompeo wil praten, drie maanden na de top in Singapore met Kim van Noord-Korea.'] }),
    // ar: the summit (without Singapore), then the sanctions.
    makeDocument({ lang: 'ar', sentences: ['يريد الوزير الأمريكي بومبيو الحوار مع كيم زعيم كوريا الشمالية.', 'العقوبات والاعتراض الأمريكي لن يجعلا كوريا الشمالية تستسلم.'] }),
    makeDocument({ lang: 'uk', sentences: ['Держсекретар США Помпео хоче говорити після саміту в Сінгапурі з Кімом з Північної Кореї.', 'Санкції та заперечення США не поставлять Північну Корею на коліна.'] }),
    makeDocument({ lang: 'sv', sentences: ['USA:s minister Pompeo vill tala efter toppmötet i Singapore med Nordkoreas Kim.', 'Sanktionerna och USA:s invändningar tvingar inte Nordkorea på knä.'] }),
  ];
  const anchors = [
    [country(docs[0]!, 0, 'Amerikaanse', 'US'), country(docs[0]!, 0, 'Noord-Korea', 'KP'), country(docs[0]!, 1, 'Singapore', 'SG'), country(docs[0]!, 1, 'Noord-Korea', 'KP')],
    [country(docs[1]!, 0, 'الأمريكي', 'US'), country(docs[1]!, 0, 'كوريا الشمالية', 'KP'), country(docs[1]!, 1, 'الأمريكي', 'US'), country(docs[1]!, 1, 'كوريا الشمالية', 'KP')],
    [country(docs[2]!, 0, 'США', 'US'), country(docs[2]!, 0, 'Сінгапурі', 'SG'), country(docs[2]!, 0, 'Північної Кореї', 'KP'), country(docs[2]!, 1, 'США', 'US'), country(docs[2]!, 1, 'Північну Корею', 'KP')],
    [country(docs[3]!, 0, 'USA', 'US'), country(docs[3]!, 0, 'Singapore', 'SG'), country(docs[3]!, 0, 'Nordkoreas', 'KP'), country(docs[3]!, 1, 'USA', 'US'), country(docs[3]!, 1, 'Nordkorea', 'KP')],
  ];
  const bead: LinkSpec = [0, [0, 1], 1, [0, 1], 0.95];
  const swapsOf = (links: LinkSpec[]) =>
    countryLabel.run(makeContext(docs, anchors, links)).filter((f) => f.evidence.some((e) => e.document === 0) && f.evidence.some((e) => e.document === 1));

  it('is no swap where the other versions link the bead\'s sentences to two statements of theirs', () => {
    // uk and sv link the Dutch second sentence and the Arabic first to their summit sentence, the others to their sanctions one.
    const apart: LinkSpec[] = [
      [0, [0], 2, [1], 0.9], [0, [1], 2, [0], 0.9], [1, [0], 2, [0], 0.9], [1, [1], 2, [1], 0.9],
      [0, [0], 3, [1], 0.9], [0, [1], 3, [0], 0.9], [1, [0], 3, [0], 0.9], [1, [1], 3, [1], 0.9],
    ];
    assert.deepEqual(swapsOf([bead, ...apart]), []);
  });

  it('is a swap where the other versions read the two sentences as one statement of theirs', () => {
    const whole: LinkSpec[] = [[0, [0, 1], 2, [0], 0.9], [1, [0, 1], 2, [0], 0.9], [0, [0, 1], 3, [0], 0.9], [1, [0, 1], 3, [0], 0.9]];
    assert.equal(swapsOf([bead, ...whole]).length, 1);
  });
});
