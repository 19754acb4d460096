// Forms in which translations write one name differently, read by the name-variant rule: a compass
// word translated while the rest is transliterated, a sentence's first word glued on, a genitive glued to
// the noun it possesses, a surname written alone beside the full name, the kind of place written in the
// source's language (`Mount Everest` in a French text). Each compares what is left as
// names are compared across versions.
import { crossScriptNameSimilarity, relatedNameSimilarity, respellName, romanValue, sameNameSimilarity } from './deps.js';
import { getProfile } from '../lang/index.js';
import { scriptOfText } from '../lang/registry.js';
import { langOf } from './links.js';
import { foldSpelling, isCompassWord, isPlaceTypeWord } from './text.js';
import type { EntityAnchor } from '../types.js';
import type { RuleContext, SentencePair } from './types.js';

/**
 * The name without its compass words, and each run of words around them (`Западной Вирджинии` →
 * `Вирджинии`; `Трампом Западной Вирджинии` → `Трампом`, `Вирджинии`): a translation translates the
 * compass word and transliterates the rest, so across scripts only the rest can match.
 */
function withoutCompassWords(words: readonly string[]): string[] {
  const pieces = words.map((w) => w.split(/[-‐‑]/u).filter((part) => !isCompassWord(part)).join('-')).map((w) => (w === '' ? undefined : w));
  if (pieces.every((piece, i) => piece === words[i])) return [];
  const runs: string[] = [];
  let run: string[] = [];
  for (const piece of [...pieces, undefined]) {
    if (piece !== undefined) run.push(piece);
    else if (run.length > 0) {
      runs.push(run.join(' '));
      run = [];
    }
  }
  return runs;
}

/**
 * Whether two names are one place once their compass words are left out (`Западной Вирджинии` /
 * `West Virginia` / `Virginia Barat`): what is left is compared as name-variant compares leftover names,
 * across scripts at the transliteration threshold.
 */
export function samePlaceBesideCompass(context: RuleContext, documentA: number, a: EntityAnchor, documentB: number, b: EntityAnchor): boolean {
  const [langA, langB] = [langOf(context, documentA), langOf(context, documentB)];
  const wordsA = a.text.trim().split(/\s+/u);
  const wordsB = b.text.trim().split(/\s+/u);
  const restA = withoutCompassWords(wordsA);
  const restB = withoutCompassWords(wordsB);
  if (restA.length === 0 && restB.length === 0) return false;
  const threshold = getProfile(langA).script === getProfile(langB).script ? relatedNameSimilarity : crossScriptNameSimilarity;
  const keysA = (restA.length > 0 ? restA : [wordsA.join(' ')]).map((core) => context.entityKey(core, langA));
  const keysB = (restB.length > 0 ? restB : [wordsB.join(' ')]).map((core) => context.entityKey(core, langB));
  return keysA.some((x) => keysB.some((y) => x === y || context.nameSimilarity(x, y) >= threshold));
}

/**
 * Whether an anchor is the first word of a sentence: of its segment, or after a full stop, question or
 * exclamation mark inside it (a translator's two sentences given as one). Quotes and spaces aside.
 */
function opensSentence(context: RuleContext, document: number, anchor: EntityAnchor): boolean {
  const doc = context.documents[document]!;
  const sentence = doc.sentences.find((s) => s.start <= anchor.start && anchor.start < s.end);
  if (sentence === undefined) return false;
  const before = doc.text.slice(sentence.start, anchor.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const char = before[i]!;
    if ('.!?…'.includes(char)) return true;
    if (/[\p{L}\p{N}]/u.test(char)) return false;
  }
  return true;
}

/**
 * Whether two names are one once a sentence's first word, capitalised as every first word is and glued to
 * the name by the extractor, is left out (`Kemungkinan Trump` / `Предложение Трампом`): what is left is
 * compared as name-variant compares leftover names, across scripts at the transliteration threshold.
 */
export function sameBesideOpener(context: RuleContext, documentA: number, a: EntityAnchor, documentB: number, b: EntityAnchor): boolean {
  const [langA, langB] = [langOf(context, documentA), langOf(context, documentB)];
  const rest = (document: number, anchor: EntityAnchor): string[] => {
    const words = anchor.text.trim().split(/\s+/u);
    return words.length > 1 && opensSentence(context, document, anchor) ? [words.slice(1).join(' ')] : [];
  };
  const restA = rest(documentA, a);
  const restB = rest(documentB, b);
  if (restA.length === 0 && restB.length === 0) return false;
  const threshold = scriptOfText(a.text) === scriptOfText(b.text) ? relatedNameSimilarity : crossScriptNameSimilarity;
  const keysA = [a.text, ...restA].flatMap((core) => respeltKeys(context, core, langA));
  const keysB = [b.text, ...restB].flatMap((core) => respeltKeys(context, core, langB));
  return keysA.some((x) => keysB.some((y) => x === y || context.nameSimilarity(x, y) >= threshold));
}

