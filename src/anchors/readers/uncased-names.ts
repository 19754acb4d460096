// Names in scripts without capital letters (Arabic script): windows of up to four unclaimed words,
// the longest whose key is in the gazetteer or among the names the other versions use. Read after every
// token reader, over the words nothing claimed.
import type { EntityAnchor, EntityKind } from '../../types.js';
import type { GazetteerEntry } from '../gazetteer.js';
import { joinKeyParts, nameSimilarity, wordKeyPart } from '../key.js';
import { foldWord, isCapitalised } from '../text.js';
import { keyConsonants, mergeKeyClasses } from '../../lang/scripts/skeleton.js';
import type { TokenCursor } from './cursor.js';
import {
  hasKey,
  isKeyWithoutShortVowels,
  knownConsonantIndex,
  minConsonantsForVowelless,
  minFuzzyKnownKeyLength,
  minKeyLookupLength,
  minNameKeyLength,
  minSingleWordKnownKeyLength,
  nameStartTest,
  surfaceIndex,
  trustedKeyLength,
  vowellessStartTest,
} from './name-keys.js';
import { hasGluedArticle } from './words.js';

/** Most words of an uncased name window. */
const maxWindowWords = 4;

/** A name found in a window: its words, the gazetteer entry or known key, and the first word without its clitics. */
interface UncasedMatch {
  words: number[];
  entry: GazetteerEntry | undefined;
  key: string;
  bareFirst: string;
  /** Matched by its consonants only (see `vowellessKey`). */
  byConsonants?: true;
}

export function readUncasedNames(cursor: TokenCursor): void {
  const { tables, context } = cursor;
  const wordSkeletons = new Map<number, string>();
  const starts = nameStartTest(context.gazetteer, context.knownNames, tables.code, tables.orthography.wordForms);
  const { foreignConsonantMerges: merges, shortVowelsUnwritten } = tables.orthography;
  const vowelless = shortVowelsUnwritten ? knownConsonantIndex(context.knownNames, merges) : undefined;
  const vowellessStarts = vowelless && vowellessStartTest(vowelless, merges, tables.code, tables.orthography.wordForms);
  for (let i = 0; i < cursor.tokens.length; i++) {
    if (!isUncasedCandidate(cursor, i)) continue;
    // Cheap filter first: only words that can start a known name open a window.
    if (!starts(cursor.folded[i]!) && !vowellessStarts?.(cursor.folded[i]!)) continue;
    const match = longestWindowMatch(cursor, nameWindow(cursor, i), wordSkeletons, vowelless);
    if (match === undefined) continue;
    emitUncased(cursor, match);
    i = match.words[match.words.length - 1]!;
  }
}

/** The words from `i` on that may belong to one name: candidates separated by single spaces. */
function nameWindow(cursor: TokenCursor, i: number): number[] {
  const words = [i];
  for (let n = 1; n < maxWindowWords; n++) {
    const next = cursor.nextWord(words[words.length - 1]!);
    if (next < 0 || !isUncasedCandidate(cursor, next) || cursor.tokens[next - 1]!.kind !== 'space') break;
    words.push(next);
  }
  return words;
}

