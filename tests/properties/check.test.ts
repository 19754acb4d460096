import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { check, rules, type CheckResult, type DocumentInput } from '../../src/index.js';
import { assertProperty, nastyText, tallyLine } from './arbitraries.js';

after(() => console.log(tallyLine('check')));

// Versions of one short story in five languages, each with its own (random) facts, so that the
// rules find disagreements; hostile filler sentences around them.
const templates: Record<string, (n: number, day: number, country: number) => string> = {
  nl: (n, day, c) => `${n} overeenkomsten werden op ${day} februari 2025 in Hanoi getekend. Guangxi ligt in ${['China', 'Vietnam', 'Laos'][c]}.`,
  sv: (n, day, c) => `${n} avtal undertecknades den ${day} februari 2025 i Hanoi. Guangxi ligger i ${['Kina', 'Vietnam', 'Laos'][c]}.`,
  uk: (n, day, c) => `${n} угод було підписано ${day} лютого 2025 року в Ханої. Гуансі розташований у ${['Китаї', "В'єтнамі", 'Лаосі'][c]}.`,
  id: (n, day, c) => `Sebanyak ${n} perjanjian ditandatangani pada ${day} Februari 2025 di Hanoi. Guangxi terletak di ${['Tiongkok', 'Vietnam', 'Laos'][c]}.`,
  ar: (n, day, c) => `تم توقيع ${n} اتفاقية في ${day} فبراير 2025 في هانوي. تقع قوانغشي في ${['الصين', 'فيتنام', 'لاوس'][c]}.`,
};
const versionArbitrary = fc.record({
  lang: fc.constantFrom(...Object.keys(templates)),
  count: fc.constantFrom(29, 12, 3, 1435),
  day: fc.constantFrom(20, 21),
  country: fc.constantFrom(0, 0, 1, 2),
  before: fc.option(nastyText(8), { nil: undefined }),
  after: fc.option(nastyText(8), { nil: undefined }),
  presegmented: fc.boolean(),
});
const documentsArbitrary = fc.array(versionArbitrary, { minLength: 1, maxLength: 4 }).map((versions) =>
  versions.map((v, index): DocumentInput => {
    const story = templates[v.lang]!(v.count, v.day, v.country);
    const text = [v.before, story, v.after].filter((part) => part !== undefined).join('\n');
    return v.presegmented
      ? { sentences: text.split('\n'), lang: v.lang, path: `v${index}.${v.lang}.txt` }
      : { text, lang: v.lang, path: `v${index}.${v.lang}.txt` };
  }),
);
const ruleIds = new Set(rules.map((rule) => rule.id));

function assertWellFormed(result: CheckResult, documentCount: number): void {
  assert.equal(result.documents.length, documentCount);
  const ids = new Set<string>();
  for (const finding of result.findings) {
    assert.ok(!ids.has(finding.id), `finding id ${finding.id} is unique`);
    ids.add(finding.id);
    assert.ok(ruleIds.has(finding.rule), `rule ${finding.rule}`);
    assert.ok(['error', 'warning', 'info'].includes(finding.severity));
    assert.ok(finding.message.length > 0 && !finding.message.includes('\n'), 'a one-line message');
    assert.ok(finding.evidence.length > 0);
    for (const evidence of finding.evidence) {
      const document = result.documents[evidence.document];
      assert.ok(document, `evidence document ${evidence.document} exists`);
      const sentence = document.sentences[evidence.sentence];
      assert.ok(sentence, `evidence sentence ${evidence.sentence} exists`);
      assert.equal(evidence.text, document.text.slice(evidence.start, evidence.end), 'evidence slices to its text');
      assert.ok(evidence.start >= sentence.start && evidence.end <= sentence.end && evidence.start < evidence.end, 'evidence lies in its sentence');
    }
  }
}

/** Findings with evidence documents mapped back through `permutation` (new index → original index). */
function inOriginalOrder(result: CheckResult, permutation: readonly number[]) {
  return result.findings.map((finding) => ({
    ...finding,
    evidence: finding.evidence.map((evidence) => ({ ...evidence, document: permutation[evidence.document]! })),
  }));
}

describe('check (properties)', () => {
  it('never throws for content; evidence slices to its text, lies in its sentence, ids are unique', () =>
    assertProperty(
      fc.property(documentsArbitrary, (docs) => {
        assertWellFormed(check(docs), docs.length);
      }),
      120,
    ));

  it('gives the same findings, with the same ids, in any document order', () =>
    assertProperty(
      fc.property(
        documentsArbitrary.chain((docs) => fc.tuple(fc.constant(docs), fc.shuffledSubarray([...docs.keys()], { minLength: docs.length, maxLength: docs.length }))),
        ([docs, permutation]) => {
          const original = check(docs);
          const permuted = check(permutation.map((index) => docs[index]!));
          assertWellFormed(permuted, docs.length);
          assert.deepEqual(inOriginalOrder(permuted, permutation), original.findings);
        },
      ),
      120,
    ));

  it('never throws for hostile raw text in any language, and finds nothing in a single version but internal counts', () =>
    assertProperty(
      fc.property(fc.array(fc.tuple(nastyText(30), fc.constantFrom('uk', 'nl', 'id', 'sv', 'ar', 'xx')), { minLength: 1, maxLength: 3 }), (pairs) => {
        const docs = pairs.map(([text, lang]) => ({ text, lang }));
        const result = check(docs);
        assertWellFormed(result, docs.length);
        if (docs.length === 1) for (const finding of result.findings) assert.ok(['internal-count', 'name-variant'].includes(finding.rule), finding.rule);
      }),
      100,
    ));
});
