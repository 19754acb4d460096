/**
 * An optional bilingual dictionary (`lexicon`): word pairs that translate each other. Each pair
 * becomes a shared feature of the sentences that hold its two words, weighted by rarity like every
 * other feature. Pure: the readers take file contents, not paths (the command line reads the files).
 *
 * Readers: hunalign's dictionary format (`target @ source`, one pair a line) and FreeDict's dictd
 * files (`.index` + the unzipped `.dict`). {@link pivotLexicon} joins two dictionaries through a
 * shared language (nld–eng and ara–eng give nld–ara).
 *
 * @module
 */
import { dictionaryEntryForms, findLanguage, foldLookupLetters, ungluedForms } from './deps.js';
import { type AlignPenalties, describe } from './options.js';

/**
 * Penalties that differ when a dictionary is given (`options.penalties` still wins): its word pairs make a
 * sentence's ordinary words evidence, so a sentence joined to a bead whose words the other side does not
 * translate is more surely a passenger, and two sentences that share no word the dictionary joins are
 * less likely a translation than when only names and numbers could have joined them (`anchors`, the cost
 * of missing overlap: a deletion on each side was linked 1-1, a deleted sentence rode in a wide bead).
 * NTREX dev 1–31, FreeDict (38 dictionaries, joined through every shared language), six pairs, strict F1:
 * passenger (anchors 2) 2 → 0.936, 3 → 0.940, 4 → 0.942, 5 → 0.942, 6 → 0.940, 8 → 0.942; anchors
 * (passenger 4) 2 → 0.942, 2.5 → 0.941, 3 → 0.948, 3.25 → 0.949, 3.5 → 0.951, 3.75 → 0.944, 4 → 0.943;
 * at anchors 3.5 passenger 3 → 0.947, 5 → 0.951 and skip 2.25 → 0.948, 2.75 → 0.945.
 */
export const lexiconPenalties: Readonly<Partial<AlignPenalties>> = { passenger: 4, anchors: 3.5 };

/** Word pairs that translate each other (either order; single words, any case). */
export type Lexicon = ReadonlyArray<readonly [string, string]>;

const marks = /\p{M}/gu;
/** Words are compared by their first letters, so that inflected forms meet their headword. */
const keyLength = 6;

/**
 * The form a word is looked up by: lower case without diacritics, the first {@link keyLength} letters.
 */
export function lexiconKey(word: string): string {
  return [...foldForLookup(word)].slice(0, keyLength).join('');
}

/** The letters a word is compared by: lower case, no diacritics, letter variants of its script folded. */
function foldForLookup(word: string): string {
  return foldLookupLetters(word.toLowerCase().normalize('NFD').replace(marks, ''));
}

/** A language's affixes folded like the words they are cut from, once per language. */
interface FoldedMorphology {
  templates: ReadonlyArray<readonly [string, string]>;
  suffixes: ReadonlyArray<readonly [string, string]>;
  prefixes: ReadonlyArray<readonly [string, string]>;
  minStem: number;
  doubledConsonants: boolean;
  openSyllableVowels: boolean;
  vowels: string;
}
const morphologies = new Map<string, FoldedMorphology | undefined>();
const noAffix: readonly [string, string] = ['', ''];

function morphologyOf(lang: string): FoldedMorphology | undefined {
  if (morphologies.has(lang)) return morphologies.get(lang);
  const given = findLanguage(lang)?.morphology;
  const fold = (list: ReadonlyArray<readonly [string, string]> | undefined) =>
    [noAffix, ...(list ?? []).map(([affix, replacement]) => [foldForLookup(affix), foldForLookup(replacement)] as const)];
  const folded = given && {
    templates: (given.templates ?? []).map(([form, headword]) => [foldForLookup(form), foldForLookup(headword)] as const),
    suffixes: fold(given.suffixes),
    prefixes: fold(given.prefixes),
    minStem: given.minStem,
    doubledConsonants: given.doubledConsonants ?? false,
    openSyllableVowels: given.openSyllableVowels ?? false,
    vowels: given.vowels ?? '',
  };
  morphologies.set(lang, folded);
  return folded;
}

