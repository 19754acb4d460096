// Small word-level helpers the rules share. Linear scanners over the sentence text, no backtracking regexes.
import { findWeekdays, type WeekdayMention } from '../anchors/weekdays.js';
import { checkVocabulary } from '../lang/registry.js';
import type { Anchor, EntityAnchor, SegmentedDocument } from '../types.js';

const letterPattern = /[\p{L}\p{M}]/u;

/** Whether `char` is a letter or combining mark (any script). */
export function isLetter(char: string | undefined): boolean {
  return char !== undefined && letterPattern.test(char);
}

function isWordInner(char: string | undefined): boolean {
  return char === "'" || char === '’' || char === 'ʼ';
}

/** The word starting at or after `from` (skipping spaces only), or undefined when punctuation comes first. */
export function wordAfter(text: string, from: number): { word: string; start: number; end: number } | undefined {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\u202f')) i++;
  if (!isLetter(text[i])) return undefined;
  const start = i;
  while (i < text.length && (isLetter(text[i]) || (isWordInner(text[i]) && isLetter(text[i + 1])))) i++;
  return { word: text.slice(start, i), start, end: i };
}

/** The word ending right before `to` (skipping spaces only), or undefined when punctuation comes first. */
export function wordBefore(text: string, to: number): { word: string; start: number; end: number } | undefined {
  let i = to;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\u202f')) i--;
  if (!isLetter(text[i - 1])) return undefined;
  const end = i;
  while (i > 0 && (isLetter(text[i - 1]) || (isWordInner(text[i - 1]) && isLetter(text[i - 2])))) i--;
  return { word: text.slice(i, end), start: i, end };
}

/** The words of `text` in order, lowercased, with their offsets. */
export function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && (isLetter(text[i]) || (isWordInner(text[i]) && isLetter(text[i + 1])))) i++;
    words.push({ word: text.slice(start, i).toLowerCase(), start, end: i });
  }
  return words;
}

