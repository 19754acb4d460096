// Who is to fix a disagreement: the translation of a named source; with two versions and no source,
// neither (both annotated alike); with three or more, the fewer versions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { check, formatGithub, formatSarif, parseConfig } from '../../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/formats/news/${name}`, import.meta.url), 'utf8');
const dutch = { lang: 'nl', path: 'nl.txt', text: fixture('nl.txt') };
const swedish = { lang: 'sv', path: 'sv.txt', text: fixture('sv.txt') };

const countFinding = (result: ReturnType<typeof check>) => {
  const finding = result.findings.find((item) => item.rule === 'count-mismatch');
  assert.ok(finding, 'the 37 vs 73 count is found');
  return finding;
};
const firstPath = (result: ReturnType<typeof check>) => result.documents[countFinding(result).evidence[0]!.document]!.path;

describe('source version and blame', () => {
  it('without a source, two versions disagree: no side is named to fix, whatever the order', () => {
    for (const docs of [[dutch, swedish], [swedish, dutch]]) {
      const result = check(docs);
      const finding = countFinding(result);
      assert.equal(finding.blame, 'none');
      assert.match(finding.message, /^nl and sv disagree: /);
      const sarif = JSON.parse(formatSarif(result)) as { runs: Array<{ results: Array<{ locations: unknown[]; relatedLocations: unknown[] }> }> };
      assert.equal(sarif.runs[0]!.results[0]!.locations.length, 2, 'both places are SARIF locations');
      assert.equal(sarif.runs[0]!.results[0]!.relatedLocations.length, 0);
      const annotations = formatGithub(result).trimEnd().split('\n');
      assert.deepEqual(annotations.map((line) => /file=([^,]+)/.exec(line)?.[1]).sort(), ['nl.txt', 'sv.txt']);
      assert.ok(annotations.every((line) => line.startsWith('::error ')), 'both at the same level');
    }
  });

  it('with a source, the translation is the one to fix, named by language, path or index', () => {
    for (const source of ['nl', 'nl.txt', 0] as const) {
      const result = check([dutch, swedish], { source });
      assert.equal(countFinding(result).blame, 'source');
      assert.equal(firstPath(result), 'sv.txt');
      assert.match(countFinding(result).message, /Fix the sv translation of the nl source\.$/);
      const annotations = formatGithub(result).trimEnd().split('\n');
      assert.equal(annotations.length, 1);
      assert.match(annotations[0]!, /^::error file=sv\.txt,/);
    }
    assert.equal(firstPath(check([dutch, swedish], { source: 'sv' })), 'nl.txt');
    assert.equal(firstPath(check([swedish, dutch], { source: 'sv' })), 'nl.txt');
  });

  it('the id of a finding does not depend on the source', () => {
    assert.equal(countFinding(check([dutch, swedish], { source: 'sv' })).id, countFinding(check([dutch, swedish])).id);
  });

  it('with three versions the fewer is to fix (blame majority) unless the source is named', () => {
    const swedishAgain = { ...swedish, path: 'sv-2.txt' };
    const result = check([dutch, swedish, swedishAgain]);
    assert.equal(countFinding(result).blame, 'majority');
    assert.equal(firstPath(result), 'nl.txt');
    const fromDutch = check([dutch, swedish, swedishAgain], { source: 'nl.txt' });
    assert.equal(countFinding(fromDutch).blame, 'source');
    assert.notEqual(firstPath(fromDutch), 'nl.txt');
  });

  it('names a source that matches nothing, or a language of two versions; the config file takes a source', () => {
    assert.throws(() => check([dutch, swedish], { source: 'ar' }), (error: unknown) => error instanceof RangeError && /source "ar" names no document/.test(error.message));
    assert.throws(() => check([dutch, { ...dutch, path: 'nl-2.txt' }], { source: 'nl' }), /language of 2 documents/);
    assert.throws(() => check([dutch, swedish], { source: 5 }), RangeError);
    assert.throws(() => check([dutch, swedish], { source: -1 }), TypeError);
    assert.deepEqual(parseConfig('{ "source": "nl" }'), { source: 'nl' });
    assert.throws(() => parseConfig('{ "source": 0 }'), TypeError);
  });
});
