// Alarms that adding en, ru, de and fr versions raised on untouched news, by class of language behaviour:
// each test shows the class stays quiet and, where it could hide one, that a real change is still found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const alarmsOf = (docs: Array<{ lang: string; sentences: string[] }>, rule: string) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === rule && f.severity !== 'info').map((f) => f.message);

describe('a place name with a translated compass word', () => {
  // Russian translates the compass word and transliterates the rest, Indonesian puts it after the name.
  const docs = [
    {
      lang: 'en',
      sentences: [
        'Trump visited West Virginia on 29 September 2018.',
        'Simon Haeder of West Virginia University spoke on 29 September 2018.',
        'The West Virginia Metro News reported it.',
      ],
    },
    {
      lang: 'ru',
      sentences: [
        'Трамп посетил Западную Вирджинию 29 сентября 2018 года.',
        'Саймон Хедер из Университета Западной Вирджинии выступил 29 сентября 2018 года.',
        'Об этом сообщила газета West Virginia Metro News.',
      ],
    },
    {
      lang: 'id',
      sentences: [
        'Trump mengunjungi Virginia Barat pada 29 September 2018.',
        'Simon Haeder dari West Virginia University berbicara pada 29 September 2018.',
        'West Virginia Metro News melaporkannya.',
      ],
    },
  ];

  it('is one place in every version', () => {
    assert.deepEqual(alarmsOf(docs, 'name-variant'), []);
  });
});
