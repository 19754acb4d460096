// Translations that go sentence for sentence (a run of eight links or more, one sentence a side) link every sentence to its translation, however little its
// anchors agree: a sentence whose one anchor is a changed figure is compared although its neighbours,
// holding no anchor at all, cannot vouch for it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const nl = [
  'Een boer uit Guiyang is op de markt door een varken gedood.',
  'De familie van Yuan zegt dat de markt onveilig was.',
  'Niemand had hen gewaarschuwd voor het gevaar van de dieren.',
  'Op beelden is te zien dat hij om 4.40 uur op de markt aankwam om zijn varkens te voeren.',
  'Hij werd later dood gevonden naast het hok.',
  'De politie van Guiyang onderzoekt de zaak met de familie van Yuan.',
  'De markt ging een dag later weer open.',
  'Veel boeren bleven die dag thuis.',
];
// Every link of this pair scores low (names in two scripts, no figure shared): none vouches for another.
const ar = [
  'قُتل مزارع من غوييانغ على يد خنزير في السوق.',
  'تقول عائلة يوان إن السوق لم يكن آمنًا.',
  'لم يحذرهم أحد من خطر الحيوانات.',
  'وتظهر الصور أنه وصل إلى السوق في الساعة 4.48 صباحًا لإطعام خنازيره.',
  'وعُثر عليه لاحقًا ميتًا بجانب الحظيرة.',
  'تحقق شرطة غوييانغ في القضية مع عائلة يوان.',
  'أعيد فتح السوق بعد يوم.',
  'بقي كثير من المزارعين في بيوتهم ذلك اليوم.',
];

const counts = (docs: Array<{ lang: string; sentences: string[] }>) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info');

describe('sentence-for-sentence translations', () => {
  it('compare a sentence whose only anchor is the figure that differs, between neighbours with no anchor', () => {
    const found = counts([{ lang: 'nl', sentences: nl }, { lang: 'ar', sentences: ar }]);
    assert.deepEqual(found.map((f) => f.evidence.map((e) => e.text).sort()), [['4.40', '4.48']]);
  });

  it('stay quiet where the figures agree', () => {
    const same = ar.map((s) => s.replace('4.48', '4.40'));
    assert.equal(counts([{ lang: 'nl', sentences: nl }, { lang: 'ar', sentences: same }]).length, 0);
  });

  it('not in a short text, where any two versions pair one to one', () => {
    assert.equal(counts([{ lang: 'nl', sentences: nl.slice(0, 5) }, { lang: 'ar', sentences: ar.slice(0, 5) }]).length, 0);
  });

  it('also where the versions part ways further off (two sentences against one at the end)', () => {
    const nlSplit = [...nl, 'Zijn buren in Guiyang waren geschokt door het nieuws.', 'Yuan laat een vrouw en een zoon achter.', 'De markt blijft dicht.', 'Dat zegt de gemeente van Guiyang.'];
    const arJoined = [...ar, 'صُدم جيرانه في غوييانغ بالخبر.', 'يترك يوان وراءه زوجة وابنًا.', 'وتقول بلدية غوييانغ إن السوق سيبقى مغلقًا.'];
    const found = counts([{ lang: 'nl', sentences: nlSplit }, { lang: 'ar', sentences: arJoined }]);
    assert.deepEqual(found.map((f) => f.evidence.map((e) => e.text).sort()), [['4.40', '4.48']]);
  });
});
