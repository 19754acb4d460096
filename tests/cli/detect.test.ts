import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { detectLanguage } from '../../src/index.js';
import { corpusDir } from './helpers.js';

describe('detectLanguage', () => {
  it('recognises each article of the showcase corpus', () => {
    for (const lang of ['uk', 'nl', 'id', 'sv', 'ar']) {
      const detected = detectLanguage(readFileSync(join(corpusDir, `${lang}.txt`), 'utf8'));
      assert.equal(detected.lang, lang);
      assert.ok(detected.confidence >= 0.5, `${lang}: ${detected.confidence}`);
    }
  });

  it('tells apart languages of one script by their frequent words and letters', () => {
    assert.equal(detectLanguage('Mötet mellan de två provinserna hölls i Ha Long och det var ett stort steg.').lang, 'sv');
    assert.equal(detectLanguage('Pertemuan antara kedua provinsi tersebut diadakan di Ha Long dan akan dilanjutkan.').lang, 'id');
    assert.equal(detectLanguage('The meeting between the two provinces was held in Ha Long and it was a success.').lang, 'en');
    assert.equal(detectLanguage('Зустріч відбулася в Ха Лонзі, і вона була успішною для обох провінцій.').lang, 'uk');
    assert.equal(detectLanguage('Встреча состоялась в Халонге, и это был успех для обеих провинций.').lang, 'ru');
    assert.equal(detectLanguage('این دیدار در ها لونگ برگزار شد و گفتگو کردند.').lang, 'fa');
  });

  it('says und with confidence 0 when there is nothing to go on', () => {
    assert.deepEqual(detectLanguage(''), { lang: 'und', confidence: 0 });
    assert.deepEqual(detectLanguage('12 345 — 2025!'), { lang: 'und', confidence: 0 });
    assert.deepEqual(detectLanguage('Xqzt vbnm plkj.'), { lang: 'und', confidence: 0 });
  });

  it('reads only the start of a long text, so a huge input costs little', () => {
    const text = `${'De vergadering was een succes voor de provincie. '.repeat(2000)}${'x'.repeat(5_000_000)}`;
    const started = performance.now();
    assert.equal(detectLanguage(text).lang, 'nl');
    assert.ok(performance.now() - started < 2000);
  });

  it('throws a TypeError naming text for a non-string', () => {
    assert.throws(() => detectLanguage(42 as never), /text must be a string, got number/);
  });
});
