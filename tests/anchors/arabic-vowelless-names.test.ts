// Arabic writes long vowels only: a foreign name keeps its consonants and some of its vowels
// (`ترامب` for Trump, `واشنطن` for Washington), and p becomes b (`بيونغ يانغ` for Pyongyang). The
// uncased reader finds such a name among the names the other versions use by its consonants.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entityKey, extractAnchors } from '../../src/index.js';

const known = (...names: string[]) => names.flatMap((name) => [name, entityKey(name, 'und')]);
const names = (sentence: string, knownNames: string[]) =>
  extractAnchors(sentence, { lang: 'ar', knownNames }).flatMap((a) => (a.type === 'entity' ? [`${a.text}=${a.value}`] : []));

describe('Arabic names written without short vowels', () => {
  it('reads a known name whose short vowels Arabic leaves out, with the known key', () => {
    const knownNames = known('Trump', 'Washington', 'Belfast');
    assert.deepEqual(names('وقال ترامب في بلفاست إن واشنطن ستنتظر.', knownNames), [
      `ترامب=${entityKey('Trump', 'und')}`,
      `بلفاست=${entityKey('Belfast', 'und')}`,
      `واشنطن=${entityKey('Washington', 'und')}`,
    ]);
  });

  it('marks such a name as read by its consonants, and a name matched by its key as not', () => {
    const anchors = extractAnchors('قال ترامب إن كيم جونغ أون وافق.', { lang: 'ar', knownNames: [...known('Trump'), ...known('Kim Jong Un')] });
    const flags = anchors.flatMap((a) => (a.type === 'entity' ? [[a.text, a.byConsonants === true]] : []));
    assert.deepEqual(flags, [
      ['ترامب', true],
      ['كيم جونغ أون', false],
    ]);
  });

  it('writes p as b, also across a word boundary the Latin name lacks', () => {
    assert.deepEqual(names('كما فعلت بيونغ يانغ في الماضي.', known('Pyongyang')), [`بيونغ يانغ=${entityKey('Pyongyang', 'und')}`]);
  });

  it('does not read a word without any vowel letter, nor a vowel where the name has none', () => {
    // كنت "I was" has the consonants of Kant; عاطل "idle" has a vowel after its first consonant, Atlee none.
    assert.deepEqual(names('كنت في المدينة.', known('Kant')), []);
    assert.deepEqual(names('كان عاطلا عن العمل.', known('Attlee')), []);
  });

  it('does not read a word with the feminine ending, which native words take and foreign names do not', () => {
    // قانونية "legal" has the consonants K N N of Quang Ninh and vowels where it has them.
    assert.deepEqual(names('وثيقة قانونية جديدة.', known('Quang Ninh')), []);
    assert.deepEqual(names('زار كوانغ نينه.', known('Quang Ninh')), [`كوانغ نينه=${entityKey('Quang Ninh', 'und')}`]);
  });

  it('does not read a word with the article, which foreign names do not take', () => {
    // الفارس "the knight" and بالفارس "with the knight" have the consonants and a vowel of Paris.
    assert.deepEqual(names('وصل الفارس متأخرا.', known('Paris')), []);
    assert.deepEqual(names('مر بالفارس.', known('Paris')), []);
    assert.deepEqual(names('سافر إلى باريس.', known('Paris')), [`باريس=${entityKey('Paris', 'und')}`]);
  });

  it('leaves two-consonant names alone: they meet common words (لي, من)', () => {
    assert.deepEqual(names('قال لي من هناك.', known('Lee', 'Moon')), []);
  });

  it('takes the shortest window, not the name and the word after it', () => {
    // A name `Trampiom` has the key of `ترامب يوم`, "Trump day", with b written as p.
    assert.deepEqual(names('وصل ترامب يوم الخميس.', [...known('Trump'), ...known('Trampiom')]), [`ترامب=${entityKey('Trump', 'und')}`]);
  });

  it('needs every vowel written in a window of several words with a short skeleton', () => {
    // `تسعى لإنهاء`, "seeks to end", has the consonants S L N of Salina and none of its vowels at the end;
    // from five consonants a name of several words may leave short vowels out (arabic-names-of-several-words).
    assert.deepEqual(names('تسعى لإنهاء الحرب.', known('Salina')), []);
  });

  it('finds nothing of the kind in a cased script', () => {
    const anchors = extractAnchors('Gisteren sprak Trmp in Blfst.', { lang: 'nl', knownNames: known('Trump', 'Belfast') });
    assert.deepEqual(anchors.filter((a) => a.type === 'entity').map((a) => a.text), ['Trmp', 'Blfst']);
    assert.ok(anchors.every((a) => a.type !== 'entity' || a.value !== entityKey('Trump', 'und')));
  });
});