/** A name's key, and its key respelt by its language's transliteration conventions (`Laut Lawrow`: `lavrov`). */
export function respeltKeys(context: RuleContext, name: string, lang: string): string[] {
  const respelt = respellName(name, lang);
  const key = context.entityKey(name, lang);
  return respelt === undefined ? [key] : [key, context.entityKey(respelt, lang)];
}

/** A word in capitals only (`TV`, `USA`, `BBC`), which a genitive name glues to itself in any language. */
const abbreviationWord = /^\p{Lu}{2,}$/u;

/** Letters a possessor keeps once its genitive ending is stripped (`Flakes` → `Flake`, not `Us` → `U`). */
const minPossessorLength = 3;

/**
 * Where a language capitalises its nouns (German) or writes its genitive with an apostrophe (English), or
 * before an abbreviation in capitals (`Baldwins TV-produktionsbolag`), a name in the genitive glues the noun
 * it possesses to itself (`Trumps Wahlkampfteam`, `Johnsons Gemeindemitglieder`, `Baldwin's TV`): the first word less its genitive ending is the name, and it is the
 * same person as a name of the other side that is it or ends in it (`Trump's`, `Eerwaarde Johnson`,
 * `Дэна Болдуина`).
 */
export function possessorIsName(context: RuleContext, documentA: number, a: EntityAnchor, documentB: number, b: EntityAnchor): boolean {
  const langA = langOf(context, documentA);
  const rules = getProfile(langA).anchors;
  const words = a.text.trim().split(/\s+/u);
  if (words.length !== 2) return false;
  const first = foldSpelling(words[0]!);
  const ending = (rules.nameEndings ?? []).map((e) => foldSpelling(e)).find((e) => first.endsWith(e) && first.length - e.length >= minPossessorLength);
  // The genitive is sure where nouns are capitalised anyway (German), written with an apostrophe (`Baldwin's
  // TV`), or glued to an abbreviation in capitals, which any language writes so (`Baldwins TV-bolag`).
  const beforeAbbreviation = abbreviationWord.test(words[1]!);
  if (ending === undefined || (rules.capitalisesNouns !== true && !ending.startsWith("'") && !beforeAbbreviation)) return false;
  const possessor = context.entityKey(words[0]!.slice(0, -ending.length), langA);
  const langB = langOf(context, documentB);
  const wordsB = b.text.trim().split(/\s+/u);
  const names = [wordsB.join(' '), wordsB[wordsB.length - 1]!].map((name) => context.entityKey(name, langB));
  return names.some((name) => name === possessor || context.nameSimilarity(name, possessor) >= relatedNameSimilarity);
}

/**
 * Whether one name is an abbreviation in capitals that the other writes as one of its words (`FBI` /
 * `FBI Untersuchungen`, `ФБР` / `FBI Untersuchungen`): where a language capitalises its nouns (German),
 * or a sentence opens, the reader glues the word beside an abbreviation to it. In another script the
 * abbreviation is the version's own (`ФБР`), alike in sound. A person's name holds no such word.
 */
export function abbreviationInName(context: RuleContext, documentA: number, a: EntityAnchor, documentB: number, b: EntityAnchor): boolean {
  const [wordsA, wordsB] = [a.text.trim().split(/\s+/u), b.text.trim().split(/\s+/u)];
  const [long, short, langLong, langShort] =
    wordsA.length >= wordsB.length ? [wordsA, wordsB, langOf(context, documentA), langOf(context, documentB)] : [wordsB, wordsA, langOf(context, documentB), langOf(context, documentA)];
  if (short.length !== 1 || long.length < 2 || !abbreviationWord.test(short[0]!)) return false;
  const abbreviation = short[0]!;
  return long.some((word) => {
    if (word === abbreviation) return true;
    if (!abbreviationWord.test(word) || scriptOfText(word) === scriptOfText(abbreviation)) return false;
    return context.nameSimilarity(context.entityKey(word, langLong), context.entityKey(abbreviation, langShort)) >= relatedNameSimilarity;
  });
}

/**
 * Whether two names of one length differ only where each has a kind of natural place (`Mont Everest` /
 * `Mount Everest`): a text that quotes the source's form of a place beside its own has not misspelt it.
 */
export function onlyPlaceTypesDiffer(a: string, b: string): boolean {
  const [wordsA, wordsB] = [a.trim().split(/\s+/u), b.trim().split(/\s+/u)];
  if (wordsA.length !== wordsB.length) return false;
  const differing = wordsA.map((w, i) => [w, wordsB[i]!] as const).filter(([x, y]) => foldSpelling(x) !== foldSpelling(y));
  return differing.length > 0 && differing.every(([x, y]) => isPlaceTypeWord(x) && isPlaceTypeWord(y));
}

/**
 * Where a language capitalises its nouns (German), a noun glued before a name in the genitive (`Aufnahme
 * Mazedoniens`, `Anträge Mazedoniens`): two such names that share the genitive and differ in the noun are
 * two things of one name, not one name spelt two ways.
 */
