// Findings need the evidence structure of a real change: no name swap between one person with and
// without a word glued on, no count changed when each side left out a figure another version keeps; and number words
// add only below the last word's digit ("vier een" is four, then "one").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmsOf } from './helpers.js';
import { extractAnchors } from '../../src/index.js';


describe('name swaps need a sure link and two different people', () => {
  it('reads a word glued before or after a name as no part of it', () => {
    const docs = [
      {
        lang: 'id',
        sentences: [
          'Kemenangan Livingston membuat Rangers kalah dari Steven Gerrard dalam 18 pertandingan.',
          'Serangan Dolly Menga telah menjadi bukti adanya perbedaan ketika gerakan sisi Gary Holt setara dengan Hibernian yang berada pada urutan kedua.',
          'Dolly Menga dan Gary Holt merayakan.',
        ],
      },
      {
        lang: 'ar',
        sentences: [
          'أذهل فريق ليفينغستون فريق رينجرز بضم ستيفن جيرارد لهزيمته في 18 مباراة.',
          'أثبتت تسديدة دولي مينجا أنها تصنع الفارق، حيث صعد فريق جاري هولت مع فريق هيبرينين إلى المركز الثاني.',
          'احتفل دولي مينجا وجاري هولت.',
        ],
      },
      {
        lang: 'sv',
        sentences: [
          'Livingston chockade Rangers och Steven Gerrard i 18 matcher.',
          'Dolly Mengas strike visade sig vara skillnaden när Gary Holts sida blev delad tvåa med Hibernian.',
          'Dolly Menga och Gary Holt firade.',
        ],
      },
    ];
    assert.deepEqual(alarmsOf(docs, 'name-variant'), []);
  });

  it('still flags a person put in place of another in the linked sentence', () => {
    const docs = [
      { lang: 'id', sentences: ['Gary Holt memimpin Livingston pada 30 September.', 'Glenn Middleton dijegal oleh Allan McGregor pada 30 September.'] },
      { lang: 'nl', sentences: ['Gary Holt leidde Livingston op 30 september.', 'Scott Pittman werd onderuitgehaald door Allan McGregor op 30 september.'] },
      { lang: 'sv', sentences: ['Gary Holt ledde Livingston den 30 september.', 'Scott Pittman fälldes av Allan McGregor den 30 september.'] },
    ];
    // Middleton is of the story: another sentence of each version names him.
    const withMiddleton = docs.map((d) => ({ ...d, sentences: [...d.sentences, d.lang === 'id' ? 'Glenn Middleton bermain pada 1 Oktober.' : d.lang === 'nl' ? 'Glenn Middleton speelde op 1 oktober.' : 'Glenn Middleton spelade den 1 oktober.'] }));
    assert.equal(alarmsOf(withMiddleton, 'name-variant').length > 0, true);
  });
});

describe('a figure left out is no figure changed', () => {
  it('does not flag two versions that each leave out one of the figures another version keeps', () => {
    const docs = [
      { lang: 'sv', sentences: ['Han tog matchen fyra när han och Thomas låg under med två efter två spel i Paris.'] },
      { lang: 'ar', sentences: ['تعادلت نتيجة المباراة أربعة عندما كان هو وتوماس متأخرين بعد اثنين في باريس.'] },
      { lang: 'id', sentences: ['Dia menyamakan pertandingan saat dia dan Thomas kalah dua lawan dua di Paris.'] },
      { lang: 'nl', sentences: ['Hij won wedstrijd vier toen hij en Thomas twee achter stonden na twee wedstrijden in Parijs.'] },
    ];
    assert.deepEqual(alarmsOf(docs, 'count-mismatch'), []);
    // A figure changed in one version still departs from the others.
    const changed = docs.map((d) => (d.lang === 'ar' ? { ...d, sentences: ['تعادلت نتيجة المباراة سبعة عندما كان هو وتوماس متأخرين بعد اثنين في باريس.'] } : d));
    assert.ok(alarmsOf(changed, 'count-mismatch').length > 0);
  });

  it('reads separate number words as one number only when the second adds below the first one\'s digit', () => {
    const numbers = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
    assert.deepEqual(numbers('waarmee wedstrijd vier een succes werd', 'nl'), ['4']);
    assert.deepEqual(numbers('för att ta matchen fyra en gång till', 'sv'), ['4']);
    assert.deepEqual(numbers('двісті двадцять п’ять гравців', 'uk'), ['225']);
    assert.deepEqual(numbers('dua puluh lima pemain', 'id'), ['25']);
  });
});
