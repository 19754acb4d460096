// What a person reads: dates in messages as people write them, counts with the right noun form.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';
import { describeDateValue } from '../../src/check/text.js';
import { renderReport } from '../../src/report/html/index.js';
import { formatText } from '../../src/report/text.js';
import { countOf } from '../../src/report/words.js';
import { showcaseLike } from '../report/html-fixtures.js';

describe('dates in messages', () => {
  it('writes each normalised date form as a date in the message language', () => {
    assert.equal(describeDateValue('2025-03-20'), '20 March 2025');
    assert.equal(describeDateValue('--03-20'), '20 March');
    assert.equal(describeDateValue('2025-03'), 'March 2025');
    assert.equal(describeDateValue('--03'), 'March');
    assert.equal(describeDateValue('2025'), '2025');
    assert.equal(describeDateValue('--02-29'), '29 February', 'a day without a year may be a leap day');
    assert.match(describeDateValue('2025-02-19/21'), /^19\s?–\s?21 February 2025$/u);
    assert.equal(describeDateValue('--03-20', 'nl'), '20 maart');
  });

  it('leaves what is not a date value as it is', () => {
    for (const value of ['--02-30', '--13-01', '2025-03-20-1', 'maart', '', '25-03-20']) assert.equal(describeDateValue(value), value);
  });

  it('a date-mismatch message names the dates as people write them, not as --MM-DD', () => {
    const { findings } = check(
      [
        { lang: 'nl', sentences: ['De delegatie kwam op 20 maart naar Quang Ninh.', 'Het bezoek was een succes.'] },
        { lang: 'ar', sentences: ['وصل الوفد في 21 مارس إلى كوانغ نينه.', 'كانت الزيارة ناجحة.'] },
      ],
      { mode: 'parallel' },
    );
    const dates = findings.filter((finding) => finding.rule === 'date-mismatch');
    assert.equal(dates.length, 1);
    assert.match(dates[0]!.message, /dates it 2[01] March where \w+ gives 2[01] March in the linked sentence\./);
    assert.doesNotMatch(dates[0]!.message, /--\d/);
    assert.deepEqual(dates[0]!.evidence.map((evidence) => evidence.value).sort(), ['--03-20', '--03-21'], 'evidence values stay normalised for machines');
  });
});

describe('counts in sentences', () => {
  it('uses the singular for one', () => {
    assert.equal(countOf(1, 'finding'), '1 finding');
    assert.equal(countOf(0, 'finding'), '0 findings');
    assert.equal(countOf(2, 'info', 'info'), '2 info');
  });

  it('says "1 finding" in the text and HTML summaries', () => {
    const data = showcaseLike();
    const one = { ...data, findings: data.findings.slice(0, 1) };
    assert.match(formatText({ documents: one.documents, findings: one.findings }, { color: false }), /\n1 finding: 1 error\n$/);
    const summary = /<p class="summary">(.*?)<\/p>/s.exec(renderReport(one))?.[1] ?? '';
    assert.match(summary, /; 1 finding: 1 error, 0 warnings, 0 info\.$/);
    const single = renderReport({ ...one, documents: one.documents.slice(0, 1), clusters: [], findings: [] });
    assert.match(/<p class="summary">(.*?)<\/p>/s.exec(single)?.[1] ?? '', /^1 document \(nl\)/);
  });
});