/** The longest start of the window that names something; the first word tried as written, then without its clitics. */
function longestWindowMatch(
  cursor: TokenCursor,
  words: number[],
  wordSkeletons: Map<number, string>,
  vowelless: Map<string, string[]> | undefined,
): UncasedMatch | undefined {
  const { tables } = cursor;
  const firstForms = tables.orthography.wordForms(cursor.folded[words[0]!]!);
  const restParts = words.slice(1).map((w) => {
    let part = wordSkeletons.get(w);
    if (part === undefined) {
      part = wordKeyPart(cursor.folded[w]!, tables.code);
      wordSkeletons.set(w, part);
    }
    return part;
  });
  // A known name matched exactly is taken before a longer window that matches one only within an edit:
  // a short word after a name adds a letter or two to its key (`دولي مينجا أنها`, "Dolly Menga that",
  // is within an edit of the Swedish genitive `Dolly Mengas`; `دولي مينجا` is `Dolly Menga` exactly).
  // Then a known name written without its short vowels (`ترامب` for `Trump`), where the script does so,
  // before a match within an edit: an edit lets a common word after the name in (`كونغرس يوم` is within
  // one of the spelling `Конгресом`, "Congress" with its case ending).
  // Last, a name of several words with a long skeleton and short vowels unwritten (`skeleton`).
  for (const pass of ['exact', 'vowelless', 'fuzzy', 'skeleton'] as const) {
    const byConsonants = pass === 'vowelless' || pass === 'skeleton';
    // Foreign names do not take the article: a word read by its consonants alone must not have it.
    if (byConsonants && (vowelless === undefined || hasGluedArticle(cursor, firstForms))) continue;
    // Without vowels a key says less: the shortest window that names someone, so that a common word after
    // the name is not taken into it.
    const shortestFirst = words.map((_, k) => k + 1);
    const lengths = pass === 'vowelless' ? shortestFirst : pass === 'skeleton' ? shortestFirst.slice(1) : shortestFirst.reverse();
    for (const n of lengths) {
      const slice = words.slice(0, n);
      if (byConsonants && tables.orthography.nativeEnding(cursor.tokens[slice[n - 1]!]!.text)) continue;
      const rest = slice.slice(1).map((w) => cursor.folded[w]!);
      // The word itself first, then without its clitics (`وكاو` → `كاو`, `لانغ` stays `لانغ`).
      for (const first of firstForms) {
        const key = joinKeyParts([wordKeyPart(first, tables.code), ...restParts.slice(0, n - 1)]);
        if (key.length < minNameKeyLength) continue;
        if (byConsonants) {
          const known = vowellessKey(cursor, vowelless!, key, n > 1, pass === 'skeleton');
          if (known) return { words: slice, entry: undefined, key: known, bareFirst: first, byConsonants: true };
          continue;
        }
        // The gazetteer answers alike in both passes: asked in the first only.
        const entry = pass === 'fuzzy' ? undefined : gazetteerForUncased(cursor, [first, ...rest].join(' '), key, n);
        const known = entry ? undefined : knownKey(cursor, key, n, first, pass === 'fuzzy');
        if (entry) return { words: slice, entry, key: cursor.context.gazetteer.canonicalKey(entry), bareFirst: first };
        if (known) return { words: slice, entry: undefined, key: known, bareFirst: first };
      }
    }
  }
  return undefined;
}

/** Least consonants of a window of several words matched by its consonants with short vowels unwritten. */
const minConsonantsForSeveralWordsVowelless = 5;

/**
 * The known name's key that a window's key is, written without short vowels: a known name with those
 * consonants (at least {@link minConsonantsForVowelless}) and vowels wherever the window writes one; a
 * window of several words only with every vowel written, its consonants merged as the script writes them,
 * unless `longSkeleton` (the last pass) and it has {@link minConsonantsForSeveralWordsVowelless} or more.
 */
function vowellessKey(cursor: TokenCursor, index: Map<string, string[]>, key: string, severalWords: boolean, longSkeleton = false): string | undefined {
  const merges = cursor.tables.orthography.foreignConsonantMerges;
  const consonants = keyConsonants(key, merges);
  if (consonants.length < minConsonantsForVowelless) return undefined;
  // A short skeleton was tried, every vowel written, in the vowelless pass.
  if (longSkeleton && consonants.length < minConsonantsForSeveralWordsVowelless) return undefined;
  // Versions spell one name with other vowels (`Trump` SUMP, `Трамп` SAMP): the nearest key is taken.
  let best: string | undefined;
  let bestSimilarity = -1;
  for (const known of index.get(consonants) ?? []) {
    // Several words must write every vowel of the name: a short word beside another (`تسعى لإنهاء`,
    // "seeks to end") has the consonants of some name too often.
    // A long skeleton is no chance match: there an Arab name's short vowels go unwritten as a foreign
    // name's do (`بشار الأسد`, BSARASD, for `Bashar al-Assad`, BASARASAD).
    const fits = severalWords && !longSkeleton ? mergeKeyClasses(key, merges) === mergeKeyClasses(known, merges) : isKeyWithoutShortVowels(key, known, merges);
    if (!fits) continue;
    const similarity = nameSimilarity(key, known);
    if (similarity > bestSimilarity) [best, bestSimilarity] = [known, similarity];
  }
  return best;
}

