// Clock times are anchors (`14:27`, `om 4.40 uur`, `pukul 4.40`, `الساعة 4.40`), compared as times of
// day: one time written with a colon, a dot or as the hour alone is one value; a changed time departs.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check, extractAnchors } from '../../src/index.js';

const times = (text: string, lang: string) => extractAnchors(text, { lang }).filter((a) => a.type === 'number').map((a) => a.value);
const alarms = (docs: Array<{ lang: string; sentences: string[] }>) =>
  check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === 'count-mismatch' && f.severity !== 'info').map((f) => f.message);

const arrival = (time: { nl: string; sv: string; id: string; uk: string }) => [
  { lang: 'nl', sentences: ['Yuan woonde in Guiyang in Guizhou.', `Yuan kwam op 30 mei om ${time.nl} uur aan op de markt in Guiyang.`] },
  { lang: 'sv', sentences: ['Yuan bodde i Guiyang i Guizhou.', `Yuan kom till marknaden i Guiyang den 30 maj klockan ${time.sv}.`] },
  { lang: 'id', sentences: ['Yuan tinggal di Guiyang di Guizhou.', `Yuan tiba di pasar Guiyang pada 30 Mei pukul ${time.id}.`] },
  { lang: 'uk', sentences: ['Юань жив у Гуйяні в Гуйчжоу.', `Юань прийшов на ринок у Гуйяні 30 травня о ${time.uk} ранку.`] },
];

