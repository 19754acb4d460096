// Runs the examples of every rule page (docs/rules/<rule>.md, ```json example blocks) through check().
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check, rules } from '../../src/index.js';

interface Example {
  mode?: 'auto' | 'parallel' | 'comparable';
  config?: Record<string, unknown>;
  docs: Array<{ lang: string; sentences: string[] }>;
  expect: Array<{ rule: string; severity?: string; values?: string[]; evidence?: string[] }>;
}

const folder = new URL('../../docs/rules/', import.meta.url);
const pages = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();

/** The ```json example blocks of a page, parsed. A linear scan over fence lines (no regex over the page). */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let block: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (block === undefined) {
      if (line.trim() === '```json example') block = [];
    } else if (line.trim() === '```') {
      examples.push(JSON.parse(block.join('\n')) as Example);
      block = undefined;
    } else {
      block.push(line);
    }
  }
  return examples;
}

describe('rule documentation', () => {
  it('has one page per rule', () => {
    assert.deepEqual(pages, rules.map((r) => `${r.id}.md`).sort());
  });

  for (const page of pages) {
    const rule = page.replace(/\.md$/u, '');
    const examples = examplesOf(readFileSync(new URL(page, folder), 'utf8'));

    it(`${rule}: has a flagged and a clean example`, () => {
      assert.ok(examples.some((e) => e.expect.some((x) => x.rule === rule)), 'no example that flags the rule');
      assert.ok(examples.some((e) => e.expect.length === 0), 'no example that must stay clean');
    });

    examples.forEach((example, n) => {
      it(`${rule}: example ${n + 1} gives ${example.expect.length === 0 ? 'no finding' : example.expect.map((x) => x.rule).join(', ')}`, () => {
        const result = check(example.docs, { ...(example.mode ? { mode: example.mode } : {}), ...(example.config ?? {}) });
        const shown = result.findings.map((f) => `${f.rule} ${f.severity} ${f.message} ${JSON.stringify(f.evidence.map((e) => `${result.documents[e.document]!.lang}:${e.text}`))}`).join('\n');
        if (example.expect.length === 0) {
          assert.deepEqual(result.findings, [], `expected no finding, got:\n${shown}`);
          return;
        }
        for (const expected of example.expect) {
          const match = result.findings.find(
            (f) =>
              f.rule === expected.rule &&
              (expected.severity === undefined || f.severity === expected.severity) &&
              (expected.values ?? []).every((v) => f.evidence.some((e) => e.value === v)) &&
              (expected.evidence ?? []).every((spec) => {
                const colon = spec.indexOf(':');
                const [lang, text] = [spec.slice(0, colon), spec.slice(colon + 1)];
                return f.evidence.some((e) => result.documents[e.document]!.lang === lang && e.text.includes(text));
              }),
          );
          assert.ok(match, `expected ${JSON.stringify(expected)}, got:\n${shown}`);
        }
      });
    });
  }
});
