import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, check } from '../../src/index.js';
import { createCostModel } from '../../src/align/cost.js';
import { uncrossBeads } from '../../src/align/crossing.js';
import { defaultPenalties } from '../../src/align/options.js';
import type { DocumentFeatures, PairFeatures } from '../../src/align/features.js';
import type { PathBead } from '../../src/align/traceback.js';

/** Features of one side from lists of (shared) feature ids and, per sentence, the fact kinds it states that the other side never does. */
function side(lists: number[][], unshared: number[] = []): DocumentFeatures {
  const count = lists.length;
  return {
    unsharedFacts: Uint8Array.from(lists, (_, k) => unshared[k] ?? 0),
    unsharedWeights: new Float64Array(count),
    lengths: new Float64Array(count).fill(50),
    features: lists.map((list) => Int32Array.from(list).sort()),
    weightTotals: new Float64Array(count),
    anchors: lists.map(() => []),
    words: lists.map(() => new Int32Array(0)),
    skipFactors: new Float64Array(count).fill(1),
    introducesNext: new Uint8Array(count),
  };
}

/** Ids 0–9, each a name (fact kind 1) unless `kinds` says otherwise; ids listed in `general` are word-class features (not specific). */
function pair(a: number[][], b: number[][], general: number[] = [], kinds: Record<number, number> = {}, unsharedA: number[] = [], unsharedB: number[] = []): PairFeatures {
  const specific = new Uint8Array(10).fill(1);
  for (const id of general) specific[id] = 0;
  const factKinds = Uint8Array.from({ length: 10 }, (_, id) => (general.includes(id) ? 0 : (kinds[id] ?? nameKind)));
  return { a: side(a, unsharedA), b: side(b, unsharedB), weights: new Float64Array(10).fill(5), specific, coarse: new Uint8Array(10), factKinds, uniqueInBoth: new Int32Array(0), wordCount: 0 };
}

/** Fact kinds as `PairFeatures.factKinds` writes them: a name, a country. */
const nameKind = 1;
const countryKind = 4;

/** The pass on a cost model of these features (length ratio 1, default penalties). */
const uncross = (features: PairFeatures, classA: Uint8Array, classB: Uint8Array, path: readonly PathBead[]) =>
  uncrossBeads(createCostModel(features, { ...defaultPenalties }, classA, classB, 1), path);
const oneToOne = (count: number): PathBead[] => Array.from({ length: count }, (_, k) => ({ aStart: k, aCount: 1, bStart: k, bCount: 1 }));
const classes = (count: number, cls = 1) => new Uint8Array(count).fill(cls);
const shape = (path: readonly PathBead[]) => path.map((bead) => `${bead.aStart}+${bead.aCount}:${bead.bStart}+${bead.bCount}`);

