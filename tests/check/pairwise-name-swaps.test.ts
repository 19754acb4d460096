// Name swaps between two versions only: no third version to side with either name, so the finding
// rests on the two articles themselves (a surname the story gives a title elsewhere, another name the
// two linked sentences share however inflected).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const swaps = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && f.rule === 'name-variant');

describe('name swaps between two versions', () => {
  it('reads a surname the story writes with a title elsewhere as a person swapped for another', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Dhr. Merriweather leidde de kerk van 1990 tot 2005.',
          'Tiffany Ng speelde op 12 mei de beiaard in Harlem.',
          'Op 14 mei zei Merriweather dat de kerk hem in 2005 niet had vervangen.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Herr Merriweather ledde kyrkan från 1990 till 2005.',
          'Tiffany Ng spelade klockspelet i Harlem den 12 maj.',
          'Den 14 maj sa Tiffany Ng att kyrkan inte hade ersatt honom 2005.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Tiffany Ng.*Merriweather|Merriweather.*Tiffany Ng/u);
  });

  it("leaves a surname alone against an organisation's name the other version never uses elsewhere", () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Dhr. Merriweather leidde de kerk van 1990 tot 2005.',
          'Tiffany Ng speelde op 12 mei de beiaard in Harlem.',
          'Op 14 mei zei Merriweather dat de kerk hem in 2005 niet had vervangen.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Herr Merriweather ledde kyrkan från 1990 till 2005.',
          'Tiffany Ng spelade klockspelet i Harlem den 12 maj.',
          'Den 14 maj sa Riverside Gemenskap att kyrkan inte hade ersatt honom 2005.',
        ],
      },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
  });

  it('takes a surname of a person the other version names against a full name its own version no longer writes', () => {
    // The swapped-in surname is a person of the story in both versions; the name it replaced was the
    // only mention of someone, so the swapping version no longer writes it anywhere.
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Premier Anton Verbeek opende op 3 maart de brug in Zwolle.',
          'De brug kostte 40 miljoen euro.',
          'Ik kom elke dag over deze brug, zei de 62-jarige Verbeek, een bewoner van Zwolle.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Premiärminister Anton Verbeek öppnade bron i Zwolle den 3 mars.',
          'Bron kostade 40 miljoner euro.',
          'Jag går över den här bron varje dag, sa Karin Holm, 62, som bor i Zwolle.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Verbeek.*Karin Holm|Karin Holm.*Verbeek/u);
  });

  it('leaves a surname alone against a capitalised run where every noun has a capital', () => {
    // German `Trump Unterstützung` is the surname and the noun after it, not someone else.
    const found = swaps([
      { lang: 'de', sentences: ['Präsident Trump besuchte am 3. Mai Berlin.', 'Vor der Wahl im November möchte Trump Unterstützung im Kongress aufbauen, sagte Senator Jeff Flake.', 'Er sprach mit 40 Abgeordneten.'] },
      { lang: 'ru', sentences: ['Президент Трамп посетил Берлин 3 мая.', 'Перед выборами в ноябре Трамп хочет заручиться поддержкой в Конгрессе, сказал сенатор Джефф Флейк.', 'Он говорил с 40 депутатами.'] },
    ]);
    assert.deepEqual(found.map((f) => f.message), []);
  });

  it('counts an inflected name the two linked sentences share as the link agreeing on something else', () => {
    const found = swaps([
      {
        lang: 'id',
        sentences: [
          'Daniel Sturridge dan Mateo Kovacic bermain untuk dua klub besar.',
          'Penyerang itu mengoper bola kepada Daniel Sturridge di tengah lapangan Liverpool.',
          'Pertandingan berakhir imbang.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Daniel Sturridge och Mateo Kovacic spelar för två stora klubbar.',
          'Anfallaren passade bollen till Mateo Kovacic mitt på Liverpools planhalva.',
          'Matchen slutade oavgjort.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Daniel Sturridge.*Mateo Kovacic|Mateo Kovacic.*Daniel Sturridge/u);
  });

  it('takes a name swap in a sentence with no other fact when the neighbouring sentence vouches for the link', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Op 30 september toonde Valentino in Parijs 40 hoeden en 12 maskers.',
          'De maskers leken meer op Hannibal Lecter dan op haute couture.',
          'Rihanna en Emily Ratajkowski droegen op 1 oktober de hoed van 60 cm.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Den 30 september visade Valentino 40 hattar och 12 masker i Paris.',
          'Maskerna liknade snarare Emily Ratajkowski än haute couture.',
          'Rihanna och Emily Ratajkowski bar hatten på 60 cm den 1 oktober.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /Emily Ratajkowski.*Hannibal Lecter|Hannibal Lecter.*Emily Ratajkowski/u);
  });

  it('reads two names alike across scripts as two people when the other version writes both', () => {
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Dhr. Sutopo, woordvoerder van het rampenagentschap, sprak op 2 oktober in Palu.',
          'Mevrouw Sumbung zei op 3 oktober dat de hulp in Palu traag was.',
        ],
      },
      {
        lang: 'uk',
        sentences: [
          'Пан Сутопо, речник агентства з питань катастроф, виступив 2 жовтня в Палу.',
          'Пані Сутопо сказала 3 жовтня, що допомога в Палу надходить повільно.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
  });

  it('takes a short surname and an acronym of two scripts that differ in a consonant for two names', () => {
    // `Заєв` (key JAP) and `NAVO` (NAP) are one letter apart; a transliteration moves vowels, not that.
    const found = swaps([
      {
        lang: 'nl',
        sentences: [
          'Premier Zoran Zaev stemde zondag in Strumica.',
          'Oppositieleider Vladimir Kavardarkov riep op tot een boycot.',
          'Premier Vladimir Kavardarkov zegt dat het lidmaatschap van de NAVO investeringen zal opleveren voor Macedonië, met een werkloosheid van 20 procent.',
        ],
      },
      {
        lang: 'uk',
        sentences: [
          "Прем'єр-міністр Зоран Заєв проголосував у неділю в Струміці.",
          'Лідер опозиції Володимир Кавардарков закликав до бойкоту.',
          "Прем'єр-міністр Заєв вважає, що членство в НАТО принесе інвестиції в Македонію, де безробіття становить 20%.",
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.ok(found[0]!.evidence.every((e) => e.sentence === 2));
  });

  it('reads the short Indonesian honorific Bu as a title, not part of the name', () => {
    const found = swaps([
      {
        lang: 'uk',
        sentences: [
          'Пан Сумбунг, представник агентства, заявив, що влада оцінює ситуацію в Палу.',
          '«Вони не просили міжнародної допомоги», — сказала пані Сумбунг.',
        ],
      },
      {
        lang: 'id',
        sentences: [
          'Bapak Sutopo, juru bicara badan, mengatakan bahwa pejabat sedang meninjau situasi di Palu.',
          '“Mereka tidak meminta bantuan internasional,” ujar Bu Sumbung.',
        ],
      },
    ]);
    assert.equal(found.length, 1);
    assert.ok(found[0]!.evidence.every((e) => e.sentence === 0));
  });
});
