/**
 * Guesses the language of a text from its script and its most frequent words.
 *
 * Only the command line tool calls this (when neither `--lang` nor the file name says anything):
 * the library itself never guesses a language.
 *
 * @module
 */

/** The result of {@link detectLanguage}. */
export interface DetectedLanguage {
  /** BCP 47 code, or `und` when the text gives nothing to go on. */
  lang: string;
  /** How sure the guess is, in [0, 1]: 0 for `und`, near 1 when the evidence is unambiguous. */
  confidence: number;
}

// Only the start of a long text is read: a few thousand words settle the question, and a 50 MB
// book must not cost more than a short article.
const sampleLength = 20_000;

type Script = 'cyrillic' | 'arabic' | 'latin' | 'other';

// Frequent short words that tell apart languages sharing a script. Words common to several
// languages of one script (Latin "in", "die") count for each of them, which is fine: the
// distinctive ones decide.
const latinFunctionWords: Record<string, readonly string[]> = {
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'voor', 'met', 'zijn', 'niet', 'ook', 'aan', 'door', 'bij', 'werd', 'wordt', 'naar', 'hij', 'zij', 'deze', 'tussen', 'twee', 'heeft', 'hebben', 'om', 'uit', 'als'],
  id: ['yang', 'dan', 'di', 'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'pada', 'dalam', 'tidak', 'akan', 'adalah', 'juga', 'oleh', 'sebagai', 'kedua', 'telah', 'bahwa', 'para', 'antara', 'provinsi', 'tersebut', 'atau', 'kerja', 'sama'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'var', 'från', 'vid', 'också', 'mellan', 'två', 'under', 'efter', 'sig', 'sina', 'samt'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'by', 'be', 'at', 'this', 'are', 'from', 'has', 'have', 'which', 'between', 'two', 'were'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'ein', 'eine', 'zu', 'von', 'den', 'im', 'auch', 'wird', 'wurde', 'zwischen', 'zwei'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'un', 'une', 'est', 'que', 'dans', 'pour', 'pas', 'sur', 'au', 'par', 'avec', 'ce', 'qui', 'entre', 'deux', 'ont'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'un', 'una', 'es', 'por', 'con', 'para', 'se', 'como', 'entre', 'dos', 'fue', 'su', 'sus'],
};

const cyrillicFunctionWords: Record<string, readonly string[]> = {
  uk: ['і', 'й', 'та', 'що', 'на', 'не', 'як', 'це', 'він', 'для', 'від', 'було', 'між', 'також', 'його', 'які', 'був', 'до', 'з', 'у', 'в', 'при', 'після', 'або', 'два', 'двох'],
  ru: ['и', 'что', 'на', 'не', 'как', 'это', 'он', 'для', 'от', 'было', 'между', 'также', 'его', 'которые', 'был', 'до', 'с', 'у', 'в', 'при', 'после', 'или', 'два', 'двух'],
};

const latinTables = indexWords(latinFunctionWords);
const cyrillicTables = indexWords(cyrillicFunctionWords);

/**
 * Guesses the language of `text` from its script (Cyrillic, Arabic, Latin) and, within a script,
 * from frequent function words. Reads at most the first 20,000 characters.
 *
 * @param text The text to look at.
 * @returns The most likely BCP 47 code with a confidence in [0, 1]; `{ lang: 'und', confidence: 0 }`
 *   when the text has no letters or no known words.
 * @throws {TypeError} when `text` is not a string.
 */
