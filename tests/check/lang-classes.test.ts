// Half-hour clock times, fractions and places named "new" across versions: one fact written in each
// language's way agrees, and a real change is still found. Sentences written for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

type Docs = Array<{ lang: string; sentences: string[] }>;
const alarms = (docs: Docs, rule?: string) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info' && (rule === undefined || f.rule === rule)).map((f) => `${f.rule}: ${f.message}`);

const meeting = (t: { nl: string; sv: string; id: string; uk: string }): Docs => [
  { lang: 'nl', sentences: ['De raad kwam bijeen in Utrecht.', `De raad begon op 3 juni ${t.nl} aan de zitting in Utrecht.`] },
  { lang: 'sv', sentences: ['Rådet samlades i Utrecht.', `Rådet inledde mötet i Utrecht den 3 juni ${t.sv}.`] },
  { lang: 'id', sentences: ['Dewan berkumpul di Utrecht.', `Dewan memulai sidang di Utrecht pada 3 Juni ${t.id}.`] },
  { lang: 'uk', sentences: ['Рада зібралася в Утрехті.', `Рада почала засідання в Утрехті 3 червня ${t.uk}.`] },
];

const vote = (f: { nl: string; sv: string; id: string; uk: string }): Docs => [
  { lang: 'nl', sentences: ['Het parlement van Finland stemde dinsdag.', `${f.nl} van de leden van het parlement stemde voor de wet.`] },
  { lang: 'sv', sentences: ['Finlands parlament röstade i tisdags.', `${f.sv} av parlamentets ledamöter röstade för lagen.`] },
  { lang: 'id', sentences: ['Parlemen Finlandia memberikan suara pada hari Selasa.', `${f.id} anggota parlemen memilih mendukung undang-undang itu.`] },
  { lang: 'uk', sentences: ['Парламент Фінляндії проголосував у вівторок.', `${f.uk} депутатів парламенту проголосували за закон.`] },
];

const move = (p: { nl: string; sv: string; id: string; uk: string }): Docs => [
  { lang: 'nl', sentences: ['Maria Lopez is schrijfster.', `Maria Lopez verhuisde in 2019 naar ${p.nl}.`] },
  { lang: 'sv', sentences: ['Maria Lopez är författare.', `Maria Lopez flyttade 2019 till ${p.sv}.`] },
  { lang: 'id', sentences: ['Maria Lopez adalah penulis.', `Maria Lopez pindah ke ${p.id} pada tahun 2019.`] },
  { lang: 'uk', sentences: ['Марія Лопес — письменниця.', `Марія Лопес переїхала до ${p.uk} у 2019 році.`] },
];

describe('language classes across versions', () => {
  it('a half-hour time agrees with the time in digits; a changed time departs', () => {
    assert.deepEqual(alarms(meeting({ nl: 'om half tien', sv: 'klockan 9.30', id: 'pukul 9.30', uk: 'о 9:30' }), 'count-mismatch'), []);
    assert.deepEqual(alarms(meeting({ nl: 'om half tien', sv: 'klockan halv tio', id: 'pukul 9.30', uk: 'о пів на десяту' }), 'count-mismatch'), []);
    const changed = alarms(meeting({ nl: 'om half tien', sv: 'klockan 9.30', id: 'pukul 10.30', uk: 'о 9:30' }), 'count-mismatch');
    assert.equal(changed.length, 1);
    assert.match(changed[0]!, /id gives 10:30/u);
  });

  it('a fraction agrees across languages; a changed fraction departs', () => {
    assert.deepEqual(alarms(vote({ nl: 'Twee derde', sv: 'Två tredjedelar', id: 'Dua pertiga', uk: 'Дві треті' }), 'count-mismatch'), []);
    const changed = alarms(vote({ nl: 'Twee derde', sv: 'Två tredjedelar', id: 'Sepertiga', uk: 'Дві треті' }), 'count-mismatch');
    assert.equal(changed.length, 1);
    assert.match(changed[0]!, /id gives 1\/3/u);
  });

  it('New Mexico is no Mexico: no country alarm; a real country change is still found', () => {
    assert.deepEqual(alarms(move({ nl: 'Nieuw-Mexico', sv: 'New Mexico', id: 'New Mexico', uk: 'Нью-Мексико' })).filter((a) => a.startsWith('country')), []);
    assert.deepEqual(alarms(move({ nl: 'New Jersey', sv: 'New Jersey', id: 'New Jersey', uk: 'Нью-Джерсі' })).filter((a) => a.startsWith('country')), []);
    const changed = alarms(move({ nl: 'Mexico', sv: 'Mexiko', id: 'Kanada', uk: 'Мексики' })).filter((a) => a.startsWith('country'));
    assert.ok(changed.length >= 1, 'a swapped country is found');
  });
});
