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

const pairAlarms = (a: [string, string[]], b: [string, string[]]) =>
  alarms([a, b].map(([lang, sentences]) => ({ lang, sentences })));

describe('a version in a language without a profile against one other version', () => {
  it('does not hold a figure followed by an unread word against a measure, which may be in another unit', () => {
    const nl: [string, string[]] = ['nl', ['De storm lag zondag 620 km ten zuidwesten van Punta Eugenia.']];
    assert.deepEqual(pairAlarms(nl, ['vi', ['Cơn bão nằm cách Punta Eugenia 385 dặm về phía tây nam vào Chủ Nhật.']]), []);
    // A unit symbol both sides write is read in any language.
    assert.deepEqual(pairAlarms(nl, ['vi', ['Cơn bão nằm cách Punta Eugenia 385 km về phía tây nam vào Chủ Nhật.']]), [
      'count-mismatch: nl and vi disagree: nl gives 620 where vi gives 385 in the linked sentence.',
    ]);
  });

  it('does not hold a figure followed by an unread word against a time of day, which may be in 12 hours', () => {
    assert.deepEqual(pairAlarms(['nl', ['De rally van Trump in Wheeling begint zaterdag om 19 u.']], ['vi', ['Cuộc vận động của Trump ở Wheeling bắt đầu lúc 7 giờ tối thứ Bảy.']]), []);
  });

  it('claims no country swap from the one country name it spells as English does', () => {
    const uk: [string, string[]] = ['uk', ['Держсекретар США Майк Помпео готовий відновити переговори через три місяці після зустрічі з Кім Чен Ином.']];
    assert.deepEqual(pairAlarms(uk, ['vi', ['Ngoại trưởng Mỹ Mike Pompeo sẵn sàng nối lại đàm phán ba tháng sau cuộc gặp tại Singapore với Kim Jong Un.']]), []);
  });

  it('claims no name swap with a capitalised title the other version never writes', () => {
    const nl: [string, string[]] = ['nl', ['Volgens Reuters belooft president Andrés Manuel López Obrador van Mexico op 1 december het leger niet in te zetten.', 'López Obrador sprak in Mexico-Stad voor 3000 mensen.']];
    const vi: [string, string[]] = ['vi', ['Theo Reuters, Tổng Thống Mexico hứa ngày 1/12 sẽ không dùng quân đội.', 'López Obrador phát biểu tại Mexico City trước 3000 người.']];
    assert.deepEqual(pairAlarms(nl, vi), []);
  });
});

describe('clock words in inflected and abbreviated forms', () => {
  const id: [string, string[]] = ['id', ['Kampanye Trump di Wheeling dimulai pukul 8 malam hari Sabtu.']];
  it('reads `19 u.` and `19 годину` as times of day, so 7 p.m. agrees and 8 p.m. does not', () => {
    for (const version of [['nl', ['De rally van Trump in Wheeling begint zaterdag om 19 u.']], ['uk', ['Мітинг Трампа в Уілінгу запланований на 19 годину в суботу.']]] as Array<[string, string[]]>) {
      assert.deepEqual(pairAlarms(version, ['vi', ['Cuộc vận động của Trump ở Wheeling bắt đầu lúc 7 giờ tối thứ Bảy.']]), []);
      const found = pairAlarms(version, id);
      assert.equal(found.length, 1);
      assert.match(found[0]!, /gives 8 where .* gives 19 /u);
    }
  });
});

describe('a name declined in a language without a profile', () => {
  const nl = ['De president sprak maandag met de leiding van Noord-Korea.', 'In Noord-Korea waren er geen nieuwe tests.', 'De gezant vertrok woensdag uit Noord-Korea.'];
  it('is one name inflected, not one name spelt two ways (Serbian `Северне Кореје` / `Северној Кореји`)', () => {
    const sr = ['Председник је у понедељак разговарао са руководством Северне Кореје.', 'У Северној Кореји није било нових тестова.', 'Изасланик је у среду отпутовао из Северне Кореје.'];
    assert.deepEqual(pairAlarms(['sr', sr], ['nl', nl]), []);
  });

  it('still finds a name spelt another way inside the word, not only at its end', () => {
    const brug = ['Jan Kowalski opende maandag een nieuwe brug in Krakau.', 'Volgens Jan Kowalski heeft de brug veel gekost.', 'Jan Kowalski zei dat de brug veilig is.'];
    const pl = ['Jan Kowalski otworzył w poniedziałek nowy most w Krakowie.', 'Jan Kowalski mówi, że most kosztował dużo.', 'Jan Kowelski powiedział, że most jest bezpieczny.'];
    assert.deepEqual(pairAlarms(['pl', pl], ['nl', brug]), ['name-variant: pl spells one name two ways: "Jan Kowelski" (1×) and "Jan Kowalski" (2×).']);
  });
});

describe('a figure grouped by spaces in a language without a profile', () => {
  const nl: [string, string[]] = ['nl', ['De winkel biedt nu 3.000 producten aan, zei de directeur.']];
  it('is one figure: `3 000` and `3 000` with a no-break space are the other side\'s 3000', () => {
    assert.deepEqual(pairAlarms(['pl', ['Sklep oferuje teraz 3 000 produktów, powiedział dyrektor.']], nl), []);
    assert.deepEqual(pairAlarms(['pl', ['Sklep oferuje teraz 3\u00a0000 produktów, powiedział dyrektor.']], nl), []);
  });

  it('still differs when the leading figure was changed', () => {
    assert.deepEqual(pairAlarms(['pl', ['Sklep oferuje teraz 4 000 produktów, powiedział dyrektor.']], nl), [
      'count-mismatch: nl and pl disagree: nl gives 3000 where pl gives 4 in the linked sentence.',
    ]);
  });
});

describe('a percentage in a language without a profile', () => {
  const id: [string, string[]] = ['id', ['Agar pemungutan suara tersebut sukses, diperlukan 50 persen ditambah 1 suara.']];
  it('written with its unread word (`50 procent`) is the other side\'s `50 persen`, not a partner of its `1`', () => {
    assert.deepEqual(pairAlarms(id, ['pl', ['Aby referendum było ważne, potrzeba 50 procent plus jeden głos.']]), []);
  });

  it('written with its sign is still compared', () => {
    assert.deepEqual(pairAlarms(id, ['pl', ['Aby referendum było ważne, potrzeba 60 % plus 1 głos.']]), [
      'count-mismatch: id and pl disagree: id gives 50% where pl gives 60% in the linked sentence.',
    ]);
  });
});
