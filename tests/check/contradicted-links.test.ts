// Among three or more translations, a link the other versions contradict (they link its two sentences to
// two different sentences of their own) and do not confirm is no ground for comparing facts. A version
// that leaves out a sentence next to one another version leaves out makes the aligner pair the two
// neighbours, and that link sits between two good ones.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { confidentPairs } from '../../src/check/links.js';
import { statedTogetherElsewhere } from '../../src/check/swap-sides.js';
import { restsOnSplitLinks, translationLinksAsVoted } from '../../src/check/translation-votes.js';
import { makeContext, makeDocument, num, person } from './helpers.js';
import type { Anchor } from '../../src/types.js';
import type { RawFinding, RuleContext, SentencePair } from '../../src/check/types.js';

const contradicted = (context: RuleContext, link: SentencePair) => translationLinksAsVoted(context).has(link) && translationLinksAsVoted(context).get(link) === undefined;

describe('links the other translations contradict', () => {
  const docs = ['nl', 'sv', 'id', 'de'].map((lang) => makeDocument({ lang, sentences: ['s0', 's1', 's2', 's3'] }));
  // nl and sv each left out a line (nl line 2, sv line 3): their sentence 2 is line 3 in nl, line 2 in sv.
  const wrong: [number, number[], number, number[], number] = [0, [2], 1, [2], 0.3];
  const around: Array<[number, number[], number, number[], number]> = [
    [0, [0], 1, [0], 0.9],
    [0, [1], 1, [1], 0.9],
    [0, [3], 1, [3], 0.9],
  ];
  const thirds = (version: number): Array<[number, number[], number, number[], number]> => [
    [0, [2], version, [3], 0.8],
    [1, [2], version, [2], 0.8],
  ];

  it('are not compared when the other versions link their sentences apart', () => {
    const context = makeContext(docs, [], [...around, wrong, ...thirds(2), ...thirds(3)]);
    const link = context.pairs.find((pair) => pair.score === 0.3)!;
    assert.ok(contradicted(context, link));
    assert.ok(!confidentPairs(context).includes(link));
  });

  it('are, when the other versions confirm them', () => {
    const confirmed: Array<[number, number[], number, number[], number]> = [
      [0, [2], 2, [2], 0.8],
      [1, [2], 2, [2], 0.8],
      [0, [2], 3, [2], 0.8],
      [1, [2], 3, [2], 0.8],
    ];
    const context = makeContext(docs, [], [...around, wrong, ...confirmed]);
    const link = context.pairs.find((pair) => pair.score === 0.3)!;
    assert.ok(!contradicted(context, link));
    assert.ok(confidentPairs(context).includes(link));
  });

  it('follow the majority of the other versions', () => {
    // One third version made the same wrong link (it too lacks the line), two keep both lines.
    const sameMistake: Array<[number, number[], number, number[], number]> = [
      [0, [2], 2, [2], 0.8],
      [1, [2], 2, [2], 0.8],
    ];
    const docsOfFive = ['nl', 'sv', 'id', 'de', 'uk'].map((lang) => makeDocument({ lang, sentences: ['s0', 's1', 's2', 's3'] }));
    const context = makeContext(docsOfFive, [], [...around, wrong, ...sameMistake, ...thirds(3), ...thirds(4)]);
    const link = context.pairs.find((pair) => pair.score === 0.3)!;
    assert.ok(contradicted(context, link));
  });

  it('leave out a sentence swallowed beside its neighbour, which the other versions link apart', () => {
    // nl left out line 3: the aligner put sv's line 3 into a bead with its line 2 (two sentences against one).
    const wide: [number, number[], number, number[], number] = [0, [2], 1, [2, 3], 0.6];
    const links: Array<[number, number[], number, number[], number]> = [
      [0, [0], 1, [0], 0.9],
      [0, [1], 1, [1], 0.9],
      wide,
      ...[2, 3].flatMap((third): Array<[number, number[], number, number[], number]> => [
        [0, [2], third, [2], 0.8],
        [1, [2], third, [2], 0.8],
        [1, [3], third, [3], 0.8],
      ]),
    ];
    const context = makeContext(docs, [], links);
    const link = context.pairs.find((pair) => pair.score === 0.6)!;
    const compared = confidentPairs(context).find((pair) => pair.a.document === 0 && pair.a.sentences[0] === 2)!;
    assert.notEqual(compared, link);
    assert.deepEqual([compared.a.sentences, compared.b.sentences], [[2], [2]]);
  });

  it('leave out a swallowed sentence that shares nothing, when every pair with the shorter version swallowed it', () => {
    // nl lacks line 3, so each of its pairs put the other version's line 3 beside its line 2; the pairs
    // without nl keep lines 2 and 3 apart.
    const texts = (two: string, three: string) => ['s0', 's1', two, three];
    const story = [
      makeDocument({ lang: 'nl', sentences: ['s0', 's1', '12 doden', 's3'] }),
      makeDocument({ lang: 'sv', sentences: texts('12 döda', '30 hus') }),
      makeDocument({ lang: 'id', sentences: texts('12 tewas', '30 rumah') }),
      makeDocument({ lang: 'de', sentences: texts('12 Tote', '30 Häuser') }),
    ];
    const anchors = story.map((doc, d) => [num(doc, 2, '12', 12), ...(d === 0 ? [] : [num(doc, 3, '30', 30)])]);
    const links: Array<[number, number[], number, number[], number]> = [
      [0, [2], 1, [2, 3], 0.6],
      [0, [2], 2, [2, 3], 0.8],
      [0, [2], 3, [2, 3], 0.8],
      [1, [2], 2, [2], 0.9],
      [1, [3], 2, [3], 0.9],
      [1, [2], 3, [2], 0.9],
      [1, [3], 3, [3], 0.9],
    ];
    const context = makeContext(story, anchors, links);
    const compared = confidentPairs(context).find((pair) => pair.a.document === 0 && pair.b.document === 1)!;
    assert.deepEqual([compared.a.sentences, compared.b.sentences], [[2], [2]]);
    // Where the other versions join the two sentences too, the bead stays whole.
    const joined = makeContext(story, anchors, [...links.slice(0, 3), [1, [2, 3], 2, [2, 3], 0.9], [1, [2, 3], 3, [2, 3], 0.9]]);
    const whole = confidentPairs(joined).find((pair) => pair.a.document === 0 && pair.b.document === 1)!;
    assert.deepEqual(whole.b.sentences, [2, 3]);
  });

  it('are not compared when one side holds two statements of the others and the other side one of them', () => {
    // nl joined lines 2 and 3 into one sentence; the aligner linked it to sv's line 2 alone.
    const joined = [
      makeDocument({ lang: 'nl', sentences: ['s0', 's1', '12 doden. 30 huizen', 's3'] }),
      makeDocument({ lang: 'sv', sentences: ['s0', 's1', '12 döda', '30 hus'] }),
      makeDocument({ lang: 'id', sentences: ['s0', 's1', '12 tewas', '30 rumah'] }),
      makeDocument({ lang: 'de', sentences: ['s0', 's1', '12 Tote', '30 Häuser'] }),
    ];
    const anchors = joined.map((doc, d) => [num(doc, 2, '12', 12), d === 0 ? num(doc, 2, '30', 30) : num(doc, 3, '30', 30)]);
    const thirdsOfJoined = (third: number): Array<[number, number[], number, number[], number]> => [
      [0, [2], third, [2, 3], 0.8],
      [1, [2], third, [2], 0.8],
      [1, [3], third, [3], 0.8],
    ];
    const context = makeContext(joined, anchors, [[0, [0], 1, [0], 0.9], [0, [1], 1, [1], 0.9], [0, [2], 1, [2], 0.6], ...thirdsOfJoined(2), ...thirdsOfJoined(3)]);
    assert.ok(contradicted(context, context.pairs.find((pair) => pair.score === 0.6)!));
    // The bead that holds both of sv's sentences is whole.
    const whole = makeContext(joined, anchors, [[0, [2], 1, [2, 3], 0.6], ...thirdsOfJoined(2), ...thirdsOfJoined(3)]);
    const link = whole.pairs.find((pair) => pair.score === 0.6)!;
    assert.equal(translationLinksAsVoted(whole).get(link), link);
  });

  it('are not compared when each side joins two statements and the two overlap in one', () => {
    // nl joined lines 1 and 2, sv lines 2 and 3: their link shares line 2, and each side holds a
    // statement the other lacks (5 victims in nl's line 1, 30 houses in sv's line 3).
    const crossed = [
      makeDocument({ lang: 'nl', sentences: ['s0', '5 gewonden. 12 doden', '30 huizen'] }),
      makeDocument({ lang: 'sv', sentences: ['s0', '5 skadade', '12 döda. 30 hus'] }),
      makeDocument({ lang: 'id', sentences: ['s0', '5 luka', '12 tewas', '30 rumah'] }),
      makeDocument({ lang: 'de', sentences: ['s0', '5 Verletzte', '12 Tote', '30 Häuser'] }),
    ];
    const anchors = [
      [num(crossed[0]!, 1, '5', 5), num(crossed[0]!, 1, '12', 12), num(crossed[0]!, 2, '30', 30)],
      [num(crossed[1]!, 1, '5', 5), num(crossed[1]!, 2, '12', 12), num(crossed[1]!, 2, '30', 30)],
      ...[2, 3].map((d) => [num(crossed[d]!, 1, '5', 5), num(crossed[d]!, 2, '12', 12), num(crossed[d]!, 3, '30', 30)]),
    ];
    const thirdsOfCrossed = (third: number): Array<[number, number[], number, number[], number]> => [
      [0, [1], third, [1, 2], 0.8],
      [0, [2], third, [3], 0.8],
      [1, [1], third, [1], 0.8],
      [1, [2], third, [2, 3], 0.8],
    ];
    const links: Array<[number, number[], number, number[], number]> = [[0, [1], 1, [2], 0.6], ...thirdsOfCrossed(2), ...thirdsOfCrossed(3)];
    const context = makeContext(crossed, anchors, links);
    assert.ok(contradicted(context, context.pairs.find((pair) => pair.score === 0.6)!));
    // Sides that share no fact with their extra sentences merely swallowed them (their own versions lack
    // those lines): the link is compared.
    const swallowed = anchors.map((list, d) => (d === 0 ? list.filter((anchor) => anchor.numeric !== 5) : d === 1 ? list.filter((anchor) => anchor.numeric !== 30) : list));
    const kept = makeContext(crossed, swallowed, links);
    const link = kept.pairs.find((pair) => pair.score === 0.6)!;
    assert.equal(translationLinksAsVoted(kept).get(link), link);
  });

  it('need a third version: between two versions nothing contradicts a link', () => {
    const context = makeContext(docs.slice(0, 2), [], [...around, wrong]);
    assert.equal(translationLinksAsVoted(context).size, 0);
  });

  it('give no alarm where two translations leave out neighbouring sentences', () => {
    const story: Record<string, string[]> = {
      nl: [
        'De aardbeving trof het eiland Sulawesi.',
        'Het agentschap voor rampenbestrijding gaf de cijfers vrij.',
        'Op vrijdag kwamen 12 mensen om in Palu.',
        'Op zondag werden 30 huizen verwoest in Donggala.',
        'Hulpverleners zoeken nog naar overlevenden.',
        'De regering stuurt soldaten naar het gebied.',
      ],
      sv: [
        'Jordbävningen drabbade ön Sulawesi.',
        'Katastrofmyndigheten släppte siffrorna.',
        'På fredagen dog 12 människor i Palu.',
        'På söndagen förstördes 30 hus i Donggala.',
        'Räddningsarbetare letar fortfarande efter överlevande.',
        'Regeringen skickar soldater till området.',
      ],
      id: [
        'Gempa bumi melanda pulau Sulawesi.',
        'Badan penanggulangan bencana merilis angka-angka tersebut.',
        'Pada hari Jumat, 12 orang tewas di Palu.',
        'Pada hari Minggu, 30 rumah hancur di Donggala.',
        'Tim penyelamat masih mencari korban selamat.',
        'Pemerintah mengirim tentara ke daerah itu.',
      ],
      en: [
        'The earthquake struck the island of Sulawesi.',
        'The disaster agency released the figures.',
        'On Friday 12 people died in Palu.',
        'On Sunday 30 houses were destroyed in Donggala.',
        'Rescuers are still searching for survivors.',
        'The government is sending soldiers to the area.',
      ],
      de: [
        'Das Erdbeben traf die Insel Sulawesi.',
        'Die Katastrophenschutzbehörde gab die Zahlen bekannt.',
        'Am Freitag starben 12 Menschen in Palu.',
        'Am Sonntag wurden 30 Häuser in Donggala zerstört.',
        'Retter suchen noch nach Überlebenden.',
        'Die Regierung schickt Soldaten in das Gebiet.',
      ],
    };
    const omitted: Record<string, number> = { nl: 2, sv: 3 };
    const versions = Object.entries(story).map(([lang, sentences]) => ({ lang, sentences: sentences.filter((_, k) => k !== omitted[lang]) }));
    const alarms = check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info');
    assert.deepEqual(alarms.map((f) => f.message), []);
    // The same versions with a changed count in a line both keep are still found.
    const changed = versions.map((v) => (v.lang === 'id' ? { ...v, sentences: v.sentences.map((s) => s.replace('30 rumah', '40 rumah')) } : v));
    const found = check(changed, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'count-mismatch');
    assert.deepEqual(found.map((f) => f.evidence[0]!.text), ['40']);
  });
});

