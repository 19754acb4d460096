import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { detectLanguage, formatGithub, formatJson, getProfile, isSupportedLanguage, renderReport, report, supportedLanguages } from '../../src/index.js';
import type { Finding, SegmentedDocument, Severity } from '../../src/index.js';
import { assertProperty, nastyText, tallyLine } from './arbitraries.js';

after(() => console.log(tallyLine('lang-report')));

const languageTag = fc.oneof(
  fc.constantFrom(...supportedLanguages),
  fc.stringMatching(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,2}$/),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
);

describe('getProfile (properties)', () => {
  it('gives a usable profile for every non-blank code, under the code it was asked for or its primary subtag', () =>
    assertProperty(
      fc.property(languageTag.filter((code) => code.trim() !== ''), (code) => {
        const profile = getProfile(code);
        assert.ok(profile.segmentation.terminators.length > 0);
        assert.ok(profile.direction === 'ltr' || profile.direction === 'rtl');
        if (isSupportedLanguage(code)) assert.ok(supportedLanguages.includes(profile.code));
        else assert.equal(profile.code, code);
        // The generic fallback is a copy: callers cannot poison the shared profile.
        assert.deepEqual(getProfile(code), profile);
      }),
      300,
    ));

  it('throws a TypeError naming lang for every blank string and every non-string', () =>
    assertProperty(
      fc.property(
        fc.oneof(fc.stringMatching(/^[ \t\n\u00a0\u3000]*$/), fc.anything().filter((value) => typeof value !== 'string')),
        (code) => {
          assert.throws(() => getProfile(code as string), (error: unknown) => error instanceof TypeError && /lang/.test(error.message));
        },
      ),
      200,
    ));
});

describe('detectLanguage (properties)', () => {
  it('never throws for text, answers a confidence in [0, 1], and is deterministic', () =>
    assertProperty(
      fc.property(nastyText(60), (text) => {
        const guess = detectLanguage(text);
        assert.equal(typeof guess.lang, 'string');
        assert.ok(guess.confidence >= 0 && guess.confidence <= 1, `confidence ${guess.confidence}`);
        if (guess.lang === 'und') assert.equal(guess.confidence, 0);
        assert.deepEqual(detectLanguage(text), guess);
      }),
      300,
    ));
});

// Documents whose sentences are arbitrary text: one sentence per generated piece, offsets exact.
const documentArbitrary: fc.Arbitrary<SegmentedDocument> = fc
  .tuple(fc.array(nastyText(8).filter((text) => text.length > 0), { minLength: 1, maxLength: 6 }), fc.constantFrom('uk', 'nl', 'ar', 'xx'), nastyText(3))
  .map(([pieces, lang, name]) => {
    let text = '';
    const sentences = pieces.map((piece, index) => {
      if (index > 0) text += '\n';
      const start = text.length;
      text += piece;
      return { index, start, end: text.length, text: piece, paragraph: index, kind: 'body' as const };
    });
    return { path: `${name}.${lang}.txt`, lang, text, sentences };
  });

const findingsFor = (documents: SegmentedDocument[], messages: string[], severities: Severity[]): Finding[] =>
  messages.map((message, index) => {
    const evidence = documents.map((document, documentIndex) => {
      const sentence = document.sentences[index % document.sentences.length]!;
      return { document: documentIndex, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, value: message.slice(0, 5) };
    });
    return { id: `f${index}`, rule: 'count-mismatch', severity: severities[index % severities.length]!, message, evidence };
  });

const runArbitrary = fc
  .tuple(
    fc.array(documentArbitrary, { minLength: 1, maxLength: 3 }),
    fc.array(nastyText(10), { maxLength: 15 }),
    fc.array(fc.constantFrom<Severity>('error', 'warning', 'info'), { minLength: 1, maxLength: 3 }),
  )
  .map(([documents, messages, severities]) => ({ documents, findings: findingsFor(documents, messages, severities) }));

/** Replaces every `<` with another character of the same length, so offsets and layout stay put. */
const withoutAngle = (text: string) => text.replaceAll('<', 'x');

