// A capitalised word that opens a sentence and that the document writes in lowercase elsewhere is an
// ordinary word, not the first word of the name after it (document-level case evidence).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse, createGazetteer, documentCase, extractAnchors } from '../../src/index.js';

const empty = createGazetteer([]);
const names = (sentence: string, lang: string, document?: string, gazetteer = empty) =>
  extractAnchors(sentence, { lang, gazetteer, ...(document === undefined ? {} : { documentCase: documentCase(document) }) })
    .filter((a) => a.type === 'entity')
    .map((a) => a.text);

describe('case evidence of a document', () => {
  it('collects lowercase words at any length, and capitalised pairs written mid-sentence', () => {
    const evidence = documentCase('Als Rosa komt. Ze zei: Team Oranje wint\nPiet Hein kwam, en Team Oranje ook; als altijd.');
    assert.deepEqual([...evidence.lowercase].sort(), ['als', 'altijd', 'en', 'komt', 'kwam', 'ook', 'wint', 'zei']);
    // `Als Rosa` opens a sentence, `Team Oranje` after a colon and `Piet Hein` after a line break open one too.
    assert.deepEqual([...evidence.midSentencePairs], ['team oranje']);
  });

  it('rejects what is no text and evidence of another shape', () => {
    assert.throws(() => documentCase(3 as unknown as string), { name: 'TypeError', message: /text/ });
    assert.throws(() => extractAnchors('Tekst.', { lang: 'nl', documentCase: { lowercase: new Set() } as never }), { name: 'TypeError', message: /documentCase/ });
  });
});