/** A crude stem that survives inflection in the five languages: the first six letters, lowercased. */
export function stem(word: string): string {
  return word.toLowerCase().replace(/[’ʼ']/gu, '').slice(0, 6);
}

const vocabulary = checkVocabulary();

/**
 * The thing a number counts, as written right after it: the next word, joined with the word after a
 * hyphen, slash or `and` (`provinserna och regionerna`, `provincies/regio's`). Stems joined by `+`;
 * undefined when no word follows the number.
 */
export function countedNoun(text: string, numberEnd: number): string | undefined {
  const first = wordAfter(text, numberEnd);
  if (first === undefined) return undefined;
  const parts = [stem(first.word)];
  let i = first.end;
  while (i < text.length && text[i] === ' ') i++;
  const joiner = text[i];
  let next: ReturnType<typeof wordAfter>;
  if (joiner === '-' || joiner === '–' || joiner === '/') {
    next = wordAfter(text, i + 1);
  } else {
    const coordinator = wordAfter(text, i);
    if (coordinator !== undefined && vocabulary.and.has(coordinator.word.toLowerCase())) {
      next = wordAfter(text, coordinator.end);
    }
  }
  if (next !== undefined) parts.push(stem(next.word));
  return parts.join('+');
}

// Units of time (src/lang/<code>/check.ts). Translators convert between them ("zwei Wochen" / "quinze jours"),
// so counts of different units are no contradiction.
/** The unit of time a word names (`Wochen` → `week`), if any. */
export function timeUnitOf(word: string): string | undefined {
  return vocabulary.timeUnits.get(word.toLowerCase());
}

/** The unit of time written right after a number (`zwei Wochen` → `week`), if any. */
export function timeUnitAfter(text: string, numberEnd: number): string | undefined {
  const word = wordAfter(text, numberEnd);
  return word === undefined ? undefined : vocabulary.timeUnits.get(word.word.toLowerCase());
}

/** How many characters before a number qualifiers are looked for. */
export const qualifierWindow = 400;
/** How many words before a number a sub-count marker may stand (`Av dessa har provinsen Quang Ninh ensamt 12`). */
const subCountReach = 6;
/**
 * Relative pronouns that mark a part only right before the number (`dont 12`, `of which 12`); further
 * back they just begin a clause (`dont les sommets cotent de 5800 à 6200 m`).
 */
const pronounReach = 2;
/**
 * "Besides the leader, the team had five climbers": a fronted phrase that leaves someone out of the
 * first count after it, however long the phrase (not of "and two scientists" after that).
 */
const exclusionReach = 12;

const reaching = (reach: number, words: readonly string[]) => words.map((word) => [word, reach] as const);

// Words that mark a count as a part of a larger one ("of which … alone 12"), with how far back they
// reach; phrases of several words (`of them`, `dari mereka`, `av dem`) apart, keyed by their words.
const subCountEntries = [
  ...reaching(subCountReach, vocabulary.partWords),
  ...reaching(pronounReach, vocabulary.partPronouns),
  ...reaching(exclusionReach, vocabulary.exclusionWords),
];
const subCountWords = new Map<string, number>(subCountEntries.filter(([word]) => !word.includes(' ')));
const subCountPhrases = new Map<string, number>(subCountEntries.filter(([word]) => word.includes(' ')));
/** The first words of {@link subCountPhrases}: a word no phrase starts with needs no phrase look-up. */
const subCountPhraseStarts = new Set([...subCountPhrases.keys()].map((phrase) => phrase.slice(0, phrase.indexOf(' '))));
/** Most words of a sub-count phrase (`di antara mereka`). */
const maxSubCountPhraseWords = 3;

/** How many words after a number a part phrase may stand (`70 في المائة من هؤلاء`, "70 percent of them"). */
const partPhraseAfterReach = 4;

/** Whether a part phrase of several words (`av dem`, `of them`) follows the number ending at `localEnd` within {@link partPhraseAfterReach} words. */
function partPhraseAfter(sentenceText: string, localEnd: number): boolean {
  const after = wordsOf(sentenceText.slice(localEnd, localEnd + qualifierWindow)).slice(0, partPhraseAfterReach + maxSubCountPhraseWords);
  for (let i = 0; i < Math.min(after.length, partPhraseAfterReach); i++) {
    const { reach, length } = subCountAt(after, i);
    if (reach > 0 && length > 1) return true;
  }
  return false;
}

/** The reach of the sub-count word or phrase that starts at word `i` of `words`, and its words; 0 if none. */
function subCountAt(words: ReadonlyArray<{ word: string }>, i: number): { reach: number; length: number } {
  if (subCountPhraseStarts.has(words[i]!.word)) {
    for (let length = Math.min(maxSubCountPhraseWords, words.length - i); length >= 2; length--) {
      const reach = subCountPhrases.get(words.slice(i, i + length).map((w) => w.word).join(' '));
      if (reach !== undefined) return { reach, length };
    }
  }
  return { reach: subCountWords.get(words[i]!.word) ?? 0, length: 1 };
}

/**
 * Whether a word marking a sub-count or part stands before the number within its reach (`Av dessa …
 * ensamt 12`), or, given the number's end `localEnd`, a part phrase of several words right after it
 * (`70 procent av dem`). `previousCountEnd`: where the count before this one in the sentence ends (local
 * offset), so that "besides …" qualifies only the first count after it.
 */
export function isSubCount(sentenceText: string, localStart: number, previousCountEnd = 0, localEnd?: number): boolean {
  if (localEnd !== undefined && partPhraseAfter(sentenceText, localEnd)) return true;
  const from = Math.max(0, localStart - qualifierWindow);
  const before = wordsOf(sentenceText.slice(from, localStart)).slice(-exclusionReach);
  return before.some(({ word, start }, i) => {
    const { reach, length } = subCountAt(before, i);
    if (reach === 0) return false;
    // "Besides that, …" (`selain itu`, `крім того`, `en outre`) adds; it leaves no one out.
    if (reach === exclusionReach && (vocabulary.exclusionConnectives.has(before[i + 1]?.word ?? '') || vocabulary.exclusionConnectiveOpeners.has(before[i - 1]?.word ?? ''))) return false;
    // "Instead" (`in plaats daarvan`) puts the count in place of another; it is no part of one.
    if (reach === subCountReach && vocabulary.insteadWords.has(before[i - 1]?.word ?? '')) return false;
    // "Only ten", "these five" (`тільки десять`, `dessa fem`) restrict the number; no part of another.
    if (i === before.length - 1 && vocabulary.restrictingWords.has(word)) return false;
    if (reach === exclusionReach && from + start < previousCountEnd) return false;
    // "Only 16 %, against 34 %" (`лише 16% порівняно з 34%`): "only" restricts the count right after it, not the next one.
    if (vocabulary.restrictingWords.has(word) && from + start < previousCountEnd) return false;
    return before.length - (i + length - 1) <= reach;
  });
}

// Offices a person holds (src/lang/<code>/check.ts). The stems match inflected and compound forms
// (partijsecretaris, секретаря); short words that a stem would over-match are listed as written.
function officeOfWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const candidate of [lower, ...vocabulary.officeClitics.filter((c) => lower.startsWith(c)).map((c) => lower.slice(c.length))]) {
    for (const { office, stems, forms } of vocabulary.offices) {
      if (forms.has(candidate)) return office;
      if (stems.some((officeStem) => candidate.startsWith(officeStem) || (officeStem.length >= longStemLength && candidate.endsWith(officeStem)))) return office;
    }
  }
  return undefined;
}

