// Indonesian words the check stage reads (see CheckVocabulary in src/lang/profile.ts).
import type { CheckVocabulary, WeekdayWords } from '../profile.js';

/** Indonesian words the check stage reads. */
export const idCheck: CheckVocabulary = {
  and: ['dan'],
  timeUnits: { hour: ['jam'], day: ['hari'], week: ['minggu'], month: ['bulan'], year: ['tahun'] },
  measureWords: ['tahun', 'hari', 'jam', 'minggu', 'persen', 'kali'],
  partWords: ['antaranya', 'sendiri', 'termasuk', 'diantaranya', 'dari mereka', 'dari jumlah itu', 'dari jumlah tersebut', 'di antara mereka'],
  exclusionWords: ['selain'],
  exclusionConnectives: ['itu', 'ini'],
  officeStems: { secretary: ['sekretaris'], chair: ['ketua'], director: ['direktur'], governor: ['gubernur'], mayor: ['walikota'] },
  deputyWords: ['wakil'],
  nameBreakers: ['dan', 'dengan', 'bapak', 'tn', 'pak'],
  unitWords: {
    millimetre: ['milimeter'], centimetre: ['sentimeter'], metre: ['meter'], kilometre: ['kilometer', 'km/jam'], inch: ['inci'], foot: ['kaki'],
    mile: ['mil'], kilogram: ['kilo', 'kilogram'], tonne: ['ton'], pound: ['pon'], degree: ['derajat'], celsius: ['celsius'], fahrenheit: ['fahrenheit'], yard: ['yard', 'yar'], gram: ['gram'],
    hectare: ['hektar', 'hektare'], acre: ['acre', 'ekar'],
  },
  squareWords: { after: ['persegi'] },
  clockWords: ['pukul', 'jam', 'sore', 'malam', 'pagi', 'siang', 'wib'],
  centuryWords: ['abad'],
  placeTypeWords: ['gunung', 'danau', 'sungai', 'tanjung'],
  compassWords: ['utara', 'selatan', 'timur', 'barat', 'tengah'],
  organisationWords: ['majelis', 'parlemen', 'komite', 'komisi', 'dewan', 'mahkamah', 'pengadilan', 'senat', 'kongres', 'universitas', 'sekolah', 'hotel', 'liga', 'partai', 'kementerian', 'gereja', 'bank', 'perkumpulan', 'badan', 'lembaga', 'dinas', 'layanan', 'masyarakat', 'asosiasi', 'perhimpunan', 'uni', 'federasi', 'yayasan', 'perusahaan', 'klub', 'institut', 'departemen', 'organisasi', 'pusat', 'museum', 'akademi', 'komunitas', 'otoritas'],
};

/** Weekday names as they stand in running text (the weekday-date rule reads them). */
export const idWeekdays: WeekdayWords = {
  // `minggu` in lower case is "week": Sunday only with its capital.
  names: [['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu'], ['minggu']],
  compounds: false,
  capitalised: true,
  // `malam Minggu`, the eve of Sunday (Saturday night); `Minggu malam` is Sunday night.
  eveWords: ['malam'],
};
