// Separate reports of one event whose link the other versions confirm: a name swapped in there is read
// as in a translation (a surname alone against a full name; a tie with a sentence elsewhere).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameVariant } from '../../src/check/rules/name-variant.js';
import type { Anchor, SegmentedDocument } from '../../src/types.js';
import { entity, evidenceTexts, type LinkSpec, makeContext, makeDocument, num, person, place } from './helpers.js';

/** Every pair of the given documents linked at sentence `s` of each, comparable. */
function linkedEverywhere(documents: number, s: (d: number) => number): LinkSpec[] {
  const links: LinkSpec[] = [];
  for (let x = 0; x < documents; x++) for (let y = x + 1; y < documents; y++) links.push([x, [s(x)], y, [s(y)], 0.9, 'comparable']);
  return links;
}

describe('name swaps across comparable links the other versions confirm', () => {
  // Four reports; the Indonesian one names the prime minister where the others name a protester.
  const reports = [
    { lang: 'nl', sentences: ['Premier Zoran Zaev sprak in Skopje.', 'In Skopje zette Vladimir Kavardarkov, 54, een podium op.'] },
    { lang: 'sv', sentences: ['I Skopje ställde Vladimir Kavardarkov, 54, upp en scen.', 'Premiärminister Zoran Zaev talade i Skopje.'] },
    { lang: 'en', sentences: ['Prime Minister Zoran Zaev spoke in Skopje.', 'In Skopje, Vladimir Kavardarkov, 54, set up a stage.'] },
    { lang: 'id', sentences: ['Di Skopje, Zaev, 54 tahun, menyiapkan panggung.', 'Perdana Menteri Zoran Zaev berbicara di Skopje.'] },
  ];
  const docs = reports.map((r) => makeDocument(r));
  const stage = (d: number) => (reports[d]!.lang === 'sv' || reports[d]!.lang === 'id' ? 0 : 1);
  const anchorsOf = (doc: SegmentedDocument, d: number): Anchor[] => {
    const s = stage(d);
    const speech = 1 - s;
    // Names the extractor reads without knowing their kind; the prime minister's comes after his title.
    const who = doc.sentences[s]!.text.includes('Kavardarkov') ? entity(doc, s, 'Vladimir Kavardarkov', 'vladimir kavardarkov', 'unknown') : entity(doc, s, 'Zaev', 'zaev', 'unknown');
    return [person(doc, speech, 'Zoran Zaev', 'zoran zaev'), place(doc, speech, 'Skopje', 'Skopje', 'MK'), place(doc, s, 'Skopje', 'Skopje', 'MK'), num(doc, s, '54', 54), who];
  };

  it('a surname alone swapped in for a full name is found when two other versions confirm the link', () => {
    const context = makeContext(docs, docs.map(anchorsOf), [...linkedEverywhere(4, stage), ...linkedEverywhere(4, (d) => 1 - stage(d))]);
    const swaps = nameVariant.run(context).filter((f) => evidenceTexts(context, f).includes('id:Zaev'));
    assert.equal(swaps.length, 1, JSON.stringify(nameVariant.run(context).map((f) => f.message)));
    assert.deepEqual(evidenceTexts(context, swaps[0]!)[0], 'id:Zaev');
  });

  it('with one other version to confirm the link, a surname alone is still no evidence of two people', () => {
    const three = [0, 2, 3];
    const subset = three.map((d) => docs[d]!);
    const context = makeContext(
      subset,
      three.map((d) => anchorsOf(docs[d]!, d)),
      [...linkedEverywhere(3, (i) => stage(three[i]!)), ...linkedEverywhere(3, (i) => 1 - stage(three[i]!))],
    );
    assert.deepEqual(
      nameVariant.run(context).filter((f) => evidenceTexts(context, f).includes('id:Zaev')),
      [],
    );
  });

  it('a sentence elsewhere that shares only as many facts does not take a confirmed link’s place', () => {
    // The Swedish headline names Ant McPartlin where the others name Peter Jones; its body names Peter
    // Jones beside the same two facts (Holly Willoughby, 11).
    const specs = [
      { lang: 'nl', sentences: ['Peter Jones woedend nadat Holly Willoughby zich terugtrekt uit deal van 11 miljoen.', 'Het weer was goed.'] },
      { lang: 'en', sentences: ['Peter Jones furious after Holly Willoughby pulls out of 11 million deal.', 'The weather was fine.'] },
      { lang: 'id', sentences: ['Peter Jones geram setelah Holly Willoughby menarik diri dari kesepakatan 11 juta.', 'Cuacanya bagus.'] },
      { lang: 'sv', sentences: ['Ant McPartlin rasande efter att Holly Willoughby drar sig ur deal på 11 miljoner.', 'Holly Willoughby lämnade Peter Jones och 11 miljoner.'] },
    ];
    const versions = specs.map((s) => makeDocument(s));
    const anchors = versions.map((doc, d) => {
      const own: Anchor[] = [
        person(doc, 0, d === 3 ? 'Ant McPartlin' : 'Peter Jones', d === 3 ? 'ant mcpartlin' : 'peter jones'),
        person(doc, 0, 'Holly Willoughby', 'holly willoughby'),
        num(doc, 0, '11', 11),
      ];
      if (d === 3) own.push(person(doc, 1, 'Holly Willoughby', 'holly willoughby'), person(doc, 1, 'Peter Jones', 'peter jones'), num(doc, 1, '11', 11));
      return own;
    });
    const context = makeContext(versions, anchors, linkedEverywhere(4, () => 0));
    const swaps = nameVariant.run(context).filter((f) => evidenceTexts(context, f).includes('sv:Ant McPartlin'));
    assert.equal(swaps.length, 1, JSON.stringify(nameVariant.run(context).map((f) => f.message)));
  });
});