/** Stems this long also match at the end of a compound (`partijsecretaris`). */
const longStemLength = 8;

/** Office words in `text` (`secretaris`, `أمين`, `секретаря`), with the office class and offsets. */
export function officeWords(text: string): Array<{ office: string; start: number; end: number }> {
  const words = wordsOf(text);
  const found: Array<{ office: string; start: number; end: number }> = [];
  words.forEach((w, i) => {
    const office = officeOfWord(w.word);
    if (office === undefined) return;
    const deputy = (i > 0 && vocabulary.deputyWords.has(words[i - 1]!.word)) || vocabulary.deputyPrefixes.some((prefix) => w.word.startsWith(prefix));
    found.push({ office: deputy ? `deputy ${office}` : office, start: w.start, end: w.end });
  });
  return found;
}

/** Whether the text holds clause punctuation that ends an apposition. */
export function hasClausePunctuation(text: string): boolean {
  for (const char of text) {
    if (',،;؛.:()|!?'.includes(char)) return true;
  }
  return false;
}

/** Whether an anchor names a place (a gazetteer place, or an entity the extractor calls a place). */
export function isPlace(anchor: Anchor): anchor is EntityAnchor {
  return anchor.type === 'entity' && (anchor.entityKind === 'place' || (anchor.entityKind !== 'person' && anchor.country !== undefined));
}

/** The identity of an entity for joining across versions: its gazetteer id, else its key. */
export function entityIdentity(anchor: EntityAnchor): string {
  return anchor.gazetteerId ?? anchor.value;
}

/** An anchor's fact for comparing across sentences and versions: its type and normalised value (`number:1435`). */
export function anchorKey(anchor: Pick<Anchor, 'type' | 'value'>): string {
  return `${anchor.type}:${anchor.value}`;
}

/** Sentences worth checking: everything but web-page boilerplate. */
export function isCheckable(document: SegmentedDocument, sentence: number): boolean {
  return document.sentences[sentence]?.kind !== 'boilerplate';
}

/** Whether a word of a place name is a point of the compass (`West`, `Barat`, `Западной`), in any language. */
export function isCompassWord(word: string): boolean {
  const folded = word.toLowerCase();
  return vocabulary.compassWords.forms.has(folded) || vocabulary.compassWords.stems.some((stem) => folded.startsWith(stem));
}

/** Whether a word of a place name is a kind of natural place (`Mount`, `Mont`, `Gunung`, `гора`), in any language. */
export function isPlaceTypeWord(word: string): boolean {
  return vocabulary.placeTypeWords.has(word.toLowerCase());
}

