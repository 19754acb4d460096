// Names across versions: a possessive clitic is no part of a name, a closing quote starts no sentence,
// a name one version abbreviates is no other name, and a swap of two names that no third version takes
// sides on is only worth a look.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';
import { abbreviatedIn } from '../../src/check/name-forms.js';

const names = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'entity').map((a) => a.text);

describe('name forms', () => {
  it('leaves an English possessive out of the name (its key too)', () => {
    assert.deepEqual(names('Dolly Menga’s strike proved the difference as Gary Holt\'s side moved level.', 'en'), ['Dolly Menga', 'Gary Holt']);
    const [menga] = extractAnchors("Dolly Menga's strike", { lang: 'en' });
    const [plain] = extractAnchors('Dolly Menga struck', { lang: 'en' });
    assert.equal(menga!.type === 'entity' && plain!.type === 'entity' && menga!.value === plain!.value, true);
  });

  it('reads a capitalised word after a closing quote as a name, not a sentence start', () => {
    assert.deepEqual(names('It was inevitable after "Mr Evil President" Trump called Kim a "rocket man".', 'en'), ['Evil', 'Trump', 'Kim']);
  });

  it('takes a known name matched exactly before a longer Arabic window matching another known form within an edit', () => {
    const knownNames = ['Dolly Mengas', 'Dolly Menga'];
    const found = extractAnchors('أثبتت تسديدة دولي مينجا أنها تصنع الفارق.', { lang: 'ar', knownNames }).filter((a) => a.type === 'entity');
    assert.deepEqual(found.map((a) => a.text), ['دولي مينجا']);
  });

  it('reads a one-word name joined by a hyphen to the next as one name, except where nouns are capitalised', () => {
    assert.deepEqual(names('Циклон находился за 360 км от города Пунта-Эухения и от Нью-Йорка.', 'ru'), ['Пунта-Эухения', 'Нью-Йорка']);
    assert.deepEqual(names('Ураган знаходився за 620 км від Пунта-Евгенії.', 'uk'), ['Пунта-Евгенії']);
    // The noun after the hyphen is the compound's head, no name (tests/anchors/german-compound-heads.test.ts).
    assert.deepEqual(names('Die Dhaulagiri-Expedition erreichte den Gipfel.', 'de'), ['Dhaulagiri']);
    assert.deepEqual(names('De weg van Lang Son-Hanoi werd geopend.', 'nl'), ['Lang Son', 'Hanoi']);
  });

  it('reads a hyphenated last word after a name of several words as part of it (a double-barrelled name), where nouns have no capitals', () => {
    assert.deepEqual(names('Gisteren schreef Anna Smith-Jones een brief.', 'nl'), ['Anna Smith-Jones']);
    assert.deepEqual(names('I går skrev Anna Smith-Jones ett brev.', 'sv'), ['Anna Smith-Jones']);
    assert.deepEqual(names('Вчора Анна Сміт-Джонс написала листа.', 'uk'), ['Анна Сміт-Джонс']);
    assert.deepEqual(names('Surat itu ditulis oleh Anna Smith-Jones kemarin.', 'id'), ['Anna Smith-Jones']);
    // Several hyphenated parts are places one after another; a known place after the hyphen is a name of its own.
    assert.deepEqual(names('Jalur kereta api Mong Cai-Ha Long-Hai Phong.', 'id'), ['Mong Cai', 'Ha Long', 'Hai Phong']);
    assert.deepEqual(names('De weg van Lang Son-Hanoi werd geopend.', 'nl'), ['Lang Son', 'Hanoi']);
  });

  it('reads a capital after the dot of an abbreviation that ends no sentence as going on with it', () => {
    assert.deepEqual(names('Then Mr. Adams said so.', 'en'), ['Adams']);
    assert.deepEqual(names('Dhr. Merriweather zei dat hij bleef.', 'nl'), ['Merriweather']);
    assert.deepEqual(names('Kerk itu dibangun sebelum St. Martin.', 'id'), ['Martin']);
  });

  it('tells a name spelt out from its abbreviation in any order of the initials', () => {
    assert.equal(abbreviatedIn('he told the U.N. General Assembly', 'Nations Unies'), true);
    assert.equal(abbreviatedIn('pada Sidang Umum PBB', 'Perserikatan Bangsa-Bangsa'), true);
    assert.equal(abbreviatedIn('he told the General Assembly', 'Nations Unies'), false);
    assert.equal(abbreviatedIn('UN', 'Gary'), false);
  });
});