describe('a sentence-opening word is no part of the name after it', () => {
  it('cuts an ordinary opener the document writes in lowercase (Latin and Cyrillic)', () => {
    assert.deepEqual(names('Als Pieter Jansen wint, juichen we.', 'nl', 'Als Pieter Jansen wint, juichen we. We juichen als altijd.'), ['Pieter Jansen']);
    assert.deepEqual(names('Selon Marie Dubois, le pont est fermé.', 'fr', 'Selon Marie Dubois, le pont est fermé. Il rouvre selon la mairie.'), ['Marie Dubois']);
    assert.deepEqual(names('Далі Остап Коваль поїхав додому.', 'uk', 'Далі Остап Коваль поїхав додому. Він пішов далі.'), ['Остап Коваль']);
    assert.deepEqual(names('У Ивана Петрова есть лодка.', 'ru', 'У Ивана Петрова есть лодка. Она стоит у реки.'), ['Ивана Петрова']);
  });

  it('reads what is left as it would be read mid-sentence', () => {
    // One word left: a name in Indonesian, a noun where every noun has a capital.
    assert.deepEqual(names('Tapi Wibowo tetap tenang.', 'id', 'Tapi Wibowo tetap tenang. Dia lelah, tapi senang.'), ['Wibowo']);
    assert.deepEqual(names('Ohne Vertrauen geht es nicht.', 'de', 'Ohne Vertrauen geht es nicht. Er kam ohne Geld.'), []);
  });

  it('reads an Indonesian conjunction that opens the sentence as no part of the name after it', () => {
    assert.deepEqual(names('Tetapi Wibowo tetap tenang.', 'id'), ['Wibowo']);
    assert.deepEqual(names('Namun Joko Susilo menolak tawaran itu.', 'id'), ['Joko Susilo']);
  });

  it('cuts a closed-class function word that opens the sentence with no evidence from the document', () => {
    assert.deepEqual(names('Terwijl Pieter Jansen sliep, regende het.', 'nl'), ['Pieter Jansen']);
    assert.deepEqual(names('Medan Anna Berg talade lyssnade alla.', 'sv'), ['Anna Berg']);
    assert.deepEqual(names('Після Остапа Коваля виступив мер.', 'uk'), ['Остапа Коваля']);
    assert.deepEqual(names('Apakah Joko Susilo datang?', 'id'), ['Joko Susilo']);
    assert.deepEqual(names('Although Peter Smith won, he left.', 'en'), ['Peter Smith']);
    assert.deepEqual(names('Selon Marie Dubois, le pont est fermé.', 'fr'), ['Marie Dubois']);
    assert.deepEqual(names('Поскольку Иван Петров опоздал, начали без него.', 'ru'), ['Иван Петров']);
    // Auxiliaries and modals open questions and inverted sentences.
    assert.deepEqual(names('Kan Pieter Jansen nog winnen?', 'nl'), ['Pieter Jansen']);
    assert.deepEqual(names('Harus Joko Susilo mundur?', 'id'), ['Joko Susilo']);
    // Without the list the opener is glued on: the document gives no lowercase evidence here.
    assert.deepEqual(names('Gisteren Pieter Jansen sliep.', 'nl'), ['Gisteren Pieter Jansen']);
  });

  it('cuts an interrogative that opens a question or a headline, in every language that writes capitals', () => {
    const questions: Array<[string, string, string]> = [
      ['uk', 'Чому Остап Коваль переміг', 'Остап Коваль'],
      ['ru', 'Почему Иван Петров выиграет второй срок', 'Иван Петров'],
      ['nl', 'Waarom Pieter Jansen een tweede termijn wint', 'Pieter Jansen'],
      ['nl', 'Hoe Pieter Jansen de race won', 'Pieter Jansen'],
      ['sv', 'Hur Anna Berg vann valet', 'Anna Berg'],
      ['id', 'Kapan Joko Susilo datang?', 'Joko Susilo'],
      ['en', 'How Peter Smith won the vote', 'Peter Smith'],
      ['fr', 'Pourquoi Marie Dubois a gagné', 'Marie Dubois'],
    ];
    for (const [lang, headline, name] of questions) assert.deepEqual(names(headline, lang), [name], `${lang}: ${headline}`);
    // German writes every noun with a capital: the interrogative is no part of a known name after it.
    const berlin = createGazetteer([{ id: 'berlin', kind: 'place', names: { de: ['Berlin'] } }]);
    assert.deepEqual(names('Warum Berlin wächst', 'de', undefined, berlin), ['Berlin']);
  });

  it('reads a function word of that list as a name mid-sentence, where it is none of the class', () => {
    // sv `medan` ("while") is also the city of Medan.
    assert.deepEqual(names('Hon flög i går till Medan och sedan hem.', 'sv'), ['Medan']);
  });

  it('cuts words in capitals before a name in title case: a kicker or a slogan, not the name', () => {
    assert.deepEqual(names('BREAKING NEWS Donald Trump wins the vote.', 'en'), ['BREAKING NEWS', 'Donald Trump']);
    // Ordinary words of the document in capitals are no name at all.
    assert.deepEqual(names('STEM NU voor Pieter Jansen!', 'nl', 'STEM NU voor Pieter Jansen! Wie nu stem uitbrengt, wint.'), ['Pieter Jansen']);
    // One word in capitals is an acronym that begins the name.
    assert.deepEqual(names('BBC News meldt het.', 'nl'), ['BBC News']);
  });

  it('cuts after an opening quotation mark', () => {
    assert.deepEqual(names('„Ohne Angela Weber wären wir verloren“, sagte er.', 'de', '„Ohne Angela Weber wären wir verloren“, sagte er. Er kam ohne Geld.'), ['Angela Weber']);
  });

  it('keeps a two-word name at the start when its first word is no lowercase word of the document', () => {
    assert.deepEqual(names('Pieter Jansen won de race.', 'nl', 'Pieter Jansen won de race. Hij was blij.'), ['Pieter Jansen']);
  });

  it('keeps a name the document also writes mid-sentence, or the gazetteer knows', () => {
    const document = 'Team Oranje won de finale. Het team was blij en Team Oranje vierde feest.';
    assert.deepEqual(names('Team Oranje won de finale.', 'nl', document), ['Team Oranje']);
    const gazetteer = createGazetteer([{ id: 'team', kind: 'organisation', names: { nl: ['Team Oranje'] } }]);
    assert.deepEqual(names('Team Oranje won de finale.', 'nl', 'Team Oranje won de finale. Het team was blij.', gazetteer), ['Team Oranje']);
  });

  it('leaves a capitalised word mid-sentence alone', () => {
    assert.deepEqual(names('Gisteren kwam Als Pieter Jansen niet.', 'nl', 'Gisteren kwam Als Pieter Jansen niet. We juichen als altijd.'), ['Als Pieter Jansen']);
  });

  it('reads a single sentence by its own evidence only', () => {
    // Without a document, the sentence itself may show the opener in lowercase; else nothing is cut.
    assert.deepEqual(names('Gisteren Pieter Jansen won, en gisteren juichten we.', 'nl'), ['Pieter Jansen']);
    assert.deepEqual(names('Gisteren Pieter Jansen won.', 'nl'), ['Gisteren Pieter Jansen']);
  });

  it('is what analyse reads, with the whole document as evidence', () => {
    const { anchors } = analyse([{ lang: 'fr', text: 'Selon Marie Dubois, le pont est fermé. Il rouvre selon la mairie.' }], { gazetteer: empty });
    assert.deepEqual(anchors[0]![0]!.filter((a) => a.type === 'entity').map((a) => a.text), ['Marie Dubois']);
  });
});
