// Table-driven anchor tests: every case in tests/fixtures/anchors/<lang>.json lists the complete anchors
// of its text (type, surface text, normalised value, and optionally more fields). A case passes only if
// the extractor returns exactly those anchors, in order, with spans that slice back to their text.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { extractAnchors, type Anchor } from '../../src/index.js';

type Expected = [type: Anchor['type'], text: string, value: string, fields?: Record<string, unknown>];
interface Case {
  text: string;
  /** Language of this case, when not the file's. */
  lang?: string;
  knownNames?: string[];
  anchors: Expected[];
}
interface Fixture {
  lang: string;
  cases: Case[];
}

const dir = new URL('../fixtures/anchors/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

let total = 0;
for (const file of files) {
  const fixture = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Fixture;
  describe(`anchors: ${file}`, () => {
    for (const [index, c] of fixture.cases.entries()) {
      total += 1;
      const lang = c.lang ?? fixture.lang;
      test(`${lang} #${index + 1}: ${c.text.slice(0, 70)}`, () => {
        const anchors = extractAnchors(c.text, { lang, ...(c.knownNames ? { knownNames: c.knownNames } : {}) });
        for (const anchor of anchors) assert.equal(c.text.slice(anchor.start, anchor.end), anchor.text, 'span slices to text');
        assert.deepEqual(
          anchors.map((a) => [a.type, a.text, a.value]),
          c.anchors.map(([type, text, value]) => [type, text, value]),
        );
        for (const [i, [, , , fields]] of c.anchors.entries()) {
          if (!fields) continue;
          const actual = anchors[i] as unknown as Record<string, unknown>;
          for (const [key, value] of Object.entries(fields)) assert.deepEqual(actual[key], value, `${c.anchors[i]![1]}: ${key}`);
        }
      });
    }
  });
}

test('the fixture tables hold at least 400 labelled cases', () => {
  assert.ok(total >= 400, `only ${total} cases`);
});
