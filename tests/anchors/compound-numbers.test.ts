// Number words that combine (Indonesian teens, Arabic compound ordinals and twelve) and Arabic month
// names on their own after a word that makes them months.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractAnchors } from '../../src/index.js';

const values = (text: string, lang: string) => extractAnchors(text, { lang }).map((a) => `${a.type}:${a.value}:${a.text}`);

describe('compound number words', () => {
  it('reads Indonesian teens as one number', () => {
    assert.deepEqual(values('Empat belas orang ditangkap.', 'id'), ['number:14:Empat belas']);
    assert.deepEqual(values('Ada dua belas permainan lagi.', 'id'), ['number:12:dua belas']);
    assert.deepEqual(values('dua puluh tiga orang', 'id'), ['number:23:dua puluh tiga']);
  });

  it('reads an Arabic ordinal with its tens after و as one ordinal, and twelve in its feminine form', () => {
    assert.deepEqual(values('في عيد ميلاده الثالث والستين', 'ar'), ['ordinal:63.:الثالث والستين']);
    assert.deepEqual(values('للمرة الرابعة', 'ar'), ['ordinal:4.:الرابعة']);
    assert.deepEqual(values('ولديه اثنتا عشرة نقطة', 'ar'), ['number:12:اثنتا عشرة']);
  });
});

describe('Arabic months on their own', () => {
  it('reads a month name after a word that makes it a month, not a bare word that may mean something else', () => {
    assert.deepEqual(values('انضم جونز كرئيس في مارس.', 'ar'), ['date:--03:مارس']);
    assert.deepEqual(values('وصل في أيار.', 'ar'), ['date:--05:أيار']);
    assert.deepEqual(values('أيار شهر جميل', 'ar'), []);
  });
});
