// Letter-by-letter transliteration of Cyrillic and Arabic to Latin, for cross-script name keys.
const cyrillic: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'yu', я: 'ya', ы: 'y', э: 'e', ё: 'yo', ъ: '', "'": '',
};
const arabic: Readonly<Record<string, string>> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
  ء: '', ئ: 'y', ؤ: 'w', پ: 'p', چ: 'ch', گ: 'g', ڤ: 'v', ک: 'k', ی: 'y',
};

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark, written in names of
 * Polish (`Wałęsa`), Scandinavian (`Støre`, `Ærø`), Turkish (`Yıldırım`), German (`Strauß`), Icelandic
 * and French (`Œuvre`) origin: without them the key would lose the letter.
 */
const undecomposedLatin: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ð: 'd', þ: 'th', ŋ: 'ng', đ: 'd', ħ: 'h' };

/** Latin transliteration of one folded word (Cyrillic and Arabic letters; Latin diacritics removed). */
export function transliterateFolded(word: string): string {
  const folded = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    // Arabic ه at the end of a word is usually the feminine ending or a written final vowel, not /h/.
    if (ch === 'ه' && (i + 1 === folded.length || !/[\u0621-\u064a]/.test(folded[i + 1]!)) && i > 0 && folded[i - 1] !== 'ن') {
      out += 'a';
      continue;
    }
    out += cyrillic[ch] ?? arabic[ch] ?? undecomposedLatin[ch] ?? ch;
  }
  return out;
}
