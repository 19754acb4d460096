// Amount-rendering probe data: one amount written the ways each language writes it in the news (digits
// with its separators, scale words and their abbreviations, number words in their cases, fractions and
// halves of a scale, numbers written as one word), in short sentences written for this probe. Keyed by the
// amount's value; percentages end in `%`. No corpus text.

/** Renderings of one amount by language. */
export const amountRenderings: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  '250': {
    uk: ['Прийшли 250 осіб.', 'Прийшли двісті п\'ятдесят осіб.', 'Близько двохсот п\'ятдесяти осіб.', 'З двомастами п\'ятдесятьма учасниками.'],
    nl: ['Er kwamen 250 mensen.', 'Er kwamen tweehonderdvijftig mensen.', 'Er kwamen tweehonderd vijftig mensen.'],
    id: ['Sebanyak 250 orang datang.', 'Sebanyak dua ratus lima puluh orang datang.'],
    sv: ['Det kom 250 personer.', 'Det kom tvåhundrafemtio personer.'],
    ar: ['حضر 250 شخصا.', 'حضر مئتان وخمسون شخصا.', 'حضر مائتين وخمسين شخصا.', 'حضر ٢٥٠ شخصا.'],
  },
  '1500': {
    uk: ['Прийшли 1500 осіб.', 'Прийшли 1 500 осіб.', 'Прийшли 1\u00a0500 осіб.', 'Прийшли півтори тисячі осіб.', 'Прийшли 1,5 тис. осіб.', 'Прийшли понад 1500 людей.'],
    nl: ['Er kwamen 1.500 mensen.', 'Er kwamen 1500 mensen.', 'Er kwamen vijftienhonderd mensen.', 'Er kwamen 1,5 duizend mensen.', 'Er kwamen anderhalfduizend mensen.'],
    id: ['Sebanyak 1.500 orang datang.', 'Sebanyak 1500 orang datang.', 'Sebanyak 1,5 ribu orang datang.', 'Sebanyak seribu lima ratus orang datang.'],
    sv: ['Det kom 1 500 personer.', 'Det kom 1500 personer.', 'Det kom 1\u00a0500 personer.', 'Det kom femtonhundra personer.', 'Det kom 1,5 tusen personer.'],
    ar: ['حضر 1500 شخص.', 'حضر ١٥٠٠ شخص.', 'حضر 1,500 شخص.', 'حضر ألف وخمسمائة شخص.', 'حضر 1.5 ألف شخص.'],
  },
  '2.8e9': {
    uk: ['Ринок вартістю 2,8 млрд доларів.', 'Ринок вартістю 2,8 мільярда доларів.', 'Ринок вартістю $2,8 млрд.', 'Ринок вартістю 2,8 млрд дол.'],
    nl: ['Een markt van 2,8 miljard dollar.', 'Een markt van $2,8 miljard.', 'Een markt van 2,8 mld. dollar.', 'Een markt van 2,8 mld dollar.'],
    id: ['Pasar senilai 2,8 miliar dolar AS.', 'Pasar senilai US$2,8 miliar.', 'Pasar senilai $2,8 M.', 'Pasar senilai 2,8 milyar dolar.'],
    sv: ['En marknad på 2,8 miljarder dollar.', 'En marknad på $2,8 miljarder.', 'En marknad på 2,8 mdr dollar.', 'En marknad på 2,8 md dollar.'],
    ar: ['سوق بقيمة 2.8 مليار دولار.', 'سوق بقيمة ٢٫٨ مليار دولار.', 'سوق بقيمة 2,8 مليار دولار.', 'سوق بقيمة 2.8 بليون دولار.'],
  },
  '125e6': {
    uk: ['Продав за 125 мільйонів фунтів.', 'Продав за 125 млн фунтів.', 'Продав за £125 млн.', 'Продав за 125 млн. фунтів стерлінгів.'],
    nl: ['Verkocht voor 125 miljoen pond.', 'Verkocht voor £125 miljoen.', 'Verkocht voor 125 mln pond.', 'Verkocht voor £ 125 mln.'],
    id: ['Dijual senilai 125 juta pound.', 'Dijual senilai £125 juta.', 'Dijual senilai 125 jt pound.'],
    sv: ['Sålde för 125 miljoner pund.', 'Sålde för £125 miljoner.', 'Sålde för 125 mn pund.', 'Sålde för 125 milj. pund.'],
    ar: ['باعها مقابل 125 مليون جنيه.', 'باعها مقابل ١٢٥ مليون جنيه إسترليني.', 'باعها مقابل 125 مليون جنيه استرليني.'],
  },
  '40%': {
    uk: ['Зросло на 40 відсотків.', 'Зросло на 40%.', 'Зросло на сорок відсотків.', 'Зросло на 40 %.', 'Зросло на 40 процентів.'],
    nl: ['Steeg met 40 procent.', 'Steeg met 40%.', 'Steeg met veertig procent.', 'Steeg met 40 pct.'],
    id: ['Naik 40 persen.', 'Naik 40%.', 'Naik empat puluh persen.', 'Naik sebesar 40 %.'],
    sv: ['Ökade med 40 procent.', 'Ökade med 40 %.', 'Ökade med fyrtio procent.', 'Ökade med 40 proc.'],
    ar: ['ارتفع بنسبة 40 في المائة.', 'ارتفع بنسبة 40%.', 'ارتفع بنسبة ٤٠٪.', 'ارتفع بنسبة 40 بالمئة.', 'ارتفع بنسبة أربعين بالمائة.', 'ارتفع بنسبة 40 في المئة.'],
  },
  '3.5e6': {
    uk: ['Живуть 3,5 мільйона людей.', 'Живуть 3,5 млн людей.', 'Живуть три з половиною мільйони людей.', 'Живуть 3,5 млн. людей.'],
    nl: ['Er wonen 3,5 miljoen mensen.', 'Er wonen drieënhalf miljoen mensen.', 'Er wonen 3,5 mln mensen.'],
    id: ['Dihuni 3,5 juta orang.', 'Dihuni tiga setengah juta orang.', 'Dihuni 3,5 jt orang.'],
    sv: ['Här bor 3,5 miljoner människor.', 'Här bor tre och en halv miljon människor.', 'Här bor 3,5 milj. människor.'],
    ar: ['يعيش 3.5 مليون شخص.', 'يعيش ثلاثة ملايين ونصف شخص.', 'يعيش ٣٫٥ مليون شخص.', 'يعيش 3,5 ملايين شخص.'],
  },
  '250000': {
    uk: ['Загинули 250 000 осіб.', 'Загинули 250 тисяч осіб.', 'Загинули 250 тис. осіб.', 'Загинули чверть мільйона осіб.'],
    nl: ['Er stierven 250.000 mensen.', 'Er stierven 250 duizend mensen.', 'Er stierven een kwart miljoen mensen.', 'Er stierven 250 000 mensen.'],
    id: ['Sebanyak 250.000 orang tewas.', 'Sebanyak 250 ribu orang tewas.', 'Sebanyak 250 rb orang tewas.', 'Seperempat juta orang tewas.'],
    sv: ['Det dog 250 000 människor.', 'Det dog 250 tusen människor.', 'Det dog en kvarts miljon människor.', 'Det dog 250.000 människor.'],
    ar: ['لقي 250 ألف شخص حتفهم.', 'لقي 250,000 شخص حتفهم.', 'لقي ربع مليون شخص حتفهم.', 'لقي ٢٥٠ ألف شخص حتفهم.', 'لقي 250.000 شخص حتفهم.'],
  },
  '12': {
    uk: ['Є дванадцять шкіл.', 'Немає дванадцяти шкіл.', 'З дванадцятьма школами.', 'Є 12 шкіл.'],
    nl: ['Er zijn twaalf scholen.', 'Er zijn 12 scholen.'],
    id: ['Ada dua belas sekolah.', 'Ada 12 sekolah.', 'Ada duabelas sekolah.'],
    sv: ['Det finns tolv skolor.', 'Det finns 12 skolor.'],
    ar: ['هناك اثنتا عشرة مدرسة.', 'هناك 12 مدرسة.', 'في اثنتي عشرة مدرسة.', 'هناك ١٢ مدرسة.', 'لدى اثني عشر طالبا.'],
  },
  '23': {
    uk: ['Загинули двадцять три людини.', 'Загинули 23 людини.', 'Серед двадцяти трьох людей.'],
    nl: ['Er stierven drieëntwintig mensen.', 'Er stierven 23 mensen.'],
    id: ['Dua puluh tiga orang tewas.', '23 orang tewas.'],
    sv: ['Tjugotre personer dog.', '23 personer dog.', 'Tjugo­tre personer dog.'],
    ar: ['توفي ثلاثة وعشرون شخصا.', 'توفي 23 شخصا.', 'وفاة ثلاثة وعشرين شخصا.'],
  },
  '0.5e6': {
    uk: ['Пів мільйона людей.', 'Півмільйона людей.', '500 тисяч людей.', '0,5 млн людей.'],
    nl: ['Een half miljoen mensen.', '500.000 mensen.', '0,5 miljoen mensen.'],
    id: ['Setengah juta orang.', '500.000 orang.', '0,5 juta orang.', 'Separuh juta orang.'],
    sv: ['En halv miljon människor.', '500 000 människor.', '0,5 miljoner människor.'],
    ar: ['نصف مليون شخص.', '500 ألف شخص.', '0.5 مليون شخص.'],
  },
};
