// The rewriting grammar of bench:metamorphic, written from the grammars of the languages and NOT from
// the tool's profiles (a generator that used the tool's own word lists would pass by construction).
// Shared pieces: the sentence a rewrite sees, and how names are found in it without the tool.

export type MetaLang = 'uk' | 'ru' | 'nl' | 'id' | 'sv' | 'ar';

/** One proposed rewrite of a sentence: meaning-preserving, or a control that changes the fact. */
export interface Proposal {
  after: string;
  /** A few words: what was rewritten into what. */
  what: string;
  control: boolean;
}

/** What a rewrite of one sentence may look at. */
export interface SentenceContext {
  lang: MetaLang;
  text: string;
  /** The English source line (the referee: tells a name from a capitalised word, a man from a woman). */
  en: string;
  /** Names the clean check read in this sentence (Arabic has no capitals: its rewrites use these). */
  readNames: string[];
  /** People's names the clean check read in this sentence (a control replaces one of these). */
  personNames: string[];
  /** People's names the clean check read in the whole document in this language (the other person of a control). */
  docNames: string[];
  random: () => number;
}

export type Generator = (context: SentenceContext) => Proposal[];

export const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

export function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** A word of letters (with inner apostrophes and hyphens) and where it stands. */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}
const wordPattern = /\p{L}+(?:['’-]\p{L}+)*/gu;
export function wordsOf(text: string): WordAt[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

const upper = /^\p{Lu}\p{Ll}/u;
export const isCapitalised = (word: string) => upper.test(word);

/** True when the word opens the sentence (nothing but punctuation or quotes before it). */
export function opensSentence(text: string, start: number): boolean {
  return !/\p{L}|\p{N}/u.test(text.slice(0, start));
}

/** Latin-script languages: a capitalised word (not sentence-initial) that the English line also has verbatim. */
export function latinNameWords(context: SentenceContext): WordAt[] {
  const english = new Set(wordsOf(context.en).map((w) => w.word));
  return wordsOf(context.text).filter((w) => isCapitalised(w.word) && !opensSentence(context.text, w.start) && english.has(w.word) && w.word.length >= 3);
}

// Ukrainian: a capitalised word is taken for a name when the English line has a capitalised word that
// starts as its transliteration would (Джонсон / Johnson, Харків / Kharkiv).
const cyrillicInitials: Record<string, string[]> = {
  А: ['A'], Б: ['B'], В: ['V', 'W'], Г: ['H', 'G'], Ґ: ['G'], Д: ['D'], Е: ['E', 'A'], Є: ['Ye', 'E'], Ж: ['Zh', 'J', 'G'], З: ['Z', 'S'],
  И: ['Y', 'I'], І: ['I', 'E'], Ї: ['Yi', 'I'], Й: ['Y', 'J'], К: ['K', 'C', 'Q'], Л: ['L'], М: ['M'], Н: ['N'], О: ['O', 'A'], П: ['P'],
  Р: ['R'], С: ['S', 'C'], Э: ['E', 'A'], Ё: ['Yo', 'Jo', 'E'], Т: ['T'], У: ['U', 'W', 'O'], Ф: ['F', 'Ph'], Х: ['Kh', 'H', 'Ch'], Ц: ['Ts', 'C', 'Z'], Ч: ['Ch', 'C'],
  Ш: ['Sh', 'S'], Щ: ['Shch', 'S'], Ю: ['Yu', 'U', 'J'], Я: ['Ya', 'J', 'I'],
};
export function englishNameLike(en: string, word: string, endsInA?: boolean): boolean {
  const initials = cyrillicInitials[word[0]!] ?? [];
  return wordsOf(en).some((w) => isCapitalised(w.word) && !opensSentence(en, w.start) && initials.some((i) => w.word.startsWith(i)) && (endsInA === undefined || endsInA === /a$/.test(w.word)));
}
export function cyrillicNameWords(context: SentenceContext): WordAt[] {
  return wordsOf(context.text).filter((w) => /^[А-ЯІЇЄҐЭЁ][а-яіїєґыэёъ'’]{2,}$/.test(w.word) && !opensSentence(context.text, w.start) && englishNameLike(context.en, w.word));
}

/** Name words of a sentence, found without the tool for cased scripts; Arabic takes the check's reading. */
export function nameWords(context: SentenceContext): WordAt[] {
  if (context.lang === 'uk' || context.lang === 'ru') return cyrillicNameWords(context);
  if (context.lang !== 'ar') return latinNameWords(context);
  const found: WordAt[] = [];
  for (const name of context.readNames) {
    for (const word of name.split(/\s+/)) {
      const at = context.text.indexOf(word);
      if (at >= 0 && word.length >= 3) found.push({ word, start: at, end: at + word.length });
    }
  }
  return found;
}

/** Runs of two or more adjacent name words (first names + surname): [first word, last word]. */
export function fullNames(context: SentenceContext): Array<[WordAt, WordAt]> {
  const words = nameWords(context).sort((x, y) => x.start - y.start);
  const runs: Array<[WordAt, WordAt]> = [];
  let first: WordAt | undefined;
  let last: WordAt | undefined;
  for (const w of words) {
    if (first && last && /^\s$/.test(context.text.slice(last.end, w.start))) last = w;
    else {
      if (first && last && first !== last) runs.push([first, last]);
      first = last = w;
    }
  }
  if (first && last && first !== last) runs.push([first, last]);
  return runs;
}

/** The person's sex as the English sentence tells it (for titles), or undefined. */
export function englishSex(en: string): 'm' | 'f' | undefined {
  const male = /\b(?:he|his|him|Mr)\b/i.test(en);
  const female = /\b(?:she|her|Mrs|Ms)\b/i.test(en);
  return male === female ? undefined : male ? 'm' : 'f';
}
