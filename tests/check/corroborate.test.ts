// Links between separate articles that a third version confirms: compared as a translation's are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sureVoteScore, corroboratedLinks, inDoubtBetweenArticles, isCorroborated, lacksMajority, restsOnValueAlone, sharesOnlyOtherMeasures, thirdVersionVotes } from '../../src/check/corroborate.js';
import { confidentPairs } from '../../src/check/links.js';
import { countMismatch } from '../../src/check/rules/count-mismatch.js';
import { countryLabel } from '../../src/check/rules/country-label.js';
import { country, date, entity, evidenceTexts, makeContext, makeDocument, num, person, place } from './helpers.js';

describe('corroborated comparable links', () => {
  // Three separate reports, in their own order; the Dutch changed 29 to 12. Only the figure is shared.
  const nl = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'Er werden 12 overeenkomsten ondertekend.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Man undertecknade 29 avtal.', 'Vädret var fint.'] });
  const id = makeDocument({ lang: 'id', sentences: ['Sebanyak 29 perjanjian ditandatangani.'] });
  const anchors = [[num(nl, 1, '12', 12)], [num(sv, 0, '29', 29)], [num(id, 0, '29', 29)]];

  it('a link two other links confirm through the same sentence of a third version is compared, and the majority names the outlier', () => {
    const context = makeContext([nl, sv, id], anchors, [
      [0, [1], 1, [0], 0.6, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ]);
    assert.equal(corroboratedLinks(context).size, 3);
    assert.ok(context.pairs.every((pair) => isCorroborated(context, pair)));
    assert.equal(confidentPairs(context).length, 3);
    const findings = countMismatch.run(context);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(context, findings[0]!).slice(0, 1), ['nl:12']);
  });

  it('two links alone, or a third version linked to another sentence, confirm nothing', () => {
    const alone = makeContext([nl, sv, id], anchors, [[0, [1], 1, [0], 0.6, 'comparable']]);
    assert.equal(corroboratedLinks(alone).size, 0);
    assert.deepEqual(countMismatch.run(alone), []);
    const elsewhere = makeContext([nl, sv, id], anchors, [
      [0, [1], 1, [0], 0.6, 'comparable'],
      [0, [0], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ]);
    assert.equal(isCorroborated(elsewhere, elsewhere.pairs[0]!), false);
    assert.deepEqual(countMismatch.run(elsewhere), []);
  });

  it('among three or more versions, two separate articles set against each other with no third on a side is not an alarm', () => {
    const context = makeContext([nl, sv, id], anchors, [[0, [1], 1, [0], 0.9, 'comparable']]);
    const evidence = [
      { document: 0, sentence: 1, start: 0, end: 1 },
      { document: 1, sentence: 0, start: 0, end: 1 },
    ];
    const raw = { rule: 'count-mismatch', message: '', values: ['12', '29'], evidence };
    assert.equal(lacksMajority(context, raw), true);
    assert.equal(lacksMajority(context, { ...raw, backedBy: 1 }), false, 'a third version counted on a side');
    assert.equal(lacksMajority(context, { ...raw, evidence: [...evidence, { document: 2, sentence: 0, start: 0, end: 1 }] }), false);
    const two = makeContext([nl, sv], anchors.slice(0, 2), [[0, [1], 1, [0], 0.9, 'comparable']]);
    assert.equal(lacksMajority(two, raw), false, 'two versions are all there is');
    const translations = makeContext([nl, sv, id], anchors, [[0, [1], 1, [0], 0.9, 'parallel']]);
    assert.equal(lacksMajority(translations, raw), false);
  });

  it('a third version confirming the link of a two-version finding takes the side whose value it states', () => {
    // The Indonesian sentence links to both weakly at first sight (the changed figure was most of what
    // it shared with the Dutch), yet one of its links is sure enough to confirm the Dutch–Swedish link.
    const links = (idNl: number, idSv: number): Array<[number, number[], number, number[], number, 'comparable']> => [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], idNl, 'comparable'],
      [1, [0], 2, [0], idSv, 'comparable'],
    ];
    const evidence = [
      { document: 0, sentence: 1, start: 0, end: 1, value: '12' },
      { document: 1, sentence: 0, start: 0, end: 1, value: '29' },
    ];
    const raw = { rule: 'count-mismatch', message: '', values: ['12', '29'], evidence };
    const confirmed = makeContext([nl, sv, id], anchors, links(0.5, sureVoteScore));
    assert.equal(lacksMajority(confirmed, raw), false);
    // A witness that states the outlier's value, or neither, takes no side.
    const id12 = makeDocument({ lang: 'id', sentences: ['Sebanyak 12 perjanjian ditandatangani.'] });
    const same = makeContext([nl, sv, id12], [anchors[0]!, anchors[1]!, [num(id12, 0, '12', 12)]], links(0.5, sureVoteScore));
    assert.equal(lacksMajority(same, raw), true);
    const none = makeContext([nl, sv, id], [anchors[0]!, anchors[1]!, []], links(0.5, sureVoteScore));
    assert.equal(lacksMajority(none, raw), true);
    // Two weak links confirm nothing.
    const weak = makeContext([nl, sv, id], anchors, links(0.5, sureVoteScore - 0.05));
    assert.equal(lacksMajority(weak, raw), true);
  });

  it('a third version takes a side on codes and dates too, by the code or date it writes', () => {
    const links: Array<[number, number[], number, number[], number, 'comparable']> = [
      [0, [0], 1, [0], 0.9, 'comparable'],
      [0, [0], 2, [0], 0.5, 'comparable'],
      [1, [0], 2, [0], sureVoteScore, 'comparable'],
    ];
    const [nlCode, svCode] = [makeDocument({ lang: 'nl', sentences: ['De SS17-collectie viel op.'] }), makeDocument({ lang: 'sv', sentences: ['SS19-kollektionen stack ut.'] })];
    const codeRaw = (idText: string) => {
      const idCode = makeDocument({ lang: 'id', sentences: [idText] });
      const evidence = [
        { document: 0, sentence: 0, start: 3, end: 7, value: 'SS17' },
        { document: 1, sentence: 0, start: 0, end: 4, value: 'SS19' },
      ];
      return { context: makeContext([nlCode, svCode, idCode], [[], [], []], links), raw: { rule: 'code-mismatch', message: '', values: ['SS17', 'SS19'], evidence } };
    };
    const sides = codeRaw('Koleksi SS19 menonjol.');
    assert.equal(lacksMajority(sides.context, sides.raw), false, 'the Indonesian writes SS19');
    const writesNone = codeRaw('Koleksi musim semi 2019 menonjol.');
    assert.equal(lacksMajority(writesNone.context, writesNone.raw), true, 'the Indonesian writes no code');

    const nlMonth = makeDocument({ lang: 'nl', sentences: ['De verkiezingen zijn in september.'] });
    const svMonth = makeDocument({ lang: 'sv', sentences: ['Valet hålls i november.'] });
    const idMonth = makeDocument({ lang: 'id', sentences: ['Pemilu digelar pada November.'] });
    const months = [[date(nlMonth, 0, 'september', { month: 9 })], [date(svMonth, 0, 'november', { month: 11 })], [date(idMonth, 0, 'November', { month: 11 })]];
    const dateRaw = {
      rule: 'date-mismatch',
      message: '',
      values: [months[0]![0]!.value, months[1]![0]!.value],
      evidence: [
        { document: 0, sentence: 0, start: months[0]![0]!.start, end: months[0]![0]!.end, value: months[0]![0]!.value },
        { document: 1, sentence: 0, start: months[1]![0]!.start, end: months[1]![0]!.end, value: months[1]![0]!.value },
      ],
    };
    assert.equal(lacksMajority(makeContext([nlMonth, svMonth, idMonth], months, links), dateRaw), false, 'the Indonesian says November');
    assert.equal(lacksMajority(makeContext([nlMonth, svMonth, idMonth], [months[0]!, months[1]!, []], links), dateRaw), true, 'the Indonesian gives no date');
  });

  it('a country swapped in a confirmed link of separate articles is named, backed by the third version', () => {
    const nlTeam = makeDocument({ lang: 'nl', sentences: ['Het team uit India won de finale.'] });
    const svTeam = makeDocument({ lang: 'sv', sentences: ['Vädret var fint.', 'Laget från Nepal vann finalen.'] });
    const idTeam = makeDocument({ lang: 'id', sentences: ['Tim dari Nepal memenangkan final.'] });
    const countries = [[country(nlTeam, 0, 'India', 'IN')], [country(svTeam, 1, 'Nepal', 'NP')], [country(idTeam, 0, 'Nepal', 'NP')]];
    const confirmed = makeContext([nlTeam, svTeam, idTeam], countries, [
      [0, [0], 1, [1], 0.6, 'comparable'],
      [0, [0], 2, [0], 0.6, 'comparable'],
      [1, [1], 2, [0], 0.9, 'comparable'],
    ]);
    // One finding for the outlier, its evidence the changed version first, then the versions it differs from.
    const findings = countryLabel.run(confirmed);
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => evidenceTexts(confirmed, f)[0] === 'nl:India' && (f.backedBy ?? 0) > 0));
    const alone = makeContext([nlTeam, svTeam, idTeam], countries, [[0, [0], 1, [1], 0.9, 'comparable']]);
    assert.deepEqual(countryLabel.run(alone), []);
  });

  it('a version that links the two sentences to two different ones of its own takes the confirmation back', () => {
    const uk = makeDocument({ lang: 'uk', sentences: ['Підписали 29 угод.', 'Погода була гарна.'] });
    const links: Array<[number, number[], number, number[], number, 'comparable']> = [
      [0, [1], 1, [0], 0.6, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ];
    const agreeing = makeContext([nl, sv, id, uk], [...anchors, [num(uk, 0, '29', 29)]], [...links, [0, [1], 3, [0], 0.6, 'comparable'], [1, [0], 3, [0], 0.8, 'comparable']]);
    assert.equal(corroboratedLinks(agreeing).get(agreeing.pairs[0]!), 2);
    const contradicting = makeContext([nl, sv, id, uk], [...anchors, [num(uk, 0, '29', 29)]], [...links, [0, [1], 3, [1], 0.6, 'comparable'], [1, [0], 3, [0], 0.8, 'comparable']]);
    assert.equal(isCorroborated(contradicting, contradicting.pairs[0]!), false);
  });

  it('more closed triangles of sure links than contradicting versions outweigh the contradiction when the link shares two facts', () => {
    // Five reports; the Ukrainian lacks the statement and links the Dutch and Swedish sentences to two
    // different sentences of its own. The Indonesian and Arabic link to both, surely.
    const nl5 = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'Er werden in 7 dagen 29 overeenkomsten ondertekend.'] });
    const nl5Apart = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'Er werden in 8 dagen 29 overeenkomsten ondertekend.'] });
    const sv5 = makeDocument({ lang: 'sv', sentences: ['Man undertecknade 29 avtal på 7 dagar.'] });
    const id5 = makeDocument({ lang: 'id', sentences: ['Sebanyak 29 perjanjian ditandatangani.'] });
    const ar5 = makeDocument({ lang: 'ar', sentences: ['وقعت 29 اتفاقية.'] });
    const uk5 = makeDocument({ lang: 'uk', sentences: ['Підписали 29 угод.', 'Погода була гарна.'] });
    const links = (triangles: number): Array<[number, number[], number, number[], number, 'comparable']> => [
      [0, [1], 1, [0], 0.85, 'comparable'],
      [0, [1], 2, [0], 0.7, 'comparable'],
      [1, [0], 2, [0], 0.7, 'comparable'],
      [0, [1], 3, [0], 0.7, 'comparable'],
      [1, [0], 3, [0], triangles === 2 ? 0.7 : sureVoteScore - 0.05, 'comparable'],
      [0, [1], 4, [1], 0.65, 'comparable'],
      [1, [0], 4, [0], 0.8, 'comparable'],
    ];
    const anchorsOf = (nlDoc: typeof nl5, days: number) => [
      [num(nlDoc, 1, String(days), days), num(nlDoc, 1, '29', 29)],
      [num(sv5, 0, '29', 29), num(sv5, 0, '7', 7)],
      [num(id5, 0, '29', 29)],
      [num(ar5, 0, '29', 29)],
      [num(uk5, 0, '29', 29)],
    ];
    const closed = makeContext([nl5, sv5, id5, ar5, uk5], anchorsOf(nl5, 7), links(2));
    assert.deepEqual(thirdVersionVotes(closed).get(closed.pairs[0]!), { witnesses: 2, against: 1 });
    assert.equal(isCorroborated(closed, closed.pairs[0]!), true);
    // One closed triangle against one contradiction, or a link sharing one fact only, stays contradicted.
    const open = makeContext([nl5, sv5, id5, ar5, uk5], anchorsOf(nl5, 7), links(1));
    assert.equal(isCorroborated(open, open.pairs[0]!), false);
    const oneFact = makeContext([nl5Apart, sv5, id5, ar5, uk5], anchorsOf(nl5Apart, 8), links(2));
    assert.equal(isCorroborated(oneFact, oneFact.pairs[0]!), false);
  });

  it('a version whose link to one of the two sentences is weak does not contradict', () => {
    // The Ukrainian lacks the statement: it links the Dutch sentence to its own sentence 1 by a shared figure, weakly.
    const uk = makeDocument({ lang: 'uk', sentences: ['Підписали 29 угод.', 'Погода була гарна, 12 градусів.'] });
    const links = (ukScore: number): Array<[number, number[], number, number[], number, 'comparable']> => [
      [0, [1], 1, [0], 0.6, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
      [0, [1], 3, [1], ukScore, 'comparable'],
      [1, [0], 3, [0], 0.8, 'comparable'],
    ];
    const ukAnchors = [...anchors, [num(uk, 0, '29', 29)]];
    const weak = makeContext([nl, sv, id, uk], ukAnchors, links(sureVoteScore - 0.05));
    assert.deepEqual(thirdVersionVotes(weak).get(weak.pairs[0]!), { witnesses: 1, against: 0 });
    assert.equal(isCorroborated(weak, weak.pairs[0]!), true);
    const sure = makeContext([nl, sv, id, uk], ukAnchors, links(sureVoteScore));
    assert.deepEqual(thirdVersionVotes(sure).get(sure.pairs[0]!), { witnesses: 1, against: 1 });
    assert.equal(isCorroborated(sure, sure.pairs[0]!), false);
  });

  it('a version whose two links to the sentences are both weak does not confirm', () => {
    const weak = sureVoteScore - 0.05;
    const context = makeContext([nl, sv, id], anchors, [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], weak, 'comparable'],
      [1, [0], 2, [0], weak, 'comparable'],
    ]);
    assert.deepEqual(thirdVersionVotes(context).get(context.pairs[0]!), { witnesses: 0, against: 0 });
    assert.equal(corroboratedLinks(context).has(context.pairs[0]!), false);
    // One sure link of the two: a witness.
    const one = makeContext([nl, sv, id], anchors, [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], weak, 'comparable'],
      [1, [0], 2, [0], sureVoteScore, 'comparable'],
    ]);
    assert.deepEqual(thirdVersionVotes(one).get(one.pairs[0]!), { witnesses: 1, against: 0 });
  });

  it('a sure confirmed link whose sentences share a fact each article states there only outlasts one contradicting version', () => {
    // The Dutch changed 29 to 12; the Ukrainian lacks the statement and links both sentences elsewhere.
    const nlTown = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'In Kiruna werden 12 overeenkomsten ondertekend.'] });
    const svTown = makeDocument({ lang: 'sv', sentences: ['I Kiruna undertecknade man 29 avtal.', 'Vädret var fint.'] });
    const idTown = makeDocument({ lang: 'id', sentences: ['Sebanyak 29 perjanjian ditandatangani di Kiruna.'] });
    const ukTown = makeDocument({ lang: 'uk', sentences: ['Підписали угоди.', 'Погода була гарна.'] });
    const townAnchors = [
      [num(nlTown, 1, '12', 12), place(nlTown, 1, 'Kiruna', 'Kiruna')],
      [num(svTown, 0, '29', 29), place(svTown, 0, 'Kiruna', 'Kiruna')],
      [num(idTown, 0, '29', 29), place(idTown, 0, 'Kiruna', 'Kiruna')],
      [],
    ];
    const links = (score: number): Array<[number, number[], number, number[], number, 'comparable']> => [
      [0, [1], 1, [0], score, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
      [0, [1], 3, [1], 0.6, 'comparable'],
      [1, [0], 3, [0], 0.8, 'comparable'],
    ];
    const sure = makeContext([nlTown, svTown, idTown, ukTown], townAnchors, links(0.85));
    assert.equal(isCorroborated(sure, sure.pairs[0]!), true);
    assert.equal(countMismatch.run(sure).length, 1);
    assert.equal(isCorroborated(sure, sure.pairs[3]!), false, 'the contradicting link itself stays unconfirmed');
    const unsure = makeContext([nlTown, svTown, idTown, ukTown], townAnchors, links(0.7));
    assert.equal(isCorroborated(unsure, unsure.pairs[0]!), false);
    // The town named in another Dutch sentence too: no fact of that sentence alone.
    const nlTwice = makeDocument({ lang: 'nl', sentences: ['Het weer in Kiruna was goed.', 'In Kiruna werden 12 overeenkomsten ondertekend.'] });
    const twiceAnchors = [[place(nlTwice, 0, 'Kiruna', 'Kiruna'), num(nlTwice, 1, '12', 12), place(nlTwice, 1, 'Kiruna', 'Kiruna')], ...townAnchors.slice(1)];
    const twice = makeContext([nlTwice, svTown, idTown, ukTown], twiceAnchors, links(0.85));
    assert.equal(isCorroborated(twice, twice.pairs[0]!), false);
  });

  it('a shared figure does not let a link outlast a contradicting version, nor does a link more versions contradict than confirm', () => {
    // Each version states 10 once, the Dutch as a bound of a count of visitors: a figure recurs by chance
    // where a name does not (written with a unit of another measure, it is not shared at all: see below).
    const nlRain = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'Er komen 2 tot 10 bezoekers.'] });
    const svHeat = makeDocument({ lang: 'sv', sentences: ['Det blir 80 grader, 10 grader varmare.', 'Vädret var fint.'] });
    const idHeat = makeDocument({ lang: 'id', sentences: ['Suhu mencapai 80 derajat, 10 derajat di atas rata-rata.'] });
    const ukNone = makeDocument({ lang: 'uk', sentences: ['Буде дощ.', 'Погода була гарна.'] });
    const figures = [
      [num(nlRain, 1, '2', 2), num(nlRain, 1, '10', 10)],
      [num(svHeat, 0, '80', 80), num(svHeat, 0, '10', 10)],
      [num(idHeat, 0, '80', 80), num(idHeat, 0, '10', 10)],
      [],
    ];
    const links: Array<[number, number[], number, number[], number, 'comparable']> = [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
      [0, [1], 3, [0], 0.6, 'comparable'],
      [1, [0], 3, [1], 0.8, 'comparable'],
    ];
    const byFigure = makeContext([nlRain, svHeat, idHeat, ukNone], figures, links);
    assert.deepEqual(thirdVersionVotes(byFigure).get(byFigure.pairs[0]!), { witnesses: 1, against: 1 });
    assert.equal(isCorroborated(byFigure, byFigure.pairs[0]!), false);
    // A shared name each article states there only outlasts one contradicting version, not two.
    const nlTown = makeDocument({ lang: 'nl', sentences: ['Het weer was goed.', 'In Kiruna werden 12 overeenkomsten ondertekend.'] });
    const svTown = makeDocument({ lang: 'sv', sentences: ['I Kiruna undertecknade man 29 avtal.', 'Vädret var fint.'] });
    const idTown = makeDocument({ lang: 'id', sentences: ['Sebanyak 29 perjanjian ditandatangani di Kiruna.'] });
    const ukTown = makeDocument({ lang: 'uk', sentences: ['Підписали угоди.', 'Погода була гарна.'] });
    const arTown = makeDocument({ lang: 'ar', sentences: ['وقعت اتفاقيات.', 'كان الطقس جميلا.'] });
    const townAnchors = [
      [num(nlTown, 1, '12', 12), place(nlTown, 1, 'Kiruna', 'Kiruna')],
      [num(svTown, 0, '29', 29), place(svTown, 0, 'Kiruna', 'Kiruna')],
      [num(idTown, 0, '29', 29), place(idTown, 0, 'Kiruna', 'Kiruna')],
      [],
      [],
    ];
    const outnumbered = makeContext([nlTown, svTown, idTown, ukTown, arTown], townAnchors, [
      [0, [1], 1, [0], 0.85, 'comparable'],
      [0, [1], 2, [0], 0.55, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
      [0, [1], 3, [1], 0.6, 'comparable'],
      [1, [0], 3, [0], 0.8, 'comparable'],
      [0, [1], 4, [1], 0.6, 'comparable'],
      [1, [0], 4, [0], 0.8, 'comparable'],
    ]);
    assert.deepEqual(thirdVersionVotes(outnumbered).get(outnumbered.pairs[0]!), { witnesses: 1, against: 2 });
    assert.equal(isCorroborated(outnumbered, outnumbered.pairs[0]!), false);
  });

  it('a link the other versions contradict and none confirms takes no part in the vote on the right links of its sentence', () => {
    // Five reports; the Dutch changed 29 to 12, which left it sharing only the town. The Ukrainian aligner
    // linked the Dutch sentence to its sentence on the weather, which Swedish, Indonesian and Arabic link
    // to theirs: before, its vote contradicted the Dutch–Swedish link the Indonesian and Arabic confirm.
    const statement = (lang: string, text: string, weather: string) => makeDocument({ lang, sentences: [text, weather] });
    const docs = [
      statement('nl', 'In Kiruna werden 12 overeenkomsten ondertekend.', 'Het weer in Kiruna was goed.'),
      statement('sv', 'I Kiruna undertecknade man 29 avtal.', 'Vädret i Kiruna var fint.'),
      statement('id', 'Sebanyak 29 perjanjian ditandatangani di Kiruna.', 'Cuaca di Kiruna bagus.'),
      statement('ar', 'وقعت 29 اتفاقية في كيرونا.', 'كان الطقس في كيرونا جميلا.'),
      statement('uk', 'У Кіруні підписали 29 угод.', 'Погода в Кіруні була гарна.'),
    ];
    const keys = ['12', '29', '29', '29', '29'];
    const towns = ['Kiruna', 'Kiruna', 'Kiruna', 'كيرونا', 'Кіруні'];
    // The weather sentences name the town too: the Ukrainian link shares as much with the Dutch statement as its right links do.
    const anchorsOf = docs.map((doc, d) => [num(doc, 0, keys[d]!, Number(keys[d])), place(doc, 0, towns[d]!, 'Kiruna'), place(doc, 1, towns[d]!, 'Kiruna')]);
    type ComparableLink = [number, number[], number, number[], number, 'comparable'];
    // The Dutch statement linked to the Swedish, Indonesian and Arabic ones; those four versions' statements linked to each other surely.
    const right: ComparableLink[] = [1, 2, 3].map((d): ComparableLink => [0, [0], d, [0], 0.7, 'comparable']);
    for (let x = 1; x < docs.length; x++) for (let y = x + 1; y < docs.length; y++) right.push([x, [0], y, [0], 0.9, 'comparable']);
    const ukWrong: ComparableLink = [0, [0], 4, [1], 0.76, 'comparable'];
    const weather = (versions: number[]) => versions.map((d): ComparableLink => [d, [1], 4, [1], 0.9, 'comparable']);
    const refuted = makeContext(docs, anchorsOf, [...right, ukWrong, ...weather([1, 2, 3])]);
    assert.deepEqual(thirdVersionVotes(refuted).get(refuted.pairs[0]!), { witnesses: 2, against: 0 });
    assert.deepEqual(thirdVersionVotes(refuted).get(refuted.pairs[9]!), { witnesses: 0, against: 3 });
    const findings = countMismatch.run(refuted);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(refuted, findings[0]!).slice(0, 1), ['nl:12']);
    // One version alone contradicting the Ukrainian link does not set it aside: its vote stands.
    const contested = makeContext(docs, anchorsOf, [...right, ukWrong, ...weather([1])]);
    assert.deepEqual(thirdVersionVotes(contested).get(contested.pairs[0]!), { witnesses: 2, against: 1 });
  });

  it('a contradiction resting on a link no version confirms and weaker than the link voted on, beside a right partner two versions confirm, does not count', () => {
    // Five reports; the Dutch changed 29 to 12 in the statement on Anna Berg in Kiruna. The Ukrainian
    // aligner linked the Dutch sentence to its sentence on Anna Berg's childhood, which only the Swedish
    // links to its own; the Ukrainian statement itself is linked surely to the Swedish, Indonesian and
    // Arabic ones. Before, the Ukrainian vote contradicted the Dutch–Swedish link.
    const towns = ['Kiruna', 'Kiruna', 'Kiruna', 'كيرونا', 'Кіруні'];
    const names = ['Anna Berg', 'Anna Berg', 'Anna Berg', 'آنا بيرغ', 'Анна Берг'];
    const keys = ['12', '29', '29', '29', '29'];
    // `home`: where each version says she grew up; Kiruna makes the childhood sentence share as much with the statement as its link does.
    const stories = (home: string[]) => [
      makeDocument({ lang: 'nl', sentences: ['In Kiruna tekende Anna Berg 12 overeenkomsten.', `Anna Berg groeide op in ${home[0]}.`] }),
      makeDocument({ lang: 'sv', sentences: ['I Kiruna undertecknade Anna Berg 29 avtal.', `Anna Berg växte upp i ${home[1]}.`] }),
      makeDocument({ lang: 'id', sentences: ['Di Kiruna, Anna Berg menandatangani 29 perjanjian.', `Anna Berg dibesarkan di ${home[2]}.`] }),
      makeDocument({ lang: 'ar', sentences: ['في كيرونا وقعت آنا بيرغ 29 اتفاقية.', `نشأت آنا بيرغ في ${home[3]}.`] }),
      makeDocument({ lang: 'uk', sentences: ['У Кіруні Анна Берг підписала 29 угод.', `Анна Берг виросла в ${home[4]}.`] }),
    ];
    const anchorsOf = (docs: ReturnType<typeof stories>, homeIsKiruna: boolean) =>
      docs.map((doc, d) => [
        num(doc, 0, keys[d]!, Number(keys[d])),
        place(doc, 0, towns[d]!, 'Kiruna'),
        person(doc, 0, names[d]!, 'ANABIRK'),
        person(doc, 1, names[d]!, 'ANABIRK'),
        ...(homeIsKiruna ? [place(doc, 1, towns[d]!, 'Kiruna')] : []),
      ]);
    type ComparableLink = [number, number[], number, number[], number, 'comparable'];
    const dutch: ComparableLink[] = [1, 2, 3].map((d): ComparableLink => [0, [0], d, [0], 0.7, 'comparable']);
    const others: ComparableLink[] = [];
    for (let x = 1; x < 5; x++) for (let y = x + 1; y < 5; y++) others.push([x, [0], y, [0], 0.9, 'comparable']);
    const ukWrong: ComparableLink = [0, [0], 4, [1], 0.76, 'comparable'];
    const childhood: ComparableLink = [1, [1], 4, [1], 0.9, 'comparable'];
    const links = [...dutch, ...others, ukWrong, childhood];
    const lund = stories(['Lund', 'Lund', 'Lund', 'لوند', 'Лунді']);
    const outweighed = makeContext(lund, anchorsOf(lund, false), links);
    assert.deepEqual(thirdVersionVotes(outweighed).get(outweighed.pairs[0]!), { witnesses: 2, against: 0 });
    const findings = countMismatch.run(outweighed);
    assert.equal(findings.length, 1);
    assert.deepEqual(evidenceTexts(outweighed, findings[0]!).slice(0, 1), ['nl:12']);
    // The childhood sentence naming the town too shares as much with the Dutch statement as the link
    // voted on does: the vote stands (one name and a town link a sentence to its neighbour as readily).
    const kiruna = stories(towns);
    const asMuch = makeContext(kiruna, anchorsOf(kiruna, true), links);
    assert.deepEqual(thirdVersionVotes(asMuch).get(asMuch.pairs[0]!), { witnesses: 2, against: 1 });
    // The Ukrainian statement confirmed by one version only (its Arabic link gone), the vote stands too.
    const arabicUk = others.findIndex(([x, , y]) => x === 3 && y === 4);
    const lessConfirmed = makeContext(lund, anchorsOf(lund, false), links.filter((_, k) => k !== dutch.length + arabicUk));
    assert.deepEqual(thirdVersionVotes(lessConfirmed).get(lessConfirmed.pairs[0]!), { witnesses: 2, against: 1 });
  });

  it('a weekday set against sentences that share no other fact with it is in doubt; sharing a name, it is not', () => {
    // Each version keeps its own share of the story: the Dutch sentence on the court date meets the others' on the attack.
    const nlDay = makeDocument({ lang: 'nl', sentences: ['De verdachte verschijnt maandag voor de rechter.'] });
    const svDay = makeDocument({ lang: 'sv', sentences: ['En man knivhöggs i Kiruna i fredags.'] });
    const idDay = makeDocument({ lang: 'id', sentences: ['Seorang pria ditikam di Kiruna pada hari Jumat.'] });
    const at = (doc: typeof nlDay, d: number, word: string) => ({ document: d, sentence: 0, start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length });
    const evidence = [at(nlDay, 0, 'maandag'), at(svDay, 1, 'fredags'), at(idDay, 2, 'Jumat')];
    const raw = { rule: 'weekday-mismatch', message: '', values: ['Monday', 'Friday'], evidence };
    const links: Array<[number, number[], number, number[], number, 'comparable']> = [
      [0, [0], 1, [0], 0.7, 'comparable'],
      [0, [0], 2, [0], 0.7, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ];
    const apart = makeContext([nlDay, svDay, idDay], [[], [place(svDay, 0, 'Kiruna', 'Kiruna')], [place(idDay, 0, 'Kiruna', 'Kiruna')]], links);
    assert.equal(restsOnValueAlone(apart, raw), true);
    assert.equal(inDoubtBetweenArticles(apart, raw), true);
    assert.equal(restsOnValueAlone(apart, { ...raw, rule: 'count-mismatch' }), false, 'figures and names are facts of the link themselves');
    const nlTown = makeDocument({ lang: 'nl', sentences: ['In Kiruna werd maandag een man neergestoken.'] });
    const together = makeContext([nlTown, svDay, idDay], [[place(nlTown, 0, 'Kiruna', 'Kiruna')], [place(svDay, 0, 'Kiruna', 'Kiruna')], [place(idDay, 0, 'Kiruna', 'Kiruna')]], links);
    assert.equal(restsOnValueAlone(together, { ...raw, evidence: [at(nlTown, 0, 'maandag'), ...evidence.slice(1)] }), false);
    const translations = makeContext([nlDay, svDay, idDay], [[], [], []], links.map(([a, x, b, y, score]) => [a, x, b, y, score, 'parallel'] as [number, number[], number, number[], number, 'parallel']));
    assert.equal(restsOnValueAlone(translations, raw), false, 'translations are compared on their alignment');
  });

  it('a town the story names in many of its sentences is no shared fact of the weekday link', () => {
    // Every version names the town again and again: the court date and the attack share it by chance.
    const story = (lang: string, sentences: string[]) => makeDocument({ lang, sentences });
    const nl = story('nl', ['In Kiruna verschijnt de verdachte maandag voor de rechter.', 'De politie van Kiruna zoekt getuigen.', 'Het weer was koud.']);
    const sv = story('sv', ['En man knivhöggs i Kiruna i fredags.', 'Polisen i Kiruna söker vittnen.', 'Det var kallt.']);
    const id = story('id', ['Seorang pria ditikam di Kiruna pada hari Jumat.', 'Polisi Kiruna mencari saksi.', 'Cuacanya dingin.']);
    const town = (doc: typeof nl) => [place(doc, 0, 'Kiruna', 'Kiruna'), place(doc, 1, 'Kiruna', 'Kiruna')];
    const links: Array<[number, number[], number, number[], number, 'comparable']> = [
      [0, [0], 1, [0], 0.7, 'comparable'],
      [0, [0], 2, [0], 0.7, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ];
    const context = makeContext([nl, sv, id], [town(nl), town(sv), town(id)], links);
    const at = (doc: typeof nl, d: number, word: string) => ({ document: d, sentence: 0, start: doc.text.indexOf(word), end: doc.text.indexOf(word) + word.length });
    const raw = { rule: 'weekday-mismatch', message: '', values: ['Monday', 'Friday'], evidence: [at(nl, 0, 'maandag'), at(sv, 1, 'fredags'), at(id, 2, 'Jumat')] };
    assert.equal(restsOnValueAlone(context, raw), true);
  });
});

