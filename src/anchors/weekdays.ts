// Weekday names in running text: `vrijdag`, `vrijdagavond`, `fredagskvällen`, `vilosöndag`, `у п'ятницю`, `الجمعة`.
// The words are per-language data (WeekdayWords in src/lang/<code>/check.ts): CLDR has the
// nominative only, and running text inflects and compounds them.
import { findLanguage } from '../lang/registry.js';
import type { WeekdayWords } from '../lang/profile.js';
import type { Span } from '../types.js';

/** ISO weekday names (1 Monday … 7 Sunday), the values findings compare. */
const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const weekdayName = (weekday: number): string => weekdayNames[weekday - 1] ?? String(weekday);

/** A weekday named in a text. */
export interface WeekdayMention extends Span {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Named as the night leading into it (`ніч на суботу`): the evening of the day before may be meant. */
  eve?: true;
}

/** Whether two weekday mentions may name the same day: one weekday, or one of them an eve and the other the day before it. */
export function sameWeekday(x: WeekdayMention, y: WeekdayMention): boolean {
  const dayBefore = (weekday: number) => ((weekday + 5) % 7) + 1;
  return x.weekday === y.weekday || (x.eve === true && dayBefore(x.weekday) === y.weekday) || (y.eve === true && dayBefore(y.weekday) === x.weekday);
}

/** Apostrophes a word may be written with (`п'ятниця`, `п’ятниця`, `пʼятниця`). */
const apostrophes = ["'", '\u2019', '\u02bc'];
const withApostrophes = (form: string) => (form.includes("'") ? apostrophes.map((mark) => form.replace("'", mark)) : [form]);

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}|\p{M}/u.test(char);

/** Each form of a language's weekday words to look for (with every apostrophe), and its glued prefixes: made once per language. */
interface SearchTables {
  forms: ReadonlyArray<{ form: string; weekday: number }>;
  glued: ReadonlySet<string>;
}

const searchTablesCache = new WeakMap<WeekdayWords, SearchTables>();

function searchTables(words: WeekdayWords): SearchTables {
  let tables = searchTablesCache.get(words);
  if (tables === undefined) {
    const forms = words.names.flatMap((names, index) => names.flatMap(withApostrophes).map((form) => ({ form, weekday: index + 1 })));
    tables = { forms, glued: new Set(words.gluedPrefixes ?? []) };
    searchTablesCache.set(words, tables);
  }
  return tables;
}

/**
 * The weekdays a text names in language `lang` (those whose language data has weekday words: nl, sv,
 * uk, id, ar, de, en, fr). Compounds count where the language makes them (`vrijdagavond`,
 * `fredagskvällen`, `Freitagabend`; and ending one: `vilosöndag`, `Karfreitag`), and a glued one-letter word where it has them (`والجمعة`).
 */
export function findWeekdays(text: string, lang: string): WeekdayMention[] {
  const words = findLanguage(lang)?.weekdays;
  if (!words) return [];
  const { forms, glued } = searchTables(words);
  // Lowercased character by character, keeping offsets (a few capitals lowercase to two code units).
  const whole = text.toLowerCase();
  const lower =
    whole.length === text.length
      ? whole
      : Array.from(text, (char) => {
          const lowered = char.toLowerCase();
          return lowered.length === char.length ? lowered : char;
        }).join('');
  const mentions: WeekdayMention[] = [];
  for (const { form, weekday } of forms) {
    let at = lower.indexOf(form);
    while (at >= 0) {
      let start = at;
      if (glued.has(text[at - 1] ?? '') && !isLetter(text[at - 2])) start = at - 1;
      // A compound may end in the weekday too (`vilosöndag`, `Pinksterzondag`, `Karfreitag`).
      if (words.compounds && start === at) while (isLetter(text[start - 1])) start--;
      const end = at + form.length;
      const boundedBefore = start !== at || !isLetter(text[at - 1]);
      const boundedAfter = words.compounds || !isLetter(text[end]);
      const capitalOk = !words.capitalised || text[at] !== lower[at];
      if (boundedBefore && boundedAfter && capitalOk) {
        let wordEnd = end;
        while (words.compounds && isLetter(text[wordEnd])) wordEnd++;
        mentions.push({ start, end: wordEnd, weekday });
      }
      at = lower.indexOf(form, at + 1);
    }
  }
  // One pass over the sorted mentions drops those inside another (a shorter form of the same word).
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: WeekdayMention[] = [];
  for (const mention of mentions) {
    const last = kept[kept.length - 1];
    if (last === undefined || mention.start >= last.end) kept.push(mention);
  }
  if (words.eveWords) for (const mention of kept) if (afterEveWord(lower, mention.start, words.eveWords)) mention.eve = true;
  return kept;
}

/** Whether one of `eveWords` stands right before `start` in the lowercased text, a whole word or words. */
function afterEveWord(lower: string, start: number, eveWords: readonly string[]): boolean {
  let end = start;
  while (end > 0 && /\s/u.test(lower[end - 1]!)) end--;
  if (end === start) return false;
  return eveWords.some((phrase) => {
    const from = end - phrase.length;
    return from >= 0 && lower.slice(from, end).replace(/\s+/gu, ' ') === phrase && !isLetter(lower[from - 1]);
  });
}

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar date, or undefined for an impossible date. */
export function weekdayOfDate(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ((date.getUTCDay() + 6) % 7) + 1;
}
