import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align, defaultPenalties } from '../../src/index.js';

const pairs = (result: ReturnType<typeof align>) => result.links.map((link) => [link.a, link.b]);

describe('align: a sentence ending with a colon introduces the next one', () => {
  const de = [
    'Die Expedition erreichte am 3. Mai das Basislager am Baltoro-Gletscher.',
    'Über die Expedition ist inzwischen ein hübsches Buch erschienen :',
    'Monica Jackson und Elizabeth Stark , « Tents in the Clouds » , London 1956 , flott geschrieben und hübsch illustriert .',
    'Am 12. Juni standen Morawec und Willenpart auf dem Gipfel des Gasherbrum II.',
  ];
  const fr = [
    "L'expédition atteignit le camp de base du glacier du Baltoro le 3 mai.",
    'Entre temps a paru le livre de Monica Jackson et Elizabeth Stark , Tents in the Clouds , London 1956 , écrit allègrement et joliment illustré .',
    'Le 12 juin, Morawec et Willenpart atteignirent le sommet du Gasherbrum II.',
  ];

  it('joins a colon sentence that one version splits off to the sentence it introduces', () => {
    assert.ok(defaultPenalties.colonBoundary > 0);
    const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });
    assert.deepEqual(pairs(result), [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ]);
    // Without the penalty the same sentence is left unaligned: the penalty is what decides here.
    const without = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel', penalties: { colonBoundary: 0 } });
    assert.deepEqual(pairs(without), [
      [[0], [0]],
      [[2], [1]],
      [[3], [2]],
    ]);
  });

  it('keeps one-to-one beads when both versions split at the colon', () => {
    const frSplit = [fr[0]!, 'Entre temps a paru un joli livre sur cette expédition :', fr[1]!.replace('Entre temps a paru le livre de ', ''), fr[2]!];
    const result = align({ sentences: de, lang: 'de' }, { sentences: frSplit, lang: 'fr' }, { mode: 'parallel' });
    assert.deepEqual(pairs(result), [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});