/**
 * The forms a folded word of the text may have as a headword, the word itself first: without one
 * prefix and one suffix of its language's {@link Morphology} (each possibly replaced), with the spelling
 * changes the language makes at the stem's end.
 */
export function headwordCandidates(word: string, lang: string | undefined): string[] {
  const folded = foldForLookup(word);
  const out = [folded];
  const push = (form: string) => {
    if (!out.includes(form)) out.push(form);
  };
  const bases = ungluedForms(folded);
  for (const base of bases) push(base);
  const morphology = lang === undefined ? undefined : morphologyOf(lang);
  if (!morphology) return out;
  for (const base of bases) for (const [form, headword] of morphology.templates) push(fillTemplate(base, form, headword) ?? base);
  for (const base of bases) {
    for (const [prefix, prefixReplacement] of morphology.prefixes) {
      if (!base.startsWith(prefix)) continue;
      const rest = prefixReplacement + base.slice(prefix.length);
      for (const [suffix, replacement] of morphology.suffixes) {
        if (!rest.endsWith(suffix) || (prefix === '' && suffix === '')) continue;
        const stem = rest.slice(0, rest.length - suffix.length);
        if ([...stem].length < morphology.minStem) continue;
        for (const spelled of respell(stem, suffix, replacement, morphology)) push(spelled + replacement);
      }
    }
  }
  return out;
}

/** `word` read by a whole-word template (`ا12ا3`, digits for the root's letters) as its headword, if it fits. */
function fillTemplate(word: string, form: string, headword: string): string | undefined {
  const letters = [...word];
  const slots = [...form];
  if (letters.length !== slots.length) return undefined;
  const root = new Map<string, string>();
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (slot >= '1' && slot <= '9') root.set(slot, letters[k]!);
    else if (slot !== letters[k]) return undefined;
  }
  return [...headword].map((slot) => root.get(slot) ?? slot).join('');
}

/** A stem as the headword spells it before `replacement`, once `suffix` is cut (see {@link Morphology}). */
function respell(stem: string, suffix: string, replacement: string, morphology: FoldedMorphology): string[] {
  const forms = [stem];
  const [third, second, last] = [stem.at(-3), stem.at(-2), stem.at(-1)];
  const { vowels } = morphology;
  const isConsonant = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char) && !vowels.includes(char);
  const openedBySuffix = suffix !== '' && vowels.includes(suffix[0]!);
  // `mannen` → `man`: the consonant doubled before the ending just cut.
  if (openedBySuffix && morphology.doubledConsonants && isConsonant(last) && last === second) forms.push(stem.slice(0, -1));
  if (!morphology.openSyllableVowels || !isConsonant(last) || second === undefined || !vowels.includes(second)) return forms;
  const vowelFollows = replacement !== '' && vowels.includes(replacement[0]!);
  // `maakt` → `maken`: a double vowel is written once before an ending's vowel.
  if (third === second && vowelFollows) forms.push(stem.slice(0, -2) + last);
  // `jaren` → `jaar`: a long vowel of an open syllable is written double once the syllable closes.
  else if (openedBySuffix && !vowelFollows && isConsonant(third)) forms.push(stem.slice(0, -1) + second + last);
  return forms;
}

/**
 * The dictionary concepts of a word of the text in language `lang`, found through every
 * {@link headwordCandidates} form: a word also without the words its script writes glued to it (Arabic
 * conjunctions, prepositions and the article), an inflected word by its stem.
 */
