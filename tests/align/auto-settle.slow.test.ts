import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { align, alignPairs, toSegmentedDocument } from '../../src/index.js';

// Slow (about 1.5 s): aligns three showcase versions pair by pair, twice.
describe('alignPairs: a pair in doubt is settled through a third version', () => {
  const corpusDir = fileURLToPath(new URL('../../corpora/spring-meeting-2025/', import.meta.url));
  const read = (lang: string) => toSegmentedDocument({ text: readFileSync(`${corpusDir}${lang}.txt`, 'utf8'), lang });
  // nl and ar translate each other; id is a separate article.
  const [dutch, indonesian, arabic] = [read('nl'), read('id'), read('ar')];

  it('takes id–ar, in doubt alone, for two articles since ar translates nl and nl–id are two articles', () => {
    const alone = align(indonesian, arabic);
    assert.equal(alone.mode, 'parallel');
    assert.match(alone.modeReason ?? '', /^in doubt/);
    const pairs = alignPairs([dutch, indonesian, arabic]);
    const modeOf = (first: number, second: number) => pairs.find((pair) => pair.first === first && pair.second === second)!.alignment;
    assert.equal(modeOf(0, 2).mode, 'parallel');
    assert.equal(modeOf(0, 1).mode, 'comparable');
    assert.equal(modeOf(1, 2).mode, 'comparable');
    assert.match(modeOf(1, 2).modeReason ?? '', /^two articles: version 0 \(nl\) translates version 2 \(ar\) and is another article than version 1 \(id\)/);
  });

  it('settles nothing when a mode is asked for', () => {
    const pairs = alignPairs([dutch, indonesian, arabic], { mode: 'parallel' });
    assert.ok(pairs.every((pair) => pair.alignment.mode === 'parallel'));
  });
});
