// A hedge on one side of two translations ("about 200" / "204"): the figure itself was changed when the
// two have one size and leading digit; a figure of another size may count something else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const counts = (nl: string, sv: string) =>
  check([{ lang: 'nl', text: nl }, { lang: 'sv', text: sv }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch');

describe('a hedge on one side of two translations', () => {
  it('leaves no doubt about a figure of the same size and leading digit', () => {
    const found = counts('Volgens Trump stonden er op 2 oktober ongeveer 200 mensen in de zaal.', 'Enligt Trump stod 204 personer i salen den 2 oktober.');
    assert.equal(found.length, 1);
    assert.notEqual(found[0]!.severity, 'info');
  });

  it('keeps a figure of another size in doubt', () => {
    const found = counts('Volgens Trump stonden er op 2 oktober ongeveer 300 mensen in de zaal.', 'Enligt Trump stod 600 personer i salen den 2 oktober.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'info');
  });
});

describe('a one-sided bound against a figure beyond it', () => {
  const pair = (ru: string, uk: string) =>
    check([{ lang: 'ru', text: ru }, { lang: 'uk', text: uk }], { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch');

  it('is no wording around one figure: "more than three months" cannot be two', () => {
    const found = pair('Через два месяца после саммита министр выступил в ООН.', 'Більше ніж через три місяці після саміту міністр виступив в ООН.');
    assert.deepEqual(found.map((f) => f.severity), ['error']);
  });

  it('keeps a figure the bound allows in doubt, and one of another unit', () => {
    assert.deepEqual(pair('Через пять месяцев после саммита министр выступил в ООН.', 'Більше ніж через три місяці після саміту міністр виступив в ООН.').map((f) => f.severity), ['info']);
    assert.deepEqual(pair('Через две недели после саммита министр выступил в ООН.', 'Більше ніж через три місяці після саміту міністр виступив в ООН.').map((f) => f.severity), ['info']);
  });

  it('reads a negated bound as the bound it is: "no more than three" against five', () => {
    assert.deepEqual(pair('Не более трёх месяцев после саммита в ООН министр молчал.', 'Через п’ять місяців після саміту в ООН міністр мовчав.').map((f) => f.severity), ['error']);
  });

  it('reads "up to" and "fewer than" as bounds from above', () => {
    const found = pair('До 40 человек пострадали при пожаре в субботу.', 'Під час пожежі в суботу постраждали 43 людини.');
    assert.deepEqual(found.map((f) => f.severity), ['error']);
  });
});

