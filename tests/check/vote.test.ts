// The majority vote across versions: a sentence that states the outlier value and another value of the
// vote too (as where a version joined two lines, one with each value) is not the odd one out.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Observation, voteOutliers } from '../../src/check/vote.js';
import { check, toSegmentedDocument } from '../../src/index.js';

const documents = ['uk', 'nl', 'id', 'sv', 'ar'].map((lang) => toSegmentedDocument({ sentences: ['One.', 'Two.'], lang }));
const say = (document: number, value: string, sentence = 0, start = 0): Observation => ({ value, evidence: { document, sentence, start, end: start + 3 } });

describe('voteOutliers', () => {
  it('names the version that alone states another value', () => {
    const outliers = voteOutliers([say(0, 'Saturday'), say(1, 'Sunday'), say(2, 'Sunday'), say(3, 'Sunday')], documents);
    assert.deepEqual(
      outliers.map((outlier) => [outlier.value, outlier.evidence[0]!.document, outlier.others]),
      [['Saturday', 0, ['Sunday']]],
    );
  });

  it('blames no sentence that also states the value the others give', () => {
    // Version 0 joined two lines, one on Sunday, one on Saturday: its sentence contradicts no one.
    const joined = [say(0, 'Saturday', 0, 40), say(0, 'Sunday', 0, 5), say(1, 'Sunday'), say(2, 'Sunday'), say(3, 'Sunday')];
    assert.deepEqual(voteOutliers(joined, documents), []);
    // Two sentences of one version that disagree (a place labelled with two countries): the odd one is still named.
    const twoSentences = voteOutliers([say(0, 'VN', 0), say(0, 'CN', 1), say(1, 'CN')], documents);
    assert.deepEqual(
      twoSentences.map((outlier) => [outlier.value, outlier.evidence[0]!.document, outlier.evidence[0]!.sentence]),
      [['VN', 0, 0]],
    );
    // The same version beside one that states Saturday alone: that one still stands out when it is the
    // first to state it, the joined version is never blamed.
    const outliers = voteOutliers([say(0, 'Saturday', 0, 40), say(0, 'Sunday', 0, 5), say(1, 'Sunday'), say(2, 'Sunday'), say(3, 'Sunday'), say(4, 'Saturday')], documents);
    for (const outlier of outliers) assert.notEqual(outlier.evidence[0]!.document, 0);
  });

  it('still votes within one version, whose values are all its own (internal counts)', () => {
    const outliers = voteOutliers([say(0, '12', 0), say(0, '12', 1), say(0, '13', 1, 20)], documents);
    assert.deepEqual(
      outliers.map((outlier) => outlier.value),
      ['13'],
    );
  });
});

describe('check: a weekday changed in one of five versions', () => {
  const versions: Record<string, string[]> = {
    uk: ['У неділю 12 гравців розпочнуть одиночні матчі на Le Golf National.', 'У суботу Спіт і Томас виграли 3 з 4 очок.', 'Європа веде з рахунком 10-6 перед останнім днем.'],
    nl: ['Op zondag beginnen 12 spelers aan de singles op Le Golf National.', 'Op zaterdag wonnen Spieth en Thomas 3 van de 4 punten.', 'Europa staat met 10-6 voor de laatste dag.'],
    id: ['Pada hari Minggu, 12 pemain memulai pertandingan tunggal di Le Golf National.', 'Pada hari Sabtu, Spieth dan Thomas memenangi 3 dari 4 poin.', 'Eropa unggul 10-6 menjelang hari terakhir.'],
    sv: ['På söndag börjar 12 spelare singlarna på Le Golf National.', 'På lördagen vann Spieth och Thomas 3 av 4 poäng.', 'Europa leder med 10-6 inför sista dagen.'],
    ar: ['يوم الأحد، يبدأ 12 لاعبا المباريات الفردية في لو غولف ناسيونال.', 'يوم السبت، فاز سبيث وتوماس بـ 3 من 4 نقاط.', 'تتقدم أوروبا 10-6 قبل اليوم الأخير.'],
  };
  const alarms = (given: Record<string, string[]>) =>
    check(Object.entries(given).map(([lang, sentences]) => ({ lang, sentences })), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info');

  it('raises one alarm on the changed version, and none on the untouched story', () => {
    assert.deepEqual(alarms(versions), []);
    const changed = alarms({ ...versions, sv: [versions.sv![0]!.replace('söndag', 'lördag'), ...versions.sv!.slice(1)] });
    assert.equal(changed.length, 1);
    assert.equal(changed[0]!.rule, 'weekday-mismatch');
    assert.match(changed[0]!.message, /^sv says Saturday where ar, id, nl and uk say Sunday/);
  });
});