describe('facts stated together by the other versions', () => {
  // sv's sentence 1 names Zaev, nl's sentence 1 names Ivanov: a link between a sentence and its
  // neighbour's counterpart. id keeps the two statements apart; de joined them into one sentence.
  const story = [
    makeDocument({ lang: 'sv', sentences: ['s0', 'Zaev röstade'] }),
    makeDocument({ lang: 'nl', sentences: ['s0', 'Ivanov stemt niet'] }),
    makeDocument({ lang: 'id', sentences: ['s0', 'Zaev memilih', 'Ivanov tidak memilih'] }),
    makeDocument({ lang: 'de', sentences: ['s0', 'Zaev wählte, Ivanov nicht'] }),
  ];
  const anchors = [
    [person(story[0]!, 1, 'Zaev', 'ZF')],
    [person(story[1]!, 1, 'Ivanov', 'IFNF')],
    [person(story[2]!, 1, 'Zaev', 'ZF'), person(story[2]!, 2, 'Ivanov', 'IFNF')],
    [person(story[3]!, 1, 'Zaev', 'ZF'), person(story[3]!, 1, 'Ivanov', 'IFNF')],
  ];
  const isName = (key: string) => (anchor: Anchor) => anchor.type === 'entity' && anchor.value === key;
  const linkOf = (context: RuleContext) => context.pairs.find((pair) => pair.a.document === 0 && pair.b.document === 1)!;

  it('are not what a version keeping the two sides apart states', () => {
    const context = makeContext(story, anchors, [[0, [1], 1, [1], 0.9], [0, [1], 2, [1], 0.9], [1, [1], 2, [2], 0.9]]);
    assert.equal(statedTogetherElsewhere(context, linkOf(context), isName('ZF'), isName('IFNF')), 0);
  });

  it('are what a version linking both sides to one sentence holding both states', () => {
    const context = makeContext(story, anchors, [[0, [1], 1, [1], 0.9], [0, [1], 3, [1], 0.9], [1, [1], 3, [1], 0.9]]);
    assert.equal(statedTogetherElsewhere(context, linkOf(context), isName('ZF'), isName('IFNF')), 1);
  });
});

