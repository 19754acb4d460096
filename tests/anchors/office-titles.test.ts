// An office written before a name is no part of it, also where it opens a sentence with a capital or is
// abbreviated (`Прем'єр Мей`, `Statsminister Löfven`, `Menurut PM May`, `Wapres Jusuf Kalla`): with the
// office the name reads as another person than the bare `May` or `Löfven` of the other versions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const namesOf = (text: string, lang: string) =>
  extractAnchors(text, { lang })
    .filter((a) => a.type === 'entity')
    .map((a) => a.text);

describe('office titles before names', () => {
  const cases: Array<[string, string, string[]]> = [
    ['uk', "Прем'єр Мей звинувачує критиків.", ['Мей']],
    ['uk', 'Канцлер Меркель прибула до Відня.', ['Меркель', 'Відня']],
    ['sv', 'Statsminister Löfven talade i Malmö.', ['Löfven', 'Malmö']],
    ['id', 'Menurut PM May, kesepakatan itu adil.', ['May']],
    ['id', 'Wapres Jusuf Kalla tiba di Bandung.', ['Jusuf Kalla', 'Bandung']],
    ['id', 'Presiden Joko Widodo dan Menlu Retno Marsudi tiba.', ['Joko Widodo', 'Retno Marsudi']],
    // Ranks and roles, as offices are (`Mayor`, `Coach` in English).
    ['nl', 'Burgemeester Pieter Jansen opende de brug.', ['Pieter Jansen']],
    ['nl', 'Bondscoach Ronald Koeman koos Memphis Depay.', ['Ronald Koeman', 'Memphis Depay']],
    ['sv', 'Förbundskapten Janne Andersson tog ut laget.', ['Janne Andersson']],
    ['id', 'Pelatih Indra Sjafri memuji timnya.', ['Indra Sjafri']],
    ['uk', 'Тренер Сергій Ребров похвалив команду.', ['Сергій Ребров']],
    ['en', 'Spokesman John Kirby spoke to reporters.', ['John Kirby']],
    ['ru', 'Вратарь Игорь Акинфеев отразил пенальти.', ['Игорь Акинфеев']],
    ['fr', 'Capitaine Hugo Lloris a parlé.', ['Hugo Lloris']],
    // A title that is also a surname or a firm's name stays in the name.
    ['nl', 'Hij sprak met Henk Koning in Delft.', ['Henk Koning', 'Delft']],
    ['sv', 'Hon jobbar på General Motors i Detroit.', ['General Motors', 'Detroit']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => assert.deepEqual(namesOf(text, lang), expected));
  }
});
