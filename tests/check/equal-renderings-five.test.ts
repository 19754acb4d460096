// Five versions of one short report (uk nl id sv ar) that state one value each language's own way: a
// vague plural, a fraction, a multiplicative, a decade, a century, an ordinal, a dual, a score, a
// clock time, an amount with a scale word. Written from the languages' grammars, not taken from any
// corpus. Equal values raise no alarm, wherever the sentence stands in the report; a changed value does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { check } from '../../src/index.js';

type Versions = Record<'uk' | 'nl' | 'id' | 'sv' | 'ar', string>;

/** The report around the sentence under test: a place, a person, and two sentences with no anchor. */
const report: Record<keyof Versions, string[]> = {
  uk: ['Поліція розслідує напад у центрі Амстердама.', 'Мер міста Фемке Халсема закликала до спокою.', 'Свідки бачили, як нападник утік на велосипеді.', 'Розслідування триває.'],
  nl: ['De politie onderzoekt een aanval in het centrum van Amsterdam.', 'Burgemeester Femke Halsema riep op tot kalmte.', 'Getuigen zagen de aanvaller op een fiets vluchten.', 'Het onderzoek loopt nog.'],
  id: ['Polisi menyelidiki serangan di pusat kota Amsterdam.', 'Wali kota Femke Halsema menyerukan ketenangan.', 'Saksi melihat penyerang melarikan diri dengan sepeda.', 'Penyelidikan masih berlangsung.'],
  sv: ['Polisen utreder en attack i centrala Amsterdam.', 'Borgmästaren Femke Halsema uppmanade till lugn.', 'Vittnen såg angriparen fly på en cykel.', 'Utredningen pågår.'],
  ar: ['تحقق الشرطة في هجوم وقع في وسط أمستردام.', 'دعت رئيسة البلدية فيمكه هالسيما إلى الهدوء.', 'رأى شهود عيان المهاجم وهو يفر على دراجة.', 'ولا يزال التحقيق جاريا.'],
};

