import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLexicon, conceptsOfWord, headwordCandidates, parseDictdDictionary, pivotLexicon, translationLines } from '../../src/align/lexicon.js';
import { defaultFeatureWeights, toSegmentedDocument } from '../../src/index.js';
import { extractPairFeatures } from '../../src/align/features.js';

describe('headword candidates: a word of the text is looked up by the headwords its inflection points to', () => {
  const cases: Array<[string, string, string]> = [
    ['kvinnorna', 'sv', 'kvinna'], // plural definite from -a
    ['husen', 'sv', 'hus'],
    ['kommer', 'sv', 'komma'], // present tense
    ['väntade', 'sv', 'vänta'], // past tense
    ['mannen', 'nl', 'man'], // doubled consonant
    ['jaren', 'nl', 'jaar'], // open syllable
    ['maakt', 'nl', 'maken'], // verb: one vowel before the infinitive's ending
    ['gewerkt', 'nl', 'werken'], // participle
    ['menulis', 'id', 'tulis'], // nasal prefix replaces t
    ['menyapu', 'id', 'sapu'], // meny- replaces s
    ['pemerintahan', 'id', 'perintah'],
    ['rumahnya', 'id', 'rumah'],
    ['dibangun', 'id', 'bangun'],
    ['كتابها', 'ar', 'كتاب'], // pronoun suffix
    ['والمعلمون', 'ar', 'معلم'], // clitic, article and plural
    ['يكتب', 'ar', 'كتب'], // imperfect prefix
    ['الأقلام', 'ar', 'قلم'], // broken plural أفعال, after the article
    ['وبيوت', 'ar', 'بيت'], // broken plural فعول, after the conjunction
    ['أنهر', 'ar', 'نهر'], // broken plural أفعُل
    ['المدارس', 'ar', 'مدرسة'], // broken plural مفاعل of a feminine noun
    ['تقارير', 'ar', 'تقرير'], // broken plural تفاعيل
    ['مشاريع', 'ar', 'مشروع'], // broken plural مفاعيل
    ['كتابًا', 'ar', 'كتاب'], // accusative tanwin written with alef
  ];
  for (const [word, lang, headword] of cases) {
    it(`${lang} ${word} → ${headword}`, () => {
      const candidates = headwordCandidates(word, lang);
      assert.equal(candidates[0], headwordCandidates(word, 'xx')[0], 'the word itself comes first');
      assert.ok(candidates.includes(headwordCandidates(headword, 'xx')[0]!), candidates.join(' '));
    });
  }

  it('reads a word by a template only when it has the template’s length and letters', () => {
    assert.ok(!headwordCandidates('كتاب', 'ar').includes('كتب'));
    assert.ok(!headwordCandidates('كبير', 'ar').includes('كبر'), 'a singular فعيل is no plural template');
  });

  it('keeps a stem of at least the language’s minimum length', () => {
    assert.ok(!headwordCandidates('den', 'sv').includes('d'));
    assert.ok(!headwordCandidates('dien', 'id').includes('en'));
  });

  it('tries no affix for a language without morphology data', () => {
    assert.deepEqual(headwordCandidates('Houses', 'xx'), ['houses']);
    assert.deepEqual(headwordCandidates('Houses', undefined), ['houses']);
  });

  it('finds a concept through the inflected forms of both languages', () => {
    const lexicon = compileLexicon([['vrouw', 'kvinna'], ['werk', 'arbete']]);
    const dutch = conceptsOfWord(lexicon, 'vrouwen', 'nl');
    assert.ok(dutch && dutch.length > 0);
    assert.deepEqual(conceptsOfWord(lexicon, 'kvinnorna', 'sv'), dutch);
    assert.equal(conceptsOfWord(lexicon, 'kvinnorna', undefined), undefined, 'without the language only the written form');
  });

  it('finds an Arabic dictionary noun written with its article in a text that writes it without', () => {
    const lexicon = compileLexicon([['الحكومة', 'regering']]);
    assert.deepEqual(conceptsOfWord(lexicon, 'حكومة', 'ar'), conceptsOfWord(lexicon, 'regering', 'nl'));
    assert.deepEqual(conceptsOfWord(lexicon, 'وحكومته', 'ar'), conceptsOfWord(lexicon, 'regering', 'nl'));
  });

  it('gives the features of two sentences a shared concept through their inflected words', () => {
    const lexicon = compileLexicon([['vrouw', 'kvinna'], ['zingen', 'sjunga']]);
    const dutch = toSegmentedDocument({ sentences: ['De vrouwen zingen.'], lang: 'nl' });
    const swedish = toSegmentedDocument({ sentences: ['Kvinnorna sjunger.'], lang: 'sv' });
    const features = extractPairFeatures(dutch, swedish, { weights: defaultFeatureWeights, lexicon });
    const shared = [...features.a.features[0]!].filter((id) => features.b.features[0]!.includes(id) && features.coarse[id] === 1);
    assert.ok(shared.length >= 2, `shared concepts: ${shared.length}`);
  });
});