export function conceptsOfWord(lexicon: CompiledLexicon, token: string, lang?: string): number[] | undefined {
  // A text repeats its words: each (language, word) is looked up once per lexicon.
  const cacheKey = `${lang ?? ''}\u0000${token}`;
  if (lexicon.looked.has(cacheKey)) return lexicon.looked.get(cacheKey);
  let found: number[] | undefined;
  for (const form of headwordCandidates(token, lang)) {
    const more = lexicon.conceptsOf.get([...form].slice(0, keyLength).join(''));
    if (!more) continue;
    found ??= [];
    for (const concept of more) if (!found.includes(concept)) found.push(concept);
  }
  if (lexicon.looked.size >= maxLookedUp) lexicon.looked.clear();
  lexicon.looked.set(cacheKey, found);
  return found;
}

/** Words a single lexicon entry may hold: letters only (phrases and abbreviations with dots are left out). */
const singleWord = /^[\p{L}\p{M}]{2,40}$/u;
/** Entries per word kept: a word with many senses says little about any one sentence. */
const maxConceptsPerKey = 8;

/** A lexicon ready for lookups: each word key's concept ids (one id per pair). */
export interface CompiledLexicon {
  conceptsOf: Map<string, number[]>;
  /** Concepts of the words of the text looked up so far, by language and word (see {@link conceptsOfWord}). */
  looked: Map<string, number[] | undefined>;
}

/** Words whose concepts are kept before the cache starts again (bounds its memory on huge texts). */
const maxLookedUp = 200_000;

const compiled = new WeakMap<Lexicon, CompiledLexicon>();

/**
 * Checks and compiles a lexicon (once per array).
 *
 * @throws {TypeError} when `lexicon` is not an array of string pairs.
 */
export function compileLexicon(lexicon: Lexicon, name = 'options.lexicon'): CompiledLexicon {
  if (!Array.isArray(lexicon)) throw new TypeError(`${name} must be an array of [word, word] pairs, got ${describe(lexicon)}`);
  const known = compiled.get(lexicon);
  if (known) return known;
  const conceptsOf = new Map<string, number[]>();
  const add = (key: string, concept: number) => {
    let list = conceptsOf.get(key);
    if (!list) conceptsOf.set(key, (list = []));
    if (list.length < maxConceptsPerKey && list.at(-1) !== concept) list.push(concept);
  };
  const seen = new Map<string, number>();
  lexicon.forEach((pair, index) => {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
      throw new TypeError(`${name}[${index}] must be a pair of words, got ${describe(pair)}`);
    }
    if (!singleWord.test(pair[0]) || !singleWord.test(pair[1])) return;
    const u = lexiconKey(pair[0]);
    const v = lexiconKey(pair[1]);
    if (u === v) return; // the same word in both languages: the cognate features see it already
    const pairKey = u < v ? `${u}\u0000${v}` : `${v}\u0000${u}`;
    let concept = seen.get(pairKey);
    if (concept === undefined) seen.set(pairKey, (concept = seen.size));
    add(u, concept);
    add(v, concept);
    // An entry is also found under its script's further forms (an Arabic noun without its article).
    for (const word of pair) {
      for (const form of dictionaryEntryForms(word)) {
        const bare = lexiconKey(form);
        if (bare !== lexiconKey(word)) add(bare, concept);
      }
    }
  });
  const result = { conceptsOf, looked: new Map<string, number[] | undefined>() };
  compiled.set(lexicon, result);
  return result;
}

/**
 * Reads hunalign's dictionary format: one `target @ source` pair a line (phrases allowed; only
 * single words are used).
 */
export function parseHunalignDictionary(text: string): Array<[string, string]> {
  if (typeof text !== 'string') throw new TypeError(`text must be a string, got ${describe(text)}`);
  const pairs: Array<[string, string]> = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf(' @ ');
    if (at < 0) continue;
    const target = line.slice(0, at).trim();
    const source = line.slice(at + 3).trim();
    if (target !== '' && source !== '') pairs.push([source, target]);
  }
  return pairs;
}

const base64Digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's offsets and lengths: base-64 numbers, most significant digit first. */
function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const char of text) {
    const digit = base64Digits.indexOf(char);
    if (digit < 0) return Number.NaN;
    value = value * 64 + digit;
  }
  return value;
}

