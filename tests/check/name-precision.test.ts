// Name swaps that are not: leftovers of two links read as one (a repeat one version leaves out across
// its sentences), an abbreviation the reader glued to the word beside it, and one name each language
// transliterates its own way. Each beside what must still be found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey, nameSimilarity, relatedNameSimilarity, sameNameSimilarity } from '../../src/anchors/index.js';
import { transliterationSimilarity } from '../../src/check/name-forms.js';
import { analyseRoles } from '../../src/check/roles.js';
import { nameVariant } from '../../src/check/rules/name-variant.js';
import { entity, evidenceTexts, makeContext, makeDocument, num, person } from './helpers.js';

const key = (text: string) => text.toLowerCase();
const unknown = (doc: ReturnType<typeof makeDocument>, sentence: number, text: string) => entity(doc, sentence, text, key(text), 'unknown');
const links = (count: number): Parameters<typeof makeContext>[2] => Array.from({ length: count }, (_, k) => [0, [k], 1, [k]] as [number, number[], number, number[]]);

describe('name swaps read across two links', () => {
  it('does not pair a repeat one version leaves out with a name the other link left unread', () => {
    // The Swedish leaves out the second "Theresa May"; the Dutch reader did not read "Sunday Times".
    const nl = makeDocument({ lang: 'nl', sentences: ['Premier Theresa May sprak op 2 oktober met de krant Sunday Times .', 'Theresa May kwam op 3 oktober in Birmingham aan .'] });
    const sv = makeDocument({ lang: 'sv', sentences: ['Premiärminister Theresa May talade den 2 oktober med Sunday Times .', 'Premiärministern kom den 3 oktober till Birmingham .'] });
    const anchors = [
      [person(nl, 0, 'Theresa May', 'theresa may'), num(nl, 0, '2', 2), person(nl, 1, 'Theresa May', 'theresa may'), num(nl, 1, '3', 3), unknown(nl, 1, 'Birmingham')],
      [person(sv, 0, 'Theresa May', 'theresa may'), num(sv, 0, '2', 2), unknown(sv, 0, 'Sunday Times'), num(sv, 1, '3', 3), unknown(sv, 1, 'Birmingham')],
    ];
    assert.deepEqual(nameVariant.run(makeContext([nl, sv], anchors, links(2))).map((f) => f.message), []);
  });

  it('does not take a name for left over where the other side writes its surname as a word its reader missed', () => {
    // German opens a sentence with "Rosa", which its reader cannot tell from a noun; "Zentimeter
    // Niederschlag" is left over beside it.
    const de = makeDocument({ lang: 'de', sentences: ['Am Montag erreicht der Sturm Mexiko .', 'Rosa bringt bis zu 25 Zentimeter Niederschlag .', 'Danach sprach Frau Rosa .'] });
    const nl = makeDocument({ lang: 'nl', sentences: ['Als Rosa maandag Mexico bereikt , wordt het nat .', 'Er valt tot 25 centimeter regen .', 'Daarna sprak mevrouw Rosa .'] });
    const anchors = [
      [unknown(de, 0, 'Mexiko'), num(de, 1, '25', 25), unknown(de, 1, 'Zentimeter Niederschlag'), person(de, 2, 'Rosa', 'rosa')],
      [unknown(nl, 0, 'Als Rosa'), entity(nl, 0, 'Mexico', 'mexiko', 'unknown'), num(nl, 1, '25', 25), person(nl, 2, 'Rosa', 'rosa')],
    ];
    assert.deepEqual(nameVariant.run(makeContext([de, nl], anchors, links(3))).map((f) => f.message), []);
  });

  it('still finds a person swapped in across the boundary for a person the other version names', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Am 3. Mai kam Fritz Morawec an .', 'Sepp Lerch blieb im Lager 2 .', 'Hans Ratay stieg am 5. Mai auf .'] });
    const fr = makeDocument({ lang: 'fr', sentences: ['Le 3 mai arriva', 'Hans Ratay . Sepp Lerch resta au camp 2 .', 'Hans Ratay monta le 5 mai .'] });
    const anchors = [
      [num(de, 0, '3', 3), person(de, 0, 'Fritz Morawec', 'fritz morawec'), person(de, 1, 'Sepp Lerch', 'sepp lerch'), num(de, 1, '2', 2), person(de, 2, 'Hans Ratay', 'hans ratay'), num(de, 2, '5', 5)],
      [num(fr, 0, '3', 3), person(fr, 1, 'Hans Ratay', 'hans ratay'), person(fr, 1, 'Sepp Lerch', 'sepp lerch'), num(fr, 1, '2', 2), person(fr, 2, 'Hans Ratay', 'hans ratay'), num(fr, 2, '5', 5)],
    ];
    const context = makeContext([de, fr], anchors, links(3));
    const findings = nameVariant.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(new Set(evidenceTexts(context, findings[0]!)), new Set(['de:Fritz Morawec', 'fr:Hans Ratay']));
  });
});