describe('FreeDict dictd entries: translations, not definitions', () => {
  it('reads every line of an older FreeDict entry (no part of speech) as translations', () => {
    assert.deepEqual(translationLines('run /rʌn/', ['1. springa', '2. kila, raka']), ['springa', 'kila, raka']);
  });

  it('leaves out the definitions of a WikDict entry, in each of its layouts', () => {
    assert.deepEqual(translationLines('hus /hʉs/ <n>', ['huis, onderkomen', 'byggnad']), ['huis, onderkomen']);
    assert.deepEqual(translationLines('gå /ɡoː/ <v>', ['1. gaan, lopen', 'förflytta sig', '2. rijden', 'åka bil']), ['gaan, lopen', 'rijden']);
    assert.deepEqual(translationLines('groot /ɣroːt/ <adj>', ['stor 2.', '1. meer dan normaal', ' 3.', '2. bewonderenswaardig, goed']), ['stor']);
    assert.deepEqual(
      translationLines('run /ɹʌn/ <v>', ['1. menjalankan 2.', 'to be in charge of', ' 3.', 'to execute a plan', '2. berlari', 'to move quickly']),
      ['menjalankan', 'berlari'],
    );
    assert.deepEqual(translationLines('mat /mɑt/ <n>', ['1. matta', '2. dörrmatta']), ['matta', 'dörrmatta']);
  });

  it('drops notes in brackets from a translation', () => {
    const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const encode = (n: number) => {
      let out = '';
      do {
        out = digits[n % 64]! + out;
        n = Math.floor(n / 64);
      } while (n > 0);
      return out;
    };
    const entry = 'huis /hœys/ <n>\nhus (byggnad), hem\nen woning\n';
    const bytes = new TextEncoder().encode(entry);
    const pairs = parseDictdDictionary(`huis\t${encode(0)}\t${encode(bytes.length)}\n`, bytes);
    assert.deepEqual(pairs, [['huis', 'hus'], ['huis', 'hem']]);
  });
});

describe('pivot join', () => {
  it('puts a pair joined by two pivot words before pairs one ambiguous pivot word makes, each pair once', () => {
    const dutchEnglish = [['baas', 'chief'], ['hoofd', 'head'], ['voorzitter', 'chairman'], ['voorzitter', 'president']] as const;
    const arabicEnglish = [['رئيس', 'chief'], ['رئيس', 'head'], ['رئيس', 'chairman'], ['رئيس', 'president']] as const;
    const joined = pivotLexicon(dutchEnglish, arabicEnglish);
    assert.deepEqual(joined[0], ['voorzitter', 'رئيس']);
    assert.equal(joined.length, 3);
  });

  it('joins an inflected pivot word with its headword in the other dictionary, given the pivot language', () => {
    const dutchEnglish = [['regen', 'rain'], ['stemming', 'vote'], ['land', 'country']] as const;
    const arabicEnglish = [['الأمطار', 'Rains'], ['التصويت', 'Voting'], ['البلدان', 'Countries']] as const;
    assert.deepEqual(pivotLexicon(dutchEnglish, arabicEnglish), [], 'without the language only the same word joins');
    assert.deepEqual(pivotLexicon(dutchEnglish, arabicEnglish, { pivotLanguage: 'en' }), [
      ['regen', 'الأمطار'],
      ['stemming', 'التصويت'],
      ['land', 'البلدان'],
    ]);
  });
});

describe('headword candidates: English inflection', () => {
  const cases: Array<[string, string]> = [['rains', 'rain'], ['countries', 'country'], ['boxes', 'box'], ['voting', 'vote'], ['stopped', 'stop'], ['carried', 'carry']];
  for (const [word, headword] of cases) {
    it(`en ${word} → ${headword}`, () => assert.ok(headwordCandidates(word, 'en').includes(headword), headwordCandidates(word, 'en').join(' ')));
  }
  it('keeps a stem of three letters', () => assert.ok(!headwordCandidates('bus', 'en').includes('bu')));
});