describe('renderReport (properties)', () => {
  it('escapes every `<` of the article text, paths and messages: the page has as many `<` as with none in the input', () =>
    assertProperty(
      fc.property(runArbitrary, ({ documents, findings }) => {
        const clusters = [{ members: documents.map((_, document) => ({ document, sentences: [0] })), score: 1 }];
        const html = renderReport({ documents, findings, clusters });
        const neutral = documents.map((document) => ({
          ...document,
          path: withoutAngle(document.path!),
          text: withoutAngle(document.text),
          sentences: document.sentences.map((sentence) => ({ ...sentence, text: withoutAngle(sentence.text) })),
        }));
        const neutralFindings = findings.map((finding) => ({
          ...finding,
          message: withoutAngle(finding.message),
          evidence: finding.evidence.map((evidence) => ({ ...evidence, text: withoutAngle(evidence.text), value: withoutAngle(evidence.value!) })),
        }));
        const neutralHtml = renderReport({ documents: neutral, findings: neutralFindings, clusters });
        const count = (text: string) => text.split('<').length - 1;
        assert.equal(count(html), count(neutralHtml));
        assert.ok(!/<script>alert/i.test(html) && !/<img /i.test(html));
      }),
      150,
    ));
});

describe('report (properties)', () => {
  it('runs the whole pipeline on hostile articles and never lets their markup into the page', () =>
    assertProperty(
      fc.property(
        fc.array(fc.tuple(nastyText(20), fc.constantFrom('uk', 'nl', 'ar', 'sv', 'xx'), fc.nat({ max: 99 })), { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 20 }),
        (versions, title) => {
          const docs = versions.map(([text, lang, marker]) => ({
            text: `${text} <x-evil-${marker} onclick="alert(1)">Hanoi 29</x-evil-${marker}> <script>alert(${marker})</script> ${text}`,
            lang,
            path: `<x-evil-path>${marker}.txt`,
          }));
          const html = report(docs, { title: `${title}<x-evil-title>` });
          assert.match(html, /^<!DOCTYPE html>/);
          assert.ok(!html.includes('<x-evil'), 'no tag from the input survives');
          assert.ok(!/<script>alert/.test(html), 'no script from the input survives');
          // Attribute values are quoted and escaped; outside them no tag may carry the input's handler.
          const tags = (html.match(/<[^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
          assert.ok(!tags.some((tag) => /\sonclick=/i.test(tag)), 'no event handler from the input gets into a tag');
          assert.ok(!tags.some((tag) => /[<>]/.test(tag.slice(1, -1))), 'no tag is broken open by a quote from the input');
        },
      ),
      40,
    ));
});

describe('formatJson and formatGithub (properties)', () => {
  it('formatJson gives one JSON document that gives back every text exactly', () =>
    assertProperty(
      fc.property(runArbitrary, ({ documents, findings }) => {
        const parsed = JSON.parse(formatJson({ documents, findings })) as {
          version: number;
          documents: Array<{ sentences: Array<{ text: string }> }>;
          findings: Array<{ message: string }>;
        };
        assert.equal(parsed.version, 1);
        assert.deepEqual(parsed.documents.map((d) => d.sentences.map((s) => s.text)), documents.map((d) => d.sentences.map((s) => s.text)));
        assert.deepEqual(parsed.findings.map((f) => f.message), findings.map((f) => f.message));
      }),
      150,
    ));

  it('formatGithub cannot be made to emit a workflow command the findings did not ask for', () =>
    assertProperty(
      fc.property(runArbitrary, fc.integer({ min: 0, max: 12 }), ({ documents, findings }, maxPerSeverity) => {
        const output = formatGithub({ documents, findings }, { maxPerSeverity });
        const lines = output === '' ? [] : output.replace(/\n$/, '').split('\n');
        const annotated = lines.filter((line) => line.startsWith('::'));
        const expected = (['error', 'warning', 'info'] as const).reduce(
          (sum, severity) => sum + Math.min(maxPerSeverity, findings.filter((finding) => finding.severity === severity).length),
          0,
        );
        assert.equal(annotated.length, expected);
        for (const line of annotated) assert.match(line, /^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:,]*::/);
        assert.ok(lines.length - annotated.length <= 1, 'at most one summary line besides the annotations');
      }),
      150,
    ));
});