describe('links sharing a number only as different measures', () => {
  // The Dutch lacks the heat statement: its rain sentence shares only the 10 (of centimetres) with it.
  const nl = makeDocument({ lang: 'nl', sentences: ['Er viel 2 tot 10 cm regen in de woestijn.'] });
  const sv = makeDocument({ lang: 'sv', sentences: ['Det blir 30 grader i staden, 10 grader över det normala.'] });
  const id = makeDocument({ lang: 'id', sentences: ['Suhu kota mencapai 30 derajat, 10 derajat di atas normal.'] });
  const anchors = [
    [num(nl, 0, '2', 2), num(nl, 0, '10', 10)],
    [num(sv, 0, '30', 30), num(sv, 0, '10', 10)],
    [num(id, 0, '30', 30), num(id, 0, '10', 10)],
  ];
  const triangle = makeContext([nl, sv, id], anchors, [
    [0, [0], 1, [0], 0.9, 'comparable'],
    [0, [0], 2, [0], 0.9, 'comparable'],
    [1, [0], 2, [0], 0.9, 'comparable'],
  ]);

  it('are not confirmed by a third version linked to both, and give no alarm', () => {
    const [nlSv, nlId, svId] = triangle.pairs;
    assert.equal(sharesOnlyOtherMeasures(triangle, nlSv!), true);
    assert.equal(sharesOnlyOtherMeasures(triangle, nlId!), true);
    assert.equal(sharesOnlyOtherMeasures(triangle, svId!), false, 'one measure, one statement');
    assert.deepEqual(thirdVersionVotes(triangle).get(nlSv!), { witnesses: 0, against: 0 });
    assert.equal(isCorroborated(triangle, nlSv!), false);
    assert.equal(isCorroborated(triangle, svId!), true);
    assert.ok(countMismatch.run(triangle).every((f) => !evidenceTexts(triangle, f).some((t) => t.startsWith('nl:'))));
  });

  it('share the number when either side writes it without a unit, or both in one measure', () => {
    const bare = makeDocument({ lang: 'nl', sentences: ['Er vielen 10 doden in de stad.'] });
    const hot = makeDocument({ lang: 'nl', sentences: ['Het werd 10 graden warmer.'] });
    const withBare = makeContext([bare, sv], [[num(bare, 0, '10', 10)], anchors[1]!], [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(sharesOnlyOtherMeasures(withBare, withBare.pairs[0]!), false);
    const sameMeasure = makeContext([hot, sv], [[num(hot, 0, '10', 10)], anchors[1]!], [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(sharesOnlyOtherMeasures(sameMeasure, sameMeasure.pairs[0]!), false);
  });
});

describe('a third version showing one side of a link to be outside the statement', () => {
  // Swedish and Indonesian report a signing (place, company, country, figure); the third version's
  // sentence shares only the figure with it, or is the signing with its figure changed.
  const sv = makeDocument({ lang: 'sv', sentences: ['I Kiruna undertecknade Volvo och Sverige 29 avtal.'] });
  const id = makeDocument({ lang: 'id', sentences: ['Volvo dan Swedia menandatangani 29 perjanjian di Kiruna.'] });
  const statement = [
    [place(sv, 0, 'Kiruna', 'Kiruna'), entity(sv, 0, 'Volvo', 'Volvo', 'organisation'), country(sv, 0, 'Sverige', 'SE'), num(sv, 0, '29', 29)],
    [entity(id, 0, 'Volvo', 'Volvo', 'organisation'), country(id, 0, 'Swedia', 'SE'), num(id, 0, '29', 29), place(id, 0, 'Kiruna', 'Kiruna')],
  ];
  const triangle = (third: ReturnType<typeof makeDocument>, anchors: ReturnType<typeof num | typeof place | typeof country>[]) =>
    makeContext([third, sv, id], [anchors, ...statement], [
      [0, [0], 1, [0], 0.9, 'comparable'],
      [0, [0], 2, [0], 0.9, 'comparable'],
      [1, [0], 2, [0], 0.9, 'comparable'],
    ]);

  it('a sentence sharing one fact of four with the statement is not confirmed by it, and the statement still is', () => {
    const nl = makeDocument({ lang: 'nl', sentences: ['Er vielen 29 doden.'] });
    const context = triangle(nl, [num(nl, 0, '29', 29)]);
    const votes = thirdVersionVotes(context);
    assert.equal(votes.get(context.pairs[0]!)!.witnesses, 0);
    assert.equal(votes.get(context.pairs[1]!)!.witnesses, 0);
    assert.equal(votes.get(context.pairs[2]!)!.witnesses, 1, 'the two that keep the statement');
    assert.deepEqual(countMismatch.run(context), []);
  });

  it('the statement with one fact changed is confirmed', () => {
    const nl = makeDocument({ lang: 'nl', sentences: ['In Kiruna tekenden Volvo en Zweden 12 overeenkomsten.'] });
    const context = triangle(nl, [place(nl, 0, 'Kiruna', 'Kiruna'), entity(nl, 0, 'Volvo', 'Volvo', 'organisation'), country(nl, 0, 'Zweden', 'SE'), num(nl, 0, '12', 12)]);
    assert.equal(thirdVersionVotes(context).get(context.pairs[0]!)!.witnesses, 1);
    assert.equal(isCorroborated(context, context.pairs[0]!), true);
  });

  it('across scripts names are not counted, so a changed statement whose names match less is still confirmed', () => {
    const uk = makeDocument({ lang: 'uk', sentences: ['У Кіруні Вольво і Швеція підписали 12 угод.'] });
    const anchors = [place(uk, 0, 'Кіруні', 'Кіруна'), entity(uk, 0, 'Вольво', 'Вольво', 'organisation'), country(uk, 0, 'Швеція', 'SE'), num(uk, 0, '12', 12)];
    const context = triangle(uk, anchors);
    assert.equal(thirdVersionVotes(context).get(context.pairs[0]!)!.witnesses, 1);
    const findings = countMismatch.run(context);
    assert.ok(findings.some((f) => evidenceTexts(context, f)[0] === 'uk:12'));
  });
});
