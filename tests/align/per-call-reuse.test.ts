// alignPairs builds each document's features once for all its pairs and lets the searches of one call
// share their per-cell arrays (DocumentFeatureCache, SearchScratch). Neither may change a link: each
// pair aligned in one call must come out as align() gives it alone, in the same script (nl–sv, no sound
// prefixes) and across scripts (uk–ar, with them), and a second call must not see the first one's arrays.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { align, alignPairs, toSegmentedDocument } from '../../src/index.js';

const corpus = new URL('../../corpora/spring-meeting-2025/', import.meta.url);
const langs = ['nl', 'sv', 'uk', 'ar'];
const documents = langs.map((lang) => toSegmentedDocument({ lang, text: readFileSync(new URL(`${lang}.txt`, corpus), 'utf8') }));
// A shorter version, so the scratch arrays of a later search are smaller than the first's.
const shortened = toSegmentedDocument({ lang: 'id', sentences: documents[0]!.sentences.slice(0, 7).map((s) => s.text) });

describe('alignPairs: the per-call feature cache and search scratch', () => {
  it('gives every pair the links align() gives it alone', () => {
    const pairs = alignPairs([...documents, shortened], { mode: 'parallel' });
    const all = [...documents, shortened];
    assert.equal(pairs.length, (all.length * (all.length - 1)) / 2);
    for (const { first, second, alignment } of pairs) {
      const alone = align(all[first]!, all[second]!, { mode: 'parallel' });
      assert.deepEqual(alignment.links, alone.links, `${all[first]!.lang}–${all[second]!.lang}`);
    }
  });

  it('gives the same links past maxAnchorSentences, where the features come from the cache', () => {
    // With anchors a pair reads its own; past the limit each document's features are the cached ones.
    const options = { mode: 'parallel' as const, maxAnchorSentences: 0 };
    const all = [...documents, shortened];
    for (const { first, second, alignment } of alignPairs(all, options)) {
      assert.deepEqual(alignment.links, align(all[first]!, all[second]!, options).links, `${all[first]!.lang}–${all[second]!.lang}`);
    }
  });

  it('gives the same links when called again', () => {
    const once = alignPairs(documents, { mode: 'parallel' }).map((p) => p.alignment.links);
    const again = alignPairs(documents, { mode: 'parallel' }).map((p) => p.alignment.links);
    assert.deepEqual(again, once);
  });
});
