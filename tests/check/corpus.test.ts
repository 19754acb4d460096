// The showcase corpus against its gold findings: every expected finding with the right evidence, no
// finding on a consistent fact, exact spans, and the same findings whatever the order of the files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check, type CheckResult, type Finding } from '../../src/index.js';

const corpus = new URL('../../corpora/spring-meeting-2025/', import.meta.url);

interface Snippet {
  lang: string;
  text: string;
}
interface Gold {
  documents: string[];
  expected: Array<{ rule: string; why: string; first?: Snippet; includes?: Snippet[] }>;
  consistent: Array<{ fact: string; allowedSeverity?: 'info' | 'warning'; mentions: Snippet[] }>;
}

const gold = JSON.parse(readFileSync(new URL('gold/findings.json', corpus), 'utf8')) as Gold;
const inputs = gold.documents.map((file) => ({ path: file, lang: file.replace('.txt', ''), text: readFileSync(new URL(file, corpus), 'utf8') }));
const result = check(inputs);

function langOf(r: CheckResult, document: number): string {
  return r.documents[document]!.lang;
}

function holds(r: CheckResult, finding: Finding, snippet: Snippet, index?: number): boolean {
  const evidence = index === undefined ? finding.evidence : finding.evidence.slice(index, index + 1);
  return evidence.some((e) => langOf(r, e.document) === snippet.lang && e.text.includes(snippet.text));
}

function describeFindings(r: CheckResult): string {
  return r.findings.map((f) => `${f.rule} ${f.severity}: ${f.message} ${JSON.stringify(f.evidence.map((e) => `${langOf(r, e.document)}:${e.text}`))}`).join('\n');
}

function matches(r: CheckResult, f: Finding, expected: Gold['expected'][number]): boolean {
  return (
    f.rule === expected.rule &&
    (expected.first === undefined || holds(r, f, expected.first, 0)) &&
    (expected.includes ?? []).every((snippet) => holds(r, f, snippet))
  );
}

describe('showcase corpus gold findings', () => {
  for (const expected of gold.expected) {
    it(`reports ${expected.rule}: ${expected.why}`, () => {
      const match = result.findings.find((f) => matches(result, f, expected));
      assert.ok(match, `not found among:\n${describeFindings(result)}`);
    });
  }

  // The gold lists every disagreement in the five articles: a warning or error it does not expect is a
  // false alarm, wherever it points (the consistent facts below guard only the facts they name).
  it('raises no warning or error the gold does not expect', () => {
    const unexpected = result.findings.filter((f) => f.severity !== 'info' && !gold.expected.some((expected) => matches(result, f, expected)));
    assert.deepEqual(unexpected.map((f) => `${f.rule}: ${f.message}`), []);
  });

  for (const fact of gold.consistent) {
    it(`does not flag: ${fact.fact}`, () => {
      const rank = { info: 0, warning: 1, error: 2 } as const;
      const allowed = fact.allowedSeverity === undefined ? -1 : rank[fact.allowedSeverity];
      for (const mention of fact.mentions) {
        const document = result.documents.findIndex((d) => d.lang === mention.lang);
        const text = result.documents[document]!.text;
        let at = text.indexOf(mention.text);
        assert.ok(at >= 0, `gold mention "${mention.text}" is not in ${mention.lang}`);
        for (; at >= 0; at = text.indexOf(mention.text, at + 1)) {
          const end = at + mention.text.length;
          for (const finding of result.findings) {
            if (rank[finding.severity] <= allowed) continue;
            const touching = finding.evidence.find((e) => e.document === document && e.start < end && e.end > at);
            assert.equal(touching, undefined, `${finding.rule} touches "${mention.text}" (${mention.lang}): ${finding.message}`);
          }
        }
      }
    });
  }

  it('gives evidence that slices exactly out of its document', () => {
    assert.ok(result.findings.length > 0);
    for (const finding of result.findings) {
      for (const e of finding.evidence) {
        assert.equal(result.documents[e.document]!.text.slice(e.start, e.end), e.text);
        assert.equal(result.documents[e.document]!.sentences[e.sentence]!.start <= e.start, true);
        assert.equal(result.documents[e.document]!.sentences[e.sentence]!.end >= e.end, true);
      }
      assert.match(finding.id, /^[a-z-]+:[0-9a-f]{16}$/u);
    }
  });

  it('gives the same findings, with the same ids, for the files in another order', () => {
    const order = [4, 2, 0, 3, 1];
    const shuffled = check(order.map((i) => inputs[i]!));
    const normalise = (r: CheckResult) =>
      r.findings.map((f) => ({ ...f, evidence: f.evidence.map((e) => ({ ...e, document: r.documents[e.document]!.path })) }));
    assert.deepEqual(normalise(shuffled), normalise(result));
  });
});
