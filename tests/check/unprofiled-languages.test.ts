// A version in a language we hold no words for (Vietnamese here: no scale words, no number words, no
// check vocabulary) is read by its digits alone. What it writes in words (`triệu` "million", `Hai`
// "two", `tuổi` "years old") goes unread, and that must not make alarms; figures in digits still count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

const alarms = (versions: Array<{ lang: string; sentences: string[] }>) =>
  check(versions, { mode: 'parallel' })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule}: ${f.message}`);

/** Four versions we read, and a Vietnamese one. */
const fiveWith = (vi: string[]) => [
  { lang: 'uk', sentences: ['Холлі вийшла з угоди вартістю 11 мільйонів фунтів, повідомили у вівторок.', 'Їй 37 років, а Джонсу 52 роки, і вони дружать уже 10 років.', 'Два уряди уклали угоду в червні.'] },
  { lang: 'nl', sentences: ['Holly stapte dinsdag uit de deal van 11 miljoen pond.', 'Zij is 37 jaar en Jones 52 jaar, en ze zijn al 10 jaar bevriend.', 'De twee regeringen sloten in juni een akkoord.'] },
  { lang: 'id', sentences: ['Holly mundur dari kesepakatan senilai 11 juta pound pada hari Selasa.', 'Dia berusia 37 tahun dan Jones 52 tahun, dan mereka telah berteman selama 10 tahun.', 'Kedua pemerintah membuat kesepakatan pada bulan Juni.'] },
  { lang: 'sv', sentences: ['Holly drog sig i tisdags ur avtalet värt 11 miljoner pund.', 'Hon är 37 år och Jones 52 år, och de har varit vänner i 10 år.', 'De två regeringarna slöt ett avtal i juni.'] },
  { lang: 'vi', sentences: vi },
];
const amount = 'Holly rút khỏi thỏa thuận trị giá 11 triệu bảng vào thứ Ba.';
const ages = 'Cô 37 tuổi còn Jones 52 tuổi, và họ là bạn bè đã 10 năm.';
const governments = 'Hai chính phủ đã ký một thỏa thuận vào tháng 6.';

describe('a version in a language without a profile', () => {
  it('raises no alarm for an amount whose scale word it writes, nor for a month number beside a count in words', () => {
    assert.deepEqual(alarms(fiveWith([amount, ages, governments])), []);
  });

  it('still finds an amount changed in digits, whatever its scale word', () => {
    const found = alarms(fiveWith([amount.replace('11', '14'), ages, governments]));
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^count-mismatch: vi gives 14 /u);
  });

  it('still finds a figure changed in digits', () => {
    const found = alarms(fiveWith([amount, ages.replace('52', '53'), governments]));
    assert.equal(found.length, 1);
    assert.match(found[0]!, /^count-mismatch: vi gives 53 where .* give 52 /u);
  });

  it('counts nothing within the article, for want of the words that tell ages and distances from sets', () => {
    const vi = ['Willoughby thành lập Truly cùng Jones, 52 tuổi, vào năm 2016.', 'Willoughby, 37 tuổi, nói với Jones rằng cô sẽ rời Truly.'];
    const nl = ['Willoughby richtte Truly in 2016 op met Jones, 52 jaar.', 'Willoughby, 37 jaar, zei tegen Jones dat ze Truly verlaat.'];
    assert.deepEqual(alarms([{ lang: 'vi', sentences: vi }, { lang: 'nl', sentences: nl }]), []);
    // A language whose words we hold keeps the rule.
    const shops = ['Willoughby en Jones openden in 2016 vier winkels van Truly.', 'Willoughby zei tegen Jones dat Truly 5 winkels heeft.'];
    assert.deepEqual(alarms([{ lang: 'nl', sentences: shops }, { lang: 'nl', sentences: shops }]), [
      'internal-count: nl counts "vier winkels" here but 5 elsewhere in the same article.',
    ]);
  });
});
