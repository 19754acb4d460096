import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, defaultBeadTypes } from '../../src/index.js';

const pairs = (result: ReturnType<typeof align>) => result.links.map((link) => [link.a, link.b]);

describe('align: a long sentence split in five', () => {
  // One German enumeration; the French cuts it at every semicolon, and the segmenter makes each
  // clause a sentence of its own.
  const de = [
    'Seit 1950 haben mehrere Forscher das Gebiet um den Nanga Parbat besucht .',
    '1951 kartierte Erwin Schneider die Gletscher , 1952 Augustin Lombard die Geologie , 1953 Albert Zimmermann die Flora , 1954 Helmut Heuberger die Täler und 1955 Fritz Müller das Klima des ganzen Massivs .',
    'Ihre Berichte erscheinen demnächst gesammelt in einem Band .',
  ];
  const fr = [
    'Depuis 1950 , plusieurs chercheurs ont visité la région du Nanga Parbat :',
    '1951 , Erwin Schneider pour la cartographie des glaciers ;',
    '1952 , Augustin Lombard pour la géologie ;',
    '1953 , Albert Zimmermann pour la flore ;',
    '1954 , Helmut Heuberger pour les vallées ;',
    '1955 , Fritz Müller pour le climat de tout le massif .',
    'Leurs rapports paraîtront bientôt réunis en un volume .',
  ];

  it('joins all five clauses to the one sentence they translate', () => {
    assert.ok(defaultBeadTypes.some(([k, l]) => k === 1 && l === 5));
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });
    assert.deepEqual(pairs(result), [
      [[0], [0]],
      [[1], [1, 2, 3, 4, 5]],
      [[2], [6]],
    ]);
  });

  it('cannot join them with beads of at most four sentences a side', () => {
    const narrow = defaultBeadTypes.filter(([k, l]) => k <= 4 && l <= 4);
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel', beads: narrow });
    assert.ok(!pairs(result).some(([a, b]) => a!.length === 1 && b!.length === 5));
  });

  it('takes bead types up to five sentences a side and names a wider one', () => {
    const doc = { sentences: ['Eins .', 'Zwei .'], lang: 'de' };
    assert.doesNotThrow(() => align(doc, doc, { beads: [[1, 1], [5, 5]] }));
    assert.throws(
      () => align(doc, doc, { beads: [[1, 1], [1, 6]] }),
      (error: unknown) => error instanceof RangeError && /options\.beads/.test(error.message) && /0–5/.test(error.message),
    );
  });
});
