import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../src/index.js';

describe('align: comparable mode links sentence pairs that carry their own evidence', () => {
  // One German enumeration that the French cuts into five clauses (a 1-5 bead in a translation).
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

  it('cuts a wider bead of the path down to its strongest sentence pair', () => {
    const parallel = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'parallel' });
    assert.ok(parallel.links.some((link) => link.b.length > 1));
    const comparable = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'comparable' });
    assert.ok(comparable.links.length > 0);
    for (const link of comparable.links) assert.deepEqual([link.a.length, link.b.length], [1, 1]);
    assert.ok(comparable.links.some((link) => link.a[0] === 1 && link.b[0]! >= 1 && link.b[0]! <= 5));
  });

  it('does not follow a run onto a neighbour pair that shares nothing but a similar length', () => {
    const a = [
      'Am 14. März 2024 eröffnete Ministerin Karin Holzer in Innsbruck das neue Zentrum für 230 Forscher.',
      'Das Wetter war an diesem Tag freundlich und mild.',
    ];
    const b = [
      'Le 14 mars 2024, la ministre Karin Holzer a inauguré à Innsbruck le nouveau centre pour 230 chercheurs.',
      'Beaucoup de gens sont venus en bus depuis loin.',
    ];
    const result = align({ sentences: a, lang: 'de' }, { sentences: b, lang: 'fr' }, { mode: 'comparable' });
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [[[0], [0]]],
    );
  });
});
