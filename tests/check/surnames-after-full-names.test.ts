// News names a person in full once, without a title, and by surname after ("Mahmoud Abbas … Abbas"). A
// surname swapped for another person's is a swap; a name one version's reader did not take for a name
// (an unknown name opening a sentence) or a misread name (an acronym glued to it) is not. Sentences
// written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

type Version = { lang: string; sentences: string[] };
const nameAlarms = (versions: Version[]) =>
  check(versions, { mode: 'parallel' })
    .findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant')
    .map((f) => ({ message: f.message, evidence: f.evidence.map((e) => `${versions[e.document]!.lang}#${e.sentence}`) }));

const nl = [
  'Op maandag ontmoette Mahmoud Abbas in Caïro 12 ministers.',
  'Op dinsdag sprak Jens Stoltenberg in Brussel met 40 diplomaten.',
  'In Gaza zijn volgens Abbas 300 mensen gewond.',
  'Op woensdag zei Stoltenberg dat 25 landen steun toezegden.',
];
const sv = [
  'På måndagen träffade Mahmoud Abbas 12 ministrar i Kairo.',
  'På tisdagen talade Jens Stoltenberg med 40 diplomater i Bryssel.',
  'I Gaza skadades enligt Abbas 300 människor.',
  'På onsdagen sade Stoltenberg att 25 länder lovade stöd.',
];
const en = [
  'On Monday, Mahmoud Abbas met 12 ministers in Cairo.',
  'On Tuesday, Jens Stoltenberg spoke with 40 diplomats in Brussels.',
  'In Gaza, 300 people were injured, according to Abbas.',
  'On Wednesday, Stoltenberg said that 25 countries pledged support.',
];
const replaced = (sentences: string[], index: number, text: string) => sentences.map((s, k) => (k === index ? text : s));

describe('a surname after an untitled full name', () => {
  it('raises no alarm where every version names the same people', () => {
    assert.deepEqual(nameAlarms([{ lang: 'nl', sentences: nl }, { lang: 'sv', sentences: sv }, { lang: 'en', sentences: en }]), []);
  });

  it('finds a surname swapped for another person’s of the story, and names the version that swapped', () => {
    const swappedSv = replaced(sv, 2, 'I Gaza skadades enligt Stoltenberg 300 människor.');
    const found = nameAlarms([{ lang: 'nl', sentences: nl }, { lang: 'sv', sentences: swappedSv }, { lang: 'en', sentences: en }]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^sv names Stoltenberg .* name Abbas/u);
    assert.equal(found[0]!.evidence[0], 'sv#2');
  });

  it('finds the swap the other way round too', () => {
    const swappedSv = replaced(sv, 3, 'På onsdagen sade Abbas att 25 länder lovade stöd.');
    const found = nameAlarms([{ lang: 'nl', sentences: nl }, { lang: 'sv', sentences: swappedSv }, { lang: 'en', sentences: en }]);
    assert.deepEqual(found.map((f) => f.evidence[0]), ['sv#3']);
  });

  it('does not take a name the other version opens a sentence with, unread, for a name replaced', () => {
    const found = nameAlarms([
      {
        lang: 'de',
        sentences: [
          'Aziz Akhannouch besuchte am Montag Japan und unterzeichnete 12 Abkommen.',
          'Der Minister empfing Shinzo Abe in Brasilien und besprach 40 Projekte.',
          'Akhannouch und Abe trafen sich am Dienstag in Paris mit 25 Beratern.',
          'Laut Akhannouch wurden in Syrien 60 Soldaten verletzt.',
        ],
      },
      {
        lang: 'en',
        sentences: [
          'Aziz Akhannouch visited Japan on Monday and signed 12 agreements.',
          'The minister met Shinzo Abe in Brazil and discussed 40 projects.',
          'Akhannouch and Abe met in Paris on Tuesday with 25 advisers.',
          'According to Akhannouch, 60 soldiers were injured in Syria.',
        ],
      },
      {
        lang: 'nl',
        sentences: [
          'Aziz Akhannouch bezocht maandag Japan en ondertekende 12 akkoorden.',
          'De minister ontving Shinzo Abe in Brazilië en besprak 40 projecten.',
          'Akhannouch en Abe ontmoetten elkaar dinsdag in Parijs met 25 adviseurs.',
          'Volgens Akhannouch raakten in Syrië 60 soldaten gewond.',
        ],
      },
    ]);
    assert.deepEqual(found, []);
  });

  it('does not take an acronym read together with a surname for a person, nor the unread surname for a name replaced', () => {
    const found = nameAlarms([
      {
        lang: 'uk',
        sentences: [
          'Дональд Трамп виступив у понеділок у Нью-Йорку перед 190 делегаціями.',
          'Цього року в ООН Трамп похвалив Кіма за 3 кроки.',
          'У вівторок Трамп зустрівся з 12 лідерами.',
        ],
      },
      {
        lang: 'nl',
        sentences: [
          'Donald Trump sprak maandag in New York voor 190 delegaties.',
          'Trump prees Kim dit jaar bij de Verenigde Naties om 3 stappen.',
          'Op dinsdag ontmoette Trump 12 leiders.',
        ],
      },
    ]);
    assert.deepEqual(found, []);
  });
});
