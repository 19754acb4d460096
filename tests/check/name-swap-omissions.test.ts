// One version leaves a person out of a sentence and another names a second person of it in a form we
// do not read: set against each other, each is left with one name, which looks like one person put for
// another. The other versions name both, as neither side does: two omissions, no swap. A name put for
// another, which the others side against, still is one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeContext, makeDocument, person } from './helpers.js';
import { nameVariant } from '../../src/check/rules/name-variant.js';

describe('two omissions that look like a name swap', () => {
  const story = {
    nl: ['Peter Jones is woedend nadat Holly Willoughby zich terugtrok uit de deal.', 'Holly Willoughby en Tara Capp zijn al tien jaar bevriend met Peter Jones.'],
    sv: ['Peter Jones rasar efter att Holly Willoughby drog sig ur affären.', 'Holly Willoughby och Tara Capp har varit vänner med Peter Jones i tio år.'],
    id: ['Peter Jones marah setelah Holly Willoughby mundur dari kesepakatan.', 'Holly Willoughby dan Tara Capp sudah sepuluh tahun berteman dengan Peter Jones.'],
    uk: ['Пітер Джонс розлютився, коли Холлі Віллоубі вийшла з угоди.', 'Холлі Віллоубі і Тара Капп десять років дружать з Пітером Джонсом.'],
  };
  type Lang = keyof typeof story;
  const langs = Object.keys(story) as Lang[];
  // Each version's first sentence with its names, as the reader would give them.
  const run = (first: Partial<Record<Lang, { text: string; names: Array<[string, string]> }>>) => {
    const docs = langs.map((lang) => makeDocument({ lang, sentences: [first[lang]?.text ?? story[lang][0]!, story[lang][1]!] }));
    const latin = (lang: Lang): Array<[string, string]> =>
      lang === 'uk' ? [['Пітер Джонс', 'peter jones'], ['Холлі Віллоубі', 'holly willoughby']] : [['Peter Jones', 'peter jones'], ['Holly Willoughby', 'holly willoughby']];
    const anchors = langs.map((lang, d) => {
      const names = first[lang]?.names ?? latin(lang);
      const second: Array<[string, string]> =
        lang === 'uk'
          ? [['Холлі Віллоубі', 'holly willoughby'], ['Тара Капп', 'tara capp'], ['Пітером Джонсом', 'peter jones']]
          : [['Holly Willoughby', 'holly willoughby'], ['Tara Capp', 'tara capp'], ['Peter Jones', 'peter jones']];
      return [...names.map(([text, key]) => person(docs[d]!, 0, text, key)), ...second.map(([text, key]) => person(docs[d]!, 1, text, key))];
    });
    const links: Array<[number, number[], number, number[], number]> = [];
    for (let x = 0; x < langs.length; x++) for (let y = x + 1; y < langs.length; y++) for (const s of [0, 1]) links.push([x, [s], y, [s], 0.95]);
    return nameVariant.run(makeContext(docs, anchors, links)).filter((f) => f.severity !== 'info').map((f) => f.message);
  };

  it('raises no swap where one version leaves a person out and another names the second person unread', () => {
    const found = run({
      id: { text: 'Peter Jones marah setelah presenter itu mundur dari kesepakatan.', names: [['Peter Jones', 'peter jones']] },
      // Read as if the name were not: only Holly Willoughby.
      uk: { text: story.uk[0]!, names: [['Холлі Віллоубі', 'holly willoughby']] },
    });
    assert.deepEqual(found, []);
  });

  it('still finds a person put for another, which the others side against', () => {
    const found = run({
      id: { text: 'Peter Jones marah setelah Tara Capp mundur dari kesepakatan.', names: [['Peter Jones', 'peter jones'], ['Tara Capp', 'tara capp']] },
    });
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^id names Tara Capp where /u);
  });
});