export function nounsBeforeOneGenitive(a: string, b: string, lang: string): boolean {
  const rules = getProfile(lang).anchors;
  if (rules.capitalisesNouns !== true) return false;
  const [wordsA, wordsB] = [foldSpelling(a).split(' '), foldSpelling(b).split(' ')];
  const [lastA, lastB] = [wordsA[wordsA.length - 1]!, wordsB[wordsB.length - 1]!];
  if (wordsA.length !== 2 || wordsB.length !== 2 || lastA !== lastB || wordsA[0] === wordsB[0]) return false;
  return (rules.nameEndings ?? []).some((e) => lastA.endsWith(foldSpelling(e)) && lastA.length - e.length >= minPossessorLength);
}

/** Letters of an abbreviation in capitals, with or without dots (`UN`, `U.N.`, `PBB`, `ООН`). */
const abbreviationPattern = /(?<!\p{L})(?:\p{Lu}\.?){2,6}(?!\p{L})/gu;

/**
 * Whether `text` writes the name as an abbreviation of its capitalised words' first letters, in any
 * order (`U.N.` for `Nations Unies`, `PBB` for `Perserikatan Bangsa-Bangsa`): a name of several words
 * one version spells out and another abbreviates, not another name.
 */
export function abbreviatedIn(text: string, name: string): boolean {
  const initials = name
    .split(/[\s\-‐‑]+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]!)
    .sort()
    .join('');
  if (initials.length < 2) return false;
  for (const match of text.matchAll(abbreviationPattern)) {
    if (match[0].replace(/\./gu, '').split('').sort().join('') === initials) return true;
  }
  return false;
}

/**
 * How alike two names are once each language's way of transliterating is undone: the best of their keys
 * and of their keys respelt (German `Lawrow`, Dutch `Chroesjtsjov`, Swedish `Gorbatjov` against
 * `Lavrov`, `Хрущёв`, `Горбачёв`). Consonants alone would not do: syllable names differ in their vowels
 * (`Chen Gang`, `Tran Cuong`).
 */
export function transliterationSimilarity(context: RuleContext, a: EntityAnchor, langA: string, b: EntityAnchor, langB: string): number {
  return transliterationKeysSimilarity(context, transliterationKeys(context, a, langA), transliterationKeys(context, b, langB));
}

/** A name's key, and its key respelt by its language's transliteration conventions. */
export function transliterationKeys(context: RuleContext, anchor: EntityAnchor, lang: string): string[] {
  const respelt = respellName(anchor.text, lang);
  return respelt === undefined ? [anchor.value] : [anchor.value, context.entityKey(respelt, lang)];
}

/** {@link transliterationSimilarity} of two names' keys. */
export function transliterationKeysSimilarity(context: RuleContext, a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, x === y ? 1 : context.nameSimilarity(x, y));
  return best;
}

/**
 * Whether one of two names is a single word, the last word of the other ("May" and "Theresa May", "Ri"
 * and "Ri Yong Ho"): news names a person in full once and by surname after, and a translation may put
 * the full name in the sentence beside. Read between names only, so no minimum length, unlike
 * {@link surnameWrittenIn}'s plain words.
 */
export function surnameAndFullName(context: RuleContext, x: EntityAnchor, langX: string, y: EntityAnchor, langY: string): boolean {
  const wordsOf = (anchor: EntityAnchor) => anchor.text.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w) && romanValue(w) === undefined);
  const [wordsX, wordsY] = [wordsOf(x), wordsOf(y)];
  if ((wordsX.length === 1) === (wordsY.length === 1) || wordsX.length === 0 || wordsY.length === 0) return false;
  const [keyX, keyY] = [context.entityKey(wordsX[wordsX.length - 1]!, langX), context.entityKey(wordsY[wordsY.length - 1]!, langY)];
  return keyX === keyY || context.nameSimilarity(keyX, keyY) >= sameNameSimilarity;
}

/** Letters a surname has at least to be looked for as a plain word of the other side. */
const minSurnameLetters = 4;

/** Whether the sentences `side` hold a word that is the name's last word (its surname), however transliterated. */
export function surnameWrittenIn(context: RuleContext, anchor: EntityAnchor, lang: string, side: SentencePair['a']): boolean {
  // Its last word that is no numeral (`Gasherbrum` of `Gasherbrum II`).
  const words = anchor.text.trim().split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w) && romanValue(w) === undefined);
  const surname = words[words.length - 1];
  if (surname === undefined || surname.length < minSurnameLetters) return false;
  const key = context.entityKey(surname, lang);
  const otherLang = langOf(context, side.document);
  const text = side.sentences.map((k) => context.documents[side.document]!.sentences[k]!.text).join(' ');
  return (text.match(/\p{L}+/gu) ?? []).some((word) => {
    if (word.length < minSurnameLetters) return false;
    const other = context.entityKey(word, otherLang);
    return other === key || context.nameSimilarity(other, key) >= sameNameSimilarity;
  });
}