/**
 * The known name's key a window of `wordCount` words matches: exactly, or (`fuzzy`, several words with a
 * key long enough) within one edit.
 */
function knownKey(cursor: TokenCursor, key: string, wordCount: number, first: string, fuzzy: boolean): string | undefined {
  const known = cursor.context.knownIndex;
  const article = cursor.tables.orthography.gluedArticle;
  if (!known || (wordCount >= 2 ? key.length < minKeyLookupLength : key.length < minSingleWordKnownKeyLength)) return undefined;
  // Foreign names do not take the article.
  if (article !== undefined && first.startsWith(article)) return undefined;
  return (fuzzy && wordCount >= 2 ? known.find(key, minFuzzyKnownKeyLength) : known.find(key, Number.POSITIVE_INFINITY))?.key;
}

function isUncasedCandidate(cursor: TokenCursor, i: number): boolean {
  const token = cursor.tokens[i];
  if (!token || token.kind !== 'word' || cursor.claimed[i]) return false;
  if (!cursor.tables.orthography.startsUncasedName(token.text[0]!) && !isCapitalised(token.text)) return false;
  return !cursor.tables.stopWords.has(cursor.folded[i]!) && !cursor.tables.personTitles.has(cursor.folded[i]!);
}

function gazetteerForUncased(cursor: TokenCursor, surface: string, key: string, wordCount: number): GazetteerEntry | undefined {
  const gazetteer = cursor.context.gazetteer;
  const exact = surfaceIndex(gazetteer).get(surface);
  if (exact) return exact;
  // By key only for several words with a long key: one Arabic word easily shares a short key with a
  // name (قانونية and Quang Ninh are both KVNVN), and foreign names do not take the article.
  const article = cursor.tables.orthography.gluedArticle;
  if (wordCount < 2 || key.length < minKeyLookupLength || (article !== undefined && surface.startsWith(article))) return undefined;
  const entry = gazetteer.lookup(key);
  if (!entry) return undefined;
  return key.length >= trustedKeyLength || gazetteer.canonicalKey(entry) === key || hasKey(gazetteer, entry, key) ? entry : undefined;
}

function emitUncased(cursor: TokenCursor, { words, entry, key, bareFirst, byConsonants }: UncasedMatch): void {
  const { tokens, tables } = cursor;
  const from = words[0]!;
  const to = words[words.length - 1]! + 1;
  const span = cursor.span(from, to);
  // Leave a leading clitic (و، ب، ل) out of the span: `وكوانغ نينه` → `كوانغ نينه`.
  const firstText = tokens[from]!.text;
  const cut = foldWord(firstText).length - bareFirst.length;
  const article = tables.orthography.gluedArticle;
  const keepsArticle = article !== undefined && bareFirst.startsWith(article);
  const start = cut > 0 && cut < firstText.length && !keepsArticle ? span.start + cut : span.start;
  let kind: EntityKind = entry ? entry.kind : 'unknown';
  const title = cursor.previousToken(from);
  if (!entry && title >= 0 && tables.personTitles.has(cursor.folded[title]!)) kind = 'person';
  const anchor: EntityAnchor = { type: 'entity', start, end: span.end, text: cursor.text.slice(start - cursor.base, span.end - cursor.base), value: key, entityKind: kind };
  if (byConsonants) anchor.byConsonants = true;
  if (entry) {
    anchor.gazetteerId = entry.id;
    if (entry.country) anchor.country = entry.country;
  }
  cursor.emit(anchor, from, to);
}
