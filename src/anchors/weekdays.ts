// Weekday names in running text: `vrijdag`, `vrijdagavond`, `fredagskvällen`, `у п'ятницю`, `الجمعة`.
// Hand-written per language: CLDR has the nominative only, and these forms are inflected or compound.
import type { Span } from '../types.js';

/** A weekday named in a text. */
export interface WeekdayMention extends Span {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
}

/** How a language's weekday words may continue after the name. */
interface WeekdayWords {
  /** Per ISO weekday (index 0 = Monday), the forms that begin a word. */
  names: readonly (readonly string[])[];
  /** Whether letters may follow the name (compounds and endings: `vrijdagavond`, `fredagen`). */
  compounds: boolean;
  /** Whether the name must begin with a capital (Indonesian `Minggu` is Sunday, `minggu` a week). */
  capitalised?: boolean;
}

const apostrophes = ["'", '’', 'ʼ'];
const withApostrophes = (forms: readonly string[]) => forms.flatMap((form) => (form.includes("'") ? apostrophes.map((mark) => form.replace("'", mark)) : [form]));

const weekdayWords: Readonly<Record<string, WeekdayWords>> = {
  nl: { names: [['maandag'], ['dinsdag'], ['woensdag'], ['donderdag'], ['vrijdag'], ['zaterdag'], ['zondag']], compounds: true },
  sv: { names: [['måndag'], ['tisdag'], ['onsdag'], ['torsdag'], ['fredag'], ['lördag'], ['söndag']], compounds: true },
  de: { names: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']], compounds: true },
  en: { names: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']], compounds: false },
  fr: { names: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']], compounds: false },
  id: { names: [['senin'], ['selasa'], ['rabu'], ['kamis'], ['jumat', "jum'at"], ['sabtu'], ['minggu']], compounds: false, capitalised: true },
  // Every case form written out: the stem `серед` alone is also "among".
  uk: {
    names: [
      ['понеділок', 'понеділка', 'понеділку', 'понеділком'],
      ['вівторок', 'вівторка', 'вівторку', 'вівторком'],
      ['середа', 'середу', 'середи', 'середі', 'середою'],
      ['четвер', 'четверга', 'четвергу', 'четвергом'],
      withApostrophes(["п'ятниця", "п'ятницю", "п'ятниці", "п'ятницею"]),
      ['субота', 'суботу', 'суботи', 'суботі', 'суботою'],
      ['неділя', 'неділю', 'неділі', 'неділею'],
    ],
    compounds: false,
  },
  ar: { names: [['الاثنين', 'الإثنين'], ['الثلاثاء'], ['الأربعاء', 'الاربعاء'], ['الخميس'], ['الجمعة'], ['السبت'], ['الأحد', 'الاحد']], compounds: false },
};

/** Arabic clitics glued before a word: و (and), ب (in), ف (so), ل (for). */
const arabicClitics = new Set(['و', 'ب', 'ف', 'ل']);

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}|\p{M}/u.test(char);

/**
 * The weekdays a text names in language `lang` (`nl`, `sv`, `uk`, `id`, `ar`, and `de`, `en`, `fr`;
 * other languages have none). Dutch, Swedish and German compounds count (`vrijdagavond`,
 * `fredagskvällen`, `Freitagabend`); Arabic names may carry a glued clitic (`والجمعة`).
 */
export function findWeekdays(text: string, lang: string): WeekdayMention[] {
  const words = weekdayWords[lang.toLowerCase().split('-')[0] ?? ''];
  if (!words) return [];
  // Lowercased character by character, keeping offsets (a few capitals lowercase to two code units).
  const lower = Array.from(text, (char) => {
    const lowered = char.toLowerCase();
    return lowered.length === char.length ? lowered : char;
  }).join('');
  const mentions: WeekdayMention[] = [];
  words.names.forEach((forms, index) => {
    for (const form of forms) {
      let at = lower.indexOf(form);
      while (at >= 0) {
        let start = at;
        if (lang === 'ar' && arabicClitics.has(text[at - 1] ?? '') && !isLetter(text[at - 2])) start = at - 1;
        const end = at + form.length;
        const boundedBefore = start !== at || !isLetter(text[at - 1]);
        const boundedAfter = words.compounds || !isLetter(text[end]);
        const capitalOk = !words.capitalised || text[at] !== lower[at];
        if (boundedBefore && boundedAfter && capitalOk && !mentions.some((mention) => mention.start < end && start < mention.end)) {
          let wordEnd = end;
          while (words.compounds && isLetter(text[wordEnd])) wordEnd++;
          mentions.push({ start, end: wordEnd, weekday: index + 1 });
        }
        at = lower.indexOf(form, at + 1);
      }
    }
  });
  return mentions.sort((x, y) => x.start - y.start);
}

/** The ISO weekday (1 Monday … 7 Sunday) of a calendar date, or undefined for an impossible date. */
export function weekdayOfDate(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return ((date.getUTCDay() + 6) % 7) + 1;
}