describe('an abbreviation glued to the word beside it', () => {
  const run = (lang: string, sentences: string[], own: (doc: ReturnType<typeof makeDocument>) => ReturnType<typeof entity>[]) => {
    const de = makeDocument({ lang: 'de', sentences: ['Brett Kavanaugh wartet , während das FBI Untersuchungen durchführt .', 'Trump spricht am Samstag .'] });
    const other = makeDocument({ lang, sentences });
    const anchors = [
      [person(de, 0, 'Brett Kavanaugh', 'brett kavanaugh'), unknown(de, 0, 'FBI Untersuchungen'), person(de, 1, 'Trump', 'trump')],
      [...own(other), person(other, 1, sentences[1]!.split(' ')[0]!, 'trump')],
    ];
    return nameVariant.run(makeContext([de, other], anchors, links(2))).map((f) => f.message);
  };

  it('is the abbreviation the other version writes alone, in its script or its own', () => {
    const id = ['Kemungkinan Trump menunggu Brett Kavanaugh sementara FBI menyelidikinya .', 'Trump berbicara hari Sabtu .'];
    assert.deepEqual(run('id', id, (doc) => [unknown(doc, 0, 'Kemungkinan Trump'), person(doc, 0, 'Brett Kavanaugh', 'brett kavanaugh'), unknown(doc, 0, 'FBI')]), []);
    const ru = ['Предложение Трампом Бретта Кавано ждёт , пока ФБР проверяет .', 'Трамп выступит в субботу .'];
    assert.deepEqual(
      run('ru', ru, (doc) => [unknown(doc, 0, 'Предложение Трампом'), person(doc, 0, 'Бретта Кавано', 'brett kavanaugh'), entity(doc, 0, 'ФБР', 'fbi', 'unknown')]),
      [],
    );
  });

  it('is no other abbreviation', () => {
    const id = ['Kemungkinan Trump menunggu Brett Kavanaugh sementara NATO menyelidikinya .', 'Trump berbicara hari Sabtu .'];
    const found = run('id', id, (doc) => [unknown(doc, 0, 'Kemungkinan Trump'), person(doc, 0, 'Brett Kavanaugh', 'brett kavanaugh'), unknown(doc, 0, 'NATO')]);
    assert.equal(found.length, 1);
    assert.match(found[0]!, /FBI Untersuchungen/u);
  });
});

describe('names transliterated by each language its own way', () => {
  // The real keys and similarity, as check builds its context.
  const realContext = (docs: Array<ReturnType<typeof makeDocument>>, anchors: Parameters<typeof makeContext>[1]) => ({
    ...makeContext(docs, anchors),
    entityKey,
    nameSimilarity,
  });
  const named = (doc: ReturnType<typeof makeDocument>, text: string) => person(doc, 0, text, entityKey(text, doc.lang));

  it('compares names respelt by their languages, and not by consonants alone', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Lawrow traf Pompeo .'] });
    const en = makeDocument({ lang: 'en', sentences: ['Lavrov met Pompeo , Chen Gang and Tran Cuong .'] });
    const context = realContext([de, en], []);
    const [lawrow, lavrov, pompeo] = [named(de, 'Lawrow'), named(en, 'Lavrov'), named(en, 'Pompeo')];
    assert.ok(nameSimilarity(lawrow.value, lavrov.value) < relatedNameSimilarity);
    assert.ok(transliterationSimilarity(context, lawrow, 'de', lavrov, 'en') >= sameNameSimilarity);
    assert.ok(transliterationSimilarity(context, lawrow, 'de', pompeo, 'en') < relatedNameSimilarity);
    // Syllable names that differ in their vowels are two people.
    assert.ok(transliterationSimilarity(context, named(en, 'Chen Gang'), 'id', named(en, 'Tran Cuong'), 'id') < sameNameSimilarity);
  });

  it('takes one person named so in two versions for one person in the roles', () => {
    const de = makeDocument({ lang: 'de', sentences: ['Außenminister Lawrow sprach .'] });
    const ru = makeDocument({ lang: 'ru', sentences: ['Министр Лавров выступил .'] });
    const en = makeDocument({ lang: 'en', sentences: ['Minister Pompeo spoke .'] });
    const { mentions } = analyseRoles(realContext([de, ru, en], [[named(de, 'Lawrow')], [named(ru, 'Лавров')], [named(en, 'Pompeo')]]));
    const person = (document: number) => mentions.find((m) => m.document === document)!.person;
    assert.equal(person(0), person(1));
    assert.notEqual(person(0), person(2));
  });
});