describe('links the other translations are split on', () => {
  const docs = ['nl', 'sv', 'id', 'de', 'uk'].map((lang) => makeDocument({ lang, sentences: ['s0', 's1', 's2', 's3'] }));
  const finding = (documents: readonly number[]): RawFinding => ({
    rule: 'count-mismatch',
    message: '',
    values: ['12', '30'],
    evidence: documents.map((document) => ({ document, sentence: 2, start: 0, end: 1, value: document === 0 ? '12' : '30' })),
  });
  // id links nl's sentence 2 and sv's sentence 2 to two sentences of its own; de links both to one.
  const tie: Array<[number, number[], number, number[], number]> = [
    [0, [2], 1, [2], 0.8],
    [0, [2], 2, [2], 0.8],
    [1, [2], 2, [3], 0.8],
    [0, [2], 3, [2], 0.8],
    [1, [2], 3, [2], 0.8],
  ];

  it('are compared, but a finding resting on them alone is in doubt', () => {
    const context = makeContext(docs.slice(0, 4), [], tie);
    const link = context.pairs.find((pair) => pair.a.document === 0 && pair.b.document === 1)!;
    assert.ok(confidentPairs(context).includes(link));
    assert.ok(restsOnSplitLinks(context, finding([0, 1])));
  });

  it('are not when most other versions read the two sides as one statement', () => {
    const context = makeContext(docs, [], [...tie, [0, [2], 4, [2], 0.8], [1, [2], 4, [2], 0.8]]);
    assert.ok(!restsOnSplitLinks(context, finding([0, 1])));
  });

  it('leave a finding alone that a link no version disputes also supports', () => {
    // uk keeps nl's sentence 2 with id's and de's, and links nothing of sv there: it abstains on nl–sv.
    const context = makeContext(docs, [], [...tie, [0, [2], 4, [2], 0.8], [2, [2], 4, [2], 0.8], [3, [2], 4, [2], 0.8]]);
    const nlUk = context.pairs.find((pair) => pair.a.document === 0 && pair.b.document === 4)!;
    assert.ok(confidentPairs(context).includes(nlUk));
    assert.ok(restsOnSplitLinks(context, finding([0, 1])));
    assert.ok(!restsOnSplitLinks(context, finding([0, 1, 4])));
  });
});