/** Whether a name holds the head noun of an institution's name (`Welsh Assembly`, `Парламента Уэльса`), in any language. */
export function isOrganisationName(name: string): boolean {
  const { forms, stems } = vocabulary.organisationWords;
  return wordsOf(name).some(({ word }) => forms.has(word) || stems.some((stem) => word.startsWith(stem)));
}

/**
 * A surface form for comparing spellings of one name in one language: lowercased, without diacritics or
 * tatweel, and with letters that transliterate the same sound (Arabic ج/غ for "g") folded together.
 */
export function foldSpelling(name: string): string {
  let folded = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u0640/gu, '');
  for (const [from, to] of vocabulary.spellingEquivalents) folded = folded.replaceAll(from, to);
  // Typographic and straight apostrophes are one character written two ways (Sainsbury’s / Sainsbury's).
  return folded.replace(/[’ʼ‘`]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/**
 * How a language inflects names: case endings (the profile's name endings and its adjective endings,
 * since place names such as `Північна Корея` decline like adjectives) and clitics glued in front
 * (Arabic `و`, `ب`, `ال`). Empty for languages that do not inflect names.
 */
export interface NameInflection {
  endings: readonly string[];
  prefixes: readonly string[];
  /** Vowels that may appear or vanish inside a declined stem (`Кубок` / `Кубку`). */
  fleetingVowels: string;
  /**
   * For a language whose inflection the project does not know: words that share a stem and differ only
   * in their last letters, at most this many on each side, count as one word inflected (`Кореи` /
   * `Корее`, `Кубок` / `Кубка`, `Warszawa` / `Warszawie`).
   */
  anyEndingUpTo?: number;
}

/** Shortest stem left after taking off an ending or a clitic. */
const minimumStem = 3;

function stripAffixes(word: string, inflection: NameInflection): string[] {
  const forms = [word];
  for (const prefix of inflection.prefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= minimumStem) forms.push(word.slice(prefix.length));
  }
  for (const form of [...forms]) {
    for (const ending of inflection.endings) {
      if (ending !== '' && form.endsWith(ending) && form.length - ending.length >= minimumStem) forms.push(form.slice(0, -ending.length));
    }
  }
  return forms;
}

/** Whether `long` is `short` with one fleeting vowel more inside (`кубок` / `кубк`). */
function vowelInserted(short: string, long: string, vowels: string): boolean {
  if (long.length !== short.length + 1 || short.length < minimumStem) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return vowels.includes(long[i]!) && short.slice(i) === long.slice(i + 1);
}

/** Words shorter than this (`Li`, `Ho`) are not told apart by spelling: any two count as the same. */
const minComparedWordLength = 4;
/** At most this many letters may follow a shared stem (`Minh`/`Minhs`, `Тханг`/`Тханга`). */
const maxEndingLength = 2;
/** The shorter spelling must keep at least this many letters to be read as a stem. */
const minStemLength = 3;

/**
 * Whether two spellings of a name in one language differ only by inflection (`Тханг`/`Тханга`,
 * `Minh`/`Minhs`, `Північною Кореєю`/`Північної Кореї`, `Кубок`/`Кубку`, `بالقاهرة`/`القاهرة`): word by
 * word, equal, or one a prefix of the other with at most two extra letters, or (given the language's
 * `inflection`) equal once an ending or clitic is taken off each.
 */
export function sameSpellingUpToInflection(a: string, b: string, inflection?: NameInflection): boolean {
  const wordsA = foldSpelling(a).split(' ');
  const wordsB = foldSpelling(b).split(' ');
  if (wordsA.length !== wordsB.length) return false;
  return wordsA.every((wordA, i) => {
    const wordB = wordsB[i]!;
    if (wordA === wordB) return true;
    // "Gasherbrum II" / "Gasherbrum VI", "Lager 2" / "Lager 3": a number names another thing.
    if (isRomanOrDigits(wordA) || isRomanOrDigits(wordB) || wordA.length < minComparedWordLength || wordB.length < minComparedWordLength) return true;
    const [short, long] = wordA.length <= wordB.length ? [wordA, wordB] : [wordB, wordA];
    if (long.startsWith(short) && long.length - short.length <= maxEndingLength && short.length >= minStemLength) return true;
    if (inflection?.anyEndingUpTo !== undefined && differInEndingsOnly(wordA, wordB, inflection.anyEndingUpTo)) return true;
    if (inflection === undefined || (inflection.endings.length === 0 && inflection.prefixes.length === 0)) return false;
    const stemsA = stripAffixes(wordA, inflection);
    const stemsB = stripAffixes(wordB, inflection);
    const vowels = inflection.fleetingVowels;
    return stemsA.some((x) => stemsB.some((y) => x === y || (vowels !== '' && (vowelInserted(x, y, vowels) || vowelInserted(y, x, vowels)))));
  });
}

/** Whether two words share a stem of at least {@link minimumStem} letters and then differ in at most `letters` letters each. */
function differInEndingsOnly(x: string, y: string, letters: number): boolean {
  let shared = 0;
  while (shared < x.length && shared < y.length && x[shared] === y[shared]) shared++;
  return shared >= minimumStem && x.length - shared <= letters && y.length - shared <= letters;
}

function isRomanOrDigits(word: string): boolean {
  for (const char of word) if (!'ivxlcdm0123456789'.includes(char)) return false;
  return word.length > 0;
}

/** The locale findings are written in: English, day before month as the five languages write it. */
export const messageLocale = 'en-GB';

// A leap year stands in for a date without one, so that `--02-29` still has a day to name.
const leapYearStandIn = 2000;

/**
 * A normalised date anchor value (`2025-03-20`, `--03-20`, `2025-03`, `--03`, `2025`, with `/22`
 * for the end day of a range) as people write it in `locale`: `20 March 2025`, `20 March`,
 * `March 2025`, `March`, `20–22 March`. Anything else comes back unchanged.
 */
export function describeDateValue(value: string, locale: string = messageLocale): string {
  const [date = '', endDayText] = value.split('/');
  let year: number | undefined;
  let rest: string;
  if (date.startsWith('--')) rest = date.slice(2);
  else {
    const [yearText = '', ...more] = date.split('-');
    if (!/^\d{4}$/.test(yearText)) return value;
    year = Number(yearText);
    rest = more.join('-');
  }
  const [monthText, dayText, extra] = rest === '' ? [] : rest.split('-');
  if (extra !== undefined || monthText === undefined) return value;
  const month = Number(monthText);
  const day = dayText === undefined ? undefined : Number(dayText);
  const endDay = endDayText === undefined ? undefined : Number(endDayText);
  const valid = (n: number | undefined, max: number) => n === undefined || (Number.isInteger(n) && n >= 1 && n <= max);
  if (!valid(month, 12) || !valid(day, 31) || !valid(endDay, 31) || (endDay !== undefined && day === undefined)) return value;
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    ...(year === undefined ? {} : { year: 'numeric' }),
  });
  const at = (dayOfMonth: number) => Date.UTC(year ?? leapYearStandIn, month - 1, dayOfMonth);
  // A day the month does not have (`--02-30`) is left as written rather than rolled into March.
  if (new Date(at(Math.max(day ?? 1, endDay ?? 1))).getUTCMonth() !== month - 1) return value;
  if (endDay !== undefined && day !== undefined && endDay > day) return format.formatRange(at(day), at(endDay));
  return format.format(at(day ?? 1));
}

/** Each document's weekday mentions per sentence, read once for every rule and link that asks. */
const weekdayMemo = new WeakMap<SegmentedDocument, Array<WeekdayMention[] | undefined>>();

/** The weekdays sentence `index` of `document` names (offsets into the sentence). */
export function weekdaysIn(document: SegmentedDocument, index: number): WeekdayMention[] {
  let perSentence = weekdayMemo.get(document);
  if (perSentence === undefined) weekdayMemo.set(document, (perSentence = []));
  return (perSentence[index] ??= findWeekdays(document.sentences[index]!.text, document.lang));
}
