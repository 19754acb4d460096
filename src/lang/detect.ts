/**
 * Guesses the language of a text from its script and its most frequent words.
 *
 * Only the command line tool calls this (when neither `--lang` nor the file name says anything):
 * the library itself never guesses a language.
 *
 * @module
 */
import { languages } from './registry.js';

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

/** ISO 15924 codes of the scripts told apart here. */
const scriptCodes: Readonly<Record<Exclude<Script, 'other'>, string>> = { cyrillic: 'Cyrl', arabic: 'Arab', latin: 'Latn' };

/** What detection knows about the languages of one script, from the registry. */
interface ScriptLanguages {
  /** Function words → the languages using them, in registry order. */
  words: Map<string, string[]>;
  /** Languages with letters of their own, with those letters. */
  lettered: Array<{ code: string; letters: ReadonlySet<string>; share: number; confidence: number }>;
  /** The language assumed when nothing else decides, with its confidence. */
  fallback?: { code: string; confidence: number };
}

/** How sure a decision by letters is when the language gives no figure of its own. */
const defaultLetterConfidence = 0.9;

const byScript = new Map<string, ScriptLanguages>();
for (const language of languages) {
  const detection = language.detection;
  if (!detection) continue;
  const entry = byScript.get(language.script) ?? { words: new Map<string, string[]>(), lettered: [] };
  for (const word of detection.functionWords ?? []) entry.words.set(word, [...(entry.words.get(word) ?? []), language.code]);
  if (detection.distinctiveLetters) {
    entry.lettered.push({
      code: language.code,
      letters: new Set(detection.distinctiveLetters),
      share: detection.distinctiveShare ?? 0,
      confidence: detection.confidence ?? defaultLetterConfidence,
    });
  }
  if (detection.scriptDefault && !entry.fallback) entry.fallback = { code: language.code, confidence: detection.confidence ?? defaultLetterConfidence };
  byScript.set(language.script, entry);
}

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

  if (dominant === 'other') return { lang: 'und', confidence: 0 };
  const known = byScript.get(scriptCodes[dominant]);
  if (!known) return { lang: 'und', confidence: 0 };
  // Letters only one language of the script uses decide first (uk `ї`, ru `ы`, Persian `پ`).
  const counts = known.lettered.map((language) => ({ ...language, count: countChars(sample, language.letters) }));
  for (const language of counts) {
    const beatsOthers = counts.every((other) => other === language || language.count > other.count);
    if (language.count > 0 && beatsOthers && language.count / scripts[dominant] > language.share) {
      return { lang: language.code, confidence: round(scriptShare * language.confidence) };
    }
  }
  if (known.words.size === 0) {
    return known.fallback ? { lang: known.fallback.code, confidence: round(scriptShare * known.fallback.confidence) } : { lang: 'und', confidence: 0 };
  }
  const byWords = voteByWords(sample, known.words);
  if (known.fallback) {
    // A script with a default never answers `und`, but a guess by default is a weak one.
    return { lang: byWords.lang === 'und' ? known.fallback.code : byWords.lang, confidence: round(scriptShare * Math.max(minimumDefaultConfidence, byWords.confidence)) };
  }
  return { lang: byWords.lang, confidence: round(scriptShare * byWords.confidence) };
}

/** The least confidence of a guess in a script with a default language. */
const minimumDefaultConfidence = 0.3;

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