describe('clock times', () => {
  it('reads a time with a colon, or with a dot beside a clock word, as minutes since midnight', () => {
    assert.deepEqual(times('Yuan kwam om 4.40 uur aan.', 'nl'), ['4:40']);
    assert.deepEqual(times('Yuan kom klockan 4:40.', 'sv'), ['4:40']);
    assert.deepEqual(times('Yuan tiba pukul 4.40.', 'id'), ['4:40']);
    assert.deepEqual(times('وصل يوان في الساعة 4.40 صباحا.', 'ar'), ['4:40']);
    // A decimal with no clock word stays a decimal; a date stays a date.
    assert.deepEqual(times('Het gemiddelde was 2,53 en 4.40 procent.', 'nl').includes('4:40'), false);
    assert.deepEqual(extractAnchors('Op 20.02.2025 in Hanoi.', { lang: 'nl' }).map((a) => a.type), ['date', 'entity']);
  });

  it('compares times across versions: one time written differently agrees, a changed time departs', () => {
    assert.deepEqual(alarms(arrival({ nl: '4.40', sv: '4:40', id: '4.40', uk: '4:40' })), []);
    const changed = alarms(arrival({ nl: '4.40', sv: '4:40', id: '4.43', uk: '4:40' }));
    assert.equal(changed.length, 1);
    assert.match(changed[0]!, /^id gives 4:43 /u);
  });

  it('reads the hour alone beside a clock word as the full hour', () => {
    const docs = [
      { lang: 'nl', sentences: ['Liverpool speelt in Napels.', 'Liverpool speelt woensdag om 15 uur in Napels tegen Napoli.'] },
      { lang: 'sv', sentences: ['Liverpool spelar i Neapel.', 'Liverpool möter Napoli i Neapel klockan 15:00 på onsdag.'] },
      { lang: 'uk', sentences: ['«Ліверпуль» грає в Неаполі.', '«Ліверпуль» зіграє проти «Наполі» в Неаполі о 15:00 в середу.'] },
    ];
    assert.deepEqual(alarms(docs), []);
  });

  it('sets an hour beside a clock word against a time in 24 hours: 3 in the afternoon is 15:00, 5 is not', () => {
    const kickOff = (id: string, sv: string) => [
      { lang: 'nl', sentences: ['Liverpool speelt in Napels.', 'Liverpool speelt woensdag om 15.00 uur in Napels tegen Napoli.'] },
      { lang: 'id', sentences: ['Liverpool bermain di Napoli.', `Liverpool melawan Napoli di Napoli pada hari Rabu ${id}.`] },
      { lang: 'sv', sentences: ['Liverpool spelar i Neapel.', `Liverpool möter Napoli i Neapel ${sv} på onsdag.`] },
    ];
    assert.deepEqual(alarms(kickOff('pukul 3 sore', 'klockan tre på eftermiddagen')), []);
    const inDigits = alarms(kickOff('pukul 5 sore', 'klockan 15.00'));
    assert.equal(inDigits.length, 1);
    assert.match(inDigits[0]!, /^id gives 5 /u);
    // The hour in words departs too.
    assert.equal(alarms(kickOff('pukul 3 sore', 'klockan fem på eftermiddagen')).length, 1);
  });

  it('keeps hours counted (`5 uur`, `3 jam`, per hour) counts, set against the other versions\' counts', () => {
    const wait = (nl: string) => [
      { lang: 'nl', sentences: ['Yuan woonde in Guiyang.', `Op 30 mei wachtte Yuan ${nl} op de markt.`] },
      { lang: 'id', sentences: ['Yuan tinggal di Guiyang.', 'Pada 30 Mei Yuan menunggu 3 jam di pasar.'] },
      { lang: 'sv', sentences: ['Yuan bodde i Guiyang.', 'Den 30 maj väntade Yuan i 3 timmar på marknaden.'] },
    ];
    assert.deepEqual(alarms(wait('3 uur')), []);
    assert.match(alarms(wait('5 uur'))[0] ?? '', /^nl gives 5 /u);
  });

  it('reads the ordinal hours of Arabic and Ukrainian beside a clock word as times of day', () => {
    const start = (ar: string, uk: string) => [
      { lang: 'nl', sentences: ['Liverpool speelt in Napels.', 'Op 30 mei begint de wedstrijd om 15.00 uur.'] },
      { lang: 'sv', sentences: ['Liverpool spelar i Neapel.', 'Den 30 maj börjar matchen klockan 15.00.'] },
      { lang: 'ar', sentences: ['يلعب ليفربول في نابولي.', `في 30 مايو تبدأ المباراة في الساعة ${ar} عصرًا.`] },
      { lang: 'uk', sentences: ['«Ліверпуль» грає в Неаполі.', `30 травня матч почнеться о ${uk} годині дня.`] },
    ];
    assert.deepEqual(alarms(start('الثالثة', 'третій')), []);
    const ar = alarms(start('الرابعة', 'третій'));
    assert.equal(ar.length, 1);
    assert.match(ar[0]!, /^ar gives 4\. /u);
    // Equal hours written 3 and 15:00 are no majority of one value: the Ukrainian 5 is set against the Arabic 3.
    assert.match(alarms(start('الثالثة', 'п’ятій'))[0] ?? '', /uk gives 5\. /u);
  });

  it('reads an Arabic hour with a part of the hour after it as the time: half past, a quarter past, a quarter to', () => {
    assert.deepEqual(times('وقع الهجوم في الساعة الثالثة والنصف عصرا.', 'ar'), ['3:30']);
    assert.deepEqual(times('وصل في الساعة الخامسة والربع صباحا.', 'ar'), ['5:15']);
    assert.deepEqual(times('وصل في الساعة الرابعة إلا ربعا.', 'ar'), ['3:45']);
    // Half of something else is no time: no clock word around the ordinal.
    assert.deepEqual(times('احتل المركز الثالث والنصف الثاني من المباراة.', 'ar').includes('3:30'), false);
    const attack = (ar: string) => [
      { lang: 'nl', sentences: ['De politie onderzoekt een aanval in Amsterdam.', "De aanval vond plaats om half vier 's middags.", 'Burgemeester Femke Halsema riep op tot kalmte.'] },
      { lang: 'sv', sentences: ['Polisen utreder en attack i Amsterdam.', 'Attacken inträffade klockan halv fyra på eftermiddagen.', 'Borgmästaren Femke Halsema uppmanade till lugn.'] },
      { lang: 'uk', sentences: ['Поліція розслідує напад в Амстердамі.', 'Напад стався о 15:30.', 'Мер Фемке Халсема закликала до спокою.'] },
      { lang: 'ar', sentences: ['تحقق الشرطة في هجوم وقع في أمستردام.', `وقع الهجوم في الساعة ${ar} عصرا.`, 'دعت رئيسة البلدية فيمكه هالسيما إلى الهدوء.'] },
    ];
    assert.deepEqual(alarms(attack('الثالثة والنصف')), []);
    assert.match(alarms(attack('الرابعة والنصف'))[0] ?? '', /^ar gives 4:30 /u);
  });

  it('sets no clock times given in two time zones by their codes against each other', () => {
    const kickOff = (uk: string, nl: string, id: string) => [
      { lang: 'uk', sentences: ['«Аякс» грає в Амстердамі.', `Матч «Аякса» в Амстердамі почнеться ${uk}.`] },
      { lang: 'nl', sentences: ['Ajax speelt in Amsterdam.', `De wedstrijd van Ajax in Amsterdam begint ${nl}.`] },
      { lang: 'id', sentences: ['Ajax bermain di Amsterdam.', `Pertandingan Ajax di Amsterdam dimulai ${id}.`] },
    ];
    // Each version gives the kick-off in another zone's code: one moment.
    assert.deepEqual(alarms(kickOff('о 18:00 GMT', 'om 19.00 uur CET', 'pukul 01.00 WIB')), []);
    // Two codes of one zone (`ET`, `EST`), or one code on both sides: compared, and a changed hour departs.
    assert.equal(alarms(kickOff('о 13:00 EST', 'om 13.00 uur ET', 'pukul 14.00 EST')).length, 1);
    assert.equal(alarms(kickOff('о 18:00 GMT', 'om 19.00 uur GMT', 'pukul 18.00 GMT')).length, 1);
    // Zones in words are each translation's wording of one zone (`Eastern time`, `за східним часом`):
    // compared as times of day.
    assert.equal(alarms(kickOff('о 20:00 за київським часом', 'om 19.00 uur Nederlandse tijd', 'pukul 20.00 waktu Kyiv')).length, 1);
  });
});
