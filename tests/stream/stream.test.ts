// The async-iterable API: one outcome per set in input order, a bad set an error outcome while the
// stream goes on, and pull-based reading (a set is taken from the source only when asked for).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, alignStream, check, checkStream, segment, segmentStream, type ArticleSet, type StreamOutcome } from '../../src/index.js';

const nl = { lang: 'nl', text: 'De vijf provincies tekenden 29 overeenkomsten. Het overleg vond plaats op 20 februari.' };
const sv = { lang: 'sv', text: 'De fem provinserna undertecknade 12 avtal. Mötet hölls den 20 februari.' };
const svAgrees = { lang: 'sv', text: 'De fem provinserna undertecknade 29 avtal. Mötet hölls den 20 februari.' };

async function collect<T>(outcomes: AsyncIterable<StreamOutcome<T>>): Promise<Array<StreamOutcome<T>>> {
  const all: Array<StreamOutcome<T>> = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

describe('checkStream', () => {
  it('gives each set the result check gives it, in input order, with its id', async () => {
    const sets: ArticleSet[] = [
      { id: 'disagree', versions: [nl, sv] },
      { id: 'agree', versions: [nl, svAgrees] },
    ];
    const outcomes = await collect(checkStream(sets));
    assert.deepEqual(outcomes.map((outcome) => outcome.id), ['disagree', 'agree']);
    for (const [index, outcome] of outcomes.entries()) {
      assert.ok(outcome.ok);
      const expected = check(sets[index]!.versions.map((version) => ({ ...version, path: version.lang })));
      assert.deepEqual(outcome.result, expected);
    }
    const [disagree, agree] = outcomes as Array<Extract<StreamOutcome<unknown>, { ok: true }> & { result: ReturnType<typeof check> }>;
    assert.deepEqual(disagree!.result.findings.map((finding) => finding.rule), ['count-mismatch']);
    assert.deepEqual(agree!.result.findings, []);
  });

  it('yields an error for a bad set, naming the field, and goes on', async () => {
    const outcomes = await collect(
      checkStream([
        { id: 'one', versions: [nl] },
        { id: 'none', versions: [] },
        { id: 'unknown', versions: [nl, sv], extra: true },
        { id: 'badlang', versions: [nl, { lang: 'not a code!', text: 'x' }] },
        { versions: [nl, sv] },
        'not a set',
        { id: 'fine', versions: [nl, sv] },
      ]),
    );
    assert.deepEqual(
      outcomes.map((outcome) => [outcome.id, outcome.ok]),
      [['one', false], ['none', false], ['unknown', false], ['badlang', false], [null, false], [null, false], ['fine', true]],
    );
    const messages = outcomes.flatMap((outcome) => (outcome.ok ? [] : [`${outcome.error.name}: ${outcome.error.message}`]));
    assert.match(messages[0]!, /^RangeError: set\.versions has 1 version; check takes at least 2/);
    assert.match(messages[1]!, /^RangeError: set\.versions has 0 versions/);
    assert.match(messages[2]!, /^TypeError: set has an unknown field "extra"/);
    assert.match(messages[3]!, /^RangeError: set\.versions\[1\]\.lang "not a code!" is not a BCP 47/);
    assert.match(messages[4]!, /^TypeError: set\.id must be a non-empty string/);
    assert.match(messages[5]!, /^TypeError: set must be an object/);
  });

  it('reads the source only as fast as the consumer pulls (back-pressure)', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<ArticleSet> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield { id: `set-${i}`, versions: [nl, sv] };
      }
    }
    const stream = checkStream(source());
    assert.equal(pulled, 0, 'nothing is read before the first pull');
    const first = await stream.next();
    assert.equal(first.value?.id, 'set-0');
    assert.equal(pulled, 1);
    await stream.next();
    await stream.next();
    assert.equal(pulled, 3);
    await stream.return(undefined);
    assert.equal(pulled, 3, 'stopping the consumer stops the reading');
  });

  it('throws at once for a source that is not iterable or bad options', () => {
    assert.throws(() => checkStream(42 as never), { name: 'TypeError', message: /sets must be an iterable/ });
    assert.throws(() => checkStream([], { mode: 'sideways' as never }), /mode/);
  });

  it('uses the options: mode and rule severities as check does', async () => {
    const options = { rules: { 'count-mismatch': 'off' as const } };
    const [outcome] = await collect(checkStream([{ id: 'x', versions: [nl, sv] }], options));
    assert.ok(outcome?.ok);
    assert.deepEqual(outcome.result.findings, []);
  });
});

