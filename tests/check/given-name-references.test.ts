// A person named by the given name alone in one version ("Пан Джоко", "Mr. Joko") and in full in the
// others ("Presiden Joko Widodo") is one person, across scripts as a surname alone is; another person
// named so is still a swap.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey, nameSimilarity } from '../../src/anchors/index.js';
import { nameVariant } from '../../src/check/rules/name-variant.js';
import { makeContext, makeDocument, num, person } from './helpers.js';

const inBoth = (a: number, b: number): Parameters<typeof makeContext>[2] => [[a, [0], b, [0]], [a, [1], b, [1]]];
const links = [...inBoth(0, 1)!, ...inBoth(0, 2)!, ...inBoth(1, 2)!];

/** Alarms when the Ukrainian version names `ukName` where the others name Joko Widodo. */
function alarmsWith(ukName: string): string[] {
  const id = makeDocument({ lang: 'id', sentences: ['Presiden Joko Widodo meresmikan 12 jembatan pada 3 Mei .', 'Menteri Prabowo Subianto tiba pada 5 Mei .'] });
  const nl = makeDocument({ lang: 'nl', sentences: ['President Joko Widodo opende op 3 mei 12 bruggen .', 'Minister Prabowo Subianto kwam op 5 mei aan .'] });
  const uk = makeDocument({ lang: 'uk', sentences: [`Пан ${ukName} відкрив 12 мостів 3 травня .`, 'Міністр Прабово Субіанто прибув 5 травня .'] });
  const named = (doc: typeof id, sentence: number, text: string) => person(doc, sentence, text, entityKey(text, doc.lang));
  const anchors = [
    [named(id, 0, 'Joko Widodo'), num(id, 0, '12', 12), num(id, 0, '3', 3), named(id, 1, 'Prabowo Subianto'), num(id, 1, '5', 5)],
    [named(nl, 0, 'Joko Widodo'), num(nl, 0, '3', 3), num(nl, 0, '12', 12), named(nl, 1, 'Prabowo Subianto'), num(nl, 1, '5', 5)],
    [named(uk, 0, ukName), num(uk, 0, '12', 12), num(uk, 0, '3', 3), named(uk, 1, 'Прабово Субіанто'), num(uk, 1, '5', 5)],
  ];
  const context = { ...makeContext([id, nl, uk], anchors, links), entityKey, nameSimilarity };
  return nameVariant.run(context).filter((f) => f.severity !== 'info').map((f) => f.message);
}

describe('a person named by the given name alone', () => {
  it('is the person the other versions name in full, across scripts', () => {
    assert.deepEqual(alarmsWith('Джоко'), []);
  });

  it('leaves another person of the story named alone a swap', () => {
    assert.equal(alarmsWith('Прабово').length, 1);
  });
});
