// Whether two name mentions are one name: cores without titles or a glued word, one name rendered in
// two scripts or spellings, numbered names (`Gasherbrum II`), and names that share a word. The name
// rules (swaps and variants) ask these questions of leftover pairs.
import { getProfile } from '../lang/index.js';
import { scriptOfText } from '../lang/registry.js';
import type { EntityAnchor } from '../types.js';
import { countryCode, crossScriptNameSimilarity, keyConsonants, relatedNameSimilarity, romanValue, sameNameSimilarity } from './deps.js';
import { langOf } from './links.js';
import { abbreviationInName, possessorIsName, respeltKeys, sameBesideOpener, samePlaceBesideCompass, transliterationSimilarity } from './name-forms.js';
import { foldSpelling } from './text.js';
import type { RuleContext } from './types.js';

/** Spellings this alike in one script are one name written two ways (the name-variant spelling check's concern). */
export const sameScriptSpellingSimilarity = 0.5;

/** Words a name with one word glued on has at least. */
const minGluedNameWords = 3;

/** The language whose person titles news in every language quotes (`Mr Joko`), read beside a text's own. */
const quotedTitleLanguage = 'en';

const personTitlesByLanguage = new Map<string, ReadonlySet<string>>();

/** A language's person titles and the quoted language's, folded and without a final dot (built once per language). */
function personTitlesOf(lang: string): ReadonlySet<string> {
  let titles = personTitlesByLanguage.get(lang);
  if (titles === undefined) {
    const listed = [...(getProfile(lang).anchors.personTitles ?? []), ...(getProfile(quotedTitleLanguage).anchors.personTitles ?? [])];
    titles = new Set(listed.map((t) => foldSpelling(t).replace(/\.$/u, '')));
    personTitlesByLanguage.set(lang, titles);
  }
  return titles;
}

/**
 * The keys of a name's cores: without the person titles before it ("Mr Joko", "Пану Джоко": the rest),
 * without a country named before it (`Президент Єгипту Ван І`: Ukrainian and Russian put the office's
 * country in the genitive between office and name, and the reader glues it to the name), or without one
 * word at either end, since the extractor glues a sentence-initial word or a particle to a name
 * ("Serangan Dolly Menga", "دولي مينجا أنها"). Each core also respelt by its language's transliteration
 * conventions (German `Laut Lawrow`, Swedish `Pjotr Tjajkovskij`), as whole names are compared.
 */
function nameCores(context: RuleContext, text: string, lang: string, trimGluedWord: boolean): string[] {
  const titles = personTitlesOf(lang);
  let words = text.trim().split(/\s+/u);
  let titled = false;
  while (words.length > 1 && titles.has(foldSpelling(words[0]!).replace(/\.$/u, ''))) {
    words = words.slice(1);
    titled = true;
  }
  const cores = new Set<string>([words.join(' ')]);
  if (words.length > 1 && countryCode(words[0]!, lang) !== undefined) cores.add(words.slice(1).join(' '));
  // One word glued at either end, two words of name left.
  if (trimGluedWord && !titled && words.length >= minGluedNameWords) {
    cores.add(words.slice(1).join(' '));
    cores.add(words.slice(0, -1).join(' '));
  }
  return [...cores].flatMap((core) => respeltKeys(context, core, lang));
}

/**
 * Letters the shorter of two name keys needs before any near match counts: one letter changed of three
 * is another name (`Zaev` ends in the key of `NAVO`). Shorter keys are alike in one script only with a
 * case ending ({@link shortKeysAlike}); across scripts in their vowels and by one consonant added at most
 * ({@link shortKeysAlikeAcrossScripts}).
 */
export const minFuzzyKeyLetters = 4;

/**
 * Whether two near keys of short names in two scripts may be one name: a transliteration moves a short
 * name's vowels (`زئيف` JIP / `Zaev` JAP, `علي` L / `Ali` AL) and may add or drop a consonant (`Джоко`
 * DJUK / `Joko` JUK), but does not turn one consonant into another (`Заєв` JAP is not `NAVO` NAP).
 */