describe('align: beads a clause crosses', () => {
  // A0 carries name 1, whose only counterpart is in B1 (the next bead): the clause moved across the full stop.
  const crossing = () => pair([[1, 2], [3]], [[2], [1, 3]]);

  it('merges two beads when a rare name of one bead is found only on the other side of the next bead', () => {
    const path = oneToOne(2);
    assert.deepEqual(shape(uncross(crossing(), classes(2), classes(2), path)), ['0+2:0+2']);
    assert.deepEqual(shape(path), ['0+1:0+1', '1+1:1+1'], 'the input path is left as it was');
  });

  it('merges in the other direction too (B of the first bead, A of the second)', () => {
    const features = pair([[2], [1, 3]], [[1, 2], [3]]);
    assert.deepEqual(shape(uncross(features, classes(2), classes(2), oneToOne(2))), ['0+2:0+2']);
  });

  it('leaves beads apart when the crossing fact stands where the other side states another of its kind', () => {
    // Country 1 is in A1 and in B0; A0 states a country B never does, and no country B shares:
    // "in het zuidwesten van Chili" against "i sydvästra Kina", with China in the next Dutch sentence.
    const features = pair([[2], [1, 3]], [[1, 2], [3]], [], { 1: countryKind }, [countryKind, 0]);
    assert.deepEqual(shape(uncross(features, classes(2), classes(2), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
    // The same, the other version's bead mate of the crossing fact holding the other country.
    const mirrored = pair([[1, 2], [3]], [[2], [1, 3]], [], { 1: countryKind }, [], [countryKind, 0]);
    assert.deepEqual(shape(uncross(mirrored, classes(2), classes(2), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
  });

  it('still merges when the bead mate states a fact of another kind only', () => {
    const otherKind = pair([[2], [1, 3]], [[1, 2], [3]], [], { 1: countryKind }, [nameKind, 0]);
    assert.deepEqual(shape(uncross(otherKind, classes(2), classes(2), oneToOne(2))), ['0+2:0+2']);
  });

  it('takes a country beside a shared one for a substitution, a name beside a shared one not', () => {
    // A0 shares country 2 with B0 and states a country B never does: the United States … in France.
    const country = pair([[2], [1, 3]], [[1, 2], [3]], [], { 1: countryKind, 2: countryKind }, [countryKind, 0]);
    assert.deepEqual(shape(uncross(country, classes(2), classes(2), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
    // Names are read less alike across versions: one more beside a shared name proves nothing.
    const name = pair([[2], [1, 3]], [[1, 2], [3]], [], {}, [nameKind, 0]);
    assert.deepEqual(shape(uncross(name, classes(2), classes(2), oneToOne(2))), ['0+2:0+2']);
  });

  it('leaves beads apart when the name also has a partner inside its own bead', () => {
    const features = pair([[1, 2], [3]], [[1, 2], [1, 3]]);
    assert.deepEqual(shape(uncross(features, classes(2), classes(2), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
  });

  it('leaves beads apart when the shared feature is word-class evidence, not a name or number', () => {
    const features = pair([[1, 2], [3]], [[2], [1, 3]], [1]);
    assert.deepEqual(shape(uncross(features, classes(2), classes(2), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
  });

  it('ignores a name repeated all over a document', () => {
    const features = pair([[1, 2], [3], [1], [1]], [[2], [1, 3], [4], [5]]);
    assert.deepEqual(shape(uncross(features, classes(4), classes(4), oneToOne(4))).slice(0, 2), ['0+1:0+1', '1+1:1+1']);
  });

  it('cuts two beads again where nothing crosses, when there is such a cut', () => {
    // The path left A0 unaligned and joined A1 to B0 and B1; A0's name 1 is in B0, A1's name 3 in B1.
    const features = pair([[1, 2], [3, 4]], [[1, 2], [3, 4]]);
    const path: PathBead[] = [
      { aStart: 0, aCount: 1, bStart: 0, bCount: 0 },
      { aStart: 1, aCount: 1, bStart: 0, bCount: 2 },
    ];
    assert.deepEqual(shape(uncross(features, classes(2), classes(2), path)), ['0+1:0+1', '1+1:1+1']);
  });

  it('merges chains and absorbs a skipped sentence whose name sits in the neighbouring bead', () => {
    // A0–B0, A1 skipped (its name 4 is in B1), A2–B1; name 1 crosses from A0 into B1 as well.
    const features = pair([[1, 2], [4], [3]], [[2], [1, 3, 4]]);
    const path: PathBead[] = [
      { aStart: 0, aCount: 1, bStart: 0, bCount: 1 },
      { aStart: 1, aCount: 1, bStart: 1, bCount: 0 },
      { aStart: 2, aCount: 1, bStart: 1, bCount: 1 },
    ];
    assert.deepEqual(shape(uncross(features, classes(3), classes(2), path)), ['0+3:0+2']);
  });

  it('keeps merged beads to four sentences a side', () => {
    const features = pair([[1], [2], [3], [4], [5]], [[1, 2, 3, 4, 5, 6], [7]]);
    const path: PathBead[] = [
      { aStart: 0, aCount: 4, bStart: 0, bCount: 1 },
      { aStart: 4, aCount: 1, bStart: 1, bCount: 1 },
    ];
    // Name 5 of A4 is found only in B0: a crossing, but the merged bead would hold five sentences of A.
    assert.deepEqual(shape(uncross(features, classes(5), classes(2), path)), ['0+4:0+1', '4+1:1+1']);
  });

  it('never merges a caption with body text or anything with boilerplate', () => {
    const captionFirst = new Uint8Array([2, 1]);
    assert.deepEqual(shape(uncross(crossing(), captionFirst, new Uint8Array([2, 1]), oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
    const boilerplate = new Uint8Array([1, 0]);
    assert.deepEqual(shape(uncross(crossing(), classes(2), boilerplate, oneToOne(2))), ['0+1:0+1', '1+1:1+1']);
  });

  it('gives one link when a translation that splits sentences freely moves a clause with a number across a sentence boundary', () => {
    // Each sentence has its own names and dates; only "250" crosses from A1 into B2. The French splits
    // three German lines in two, as a literary translation does: the repair is for such pairs.
    const de = [
      'Die Expedition verliess Kathmandu am 3. Mai mit vierzig Trägern.',
      'Am 7. Juli kosteten Larch die ersten beiden Seillängen über dem Bergschrund Stunden, 250 Höhenmeter erforderten zwei Tage.',
      'Reinagl arbeitete sechs Stunden an den Platten der Scharte von Gasherbrum VI.',
      'Am 12. Juni standen Morawec und Willenpart auf dem Gipfel des Gasherbrum II.',
      'Der Abstieg nach Skardu dauerte neun Tage. Am 2. August erreichten sie Rawalpindi.',
      'In Karachi wartete das Schiff. Es legte am 20. August nach Genua ab.',
      'Die Überfahrt dauerte zwölf Tage. In Genua empfing sie am 1. September der Alpenverein.',
    ];
    const fr = [
      "L'expédition quitta Katmandou le 3 mai avec quarante porteurs.",
      'Le 7 juillet, les deux premières longueurs au-dessus de la rimaye coûtèrent des heures à Larch.',
      'Il fallut deux jours pour 250 m. Reinagl travailla six heures sur les dalles de la brèche du Gasherbrum VI.',
      'Le 12 juin, Morawec et Willenpart atteignirent le sommet du Gasherbrum II.',
      'La descente vers Skardu dura neuf jours.',
      'Le 2 août, ils atteignirent Rawalpindi.',
      'À Karachi, le navire attendait.',
      'Il partit pour Gênes le 20 août.',
      'La traversée dura douze jours.',
      'À Gênes, le Club alpin les accueillit le 1er septembre.',
    ];
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [0]],
        [[1, 2], [1, 2]],
        [[3], [3]],
        [[4], [4, 5]],
        [[5], [6, 7]],
        [[6], [8, 9]],
      ],
    );
    // The same four sentences alone read as a translation made sentence by sentence: no repair.
    const sentenceBySentence = align({ sentences: de.slice(0, 4), lang: 'de' }, { sentences: fr.slice(0, 4), lang: 'fr' }, { mode: 'parallel' });
    assert.ok(sentenceBySentence.links.every((link) => link.a.length === 1 && link.b.length === 1));
  });

  it('keeps the sentence pairs of a translation made sentence by sentence, though a name crosses a boundary', () => {
    // The Swedish moved the pastor's name from the third sentence into the fourth; a news translation
    // that joins no sentences elsewhere keeps each sentence with its own translation, where the checks compare them.
    const nl = [
      'De klokken van St. Martin zwijgen.',
      'De kerk werd in 1888 gebouwd door een witte gemeente.',
      'Later nam een zwarte gemeente onder dominee Johnson de kerk over.',
      'Na een brand in 1939 liet de gemeente een klokkenspel bouwen.',
      'Het klokkenspel heeft 42 klokken.',
      'Het werd in juli bespeeld door Tiffany Ng van de Universiteit van Michigan.',
    ];
    const sv = [
      'Klockorna i St. Martin tystnar.',
      'Kyrkan byggdes 1888 av en vit församling.',
      'Senare tog en svart församling över kyrkan.',
      'Efter en brand 1939 lät pastor Johnson bygga ett klockspel.',
      'Klockspelet har 42 klockor.',
      'Det spelades i juli av Tiffany Ng från University of Michigan.',
    ];
    const result = align({ sentences: nl, lang: 'nl' }, { sentences: sv, lang: 'sv' });
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      nl.map((_, index) => [[index], [index]]),
    );
  });

  it('keeps a changed country in its own sentence pair, where the checks see it, though the next sentence repeats the old one', () => {
    // The Dutch reads China in the newspaper's name of its third sentence; Swedish reads that name whole.
    const nl = [
      'Boer gedood door varken op markt in China',
      'Een boer werd aangevallen en gedood door een varken op een markt in het zuidwesten van Chili, volgens berichten in de lokale media.',
      'De man, van wie alleen de achternaam Yuan bekend is, werd dood aangetroffen op de markt in Liupanshui in de provincie Guizhou, meldde de South China Morning Post zondag.',
      'Het varken was niet van Yuan of zijn neef.',
    ];
    const sv = [
      'Bonde dödad av gris på marknad i Kina',
      'En bonde attackerades och dödades av en gris på en marknad i sydvästra Kina, enligt lokala mediarapporter.',
      'Mannen, som endast identifieras med sitt efternamn Yuan, hittades död på marknaden i Liupanshui i provinsen Guizhou, rapporterade South China Morning Post i söndags.',
      'Grisen tillhörde inte Yuan eller hans kusin.',
    ];
    const versions = [{ lang: 'nl', sentences: nl }, { lang: 'sv', sentences: sv }];
    const result = align(versions[0]!, versions[1]!, { mode: 'parallel' });
    assert.deepEqual(result.links.map((link) => [link.a, link.b]), [[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]]]);
    const findings = check(versions, { mode: 'parallel' }).findings.filter((f) => f.rule === 'country-label');
    assert.deepEqual(findings.map((f) => [f.severity, f.evidence.map((e) => [e.document, e.sentence])]), [['error', [[0, 1], [1, 1]]]]);
  });
});