/** A line that is only a sense number (` 3.`): the line after it defines that sense. */
const senseMarker = /^\s{0,8}\d{1,3}\.\s{0,8}$/;
/** A sense number that starts a line (`2. lopen, gaan`). */
const leadingSense = /^\s{0,8}(\d{1,3})\.\s{1,8}/;
/** A sense number left at the end of a translation line (`stor 2.`): definitions follow. */
const trailingSense = /\s{1,8}\d{1,3}\.$/;
/** Longest note in brackets after a translation that is dropped (`huis (gebouw)`). */
const maxBracketNote = 80;

/**
 * A translation without its notes in brackets (`huis (gebouw)` → `huis `): a scan rather than a regular
 * expression with a bounded repeat, which the regex lint's fuzzing judged polynomial under load.
 */
function withoutBracketNotes(text: string): string {
  let kept = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[') {
      const limit = Math.min(text.length, i + 1 + maxBracketNote);
      let j = i + 1;
      while (j < limit && !'()[]'.includes(text[j]!)) j++;
      if (j < text.length && (text[j] === ')' || text[j] === ']')) {
        i = j;
        continue;
      }
    }
    kept += char;
  }
  return kept;
}

/** The headword of an entry's first line, without the pronunciation and part of speech (`kat /kɑt/ <n>`). */
function headwordOf(line: string): string {
  let end = line.length;
  for (const marker of [' /', ' <']) {
    const at = line.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  return line.slice(0, end).trim();
}

/**
 * The translation lines of one dictd entry (its lines after the headword). FreeDict's older
 * dictionaries hold translations only (`1. springa`, `2. kila, raka`). Its WikDict dictionaries, whose
 * headword lines carry a part of speech (`<n>`), follow each sense's translations with definitions in
 * the headword's own language (`hus` / `huis, onderkomen` / `byggnad`): a definition follows a
 * translation line, a definition or a bare sense number (` 3.`), and a line starting with the next sense's
 * number starts that sense's translations.
 */
export function translationLines(headLine: string, body: readonly string[]): string[] {
  const lines = body.filter((line) => line.trim() !== '');
  if (!headLine.includes(' <')) return lines.map((line) => line.replace(leadingSense, ''));
  const out: string[] = [];
  let sense = 0;
  let afterMarker = false;
  lines.forEach((line, index) => {
    if (senseMarker.test(line)) {
      afterMarker = true;
      return;
    }
    const number = leadingSense.exec(line);
    const startsSense = index === 0 || (!afterMarker && number !== null && Number(number[1]) === sense + 1);
    afterMarker = false;
    if (!startsSense) return;
    sense = number ? Number(number[1]) : 1;
    out.push(line.replace(leadingSense, '').replace(trailingSense, ''));
  });
  return out;
}

/**
 * Reads a FreeDict dictionary in dictd format: `index` is the `.index` file's text, `dict` the
 * `.dict` file's bytes (unzipped; `.dict.dz` is gzip-compatible). Gives (headword, translation)
 * pairs, taking every comma- or semicolon-separated item of the entry's translation lines (see
 * {@link translationLines}; definitions are left out), without notes in brackets.
 *
 * @throws {TypeError} when `index` is not a string or `dict` not bytes.
 */
export function parseDictdDictionary(index: string, dict: Uint8Array): Array<[string, string]> {
  if (typeof index !== 'string') throw new TypeError(`index must be a string, got ${describe(index)}`);
  if (!(dict instanceof Uint8Array)) throw new TypeError(`dict must be a Uint8Array, got ${describe(dict)}`);
  const decoder = new TextDecoder();
  const pairs: Array<[string, string]> = [];
  for (const line of index.split('\n')) {
    const [word, offsetText, lengthText] = line.split('\t');
    if (!word || !offsetText || !lengthText || word.startsWith('00database') || word.startsWith('00-database')) continue;
    const offset = decodeDictdNumber(offsetText);
    const length = decodeDictdNumber(lengthText.trim());
    if (!(offset >= 0 && length > 0 && offset + length <= dict.length)) continue;
    const entry = decoder.decode(dict.subarray(offset, offset + length)).split('\n');
    const headword = headwordOf(entry[0] ?? '');
    if (headword === '') continue;
    for (const body of translationLines(entry[0]!, entry.slice(1))) {
      for (const item of withoutBracketNotes(body).split(/[,;]/)) {
        const translation = item.trim();
        if (translation !== '') pairs.push([headword, translation]);
      }
    }
  }
  return pairs;
}

/** Translations of one word through a pivot word kept at most (a common pivot word would join everything). */
const maxPivotFanOut = 6;

/**
 * Joins two dictionaries that share a language (the pivot): pairs `[x, p]` and `[y, p]` give `[x, y]`.
 * Either dictionary may have the pivot on either side; say which with `pivotFirst`. With the pivot's
 * language (`pivotLanguage`), a pivot word one dictionary lacks is also joined through its headword forms
 * (see {@link headwordCandidates}): `rains` in one meets `rain` in the other.
 */
export function pivotLexicon(first: Lexicon, second: Lexicon, options: PivotOptions = {}): Array<[string, string]> {
  return pivotJoin(first, second, options).map((entry) => entry.pair);
}

/** A pair joined through a pivot language, and how many of its words join it. */
export interface JoinedPair {
  pair: [string, string];
  count: number;
}

/** How {@link pivotLexicon} reads its two dictionaries. */
export interface PivotOptions {
  pivotFirstIn?: boolean;
  pivotFirstInSecond?: boolean;
  /** The pivot's language code: its inflected words also meet their headword in the other dictionary. */
  pivotLanguage?: string;
}

/** {@link pivotLexicon}'s pairs with the number of pivot words that join each, most first. */
export function pivotJoin(first: Lexicon, second: Lexicon, options: PivotOptions = {}): JoinedPair[] {
  const byPivot = (lexicon: Lexicon, pivotFirst: boolean) => {
    const map = new Map<string, string[]>();
    for (const [u, v] of lexicon) {
      const [pivot, other] = pivotFirst ? [u, v] : [v, u];
      const key = pivot.toLowerCase();
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      if (list.length < maxPivotFanOut && !list.includes(other)) list.push(other);
    }
    return map;
  };
  const left = byPivot(first, options.pivotFirstIn ?? false);
  const right = byPivot(second, options.pivotFirstInSecond ?? false);
  // How many pivot words join each pair: a pair two senses agree on comes before one a single
  // ambiguous pivot word makes (`الرئيس` → chief, head, president… → `president` through two of them).
  const support = new Map<string, { pair: [string, string]; count: number; order: number }>();
  const join = (xs: readonly string[], ys: readonly string[]) => {
    for (const x of xs) {
      for (const y of ys) {
        const key = `${x}\u0000${y}`;
        const known = support.get(key);
        if (known) known.count++;
        else support.set(key, { pair: [x, y], count: 1, order: support.size });
      }
    }
  };
  // A pivot word the other dictionary lacks meets it by its first headword form the other has.
  const lang = options.pivotLanguage;
  const inflected = (pivot: string, other: Map<string, string[]>) =>
    lang === undefined ? undefined : headwordCandidates(pivot, lang).slice(1).find((form) => other.has(form));
  for (const [pivot, xs] of left) {
    const ys = right.get(pivot);
    if (ys) join(xs, ys);
    else {
      const form = inflected(pivot, right);
      if (form !== undefined) join(xs, right.get(form)!);
    }
  }
  for (const [pivot, ys] of right) {
    if (left.has(pivot)) continue;
    const form = inflected(pivot, left);
    if (form !== undefined) join(left.get(form)!, ys);
  }
  return [...support.values()].sort((p, q) => q.count - p.count || p.order - q.order).map(({ pair, count }) => ({ pair, count }));
}
