// A headline set against a body sentence of another article: a summary, not a contradiction, when that
// article states the headline's value elsewhere; a value no other article states stays an alarm.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headlineSumsUp } from '../../src/check/headlines.js';
import { inDoubtBetweenArticles } from '../../src/check/corroborate.js';
import type { RawFinding } from '../../src/check/types.js';
import { country, makeContext, makeDocument } from './helpers.js';

describe('a headline between separate articles', () => {
  // The Swedish headline names the United States; the Dutch body sentence linked to it names Mexico, and
  // the Dutch article names the United States in another sentence.
  const sv = makeDocument({ lang: 'sv', sentences: ['Orkanen Rosa för kraftigt regn till sydvästra USA', 'Rosa försvagas över kallare vatten.'] });
  const nl = makeDocument({ lang: 'nl', sentences: ['Rosa brengt de komende dagen regen naar het noorden van Mexico.', 'Ook het zuidwesten van de VS krijgt regen.'] });
  const anchors = [[country(sv, 0, 'USA', 'US')], [country(nl, 0, 'Mexico', 'MX'), country(nl, 1, 'VS', 'US')]];
  const finding = (headlineValue: string): RawFinding => ({
    rule: 'country-label',
    message: '',
    values: [headlineValue, 'MX'],
    evidence: [
      { document: 0, sentence: 0, start: 0, end: 1, value: headlineValue },
      { document: 1, sentence: 0, start: 0, end: 1, value: 'MX' },
    ],
  });

  it('sums up a fact the other article states elsewhere: shown as info', () => {
    const context = makeContext([sv, nl], anchors, [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(headlineSumsUp(context, finding('US')), true);
    assert.equal(inDoubtBetweenArticles(context, finding('US')), true);
  });

  it('stays an alarm for a value the other article never states', () => {
    const context = makeContext([sv, nl], anchors, [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(headlineSumsUp(context, finding('FR')), false);
  });

  it('between translations, or headline against headline, is compared as any link', () => {
    const translations = makeContext([sv, nl], anchors, [[0, [0], 1, [0], 0.9, 'parallel']]);
    assert.equal(headlineSumsUp(translations, finding('US')), false);
    const nlHeadline = makeDocument({ lang: 'nl', sentences: ['Orkaan Rosa brengt regen naar Mexico', 'Ook het zuidwesten van de VS krijgt regen.'] });
    const headlines = makeContext([sv, nlHeadline], [[country(sv, 0, 'USA', 'US')], [country(nlHeadline, 0, 'Mexico', 'MX'), country(nlHeadline, 1, 'VS', 'US')]], [[0, [0], 1, [0], 0.9, 'comparable']]);
    assert.equal(headlineSumsUp(headlines, finding('US')), false);
  });
});
