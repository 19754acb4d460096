// The CLI's own scanners over user text (decoding, pre-segmented lines, glob matching, language
// detection, terminal width and wrapping, text excerpts) stay linear on 1 MB adversarial input.
// Bounds are generous CPU-time limits, not benchmarks: quadratic behaviour on 1 MB takes minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presegmentedDocument } from '../../src/cli/context.js';
import { decodeBytes } from '../../src/cli/decode.js';
import { matchSegment } from '../../src/cli/glob.js';
import { detectLanguage, formatText } from '../../src/index.js';
import { displayWidth, wrapText } from '../../src/report/ansi.js';
import { evidenceOf, makeDocument } from '../report/fixtures.js';

const megabyte = 1024 * 1024;

function cpuSeconds(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

function assertFast(name: string, work: () => void, limitSeconds = 5): void {
  const seconds = cpuSeconds(work);
  assert.ok(seconds < limitSeconds, `${name} took ${seconds.toFixed(2)} s of CPU for 1 MB`);
}

describe('linear time on 1 MB adversarial input', () => {
  it('decodes long multi-byte runs and finds a bad byte at the very end', () => {
    const bytes = Buffer.concat([Buffer.from('ж'.repeat(megabyte / 2)), Buffer.from([0xe2, 0x82])]);
    assertFast('decodeBytes', () => {
      const decoded = decodeBytes(bytes);
      assert.equal(decoded.ok, false);
      assert.match(decoded.ok ? '' : decoded.reason, new RegExp(`offset ${megabyte}\\)`));
    });
  });

  it('splits 1 MB of blank lines and spaces into pre-segmented sentences', () => {
    const text = ' \r\n \n\t'.repeat(megabyte / 5) + 'x';
    assertFast('presegmentedDocument', () => assert.equal(presegmentedDocument('-', 'nl', text).sentences.length, 1));
  });

  it('matches a glob segment with many stars against a long name', () => {
    assertFast('matchSegment', () => assert.equal(matchSegment('*a'.repeat(200), 'a'.repeat(5000) + 'b'), false));
  });

  it('detects the language of 1 MB of one repeated word', () => {
    assertFast('detectLanguage', () => assert.equal(detectLanguage('de '.repeat(megabyte / 3)).lang, 'nl'));
  });

  it('measures and wraps 1 MB of combining marks and one unbroken word', () => {
    const marks = `a${'\u0301'.repeat(megabyte)}`;
    assertFast('displayWidth', () => assert.equal(displayWidth(marks), 1));
    assertFast('wrapText', () => assert.equal(wrapText('x'.repeat(megabyte), 100).length, Math.ceil(megabyte / 100)));
  });

  it('formats a finding inside a 1 MB sentence', () => {
    const sentence = `${'word '.repeat(megabyte / 10)}12 deals${' more'.repeat(megabyte / 10)}`;
    const documents = [makeDocument('a.txt', 'en', [sentence]), makeDocument('b.txt', 'en', ['29 deals'])];
    const result = {
      documents,
      findings: [{ id: 'x', rule: 'count-mismatch', severity: 'error' as const, message: 'm', evidence: [evidenceOf(documents, 0, 0, '12', '12'), evidenceOf(documents, 1, 0, '29', '29')] }],
    };
    assertFast('formatText', () => assert.match(formatText(result, { color: false }), /⟦12⟧ deals/));
  });
});
