// Article sets made from the showcase corpus, for the scale test and npm run bench:stream: each set a
// different window of the five versions, some with one number changed, so every set's result differs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const corpusDir = fileURLToPath(new URL('../../corpora/spring-meeting-2025/', import.meta.url));
export const corpusLangs = ['uk', 'nl', 'id', 'sv', 'ar'] as const;

/** One input line's set. */
export interface DatasetSet {
  id: string;
  versions: Array<{ lang: string; text: string; path: string }>;
}

const texts = new Map<string, string>();
function corpusText(lang: string): string {
  let text = texts.get(lang);
  if (text === undefined) {
    text = readFileSync(`${corpusDir}${lang}.txt`, 'utf8');
    texts.set(lang, text);
  }
  return text;
}

/** A window of about `bytes` UTF-8 bytes of the version, from a line start, wrapping around the text. */
function window(lang: string, index: number, bytes: number): string {
  const text = corpusText(lang);
  // Cyrillic and Arabic take two bytes a letter: the window is cut in characters, sized in bytes.
  const chars = Math.round((bytes * text.length) / Buffer.byteLength(text));
  const looped = text.repeat(Math.ceil((chars * 2) / text.length) + 1);
  const from = (index * 997) % text.length;
  const lineStart = from === 0 ? 0 : looped.indexOf('\n', from) + 1;
  const lineEnd = looped.indexOf('\n', lineStart + chars);
  return looped.slice(lineStart, lineEnd < 0 ? lineStart + chars : lineEnd);
}

/**
 * `count` sets of the five corpus versions, each version about `bytesPerVersion` bytes of UTF-8. Every
 * fourth set has the first number of its sv version raised by one (a disagreement to find).
 */
export function corpusSets(count: number, bytesPerVersion: number, prefix = 'set'): DatasetSet[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    versions: corpusLangs.map((lang) => {
      let text = window(lang, index, bytesPerVersion);
      if (lang === 'sv' && index % 4 === 0) text = text.replace(/\d+/, (digits) => String(Number(digits) + 1));
      return { lang, text, path: `${prefix}-${index}/${lang}.txt` };
    }),
  }));
}

/** The sets as JSON Lines. */
export function toJsonl(sets: readonly unknown[]): string {
  return sets.map((set) => (typeof set === 'string' ? set : JSON.stringify(set))).join('\n') + '\n';
}