export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') {
    throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const sample = text.length > sampleLength ? text.slice(0, sampleLength) : text;
  const scripts = countScripts(sample);
  const letters = scripts.cyrillic + scripts.arabic + scripts.latin + scripts.other;
  if (letters === 0) return { lang: 'und', confidence: 0 };

  const dominant = (['cyrillic', 'arabic', 'latin', 'other'] as const).reduce((best, script) =>
    scripts[script] > scripts[best] ? script : best,
  );
  const scriptShare = scripts[dominant] / letters;

  if (dominant === 'arabic') {
    // Persian and Urdu write with letters Arabic does not use.
    const extra = countChars(sample, persianLetters);
    if (extra / scripts.arabic > 0.01) return { lang: 'fa', confidence: round(scriptShare * 0.7) };
    return { lang: 'ar', confidence: round(scriptShare * 0.95) };
  }
  if (dominant === 'cyrillic') {
    const ukrainianOnly = countChars(sample, ukrainianLetters);
    const russianOnly = countChars(sample, russianLetters);
    const byWords = voteByWords(sample, cyrillicTables);
    if (ukrainianOnly > russianOnly) return { lang: 'uk', confidence: round(scriptShare * 0.95) };
    if (russianOnly > ukrainianOnly) return { lang: 'ru', confidence: round(scriptShare * 0.9) };
    return { lang: byWords.lang === 'und' ? 'uk' : byWords.lang, confidence: round(scriptShare * Math.max(0.3, byWords.confidence)) };
  }
  if (dominant === 'latin') {
    const byWords = voteByWords(sample, latinTables);
    return { lang: byWords.lang, confidence: round(scriptShare * byWords.confidence) };
  }
  return { lang: 'und', confidence: 0 };
}

const persianLetters = new Set(['پ', 'چ', 'ژ', 'گ', 'ک', 'ی']);
const ukrainianLetters = new Set(['і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ']);
const russianLetters = new Set(['ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё']);

function countScripts(sample: string): Record<Script, number> {
  const counts: Record<Script, number> = { cyrillic: 0, arabic: 0, latin: 0, other: 0 };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      counts.latin++;
    } else if (code >= 0x400 && code <= 0x52f) {
      counts.cyrillic++;
    } else if ((code >= 0x620 && code <= 0x64a) || (code >= 0x66e && code <= 0x6d3) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfeff && code !== 0xfeff)) {
      counts.arabic++;
    } else if (code > 0x24f && isLetter(sample[i] ?? '')) {
      counts.other++;
    }
  }
  return counts;
}

const letterPattern = /^\p{L}$/u;

function isLetter(char: string): boolean {
  return letterPattern.test(char);
}

function countChars(sample: string, set: ReadonlySet<string>): number {
  let count = 0;
  for (const char of sample) if (set.has(char)) count++;
  return count;
}

function indexWords(table: Record<string, readonly string[]>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(table)) {
    for (const word of words) index.set(word, [...(index.get(word) ?? []), lang]);
  }
  return index;
}

function voteByWords(sample: string, index: ReadonlyMap<string, readonly string[]>): DetectedLanguage {
  const votes = new Map<string, number>();
  let words = 0;
  // A linear scan over letter runs: no regular expression sees the user's text here.
  let wordStart = -1;
  const lower = sample.toLowerCase();
  for (let i = 0; i <= lower.length; i++) {
    const char = lower[i];
    const inWord = char !== undefined && char !== ' ' && isWordChar(char);
    if (inWord && wordStart < 0) wordStart = i;
    if (!inWord && wordStart >= 0) {
      words++;
      for (const lang of index.get(lower.slice(wordStart, i)) ?? []) votes.set(lang, (votes.get(lang) ?? 0) + 1);
      wordStart = -1;
    }
  }
  let best = 'und';
  let bestVotes = 0;
  let total = 0;
  for (const [lang, count] of votes) {
    total += count;
    if (count > bestVotes) {
      best = lang;
      bestVotes = count;
    }
  }
  if (bestVotes === 0 || words === 0) return { lang: 'und', confidence: 0 };
  // Confidence grows with the lead over the runner-up and with how much evidence there is.
  let runnerUp = 0;
  for (const [lang, count] of votes) if (lang !== best && count > runnerUp) runnerUp = count;
  const lead = (bestVotes - runnerUp) / bestVotes;
  const evidence = Math.min(1, bestVotes / 10);
  const share = Math.min(1, (bestVotes / total) * 1.5);
  return { lang: best, confidence: Math.max(0.05, lead * evidence * share) };
}

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return isLetter(char) || char === '\u2019' || char === "'";
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
