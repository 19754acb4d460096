// A decade named in words is read as the year that starts it, as `1990s`, `1990-х` and `jaren 90` are:
// the Arabic plural of the tens (`التسعينيات`), the Swedish compound (`nittiotalet`), the Dutch tens in
// words after `jaren`, and `jaren '90`. The Swedish indefinite `ett tjugotal` is "some twenty", no decade, and
// the twenties, in words as in digits, may be either century's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const dates = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'date').map((a) => a.value);

describe('decades in words', () => {
  it('reads a decade named by one word or by its tens in words', () => {
    assert.deepEqual(dates('ازدهرت الصناعة في التسعينيات.', 'ar'), ['1990']);
    assert.deepEqual(dates('في ثمانينات القرن الماضي.', 'ar'), ['1980']);
    assert.deepEqual(dates('Industrin blomstrade på nittiotalet.', 'sv'), ['1990']);
    assert.deepEqual(dates('In de jaren negentig bloeide de industrie.', 'nl'), ['1990']);
    assert.deepEqual(dates("In de jaren '80 bloeide de industrie.", 'nl'), ['1980']);
  });

  it('reads tens written as an ordinal before a plural word for years as the decade (ru, uk)', () => {
    assert.deepEqual(dates('Прихожане покинули приход в 30-е годы прошлого века.', 'ru'), ['1930']);
    assert.deepEqual(dates('Они жили там в тридцатые годы.', 'ru'), ['1930']);
    assert.deepEqual(dates('Парафіяни виїхали в тридцятих роках.', 'uk'), ['1930']);
    assert.deepEqual(dates('У вісімдесятих роках промисловість зросла.', 'uk'), ['1980']);
  });

  it('reads the Swedish decade ending after two digits, as after four', () => {
    assert.deepEqual(dates('Församlingen flyttade ut på 30-talet.', 'sv'), ['1930']);
    assert.deepEqual(dates('Församlingen flyttade ut på 1930-talet.', 'sv'), ['1930']);
    assert.deepEqual(dates('Musiken på 20-talet.', 'sv'), []);
  });

  it('leaves an ordinal before another word, or before a year in the singular, an ordinal', () => {
    const ordinals = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'ordinal').map((a) => a.value);
    assert.deepEqual(ordinals('Он занял 30-е место.', 'ru'), ['30.']);
    assert.deepEqual(ordinals('На тридцятому році життя він поїхав.', 'uk'), ['30.']);
  });

  it('leaves approximate counts and other tens as they are', () => {
    assert.deepEqual(dates('Ett tjugotal personer skadades.', 'sv'), []);
    assert.deepEqual(dates('Er waren negentig mensen.', 'nl'), []);
  });

  it('leaves the twenties unread in words as in digits, since they may be either century', () => {
    assert.deepEqual(dates('De muziek van de jaren twintig.', 'nl'), []);
    assert.deepEqual(dates('De muziek van de jaren 20.', 'nl'), []);
    assert.deepEqual(dates('Musiken på tjugotalet.', 'sv'), []);
    assert.deepEqual(dates('موسيقى العشرينيات.', 'ar'), []);
    assert.deepEqual(dates('De muziek van de jaren dertig.', 'nl'), ['1930']);
  });

  it('sets a changed decade against the versions that write it in digits', () => {
    const boom = (ar: string) => [
      { lang: 'id', sentences: ['Yuan tinggal di Guiyang.', 'Industri di Guiyang berkembang pada tahun 1990-an.'] },
      { lang: 'uk', sentences: ['Юань жив у Гуйяні.', 'Промисловість Гуйяна розвивалася в 1990-х роках.'] },
      { lang: 'ar', sentences: ['كان يوان يعيش في غوييانغ.', `ازدهرت الصناعة في غوييانغ في ${ar}.`] },
    ];
    const alarms = (ar: string) => check(boom(ar), { mode: 'parallel' }).findings.filter((f) => f.severity !== 'info').map((f) => f.message);
    assert.deepEqual(alarms('التسعينيات'), []);
    assert.match(alarms('الثمانينيات')[0] ?? '', /^ar dates it 1980 /u);
  });
});
