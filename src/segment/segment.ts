import { getProfile } from '../lang/index.js';
import type { LanguageProfile } from '../lang/profile.js';
import type { Sentence, SentenceKind } from '../types.js';
import { classifyLines, isHeadingText } from './classify.js';
import { splitLines } from './lines.js';
import { compileRules } from './rules.js';
import { scanLine } from './scanner.js';

/** Options of {@link segment}. */
export interface SegmentOptions {
  /** BCP 47 language code; codes without a profile (and no code at all) get the generic rules. */
  lang?: string;
  /** A profile to use instead of the one `lang` names, e.g. a built-in one extended with abbreviations. */
  profile?: LanguageProfile;
}

/**
 * Splits a text into sentences.
 *
 * Every non-empty line is a paragraph of its own, and a sentence never crosses a line break. Offsets
 * are UTF-16 code units into `text` (`start` inclusive, `end` exclusive), so
 * `text.slice(s.start, s.end) === s.text`. Segmentation is lossless: every character that is not white
 * space or an invisible formatting mark (BOM, LRM, RLM, zero-width characters) lies in exactly one
 * sentence, and sentences never begin or end with such a character. Each sentence has a `kind`:
 * `body`, `heading`, `caption` or `boilerplate` (web-page furniture such as `Bron` or `Reactie (0)`).
 *
 * @param text - The text, as is (a leading BOM is allowed and stays outside every sentence).
 * @param options - `lang` picks the language profile; `profile` overrides it.
 * @returns The sentences in text order; `[]` for an empty or blank text.
 * @throws {TypeError} when `text` is not a string, or `options`, `lang` or `profile` has the wrong type.
 *
 * @example
 * ```ts
 * segment('Hij kwam o.a. uit Hanoi. Daarna ging hij.', { lang: 'nl' }).map((s) => s.text);
 * // → ['Hij kwam o.a. uit Hanoi.', 'Daarna ging hij.']
 * ```
 */
export function segment(text: string, options: SegmentOptions = {}): Sentence[] {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  const profile = resolveProfile(options);
  const rules = compileRules(profile);
  const lines = splitLines(text);
  const kinds = classifyLines(text, lines, rules);
  const sentences: Sentence[] = [];
  lines.forEach((line, paragraph) => {
    const kind: SentenceKind = kinds[paragraph] ?? 'body';
    scanLine(text, line.start, line.end, rules, (start, end) => {
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph, kind });
    });
  });
  return sentences;
}

/** The profile `options` ask for; validates the options' types. */
export function resolveProfile(options: SegmentOptions | undefined): LanguageProfile {
  if (options === undefined || options === null) return getProfile('und');
  if (typeof options !== 'object') throw new TypeError(`options must be an object, got ${describe(options)}`);
  if (options.profile !== undefined) {
    const profile = options.profile;
    if (typeof profile !== 'object' || profile === null || typeof profile.segmentation !== 'object' || profile.segmentation === null) {
      throw new TypeError(`profile must be a LanguageProfile, got ${describe(profile)}`);
    }
    return profile;
  }
  if (options.lang === undefined) return getProfile('und');
  if (typeof options.lang !== 'string') throw new TypeError(`lang must be a string, got ${describe(options.lang)}`);
  return getProfile(options.lang);
}

/**
 * Whether `line`, a line of `lang` standing alone, reads as a heading as `segment` classes lines (short,
 * no final punctuation, opening like a sentence); `first`: the document's first line, which may run
 * longer (a headline).
 */
export function isHeadingLike(line: string, lang: string, first: boolean): boolean {
  return isHeadingText(line, compileRules(getProfile(lang)), first);
}

/** Counts sentences per kind: `{ body: 12, heading: 1, caption: 3, boilerplate: 5 }`. */
export function countSentencesByKind(sentences: readonly Pick<Sentence, 'kind'>[]): Record<SentenceKind, number> {
  const counts: Record<SentenceKind, number> = { body: 0, heading: 0, caption: 0, boilerplate: 0 };
  for (const sentence of sentences) counts[sentence.kind]++;
  return counts;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value;
}
