// Indonesian: the hand-written layer over CLDR (colloquial country names, approximations, capitalised
// common nouns that are not names, titles).
import { cldrId } from './cldr.js';
import { buildAnchorRules, spaceGroupSeparators, type HandAnchorData } from '../build.js';

/** Hand-written Indonesian anchor data (reviewed in docs/lang/id.md). */
export const idHand: HandAnchorData = {
  // `se-` is "one" glued to a scale (`sejuta`, `semiliar`), as in CLDR's `seribu`, `seratus`.
  numberWords: {
    dua: 2, tiga: 3, empat: 4, sejuta: 1e6, semiliar: 1e9, semilyar: 1e9, setriliun: 1e12, selusin: 12,
    // The teens and tens also written as one word (`duabelas`, `tigapuluh`).
    ...Object.fromEntries(
      Object.entries({ dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 }).flatMap(([unit, value]) => [
        [`${unit}belas`, 10 + value],
        [`${unit}puluh`, 10 * value],
      ]),
    ),
  },
  // "Tens", "hundreds", "teens": an order of magnitude, no figure (`puluhan orang`, `ratusan rumah`).
  // `dua tahun dan setengah`; a bare `setengah` after a noun is often no half of it (`setengah baya`, middle-aged).
  halfAfter: ['dan setengah'],
  // `sepertiga` (one third), `dua pertiga`, `dua per tiga`.
  fractions: {
    overWords: ['per'],
    nouns: { pertiga: 3, perempat: 4, perlima: 5, persepuluh: 10, sepertiga: [1, 3], seperempat: [1, 4], seperlima: [1, 5], sepersepuluh: [1, 10] },
    // `setengah juta`, `separuh miliar`: half the scale.
    scaleParts: { setengah: 0.5, separuh: 0.5 },
  },
  newPlaceWords: ['new'],
  // `dua setengah jam`, `tiga setengah juta`: right after the number words it is their half.
  halfRightAfter: ['setengah'],
  vagueAmounts: ['belasan', 'puluhan', 'ratusan', 'ribuan', 'jutaan', 'lusinan'],
  ordinalWords: { kesatu: 1, kesepuluh: 10, kesebelas: 11, keseratus: 100, keseribu: 1000 },
  // The teens: `empat belas` is 4 + 10, not 4 × 10.
  addendWords: { belas: 10 },
  scaleWords: { puluh: 10, ratus: 100, rb: 1000, jt: 1e6, lusin: 12, milyar: 1e9, ribuan: 1000, jutaan: 1e6, triliun: 1e12, trilyun: 1e12 },
  approximations: {
    hampir: 'approximately', sekitar: 'approximately', kira: 'approximately', 'kurang lebih': 'approximately',
    'lebih dari': 'more-than', 'di atas': 'more-than', 'kurang dari': 'less-than', setidaknya: 'at-least', sedikitnya: 'at-least',
    'paling sedikit': 'at-least', minimal: 'at-least', 'paling banyak': 'at-most', maksimal: 'at-most',
  },
  yearMarkers: ['tahun', 'thn'],
  // `tahun 1930-an`: the decade a year starts.
  decadeSuffixes: ['an'],
  // Names the news still uses that CLDR lists under another (Macedonia, Burma, Bosnia).
  countryNames: { cina: 'CN', china: 'CN', RRT: 'CN', 'republik rakyat tiongkok': 'CN', inggris: 'GB', 'britania raya': 'GB', perancis: 'FR', UEA: 'AE', korut: 'KP', korsel: 'KR', makedonia: 'MK', burma: 'MM' },
  ordinalSuffixes: [],
  ordinalPrefixes: ['ke-', 'ke'],
  percentWords: ['%', 'persen', 'poin persentase'],
  nameEndings: [],
  // Closed classes that open a sentence before a name (`Apakah UMMI`, `Kini CityVille`): no part of it there.
  openingWords: [
    // prepositions
    'bagi', 'kepada', 'melalui', 'menuju', 'oleh', 'selama', 'seperti', 'sekitar', 'tanpa', 'tentang', 'terhadap',
    // conjunctions
    'apabila', 'bila', 'kendati', 'maka', 'meski', 'padahal', 'serta', 'supaya', 'yaitu', 'yakni',
    // question words, pronouns and sentence adverbs
    'apakah', 'bagaimana', 'mengapa', 'kenapa', 'kapan', 'siapa', 'berapa', 'dimana', 'awalnya', 'akhirnya', 'baik', 'hanya', 'juga', 'kami', 'kita', 'kini', 'mereka',
    'masih', 'pun', 'saya', 'sekarang', 'sudah', 'telah',
    // modals and negations (`Harus Inul …`, `Bisakah`)
    'harus', 'akan', 'dapat', 'bisa', 'belum', 'tidak', 'bukan', 'jangan',
  ],
  stopWords: [
    'ini', 'itu', 'dan', 'atau', 'di', 'ke', 'dari', 'pada', 'untuk', 'dengan', 'yang', 'dalam', 'para', 'bersamaan', 'hadir',
    'pihak', 'sekretaris', 'komite', 'partai', 'provinsi', 'daerah', 'otonomi', 'kota', 'direktur', 'akademi', 'politik',
    'nasional', 'pertemuan', 'musim', 'semi', 'program', 'kementerian', 'konferensi', 'kerja', 'gabungan', 'ketua', 'dewan',
    'pusat', 'negara', 'tahun', 'risalah', 'komunike', 'bersama', 'zona', 'ekonomi', 'lintas', 'batas', 'kelompok', 'penelitian',
    'model', 'pembangunan', 'perindustrian', 'perdagangan', 'delegasi', 'lokalitas', 'hubungan', 'terobosan', 'memperkuat',
    'perwakilan', 'bapak', 'tn.', 'tn', 'menurut', 'politbiro', 'teoritis', 'pertukaran', 'kemanusiaan', 'sumber', 'komentar', 'berita',
    'sistem', 'lokal', 'produk', 'warisan', 'angka', 'bisnis', 'dalam', 'jet', 'puaskan', 'langsung', 'gladi', 'hari', 'tanah',
    'air', 'sinar', 'matahari', 'anda', 'mata', 'no', 'data', 'videos', 'available', 'ia', 'pihak-pihak', 'teruslah', 'dari',
    'partai', 'nota', 'kesepahaman', 'sama', 'kerja', 'baru', 'arab', 'inggris',
    // Kinds of storm written capitalised before a name (`Badai Rosa`, `Topan Haiyan`): not part of it.
    'badai', 'topan', 'siklon', 'hurikan',
    // Kinds of administrative area written capitalised before its name, as `provinsi` and `kota` are
    // (`Kabupaten Donggala`, `Kecamatan Banda`, `Desa Petobo`): other versions name the place alone.
    'kabupaten', 'kecamatan', 'kelurahan', 'desa',
    // Conjunctions and linking adverbs that open a sentence before a name (`Tetapi Flake …`, `Namun Jokowi …`).
    'tetapi', 'tapi', 'namun', 'sedangkan', 'sementara', 'karena', 'jika', 'kalau', 'ketika', 'saat', 'setelah', 'sebelum',
    'meskipun', 'walaupun', 'sehingga', 'agar', 'bahwa', 'lalu', 'kemudian', 'bahkan', 'selain', 'sejak', 'hingga', 'sampai',
  ],
  labelWords: ['patok*', 'penanda*', 'nomor*', 'tugu*'],
  // Indonesian `c` is the English ch, and older spellings keep `tj`, `sj`, `ch` (`Tjokroaminoto`, `Sjahrir`, `Chairul`).
  nameSpellings: [['tj', 'ch'], ['sj', 'sh'], ['ch', 'kh'], ['c', 'ch']],
  nameParticles: ['bin', 'binti', 'ibn', 'al', 'el', 'von', 'van', 'der', 'de', 'da', 'dos'],
  // Honorifics in full and short (`Bapak`/`Pak`, `Ibu`/`Bu Sumbung`), then written titles.
  personTitles: [
    'bapak', 'pak', 'ibu', 'bu', 'tn.', 'ny.', 'sdr.', 'presiden', 'ketua', 'sekretaris', 'kamerad', 'kawan',
    // Offices and their abbreviations before a name (`PM May`, `Wapres Jusuf Kalla`, `Menlu Retno Marsudi`, `Dubes`).
    'pm', 'perdana', 'menteri', 'wapres', 'menlu', 'dubes', 'kanselir', 'senator', 'gubernur',
    // Ranks and roles before a name (`Wali Kota Risma`, `Pelatih Shin Tae-yong`). Not `hakim`, `raja`, `ratu`: names too.
    'walikota', 'profesor', 'prof.', 'jenderal', 'kapten', 'uskup', 'pendeta', 'pelatih',
  ],
  coordinators: ['dan', 'atau'],
  rangeWords: ['hingga', 'sampai'],
  dayWords: ['tanggal', 'pada'],
  scaleAbbreviations: ['rb', 'jt'],
  // `Rp 5 M`, `Rp3,5 T`: after rupiah the capitals are miliar and triliun (alone `5 M` may be metres).
  currencyWords: ['Rp', 'IDR', 'US$'],
  currencyScaleLetters: { M: 1e9, T: 1e12, Jt: 1e6 },
  // `kelima provinsi` ("the five provinces") counts; `provinsi kelima`, `tahun kelima ini` are ordinals,
  // and so is one before an auxiliary verb (`yang kedua akan dibuka`, "the second will open"), a
  // preposition (`malam kedua pasca gempa`, "the second night after the quake") or a conjunction, and
  // one before `kalinya` (`untuk ketiga kalinya`, "for the third time"; `tiga kali` is three times).
  collectiveNumbers: {
    prefix: 'ke',
    notBefore: [
      'ini', 'itu', 'tersebut', 'yang', 'akan', 'sudah', 'telah',
      'antara', 'di', 'pada', 'dari', 'sejak', 'ke', 'kepada', 'dalam', 'untuk', 'bagi', 'dengan', 'oleh', 'tentang', 'terhadap', 'atas',
      'pasca', 'setelah', 'sesudah', 'sebelum', 'selama', 'hingga', 'sampai', 'menjelang', 'seperti', 'sebagai',
      'dan', 'atau', 'tetapi', 'namun', 'karena', 'bahwa', 'ketika', 'saat',
      'kalinya',
    ],
  },
  numberedNouns: ['bab'],
  // Centuries in Roman numerals (`abad XIX`).
  romanOrdinalNouns: { before: ['abad'] },
};

/** Indonesian anchor rules: CLDR tables plus {@link idHand}. */
export const idAnchorRules = buildAnchorRules(cldrId, idHand, { decimalSeparator: ',', groupSeparators: ['.', ...spaceGroupSeparators] });
