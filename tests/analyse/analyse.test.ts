// analyse(): one reading of every version (sentences and anchors) that check, align and the report
// start from.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, check, createGazetteer, toSegmentedDocument } from '../../src/index.js';
import type { Anchor, SegmentedDocument } from '../../src/index.js';

const nl = { lang: 'nl', text: 'Op 20 februari bezocht Nguyen Xuan Thang de provincie Guangxi.' };
const ar = { lang: 'ar', text: 'زار نغوين شوان ثانغ مقاطعة قوانغشي في 20 فبراير.' };
const describeAnchor = (anchor: Anchor) => `${anchor.type} ${anchor.value}`;

describe('analyse', () => {
  it('segments every document and gives each sentence its anchors, with offsets into its text', () => {
    const { documents, anchors } = analyse([nl, ar]);
    assert.deepEqual(
      documents.map((document) => document.lang),
      ['nl', 'ar'],
    );
    anchors.forEach((perSentence, d) => {
      assert.equal(perSentence.length, documents[d]!.sentences.length);
      for (const anchor of perSentence.flat()) assert.equal(documents[d]!.text.slice(anchor.start, anchor.end), anchor.text);
    });
    assert.ok(anchors[0]![0]!.map(describeAnchor).includes('date --02-20'));
  });

  it('reads a German document, where every noun has a capital, for the names the others hold', () => {
    const de = { lang: 'de', text: 'Er spielt seit Jahren für Chelsea und traf am Samstag in London.' };
    const fr = { lang: 'fr', text: 'Il joue depuis des années pour Chelsea et a marqué samedi à Londres.' };
    const names = (docs: Array<{ lang: string; text: string }>, d: number) =>
      analyse(docs)
        .anchors[d]!.flat()
        .filter((anchor) => anchor.type === 'entity')
        .map((anchor) => anchor.text);
    // Alone, a lone capitalised German word may be any noun; told the French names, Chelsea is one.
    assert.deepEqual(names([de], 0), []);
    assert.deepEqual(names([de, fr], 0), ['Chelsea']);
    // The order the versions come in does not matter.
    assert.deepEqual(names([fr, de], 1), ['Chelsea']);
  });

  it('reads a document in a script without capitals for the names the others hold', () => {
    const alone = analyse([ar]).anchors[0]!.flat().filter((anchor) => anchor.type === 'entity');
    const withDutch = analyse([nl, ar]).anchors[1]!.flat().filter((anchor) => anchor.type === 'entity');
    const dutchNames = new Set(
      analyse([nl])
        .anchors[0]!.flat()
        .filter((anchor) => anchor.type === 'entity')
        .map((anchor) => anchor.value),
    );
    // Alone, only the gazetteer's place is a name; told the Dutch names, the person is one too.
    assert.deepEqual(alone.map(describeAnchor), ['entity KANS']);
    assert.ok(dutchNames.has('NUNSANTAN'));
    assert.deepEqual(withDutch.map(describeAnchor), ['entity NUNSANTAN', 'entity KANS']);
  });

  it('reads no anchors in page boilerplate', () => {
    const segmented = toSegmentedDocument({ lang: 'nl', text: 'Op 20 februari tekenden zij 29 overeenkomsten.\nOp 20 februari tekenden zij 29 overeenkomsten.' });
    const document: SegmentedDocument = { ...segmented, sentences: segmented.sentences.map((sentence, i) => (i === 1 ? { ...sentence, kind: 'boilerplate' as const } : sentence)) };
    const { anchors } = analyse([document]);
    assert.ok(anchors[0]![0]!.length > 0);
    assert.deepEqual(anchors[0]![1], []);
  });

  it('uses the gazetteer it is given', () => {
    const place = { lang: 'nl', text: 'De delegatie bezocht Zwarteberg.' };
    const found = (gazetteer?: ReturnType<typeof createGazetteer>) =>
      analyse([place], gazetteer ? { gazetteer } : {})
        .anchors[0]!.flat()
        .map((anchor) => (anchor.type === 'entity' ? `${anchor.text} ${anchor.gazetteerId ?? 'unknown'}` : anchor.text));
    const gazetteer = createGazetteer([{ id: 'zwarteberg', kind: 'place', country: 'BE', names: { nl: ['Zwarteberg'] } }]);
    assert.deepEqual(found(), ['Zwarteberg unknown']);
    assert.deepEqual(found(gazetteer), ['Zwarteberg zwarteberg']);
  });

  it('is the reading check compares: check returns exactly these anchors', () => {
    const docs = [nl, ar, { lang: 'sv', text: 'Den 20 februari besökte Nguyen Xuan Thang provinsen Guangxi.' }];
    const analysed = analyse(docs);
    const checked = check(docs);
    assert.deepEqual(
      checked.anchors,
      analysed.anchors.map((perSentence) => perSentence.flat()),
    );
  });

  it('throws on arguments of the wrong shape, naming them', () => {
    assert.throws(() => analyse('nl' as never), (error: unknown) => error instanceof TypeError && /docs/.test(error.message));
    assert.throws(() => analyse([42 as never]), (error: unknown) => error instanceof TypeError && /docs\[0\]/.test(error.message));
    assert.throws(() => analyse([nl], null as never), (error: unknown) => error instanceof TypeError && /options/.test(error.message));
    assert.throws(() => analyse([nl], { gazetteer: {} as never }), (error: unknown) => error instanceof TypeError && /options\.gazetteer/.test(error.message));
  });
});
