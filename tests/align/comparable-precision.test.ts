import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../src/index.js';
import { enumerationDe, enumerationFr } from './enumeration-fixture.js';

describe('align: comparable mode links sentence pairs that carry their own evidence', () => {
  const de = enumerationDe;
  const fr = enumerationFr;

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

  it('sets aside a lone bead of the path that a rival of its sentence outmatches', () => {
    // B opens with the translation of A's last sentence and ends with another sentence on the same
    // architect. A monotone path can only reach the second: the first is its sentence's link.
    const a = [
      'Am 14. März 2024 eröffnete Ministerin Karin Holzer in Innsbruck das neue Forschungszentrum für 230 Forscher.',
      'Das Wetter war an diesem Tag freundlich und mild.',
      'Viele Gäste kamen schon am frühen Morgen.',
      'Der Bau kostete 48 Millionen Euro und dauerte drei Jahre, sagte Architekt Lukas Brenner aus Graz.',
    ];
    const b = [
      "La construction a coûté 48 millions d'euros et a duré trois ans, a déclaré l'architecte Lukas Brenner de Graz.",
      'Le 14 mars 2024, la ministre Karin Holzer a inauguré à Innsbruck le nouveau centre de recherche pour 230 chercheurs.',
      'Beaucoup de visiteurs sont venus en bus depuis les vallées voisines.',
      "L'architecte Lukas Brenner de Graz a précisé que les travaux avaient duré trois ans.",
    ];
    const parallel = align({ sentences: a, lang: 'de' }, { sentences: b, lang: 'fr' }, { mode: 'parallel' });
    assert.ok(parallel.links.some((link) => link.a.includes(3) && link.b.includes(3)), 'the path pairs the last sentences');
    const result = align({ sentences: a, lang: 'de' }, { sentences: b, lang: 'fr' }, { mode: 'comparable' });
    assert.deepEqual(
      result.links.map((link) => [link.a, link.b]),
      [
        [[0], [1]],
        [[3], [0]],
      ],
    );
  });
});