/** Errors and warnings of the five versions with `sentence` put in at `at`. */
function alarms(versions: Versions, at: number): string[] {
  const docs = (Object.keys(versions) as Array<keyof Versions>).map((lang) => ({ lang, sentences: [...report[lang].slice(0, at), versions[lang], ...report[lang].slice(at)] }));
  return check(docs, { mode: 'parallel' })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule}: ${f.message}`);
}

const equal: Record<string, Versions> = {
  'tens of people': { uk: 'Десятки людей зібралися біля будівлі парламенту у вівторок.', nl: 'Tientallen mensen verzamelden zich dinsdag voor het parlementsgebouw.', id: 'Puluhan orang berkumpul di depan gedung parlemen pada hari Selasa.', sv: 'Dussintals människor samlades utanför parlamentsbyggnaden i tisdags.', ar: 'تجمع عشرات الأشخاص أمام مبنى البرلمان يوم الثلاثاء.' },
  'hundreds of houses': { uk: 'Сотні будинків були зруйновані землетрусом.', nl: 'Honderden huizen werden door de aardbeving verwoest.', id: 'Ratusan rumah hancur akibat gempa bumi tersebut.', sv: 'Hundratals hus förstördes av jordbävningen.', ar: 'دمر الزلزال مئات المنازل.' },
  'half of the residents': { uk: 'Половина мешканців міста проголосувала за нового мера.', nl: 'De helft van de inwoners van de stad stemde op de nieuwe burgemeester.', id: 'Separuh penduduk kota memilih wali kota baru.', sv: 'Hälften av stadens invånare röstade på den nya borgmästaren.', ar: 'صوت نصف سكان المدينة لصالح رئيس البلدية الجديد.' },
  'doubled': { uk: 'Кількість туристів зросла вдвічі порівняно з минулим роком.', nl: 'Het aantal toeristen is verdubbeld ten opzichte van vorig jaar.', id: 'Jumlah wisatawan meningkat dua kali lipat dibandingkan tahun lalu.', sv: 'Antalet turister har fördubblats jämfört med förra året.', ar: 'تضاعف عدد السياح مقارنة بالعام الماضي.' },
  'the 1990s': { uk: 'Церкву збудували в 1990-х роках.', nl: 'De kerk werd in de jaren negentig gebouwd.', id: 'Gereja itu dibangun pada tahun 1990-an.', sv: 'Kyrkan byggdes på 1990-talet.', ar: 'بنيت الكنيسة في التسعينيات.' },
  'the 19th century': { uk: 'Церкву збудували в XIX столітті.', nl: 'De kerk werd in de 19e eeuw gebouwd.', id: 'Gereja itu dibangun pada abad ke-19.', sv: 'Kyrkan byggdes på 1800-talet.', ar: 'بنيت الكنيسة في القرن التاسع عشر.' },
  'one of the suspects': { uk: 'Один із підозрюваних був заарештований у неділю.', nl: 'Een van de verdachten werd zondag gearresteerd.', id: 'Salah satu tersangka ditangkap pada hari Minggu.', sv: 'En av de misstänkta greps på söndagen.', ar: 'تم القبض على أحد المشتبه بهم يوم الأحد.' },
  'two men, the Arabic dual': { uk: 'Двоє чоловіків були поранені.', nl: 'Twee mannen raakten gewond.', id: 'Dua pria terluka.', sv: 'Två män skadades.', ar: 'أصيب رجلان.' },
  'two thirds': { uk: 'Дві третини депутатів проголосували за закон.', nl: 'Twee derde van de parlementsleden stemde voor de wet.', id: 'Dua pertiga anggota parlemen memberikan suara untuk undang-undang itu.', sv: 'Två tredjedelar av ledamöterna röstade för lagen.', ar: 'صوت ثلثا النواب لصالح القانون.' },
  'an age': { uk: 'Поліція заарештувала 45-річного чоловіка.', nl: 'De politie heeft een 45-jarige man gearresteerd.', id: 'Polisi menangkap seorang pria berusia 45 tahun.', sv: 'Polisen grep en 45-årig man.', ar: 'ألقت الشرطة القبض على رجل يبلغ من العمر 45 عامًا.' },
  'a score': { uk: '«Ліверпуль» переміг «Челсі» з рахунком 2:1.', nl: 'Liverpool won met 2-1 van Chelsea.', id: 'Liverpool mengalahkan Chelsea 2-1.', sv: 'Liverpool vann med 2–1 mot Chelsea.', ar: 'فاز ليفربول على تشيلسي بنتيجة 2-1.' },
  'an amount with a scale word': { uk: 'Компанія продала бізнес за 1,2 млрд доларів.', nl: 'Het bedrijf verkocht de zaak voor 1,2 miljard dollar.', id: 'Perusahaan itu menjual bisnisnya senilai 1,2 miliar dolar.', sv: 'Företaget sålde verksamheten för 1,2 miljarder dollar.', ar: 'باعت الشركة أعمالها مقابل 1.2 مليار دولار.' },
  'a range': { uk: 'Очікується від 5 до 10 сантиметрів снігу.', nl: 'Er wordt 5 tot 10 centimeter sneeuw verwacht.', id: 'Diperkirakan akan turun salju setinggi 5 hingga 10 sentimeter.', sv: 'Det väntas 5–10 centimeter snö.', ar: 'من المتوقع تساقط ما بين 5 و10 سنتيمترات من الثلوج.' },
  'two years ago, the Arabic dual': { uk: 'Він помер два роки тому.', nl: 'Hij overleed twee jaar geleden.', id: 'Dia meninggal dua tahun lalu.', sv: 'Han dog för två år sedan.', ar: 'توفي قبل عامين.' },
  'half past three in the afternoon': { uk: 'Напад стався о 15:30.', nl: "De aanval vond plaats om half vier 's middags.", id: 'Serangan terjadi pukul 15.30.', sv: 'Attacken inträffade klockan halv fyra på eftermiddagen.', ar: 'وقع الهجوم في الساعة الثالثة والنصف عصرا.' },
  'World War II': { uk: 'Будинок був зруйнований під час Другої світової війни.', nl: 'Het huis werd tijdens de Tweede Wereldoorlog verwoest.', id: 'Rumah itu hancur selama Perang Dunia II.', sv: 'Huset förstördes under andra världskriget.', ar: 'دُمر المنزل خلال الحرب العالمية الثانية.' },
  'a magnitude': { uk: "Землетрус магнітудою 7,5 стався в п'ятницю.", nl: 'Een aardbeving met een kracht van 7,5 vond vrijdag plaats.', id: 'Gempa berkekuatan 7,5 terjadi pada hari Jumat.', sv: 'En jordbävning med magnituden 7,5 inträffade i fredags.', ar: 'وقع زلزال بقوة 7.5 درجات يوم الجمعة.' },
  'the second largest': { uk: 'Це друге за величиною місто країни.', nl: 'Het is de op een na grootste stad van het land.', id: 'Ini adalah kota terbesar kedua di negara itu.', sv: 'Det är landets näst största stad.', ar: 'إنها ثاني أكبر مدينة في البلاد.' },
  'an hour and a half': { uk: 'Зустріч тривала півтори години.', nl: 'De bijeenkomst duurde anderhalf uur.', id: 'Pertemuan itu berlangsung satu setengah jam.', sv: 'Mötet varade i en och en halv timme.', ar: 'استمر الاجتماع ساعة ونصف.' },
};

describe('five versions of a short report that state one value each its own way', () => {
  for (const [name, versions] of Object.entries(equal)) {
    it(`raises no alarm for ${name}, in the middle of the report or at its end`, () => {
      assert.deepEqual(alarms(versions, 2), []);
      assert.deepEqual(alarms(versions, 4), []);
    });
  }

  it('raises an alarm when one version changes the value, in the middle of the report or at its end', () => {
    const injured = (uk: string): Versions => ({ uk, nl: 'Vijf mannen raakten gewond.', id: 'Lima pria terluka.', sv: 'Fem män skadades.', ar: 'أصيب خمسة رجال.' });
    for (const at of [2, 4]) {
      assert.deepEqual(alarms(injured("П'ятеро чоловіків були поранені."), at), []);
      assert.deepEqual(alarms(injured('Четверо чоловіків були поранені.'), at), ['count-mismatch: uk gives 4 where ar, id, nl and sv give 5 in the linked sentence.']);
    }
    const attack = equal['half past three in the afternoon']!;
    assert.deepEqual(alarms({ ...attack, ar: 'وقع الهجوم في الساعة الرابعة والنصف عصرا.' }, 2).length, 1);
  });
});
