import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { scoreSegmentation, segment, type Sentence, type SentenceKind } from '../../src/index.js';

const corpusUrl = new URL('../../corpora/spring-meeting-2025/', import.meta.url);
const corpus = (lang: string) => readFileSync(new URL(`${lang}.txt`, corpusUrl), 'utf8');
const languages = ['uk', 'nl', 'id', 'sv', 'ar'];

/** The kind of the sentence whose text starts with `prefix` (exactly one must). */
function kindOf(sentences: readonly Sentence[], prefix: string): SentenceKind {
  const matches = sentences.filter((sentence) => sentence.text.startsWith(prefix));
  assert.ok(matches.length >= 1, `no sentence starts with ${JSON.stringify(prefix)}`);
  const kinds = new Set(matches.map((sentence) => sentence.kind));
  assert.equal(kinds.size, 1, `sentences starting with ${JSON.stringify(prefix)} differ in kind`);
  return matches[0]!.kind;
}

describe('sentence kinds on the showcase corpus', () => {
  it('uk: captions between bars, dateline, byline, source and comment counter', () => {
    const sentences = segment(corpus('uk'), { lang: 'uk' });
    const captions = sentences.filter((s) => s.text.startsWith('|') || s.text.endsWith('|'));
    assert.equal(captions.length, 13);
    assert.ok(captions.every((s) => s.kind === 'caption'));
    assert.equal(kindOf(sentences, '14:27, 21 лютого 2025 р.'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Новини та фотографії'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Джерело: https://'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Коментар (0)'), 'boilerplate');
    assert.equal(kindOf(sentences, 'БХГ – Вранці 21 лютого'), 'body');
    assert.equal(sentences.filter((s) => s.kind === 'body').length, 39);
  });

  it('nl: banner, title, dateline, stray letter, doubled captions and the page tail', () => {
    const sentences = segment(corpus('nl'), { lang: 'nl' });
    assert.equal(kindOf(sentences, 'Vietnam.vn - Nền tảng'), 'boilerplate');
    assert.equal(kindOf(sentences, 'De secretaris van het partijcomité van de provincie Quang Ninh heeft een ontmoeting'), 'heading');
    assert.equal(kindOf(sentences, 'Việt NamViệt Nam20/02/2025'), 'boilerplate');
    assert.equal(sentences.find((s) => s.text === 'A')?.kind, 'boilerplate');
    assert.equal(kindOf(sentences, 'De afgevaardigden namen een gedenkwaardige foto.'), 'caption');
    assert.equal(kindOf(sentences, 'Kameraad Trinh Thi Minh Thanh'), 'caption');
    const bron = sentences.findIndex((s) => s.text === 'Bron');
    assert.ok(bron > 0);
    assert.ok(sentences.slice(bron).every((s) => s.kind === 'boilerplate'));
    assert.ok(sentences.slice(0, bron).every((s) => s.kind !== 'boilerplate' || s.paragraph <= 4));
    assert.equal(kindOf(sentences, 'Vanmiddag hebben de partijsecretarissen'), 'body');
  });

  it('id: banner, motto, title, dateline, image titles with their captions, ad slot, source', () => {
    const sentences = segment(corpus('id'), { lang: 'id' });
    assert.equal(kindOf(sentences, 'Vietnam.vn'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Độc lập - Tự do - Hạnh phúc'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Pertemuan awal musim semi 2025'), 'heading');
    assert.equal(kindOf(sentences, 'Người Lao Động'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Gặp gỡ đầu xuân 2025'), 'caption');
    assert.equal(kindOf(sentences, 'Delegasi yang menghadiri'), 'caption');
    assert.equal(kindOf(sentences, 'Bapak Nguyen Xuan Thang, anggota Politbiro'), 'caption');
    assert.equal(kindOf(sentences, 'Perwakilan daerah menandatangani'), 'caption');
    assert.equal(kindOf(sentences, '[iklan_2]'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Sumber:'), 'boilerplate');
    assert.equal(kindOf(sentences, 'Jet tempur Su-30-MK2'), 'boilerplate');
    assert.equal(kindOf(sentences, '(NLDO) - Ini adalah'), 'body');
    assert.equal(kindOf(sentences, 'Tn. Tran Cuong menegaskan'), 'body');
  });

  it('sv: headings without final punctuation inside the article; source and comments', () => {
    const sentences = segment(corpus('sv'), { lang: 'sv' });
    assert.deepEqual(sentences.filter((s) => s.kind === 'heading').map((s) => s.text), [
      'Livfullt, effektivt och praktiskt samarbete',
      'Ta din relation till nästa nivå',
    ]);
    assert.deepEqual(sentences.filter((s) => s.kind === 'boilerplate').map((s) => s.text), ['Källa', 'Kommentar (0)']);
  });

  it('ar: everything is body but the source label and the comment counter', () => {
    const sentences = segment(corpus('ar'), { lang: 'ar' });
    assert.deepEqual(sentences.filter((s) => s.kind !== 'body').map((s) => [s.text, s.kind]), [
      ['مصدر', 'boilerplate'],
      ['تعليق (0)', 'boilerplate'],
    ]);
  });

  it('matches the hand-checked gold: boundary F1 ≥ 0.97 and kind accuracy ≥ 0.97 per article', () => {
    for (const lang of languages) {
      const gold = JSON.parse(readFileSync(new URL(`gold/${lang}.segments.json`, corpusUrl), 'utf8')) as Array<
        Pick<Sentence, 'start' | 'end' | 'kind' | 'text'>
      >;
      const text = corpus(lang);
      for (const sentence of gold) assert.equal(text.slice(sentence.start, sentence.end), sentence.text, `${lang} gold is not lossless`);
      const score = scoreSegmentation(segment(text, { lang }), gold);
      assert.ok(score.f1 >= 0.97, `${lang}: boundary F1 ${score.f1.toFixed(3)} < 0.97`);
      assert.ok((score.kindAccuracy ?? 0) >= 0.97, `${lang}: kind accuracy ${score.kindAccuracy} < 0.97`);
    }
  });
});

describe('sentence kinds from generic signals, in any language', () => {
  const kinds = (text: string, lang = 'fr') => segment(text, { lang }).map((s) => [s.text, s.kind]);

  it('marks source lines, URL lines, placeholders, stray letters and everything after the source', () => {
    const page = ['Le sommet', '', 'Les deux pays ont signé un accord. Il entre en vigueur demain.', 'B', '[ad_1]', 'Source: https://example.org/a', 'Lire aussi', 'Autre article sans rapport.'].join('\n');
    assert.deepEqual(kinds(page), [
      ['Le sommet', 'heading'],
      ['Les deux pays ont signé un accord.', 'body'],
      ['Il entre en vigueur demain.', 'body'],
      ['B', 'boilerplate'],
      ['[ad_1]', 'boilerplate'],
      ['Source: https://example.org/a', 'boilerplate'],
      ['Lire aussi', 'boilerplate'],
      ['Autre article sans rapport.', 'boilerplate'],
    ]);
  });

  it('does not end the article at a source line above its text', () => {
    const page = 'Source: Reuters\nLes deux pays ont signé un accord important hier soir. Il entre en vigueur demain.\nSource: https://example.org/a\nAutre article sans rapport.';
    assert.deepEqual(kinds(page).map(([, kind]) => kind), ['boilerplate', 'body', 'body', 'boilerplate', 'boilerplate']);
  });

  it('marks bar-framed lines, repeated lines and image titles with the line after them as captions', () => {
    const page = [
      'Un texte du corps, assez long pour ne pas être un titre, se termine ici.',
      '| Le ministre prend la parole. |',
      'La délégation pose pour la photo.',
      'La délégation pose pour la photo.',
      'Rencontre de printemps - Photo 2.',
      'Les délégués signent le protocole',
      'Le corps reprend ici avec une phrase complète.',
    ].join('\n');
    assert.deepEqual(kinds(page).map(([, kind]) => kind), ['body', 'caption', 'caption', 'caption', 'caption', 'caption', 'body']);
  });

  it('reads the first line as the title whatever its words, up to the short-line length; later lines keep the word limit', () => {
    const title = 'Orkaan Rosa bedreigt Phoenix, Las Vegas, Salt Lake City met plotselinge overstromingen (mogelijk gunstig voor droge gebieden)';
    const body = 'De orkaan trekt noordwaarts.';
    assert.deepEqual(kinds(`${title}\n\n${body}`).map(([, kind]) => kind), ['heading', 'body']);
    assert.deepEqual(kinds(`${body}\n\n${title}`).map(([, kind]) => kind), ['body', 'body']);
    const tooLong = `${'woord '.repeat(30)}einde`;
    assert.deepEqual(kinds(`${tooLong}\n\n${body}`).map(([, kind]) => kind), ['body', 'body']);
  });

  it('reads a heading that opens with a quotation, or ends with dotted capitals, as a heading', () => {
    const body = 'De rest van het artikel volgt hier.';
    assert.deepEqual(kinds(`‘Fenomenaal’ van Livingston - analyse\n\n${body}`).map(([, kind]) => kind), ['heading', 'body']);
    assert.deepEqual(kinds(`"غضب" بيتر جونز بعد انسحاب هولي ويلوبي\n\n${body}`).map(([, kind]) => kind), ['heading', 'body']);
    assert.deepEqual(kinds(`Korea Utara tidak akan melucuti senjata kecuali dapat mempercayai A.S.\n\n${body}`).map(([, kind]) => kind), ['heading', 'body']);
    assert.deepEqual(kinds(`Korea Utara tidak akan melucuti senjata.\n\n${body}`).map(([, kind]) => kind), ['body', 'body']);
  });

  it('reads a line that ends in a comma or a dash, inside its closing quote or not, as one that goes on', () => {
    const body = 'De rest van het artikel volgt hier.';
    assert.deepEqual(kinds(`${body}\nNu hebben we deze geweldige relatie,”\n${body}`, 'nl').map(([, kind]) => kind), ['body', 'body', 'body']);
    assert.deepEqual(kinds(`${body}\n«У нас хороші стосунки з Кореєю», — заявив він. —\n${body}`, 'uk').map(([, kind]) => kind), ['body', 'body', 'body']);
  });

  it('keeps a short line with final punctuation as body, and a long line without it too', () => {
    const long = `${'mot '.repeat(30)}fin`;
    assert.deepEqual(kinds(`Oui.\n${long}`).map(([, kind]) => kind), ['body', 'body']);
  });
});