describe('a set with a source', () => {
  it('hands check the index of the version it names, as check({ source }) answers', async () => {
    const versions: Array<{ lang: string; text: string; path?: string }> = [sv, { ...nl, path: 'nl/a.txt' }];
    const [outcome] = await collect(checkStream([{ id: 'x', versions, source: 'nl' }]));
    const documents = versions.map((version) => ({ ...version, path: version.path ?? version.lang }));
    let expected: unknown;
    try {
      expected = { ok: true, result: check(documents, { source: 1 } as never) };
    } catch (error) {
      expected = { ok: false, message: (error as Error).message };
    }
    assert.deepEqual(outcome?.ok ? { ok: true, result: outcome.result } : { ok: false, message: outcome?.error.message }, expected);
  });

  it('a source that names two versions is an error', async () => {
    const [outcome] = await collect(checkStream([{ id: 'x', versions: [nl, { ...nl, path: 'b' }], source: 'nl' }]));
    assert.equal(outcome?.ok, false);
    assert.match(outcome!.ok ? '' : outcome!.error.message, /source "nl" names 2 versions/);
  });
});

describe('alignStream and segmentStream', () => {
  it('align: two versions per set, as align does; other sizes are errors', async () => {
    const outcomes = await collect(
      alignStream([
        { id: 'pair', versions: [nl, svAgrees] },
        { id: 'three', versions: [nl, sv, svAgrees] },
      ]),
    );
    assert.ok(outcomes[0]?.ok);
    assert.deepEqual(outcomes[0].result, align({ ...nl, path: 'nl' }, { ...svAgrees, path: 'sv' }));
    assert.equal(outcomes[1]?.ok, false);
    assert.match(outcomes[1]!.ok ? '' : outcomes[1]!.error.message, /align takes exactly 2/);
  });

  it('align: a lexicon is aligned with, as align takes it', async () => {
    // Opposite orders and no shared anchor: only the word pairs link the sentences crosswise.
    const a = { lang: 'nl', sentences: ['De hond blaft in de tuin.', 'Het sneeuwt morgen in het dorp.'] };
    const b = { lang: 'sv', sentences: ['Det snöar i morgon i byn.', 'Hunden skäller i trädgården.'] };
    const lexicon: Array<[string, string]> = [['hond', 'hunden'], ['blaft', 'skäller'], ['tuin', 'trädgården'], ['sneeuwt', 'snöar'], ['morgen', 'morgon'], ['dorp', 'byn']];
    const [outcome] = await collect(alignStream([{ id: 'crossed', versions: [a, b] }], { mode: 'comparable', lexicon }));
    assert.ok(outcome?.ok);
    assert.deepEqual(outcome.result, align({ ...a, path: 'nl' }, { ...b, path: 'sv' }, { mode: 'comparable', lexicon }));
    assert.deepEqual(outcome.result.links.map((link) => [link.a, link.b]), [[[0], [1]], [[1], [0]]]);
  });

  it('segment: one version is enough; sentences given are kept as they are', async () => {
    const outcomes = await collect(
      segmentStream([
        { id: 'text', versions: [nl] },
        { id: 'cut', versions: [{ lang: 'sv', sentences: ['Ett.', 'Två tre.'], path: 'sv/a.txt' }] },
      ]),
    );
    assert.ok(outcomes[0]?.ok && outcomes[1]?.ok);
    assert.deepEqual(
      outcomes[0].result.documents[0]!.sentences.map((sentence) => sentence.text),
      segment(nl.text, { lang: 'nl' }).map((sentence) => sentence.text),
    );
    assert.deepEqual(outcomes[1].result.documents[0]!.sentences.map((sentence) => sentence.text), ['Ett.', 'Två tre.']);
    assert.equal(outcomes[1].result.documents[0]!.path, 'sv/a.txt');
  });
});
