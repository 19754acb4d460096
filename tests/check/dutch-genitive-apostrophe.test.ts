// Dutch writes the genitive of a name ending in a long vowel with an apostrophe (`Obama's`, `May's`):
// the same person as the name without it in the other versions, not a name spelt two ways.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from '../../src/check/index.js';

test("a Dutch genitive in 's is the name the other version writes without it", () => {
  const { findings } = check([
    { lang: 'nl', sentences: ["Britse premier May's beschuldigt critici van politieke spelletjes rond de brexit.", 'Theresa May sprak zondag met de krant.'] },
    { lang: 'ru', sentences: ['Премьер-министр Великобритании Тереза Мэй обвиняет критиков в политических играх вокруг брексита.', 'Тереза Мэй говорила в воскресенье с газетой.'] },
  ]);
  assert.deepEqual(findings.filter((f) => f.rule === 'name-variant').map((f) => f.message), []);
});
