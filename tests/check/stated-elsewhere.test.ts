// Between separate articles, a disagreement on values that every article states anyway (both countries,
// both days, both scores) is a link between two of their statements, not a contradiction.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statedByEveryArticle } from '../../src/check/stated-elsewhere.js';
import type { RawFinding, RuleContext } from '../../src/check/types.js';
import { country, makeContext, makeDocument, num, place } from './helpers.js';

const nl = makeDocument({ lang: 'nl', sentences: ['De Verenigde Staten eisen ontwapening.', 'Noord-Korea wil eerst een vredesverdrag.'] });
const sv = makeDocument({ lang: 'sv', sentences: ['USA kräver nedrustning.', 'Nordkorea vill först ha ett fredsavtal.'] });
const id = makeDocument({ lang: 'id', sentences: ['Amerika Serikat menuntut perlucutan senjata.', 'Korea Utara menginginkan perjanjian damai dahulu.'] });
const anchors = [
  [country(nl, 0, 'Verenigde Staten', 'US'), country(nl, 1, 'Noord-Korea', 'KP')],
  [country(sv, 0, 'USA', 'US'), country(sv, 1, 'Nordkorea', 'KP')],
  [country(id, 0, 'Amerika Serikat', 'US'), country(id, 1, 'Korea Utara', 'KP')],
];

/** nl's second sentence set against the first sentences of sv and id. */
function countryFinding(context: RuleContext, outlierValue: string): RawFinding {
  const evidence = (document: number, sentence: number, value: string) => {
    const anchor = context.anchors[document]![sentence]![0]!;
    return { document, sentence, start: anchor.start, end: anchor.end, value };
  };
  return { rule: 'country-label', message: '', values: [outlierValue, 'US'], evidence: [evidence(0, 1, outlierValue), evidence(1, 0, 'US'), evidence(2, 0, 'US')] };
}

describe('values every article states', () => {
  it('doubts a country disagreement between separate articles that each name both countries', () => {
    const context = makeContext([nl, sv, id], anchors, [[0, [1], 1, [0], 0.9, 'comparable'], [0, [1], 2, [0], 0.9, 'comparable']]);
    assert.equal(statedByEveryArticle(context, countryFinding(context, 'KP')), true);
  });

  it('keeps a country the other articles never name', () => {
    const changed = makeDocument({ lang: 'nl', sentences: ['De Verenigde Staten eisen ontwapening.', 'Noorwegen wil eerst een vredesverdrag.'] });
    const context = makeContext([changed, sv, id], [[country(changed, 0, 'Verenigde Staten', 'US'), country(changed, 1, 'Noorwegen', 'NO')], anchors[1]!, anchors[2]!], [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], 0.9, 'comparable'],
    ]);
    assert.equal(statedByEveryArticle(context, countryFinding(context, 'NO')), false);
  });

  it('keeps the disagreement when one article does not give the outlier value elsewhere', () => {
    const once = makeDocument({ lang: 'id', sentences: ['Amerika Serikat menuntut perlucutan senjata.', 'Pyongyang menginginkan perjanjian damai dahulu.'] });
    const context = makeContext([nl, sv, once], [anchors[0]!, anchors[1]!, [country(once, 0, 'Amerika Serikat', 'US')]], [
      [0, [1], 1, [0], 0.9, 'comparable'],
      [0, [1], 2, [0], 0.9, 'comparable'],
    ]);
    assert.equal(statedByEveryArticle(context, countryFinding(context, 'KP')), false);
  });

  it('leaves translations alone', () => {
    const context = makeContext([nl, sv, id], anchors, [[0, [1], 1, [0], 0.9, 'parallel'], [0, [1], 2, [0], 0.9, 'parallel']]);
    assert.equal(statedByEveryArticle(context, countryFinding(context, 'KP')), false);
  });

  it('reads counts by their value', () => {
    const a = makeDocument({ lang: 'sv', sentences: ['Europa leder med fyra poäng.', 'Tolv matcher återstår.'] });
    const b = makeDocument({ lang: 'nl', sentences: ['Er resten nog 12 wedstrijden.', 'Europa leidt met 4 punten.'] });
    const context = makeContext([a, b], [[num(a, 0, 'fyra', 4), num(a, 1, 'Tolv', 12)], [num(b, 0, '12', 12), num(b, 1, '4', 4)]], [[0, [0], 1, [0], 0.9, 'comparable']]);
    const span = (d: number, s: number) => context.anchors[d]![s]![0]!;
    const finding: RawFinding = {
      rule: 'count-mismatch', message: '', values: ['4', '12'],
      evidence: [{ document: 0, sentence: 0, start: span(0, 0).start, end: span(0, 0).end, value: '4' }, { document: 1, sentence: 0, start: span(1, 0).start, end: span(1, 0).end, value: '12' }],
    };
    assert.equal(statedByEveryArticle(context, finding), true);
  });

  it('leaves alone a place put in the wrong country, though every article names both countries', () => {
    const a = makeDocument({ lang: 'sv', sentences: ['Vietnam och Kina möttes.', 'Delegationen från Guangxi (Vietnam) kom i tid.'] });
    const b = makeDocument({ lang: 'nl', sentences: ['Vietnam en China kwamen bijeen.', 'De delegatie uit Guangxi (China) was op tijd.'] });
    const anchors = [
      [country(a, 0, 'Vietnam', 'VN'), country(a, 0, 'Kina', 'CN'), place(a, 1, 'Guangxi', 'Guangxi', 'CN'), country(a, 1, 'Vietnam', 'VN')],
      [country(b, 0, 'Vietnam', 'VN'), country(b, 0, 'China', 'CN'), place(b, 1, 'Guangxi', 'Guangxi', 'CN'), country(b, 1, 'China', 'CN')],
    ];
    const context = makeContext([a, b], anchors, [[0, [1], 1, [1], 0.9, 'comparable']]);
    const at = (d: number, needle: string) => {
      const anchor = context.anchors[d]![1]!.find((x) => context.documents[d]!.text.slice(x.start, x.end) === needle)!;
      return { start: anchor.start, end: anchor.end };
    };
    const finding: RawFinding = {
      rule: 'country-label', message: '', values: ['VN', 'CN'],
      evidence: [{ document: 0, sentence: 1, ...at(0, 'Guangxi'), value: 'VN' }, { document: 1, sentence: 1, ...at(1, 'Guangxi'), value: 'CN' }],
    };
    assert.equal(statedByEveryArticle(context, finding), false);
  });
});