describe('name swaps among several versions', () => {
  const story = (third: string) => [
    { lang: 'nl', sentences: ['Holly Willoughby en Peter Jones werkten jaren samen.', 'Yuan sprak op 30 mei met Peter Jones.', 'Het verhaal eindigt op 31 mei.'] },
    { lang: 'id', sentences: ['Holly Willoughby dan Peter Jones bekerja sama selama bertahun-tahun.', 'Yuan berbicara pada 30 Mei dengan Holly Willoughby.', 'Cerita berakhir pada 31 Mei.'] },
    { lang: 'sv', sentences: ['Holly Willoughby och Peter Jones arbetade ihop i åratal.', third, 'Berättelsen slutar den 31 maj.'] },
  ];
  const swaps = (third: string) => check(story(third), { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant');

  it('keeps a swap no third version takes sides on as info', () => {
    const found = swaps('Yuan talade den 30 maj med grannen.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'info');
  });

  it('warns when a third version names one of the two', () => {
    const found = swaps('Yuan talade den 30 maj med Peter Jones.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /^id names Holly Willoughby/u);
  });

  it('finds a swap in a sentence whose one fact is the name when other versions side with one name', () => {
    const versions = [
      { lang: 'nl', sentences: ['Holly Willoughby en Peter Jones werkten jaren samen.', 'Waarom gaf Peter Jones zoveel op?'] },
      { lang: 'sv', sentences: ['Holly Willoughby och Peter Jones arbetade ihop i åratal.', 'Varför gav Peter Jones upp så mycket?'] },
      { lang: 'en', sentences: ['Holly Willoughby and Peter Jones worked together for years.', 'Why did Peter Jones give up so much?'] },
      { lang: 'id', sentences: ['Holly Willoughby dan Peter Jones bekerja sama selama bertahun-tahun.', 'Mengapa Holly Willoughby menyerah begitu banyak?'] },
    ];
    const found = check(versions, { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant' && f.severity !== 'info');
    assert.equal(found.length, 1);
    assert.match(found[0]!.message, /^id names (?:Mengapa )?Holly Willoughby/u);
  });
});

describe('a name the majority reads as swapped in', () => {
  const versions = (opening: string) => [
    { lang: 'nl', sentences: ['Jan Peeters won zaterdag de finale in Gent.', 'Daarna sprak Jan Peeters met de pers.', 'Piet Jansen werd tweede.'] },
    { lang: 'sv', sentences: ['Jan Peeters vann finalen i Gent på lördagen.', 'Sedan talade Jan Peeters med pressen.', 'Piet Jansen blev tvåa.'] },
    { lang: 'id', sentences: ['Jan Peeters memenangkan final di Gent pada hari Sabtu.', 'Kemudian Jan Peeters berbicara kepada pers.', 'Piet Jansen menjadi runner-up.'] },
    { lang: 'de', sentences: [opening, 'Danach sprach Jan Peeters mit der Presse.', 'Piet Jansen wurde Zweiter.'] },
  ];
  const swaps = (opening: string) => check(versions(opening), { mode: 'parallel' }).findings.filter((f) => f.rule === 'name-variant');

  it('warns when the name is a person the other translations write elsewhere', () => {
    const found = swaps('Piet Jansen gewann am Samstag das Finale in Gent.');
    assert.deepEqual(found.map((f) => [f.severity, f.message]), [['warning', 'de names Piet Jansen where the id, nl and sv translations name Jan Peeters in the linked sentence.']]);
  });

  it('keeps as info a run of capitalised words no other translation writes anywhere', () => {
    // German capitalises every noun: "Laut Umfragen Auftrieb" reads as a name, but none of the others
    // knows it, so it was taken from nowhere in the story.
    const found = swaps('Laut Umfragen Auftrieb gewann am Samstag das Finale in Gent.');
    assert.deepEqual(found.map((f) => f.severity), ['info']);
  });
});

describe('one name spelt two ways within a version', () => {
  const variants = (lang: string, sentences: string[]) =>
    check([{ lang, sentences }, { lang, sentences }], { mode: 'parallel' })
      .findings.filter((f) => f.rule === 'name-variant' && f.severity !== 'info')
      .map((f) => f.message);

  it('reports a name whose every word keeps its sound and most of its letters', () => {
    assert.equal(variants('uk', ['До Ханоя прибув Нгуєн Суан Тханг.', 'На зустрічі виступив Нгуєн Суан Тханг.', 'Потім далі поїхав Нгуєн Сюань Тханг.']).length, 1);
  });

  it('does not take two names for one when a word differs beyond the sound a whole-name key keeps', () => {
    // Whole-name keys alike (a long shared word, word boundaries elsewhere, folded sounds), words not.
    assert.deepEqual(variants('id', ['Pasukan Angkatan Laut tiba pagi itu.', 'Kemudian Angkatan Balai menyusul.']), []);
    assert.deepEqual(variants('id', ['Penyanyi itu bernama Eyang Rini dan tinggal di Solo.', 'Dia menonton film Angry Inch minggu lalu.']), []);
    assert.deepEqual(variants('id', ['Petenis Vania King menang di Bali.', 'Pelatihnya adalah Van Geen dari Belanda.']), []);
  });

  it('does not take two sentence-initial words glued to one name for a spelling variant', () => {
    assert.deepEqual(variants('uk', ['Книга Мирослава Дочинця вийшла навесні.', 'Книжка Мирослава Дочинця вийшла восени.']), []);
  });
});