export function shortKeysAlikeAcrossScripts(x: string, y: string): boolean {
  const [shorter, longer] = [keyConsonants(x), keyConsonants(y)].sort((p, q) => p.length - q.length) as [string, string];
  if (shorter === longer) return true;
  if (longer.length !== shorter.length + 1) return false;
  // The longer is the shorter with one consonant added somewhere.
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/**
 * Whether two name keys are one name's: equal, or near from `threshold`. Any two keys of one script (whose
 * short keys callers judge by {@link shortKeysAlike} first) or two long ones may be near; two short keys
 * of two scripts only as {@link shortKeysAlikeAcrossScripts} allows.
 */
export function nearKeysAlike(context: RuleContext, x: string, y: string, oneScript: boolean, threshold: number): boolean {
  if (x === y) return true;
  if (!oneScript && Math.min(x.length, y.length) < minFuzzyKeyLetters && !shortKeysAlikeAcrossScripts(x, y)) return false;
  return context.nameSimilarity(x, y) >= threshold;
}

/** Letters a case ending adds to a name's key at most (`Joko` / Swedish genitive `Jokos`: two). */
const maxEndingLetters = 2;

/**
 * Whether two keys of names in one script, the shorter under {@link minFuzzyKeyLetters} letters, may be
 * one name: equal, or one the other with a case ending; inflection adds to a name's end, while another
 * letter elsewhere makes another name.
 */
export function shortKeysAlike(x: string, y: string): boolean {
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  return longer.startsWith(shorter) && longer.length - shorter.length <= maxEndingLetters;
}

/**
 * Whether two names share a core (see {@link nameCores}): one person with a title or a word glued on.
 * `trimGluedWord: false` leaves out the loosest core, a name of three words or more less either end
 * word, which also matches a name glued to another (`BBC Scotlands Morelos` holds `BBC Scotland`).
 */
export function sameNameCore(context: RuleContext, documentA: number, a: EntityAnchor, documentB: number, b: EntityAnchor, trimGluedWord = true): boolean {
  if (otherNumerals(a, b)) return false;
  const coresA = nameCores(context, a.text, langOf(context, documentA), trimGluedWord);
  const coresB = nameCores(context, b.text, langOf(context, documentB), trimGluedWord);
  const oneScript = scriptOfText(a.text) === scriptOfText(b.text);
  const alike = (x: string, y: string) => {
    if (oneScript && Math.min(x.length, y.length) < minFuzzyKeyLetters) return shortKeysAlike(x, y);
    return nearKeysAlike(context, x, y, oneScript, relatedNameSimilarity);
  };
  return (
    coresA.some((x) => coresB.some((y) => alike(x, y))) ||
    abbreviationInName(context, documentA, a, documentB, b) ||
    samePlaceBesideCompass(context, documentA, a, documentB, b) ||
    sameBesideOpener(context, documentA, a, documentB, b) ||
    possessorIsName(context, documentA, a, documentB, b) ||
    possessorIsName(context, documentB, b, documentA, a)
  );
}

/**
 * Whether two leftover names may be one name rendered two ways rather than two people. Across scripts
 * only the entity keys tell, and a transliteration moves them far (0.4). In one script the spellings
 * themselves tell: the keys fold so much ("Nanga Parbat" and "Hans Ratay" are 0.5 alike) that two names
 * of the same length look related.
 */
export function mayBeOneName(context: RuleContext, a: EntityAnchor, langA: string, b: EntityAnchor, langB: string): boolean {
  // Raw keys: across scripts the threshold is low already, and respelt keys would bring two people of
  // one given name within it (`Narcis Termes` / `Narcis Oriol Junqueras`).
  if (otherNumerals(a, b) || context.nameSimilarity(a.value, b.value) < crossScriptNameSimilarity) return false;
  // The script the names are written in, not the languages': a version quotes a name in its original
  // script (`Sainsbury's` in a Ukrainian text against `Сейнсбери`).
  if (scriptOfText(a.text) !== scriptOfText(b.text)) return true;
  const [foldedA, foldedB] = [foldSpelling(a.text), foldSpelling(b.text)];
  // Two languages of one script transliterate a third script's name each their own way (`Chruschtschow`,
  // `Chroesjtsjov`): respelt, the keys must be as alike as one name's.
  if (langA !== langB && transliterationSimilarity(context, a, langA, b, langB) >= sameNameSimilarity) return true;
  return context.nameSimilarity(foldedA, foldedB) >= sameScriptSpellingSimilarity;
}

/**
 * The number a name ends in, Roman or in digits (`Gasherbrum II` → 2, `Lager 3` → 3). Entity keys leave
 * numerals out, yet `Gasherbrum II` and `Gasherbrum VI` are two mountains.
 */
export function trailingNumeral(name: string): number | undefined {
  const words = name.trim().split(/\s+/u);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  if (/^[0-9]{1,4}$/u.test(last)) return Number(last);
  // Up to LXXXIX: a name ending in `C` or `XC` is a letter more likely than a hundred.
  const roman = romanValue(last);
  return roman !== undefined && roman < 90 ? roman : undefined;
}

/** Whether two names end in different numbers (`Gasherbrum II` / `Gasherbrum VI`): two things, however alike. */
export function otherNumerals(a: EntityAnchor, b: EntityAnchor): boolean {
  const x = trailingNumeral(a.text);
  const y = trailingNumeral(b.text);
  return x !== undefined && y !== undefined && x !== y;
}

/** A name's identity for pairing mentions one to one: its entity key and the number it ends in. */
export function nameIdentity(anchor: EntityAnchor): string {
  const numeral = trailingNumeral(anchor.text);
  return numeral === undefined ? anchor.value : `${anchor.value}\u0000${numeral}`;
}

/** Whether every word of one name is a word of the other ("Himalaya" in "Internationalen Himalaya"). */
export function isSubName(a: string, b: string): boolean {
  const [wordsA, wordsB] = [foldSpelling(a).split(/[ -]/u), foldSpelling(b).split(/[ -]/u)];
  const [short, long] = wordsA.length <= wordsB.length ? [wordsA, new Set(wordsB)] : [wordsB, new Set(wordsA)];
  return short.every((w) => long.has(w));
}

/**
 * Whether two names share a word of four letters or more ("H. Roiss" and "Heinrich Roiss"), unless they
 * are two names of one pattern: as many words, the shared ones in the same places, and the others
 * plainly different words rather than an initial or a shortening ("Hidden Peak" and "Broad Peak",
 * "Hans Ratay" and "Hans Ertl" are two mountains, two people).
 */
export function shareLongWord(a: string, b: string): boolean {
  const [wordsA, wordsB] = [foldSpelling(a).split(' '), foldSpelling(b).split(' ')];
  const words = new Set(wordsA.filter((w) => w.length >= 4));
  if (!wordsB.some((w) => w.length >= 4 && words.has(w))) return false;
  if (wordsA.length !== wordsB.length || wordsA.length < 2) return true;
  // A shared word in another place is one name in another word order, as translations of a compound
  // name put its qualifier on the other side ("West Virginia" / "Virginia Barat", "West Virginia
  // University" / "Universitas Virginia Barat": a cognate counts as the same word).
  const cognate = (x: string, y: string) => x === y || (x.length >= 6 && y.length >= 6 && x.slice(0, 6) === y.slice(0, 6));
  if (wordsA.some((w, i) => w.length >= 4 && wordsB.some((v, j) => j !== i && cognate(w, v)))) return true;
  const bare = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);
  const plainlyDifferent = (x: string, y: string) => {
    const [p, q] = [bare(x), bare(y)];
    return p.length > 2 && q.length > 2 && !p.startsWith(q) && !q.startsWith(p);
  };
  let differing = 0;
  for (let i = 0; i < wordsA.length; i++) {
    if (wordsA[i] === wordsB[i]) continue;
    if (!plainlyDifferent(wordsA[i]!, wordsB[i]!)) return true;
    differing++;
  }
  return differing === 0;
}
