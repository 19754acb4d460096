// Names in scripts with capital letters (Latin, Cyrillic): runs of capitalised words joined by single
// spaces or hyphens, split into gazetteer matches and the names between them. Read after every token
// reader, over the words nothing claimed.
import type { EntityAnchor, EntityKind } from '../../types.js';
import type { DocumentCase } from '../document-case.js';
import type { GazetteerEntry } from '../gazetteer.js';
import { countryPrefixes, lookupFolded } from '../countries.js';
import { foldWord, isCapitalised } from '../text.js';
import type { TokenCursor } from './cursor.js';
import { dashes } from './digits.js';
import { gazetteerWords, minKeyLookupLength, surfaceIndex } from './name-keys.js';
import { isCurrencyBefore } from './quantities.js';

/** Shorter words are too often both a name and a word (`Long` in `Ha Long`, `Bay`) to go by their case elsewhere. */
export const minLowercaseEvidenceLength = 6;
/** Most words of one run of capitalised words. */
const maxRunWords = 8;
/** Most words of one gazetteer name matched inside a run. */
const maxGazetteerNameWords = 5;
/** A lone capitalised word this short (`EU`, `A`) is no name. */
const maxLoneAbbreviationLength = 2;
/** Country adjectives are found by a country name's first letters: at least this many, at most the longest. */
const minCountryPrefixLength = 4;
const maxCountryPrefixLength = 12;
/** Words of a name before a hyphen from which the hyphen starts another name (`Lang Son-Hanoi`). */
const minWordsBeforeSeparatingHyphen = 2;
/** Punctuation after which a capital starts a sentence rather than a name. */
const sentenceOpeners = /[.!?…:|«"„“]/;

/**
 * Latin and Cyrillic: runs of capitalised words joined by single spaces or hyphens. A lone capitalised
 * word at the start of a sentence is a name only if the gazetteer or the other versions know it;
 * adjectives made from country names (`Vietnamese`, `В'єтнамсько-`) are not names.
 */
export function readCasedNames(cursor: TokenCursor): void {
  const tokens = cursor.tokens;
  let i = 0;
  let sentenceStart = true;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'space') {
      i += 1;
      continue;
    }
    if (!isNameWord(cursor, i)) {
      if (token.kind === 'word' || token.kind === 'digits') sentenceStart = false;
      // The dot of an initial (`J. Brown`, `H. Roiss`) starts no sentence: the name goes on.
      if (token.kind === 'punct' && sentenceOpeners.test(token.text) && !endsInitial(cursor, i) && !closesQuote(cursor, i) && !endsRunOnAbbreviation(cursor, i)) sentenceStart = true;
      i += 1;
      continue;
    }
    let { run, last } = nameRun(cursor, i);
    if (run.length === 0) {
      sentenceStart = false;
      i = last + 1;
      continue;
    }
    let startsSentence = sentenceStart;
    // `Als Rosa`, `Selon Nielsen`: an ordinary word that opens the sentence is no part of the name after
    // it, which is then read as it would be mid-sentence.
    if (startsSentence && opensWithOrdinaryWord(cursor, run)) {
      run = run.slice(1);
      startsSentence = false;
    }
    // `BREAKING NEWS Mark Rutte`, `STEM NU`: two or more words in capitals are a slogan or a kicker, not
    // the first words of a name in title case after them; read as a name of their own (`NEW YORK`) unless
    // every one is an ordinary word of the document or a function word, then as none.
    const capitals = leadingCapitalsWords(cursor, run);
    if (capitals >= minCapitalsPrefixWords) {
      const head = run.slice(0, capitals);
      const ordinary = allOrdinaryWords(cursor, head);
      if (ordinary || capitals < run.length) {
        if (!ordinary) emitRun(cursor, head, startsSentence);
        run = run.slice(capitals);
        startsSentence = false;
      }
    }
    sentenceStart = false;
    // In a title-case headline only the words running text also capitalises (or the gazetteer knows) name.
    for (const titled of cursor.inTitleCase() ? runningTextParts(cursor, run) : [run]) {
      const part = withoutNounBeforeKnownName(cursor, titled);
      const opens = startsSentence && part[0] === run[0];
      if (part.length > 0 && !(part.length === 1 && isLoneWordNoName(cursor, part, opens))) emitRun(cursor, part, opens);
    }
    i = last + 1;
  }
}

/**
 * A run of a title-case line cut into the parts whose every word running text capitalises too or the
 * gazetteer knows (`Killer Pig Mauls`: none; `Hurricane Rosa Threatening Phoenix`: `Rosa`, `Phoenix`).
 * Evidence built by hand, without running text's capitals, leaves the run whole.
 */
function runningTextParts(cursor: TokenCursor, run: number[]): number[][] {
  const evidence = cursor.caseEvidence();
  const capitals = evidence.runningTextCapitals;
  if (capitals === undefined) return [run];
  const known = gazetteerWords(cursor.context.gazetteer);
  const parts: number[][] = [[]];
  for (const w of run) {
    const folded = cursor.folded[w]!;
    if ((capitals.has(folded) && !evidence.lowercase.has(folded)) || known.has(folded)) parts[parts.length - 1]!.push(w);
    else if (parts[parts.length - 1]!.length > 0) parts.push([]);
  }
  return parts;
}

/**
 * Where every noun has a capital, a title or a kind stands in one run with the name after it
 * (`Moderatorin Holly Willoughby`, `Sender Fox News Channel`). When the rest of the run begins with a
 * name of several words the other versions give, or a place the gazetteer knows, the first word, which
 * no one knows alone, is that noun, and is cut. Not before a known word alone: that is as often a
 * surname after its given name (`Guido Magnone` where the other version writes `Magnone`). A noun after
 * a name is most often qualified by it, a genitive `emitRun` cuts. Without the other versions' names the
 * run is left whole.
 */
function withoutNounBeforeKnownName(cursor: TokenCursor, run: number[]): number[] {
  if (!cursor.tables.capitalisesNouns || cursor.context.knownIndex === undefined || run.length < 2 || isKnown(cursor, run) || isKnown(cursor, [run[0]!])) return run;
  // One word counts only as a gazetteer place; several as any known name (isKnown asks the gazetteer too).
  const knownName = (words: number[]) => (words.length > 1 ? isKnown(cursor, words) : gazetteerMatch(cursor, words, keyOf(cursor, words)) !== undefined);
  const rest = run.slice(1);
  return rest.some((_, k) => knownName(rest.slice(0, k + 1))) ? rest : run;
}

/** Fewest words in capitals that make a kicker before a name (one such word is an acronym: `BBC News`, `NATO-chef`). */
const minCapitalsPrefixWords = 2;

/** How many words of the run, from its start, are written in capitals only. */
function leadingCapitalsWords(cursor: TokenCursor, run: number[]): number {
  let count = 0;
  while (count < run.length && isAllCapitals(cursor.tokens[run[count]!]!.text)) count++;
  return count;
}

/** Whether every word is one the document writes in lowercase, or a function word of the language. */
function allOrdinaryWords(cursor: TokenCursor, words: number[]): boolean {
  const { lowercase } = cursor.caseEvidence();
  return words.every((w) => isOrdinaryWord(cursor, w, lowercase));
}

/** Whether the word at `i` is a function word of the language or one the document writes in lowercase. */
function isOrdinaryWord(cursor: TokenCursor, i: number, lowercase: ReadonlySet<string>): boolean {
  const folded = cursor.folded[i]!;
  return lowercase.has(folded) || cursor.tables.stopWords.has(folded) || cursor.tables.openingWords.has(folded);
}

/**
 * Whether the first of a run of several words opens a sentence as an ordinary word: written with a
 * capital only at its first letter, a closed-class word of the language (`openingWords`) or written in
 * lowercase elsewhere in the document, and the run is
 * neither a name the gazetteer or the other versions know nor begun by two words the document also
 * writes capitalised mid-sentence (`Team USA`, `Ligue Europa`).
 */
function opensWithOrdinaryWord(cursor: TokenCursor, run: number[]): boolean {
  if (run.length < 2) return false;
  const first = run[0]!;
  const text = cursor.tokens[first]!.text;
  if (text.slice(1) !== text.slice(1).toLowerCase() || cursor.tokens[first + 1]!.kind !== 'space') return false;
  const { lowercase, midSentencePairs } = cursor.caseEvidence();
  if (!isOrdinaryWord(cursor, first, lowercase)) return false;
  if (midSentencePairs.has(`${cursor.folded[first]} ${cursor.folded[run[1]!]}`)) return false;
  return !isKnown(cursor, run);
}

/**
 * The run of name words that starts at `i`, and the last token it spans (also when the run ends up
 * empty): words joined by single spaces or hyphens, one-letter capitals inside (`Hau A Len`), a lowercase
 * part after a hyphen the gazetteer knows with it (`Ho Chi Minh-stad`), cut before a country adjective.
 */
function nameRun(cursor: TokenCursor, i: number): { run: number[]; last: number } {
  const tokens = cursor.tokens;
  const run = [i];
  let j = i;
  for (;;) {
    const sep = tokens[j + 1];
    const nextIndex = j + 2;
    if (!sep || nextIndex >= tokens.length || endsInPossessive(cursor, j)) break;
    const joins = (sep.kind === 'space' && (sep.text === ' ' || sep.text === '\u00a0')) || (dashes.has(sep.text) && sep.text !== '—' && sep.text !== '–');
    if (!joins || run.length >= maxRunWords) break;
    // A one-letter capital inside a name (`Hau A Len`, `Хау А Лень`) is part of it, even if it is
    // also a word (uk `а`).
    // `Mohammed bin Salman`, `Bashar al-Assad`, `Ursula von der Leyen`: particles go on with the name.
    const afterParticles = nameAfterParticles(cursor, nextIndex);
    if (afterParticles > nextIndex) {
      for (let p = nextIndex; p <= afterParticles; p += 2) run.push(p);
      j = afterParticles;
      continue;
    }
    const next = tokens[nextIndex];
    const oneLetter = next?.kind === 'word' && next.text.length === 1 && isCapitalised(next.text) && !cursor.claimed[nextIndex];
    if (!oneLetter && !isNameWord(cursor, nextIndex)) break;
    if (oneLetter && !(tokens[nextIndex + 1]?.kind === 'space' && isNameWord(cursor, nextIndex + 2))) break;
    run.push(nextIndex);
    j = nextIndex;
  }
  // `Ho Chi Minh-stad`, `Quang Ninh-provinsen`: a lowercase word after a hyphen belongs to the name
  // when the gazetteer knows the whole.
  if (dashes.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.kind === 'word' && !isCapitalised(tokens[j + 2]!.text)) {
    const whole = cursor.text.slice(tokens[i]!.start, tokens[j + 2]!.end);
    if (surfaceIndex(cursor.context.gazetteer).has(foldWord(whole))) {
      run.push(j + 2);
      j += 2;
    }
  }
  // Adjectives made from country names end a name and are not part of it (`Побудова В'єтнамсько-`).
  const adjective = run.findIndex((w) => isCountryAdjective(cursor, w));
  if (adjective >= 0) run.length = adjective;
  return { run, last: j };
}

/** Whether the word at `i` ends in a possessive ending of the language (`Liverpool's`): the name it ends is whole. */
function endsInPossessive(cursor: TokenCursor, i: number): boolean {
  const folded = cursor.folded[i]!;
  return cursor.tables.possessiveEndings.some((ending) => folded.length > ending.length && folded.endsWith(ending));
}

/** Particles a name may hold in a row (`von der`, `van den`). */
const maxParticles = 2;

/** Whether token `i` is a lowercase name particle of the language (`bin`, `al`, `von`, `аль`). */
function isParticle(cursor: TokenCursor, i: number): boolean {
  const token = cursor.tokens[i];
  return token?.kind === 'word' && !cursor.claimed[i] && !isCapitalised(token.text) && cursor.tables.nameParticles.has(cursor.folded[i]!);
}

/**
 * The index of the name word after one or more particles starting at `i`, each followed by a space or a
 * hyphen (`bin Salman`, `al-Assad`, `von der Leyen`), or -1 when `i` starts no such particles.
 */
function nameAfterParticles(cursor: TokenCursor, i: number): number {
  const tokens = cursor.tokens;
  let p = i;
  for (let count = 0; count < maxParticles && isParticle(cursor, p); count++) {
    const sep = tokens[p + 1];
    if (!sep || !(sep.text === ' ' || (dashes.has(sep.text) && sep.text !== '—' && sep.text !== '–'))) return -1;
    p += 2;
  }
  return p > i && isNameWord(cursor, p) ? p : -1;
}

/**
 * Whether a run of one word is no name: at a sentence's start unless known, two letters or fewer, and
 * where the language capitalises every noun (German), unless known or after a title or an initial.
 */
function isLoneWordNoName(cursor: TokenCursor, run: number[], sentenceStart: boolean): boolean {
  const i = run[0]!;
  const text = cursor.tokens[i]!.text;
  return (
    (sentenceStart && text.slice(1) === text.slice(1).toLowerCase() && !isKnown(cursor, run)) ||
    text.length <= maxLoneAbbreviationLength ||
    (cursor.tables.capitalisesNouns && !isKnown(cursor, run) && !isAfterTitle(cursor, i) && !isAfterInitial(cursor, i))
  );
}

function isNameWord(cursor: TokenCursor, i: number): boolean {
  const token = cursor.tokens[i];
  if (token === undefined || token.kind !== 'word' || cursor.claimed[i] || !isCapitalised(token.text)) return false;
  const folded = cursor.folded[i]!;
  if (cursor.tables.stopWords.has(folded) || cursor.tables.personTitles.has(folded)) return false;
  return !isCurrencyOfAmount(cursor, i) && !isWrittenInLowercase(cursor, i, folded);
}

/** A currency word written before an amount (`Rp1,2 triliun`, `Rp 5.000`): the amount's, no name's. */
function isCurrencyOfAmount(cursor: TokenCursor, i: number): boolean {
  const next = cursor.nextWord(i);
  return next >= 0 && cursor.tokens[next]!.kind === 'digits' && isCurrencyBefore(cursor, next);
}

/** A long word the document also writes in lowercase, which the gazetteer does not know as (part of) a name. */
function isWrittenInLowercase(cursor: TokenCursor, i: number, folded: string): boolean {
  const lowercase = cursor.context.lowercaseWords;
  if (lowercase === undefined || cursor.tokens[i]!.text.length < minLowercaseEvidenceLength || !lowercase.has(folded)) return false;
  return !gazetteerWords(cursor.context.gazetteer).has(folded);
}

function isKnown(cursor: TokenCursor, words: number[]): boolean {
  const key = keyOf(cursor, words);
  return gazetteerMatch(cursor, words, key) !== undefined || cursor.context.knownIndex?.getExact(key) !== undefined;
}

/**
 * Whether token `i` is the dot after an initial: a one-letter capital that does not follow a
 * capitalised word other than the sentence's first (`par J. Brown`, `- H. Roiss`, `Dr. H. Roiss`,
 * `Tulisan J. Widodo`; not `Camp I.` or `Vitamin D.`).
 */
function endsInitial(cursor: TokenCursor, i: number): boolean {
  const tokens = cursor.tokens;
  if (tokens[i]!.text !== '.' || i === 0) return false;
  const letter = tokens[i - 1]!;
  if (letter.kind !== 'word' || letter.text.length !== 1 || !isCapitalised(letter.text)) return false;
  const before = cursor.previousToken(i - 1);
  if (before < 0 || tokens[before]!.kind !== 'word' || !isCapitalised(tokens[before]!.text)) return true;
  // After a capitalised title (`Presiden Terpilih A. Obrador`, `Perdana Menteri Makedonia Z. Zaev`), an
  // initial when a surname follows: a name word, not a word that opens sentences (`Camp I. Then`). Not
  // where every noun has a capital, and `Vitamin D. Dann` cannot be told from a surname.
  const after = cursor.nextWord(i);
  if (!cursor.tables.capitalisesNouns && after > i && tokens[after]!.kind === 'word' && isNameWord(cursor, after) && /^\s$/u.test(tokens[i + 1]?.text ?? '')) return true;
  // The sentence's first word: nothing but spaces and punctuation before it (found by the nearest word).
  for (let k = before - 1; k >= 0; k--) if (tokens[k]!.kind !== 'space' && tokens[k]!.kind !== 'punct') return false;
  return true;
}

/** Quotation marks written alike at both ends of a quote (`"`, and `“` which closes a German one). */
const twoWayQuotes = new Set(['"', '“']);

/**
 * Whether token `i` is a quotation mark that closes a quote: glued to the word before it (`"Mr Evil
 * President" Trump`). What follows a quote's end goes on with the sentence.
 */
function closesQuote(cursor: TokenCursor, i: number): boolean {
  const before = cursor.tokens[i - 1];
  return twoWayQuotes.has(cursor.tokens[i]!.text) && before !== undefined && before.kind === 'word';
}

/** Whether token `i` is the dot of an abbreviation after which no sentence ends (`Mr. Adams`, `St. Martin`, `Dhr. Merriweather`). */
function endsRunOnAbbreviation(cursor: TokenCursor, i: number): boolean {
  return cursor.tokens[i]!.text === '.' && cursor.tokens[i - 1]?.kind === 'word' && cursor.tables.runOnAbbreviations.has(cursor.folded[i - 1]!);
}

/** Whether a name word at `i` follows an initial (`H. Roiss`): a surname, not a noun. */
function isAfterInitial(cursor: TokenCursor, i: number): boolean {
  const dot = cursor.tokens[i - 1]?.kind === 'space' ? i - 2 : i - 1;
  return dot >= 1 && endsInitial(cursor, dot);
}

function isAfterTitle(cursor: TokenCursor, i: number): boolean {
  const title = cursor.previousToken(i);
  return title >= 0 && cursor.tokens[title]!.kind === 'word' && cursor.tables.personTitles.has(cursor.folded[title]!);
}

/** `Vietnamese`, `Chinese`, `В'єтнамсько`: a word that starts with a country's name (less its last letter). */
function isCountryAdjective(cursor: TokenCursor, i: number): boolean {
  const folded = cursor.folded[i]!;
  const prefixes = countryPrefixes(cursor.tables.code);
  for (let length = Math.min(folded.length - 1, maxCountryPrefixLength); length >= minCountryPrefixLength; length--) {
    if (prefixes.has(folded.slice(0, length))) return true;
  }
  return false;
}

/** Splits a run of name words into gazetteer matches (longest first) and the names between them. */
function emitRun(cursor: TokenCursor, run: number[], startsSentence: boolean): void {
  // Asked only where a genitive may end the name: most runs have none.
  let known: boolean | undefined;
  const runKnown = () => (known ??= isKnown(cursor, run));
  let pending: number[] = [];
  const flush = (beforeMatch: boolean, ending = 0) => {
    // `Provinsen Quang Ninh`, `Samarbetszonen Mong Cai`: a sentence's first word before a known name
    // is an ordinary word written with a capital.
    const sentenceOpener = beforeMatch && startsSentence && pending.length === 1 && pending[0] === run[0];
    // The noun after a genitive (`Mays Besuch`), alone, is no name unless known, where nouns have capitals.
    const qualifiedNoun = afterGenitive && cursor.tables.capitalisesNouns && pending.length === 1 && !isKnown(cursor, pending);
    if (pending.length > 0 && !sentenceOpener && !qualifiedNoun && !isCompoundHead(cursor, pending)) emitName(cursor, pending, undefined, ending);
    pending = [];
  };
  let afterGenitive = false;
  for (let a = 0; a < run.length; ) {
    const match = longestGazetteerMatch(cursor, run, a);
    if (match) {
      flush(true);
      emitName(cursor, run.slice(a, match.end), match.entry);
      a = match.end;
      continue;
    }
    // A hyphen after a name of several words (`Lang Son-Hanoi`) separates two names; after one word it
    // joins the parts of one name (`Гуансі-Чжуанський`, `Пунта-Эухения`, `Нью-Йорку`: transliterations
    // write with a hyphen what the source writes with a space), except where every noun is capitalised
    // and a hyphen glues a noun to the name (`Dhaulagiri-Expedition`).
    // Not after a particle (`Bashar al-Assad`): the hyphen glues the particle to its word. Nor before one
    // last word that ends the run (`Paul Mills-Hicks`, `La Roche-Posay`): a double-barrelled name; a known
    // place there (`Lang Son-Hanoi`) is read as a name of its own before this.
    const lastWord = a === run.length - 1;
    const separates = ((pending.length >= minWordsBeforeSeparatingHyphen && !lastWord) || cursor.tables.capitalisesNouns) && !isParticle(cursor, run[a]! - 2);
    if (pending.length > 0 && separates && cursor.tokens[run[a]! - 1]!.kind !== 'space') {
      // `Baldwins TV-Produktionsfirma`: a capitals-only word before the hyphen begins the compound, not the name before it.
      const last = pending[pending.length - 1]!;
      if (cursor.tables.capitalisesNouns && pending.length > 1 && isAllCapitals(cursor.tokens[last]!.text)) {
        pending.pop();
        flush(false);
        pending.push(last);
      }
      flush(false);
    }
    const ending = pending.length > 0 ? genitiveBefore(cursor, pending, run[a]!, runKnown) : 0;
    if (ending > 0) {
      flush(false, ending);
      afterGenitive = true;
    }
    pending.push(run[a]!);
    a += 1;
  }
  flush(false);
}

/**
 * The length of a genitive ending written without an apostrophe (`s`, see `nameEndings`) on the last of
 * `words` when it ends the name and the capitalised word at `next` is what it qualifies: a noun where
 * every noun has a capital (`Theresa Mays Besuch`, `Kavanaughs Aussage`), another name elsewhere
 * (`Trumps Wheeling, West Virginia kampanjevenemang`). Only where the other versions name it without the
 * ending (`Dolly Mengas Treffer` beside `Dolly Menga`), or the document writes it so mid-sentence (`von
 * Theresa May`, `Brett Kavanaugh`), as the second of two capitalised words: a name whose own word ends
 * in s (`Juan Carlos Ferrero`) stays whole, as does a run known as a whole (`runKnown`). 0 otherwise.
 */
function genitiveBefore(cursor: TokenCursor, words: number[], next: number, runKnown: () => boolean): number {
  const { tables, tokens, folded } = cursor;
  if (tokens[next - 1]!.kind !== 'space') return 0;
  const last = words[words.length - 1]!;
  const word = folded[last]!;
  const ending = tables.nameEndings.find((e) => !e.includes("'") && !e.includes('’') && word.endsWith(e) && word.length - e.length >= minPossessorLength);
  if (ending === undefined) return 0;
  const stem = word.slice(0, word.length - ending.length);
  // The other versions name the person without the ending (`Dolly Menga`, `Trump`).
  // Not before a particle, which goes on with the name (`Charles de Gaulle`).
  const knownIndex = cursor.context.knownIndex;
  if (knownIndex !== undefined && !isParticle(cursor, next) && knownIndex.getExact(keyOf(cursor, words, ending.length)) !== undefined && !runKnown()) return ending.length;
  const evidence = cursor.caseEvidence();
  if (words.length >= 2) return evidence.midSentencePairs.has(`${folded[words[words.length - 2]!]} ${stem}`) ? ending.length : 0;
  // `Liverpools Alisson Becker`, `Trumps West Virginia`: a one-word name the document writes without the
  // ending mid-sentence elsewhere, where the genitive marks the possessor alone and capitals mark names
  // only (a German noun has one anyway).
  if (tables.rules.groupGenitive === true && !tables.capitalisesNouns && evidence.runningTextCapitals?.has(stem)) return ending.length;
  return secondWordsOf(evidence).has(stem) ? ending.length : 0;
}

const secondWordsByEvidence = new WeakMap<DocumentCase, Set<string>>();

/** The second words of a document's mid-sentence pairs of capitalised words (built once per document). */
function secondWordsOf(evidence: DocumentCase): Set<string> {
  let words = secondWordsByEvidence.get(evidence);
  if (words === undefined) {
    words = new Set([...evidence.midSentencePairs].map((pair) => pair.slice(pair.indexOf(' ') + 1)));
    secondWordsByEvidence.set(evidence, words);
  }
  return words;
}

/** Whether a word is written in capitals only (`TV`, `ITV`, `EU`): an abbreviation. */
const isAllCapitals = (text: string): boolean => text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();

/**
 * Whether `words` are one word after a hyphen where every noun is capitalised: the head noun of a compound
 * glued to a name (`ITV-Sendung`, `Trump-Regierung`, `TV-Produktionsfirma`), no name by itself unless known.
 */
function isCompoundHead(cursor: TokenCursor, words: number[]): boolean {
  const i = words[0]!;
  return cursor.tables.capitalisesNouns && words.length === 1 && i > 0 && dashes.has(cursor.tokens[i - 1]!.text) && !isKnown(cursor, words);
}

/** The longest gazetteer name among the run's words from position `a`: its entry and the run position after it. */
function longestGazetteerMatch(cursor: TokenCursor, run: number[], a: number): { entry: GazetteerEntry; end: number } | undefined {
  for (let b = Math.min(run.length, a + maxGazetteerNameWords); b > a; b--) {
    const words = run.slice(a, b);
    const entry = gazetteerMatch(cursor, words, keyOf(cursor, words));
    if (entry) return { entry, end: b };
  }
  return undefined;
}

/**
 * The gazetteer entry for capitalised words: by spelling, or by key when the key is long enough not to
 * hit other names by chance (`Hoang` and `Hanoi` share the key KAN).
 */
function gazetteerMatch(cursor: TokenCursor, words: number[], key: string): GazetteerEntry | undefined {
  const { tokens, context } = cursor;
  const surface = cursor.text.slice(tokens[words[0]!]!.start, tokens[words[words.length - 1]!]!.end);
  const bySpelling = surfaceIndex(context.gazetteer).get(foldWord(surface));
  if (bySpelling) return bySpelling;
  if (key.length < minKeyLookupLength) return undefined;
  return context.gazetteer.lookup(key);
}

/** The key of a name's words, particles left out, less a possessive clitic of `clitic` letters at its end. */
function keyOf(cursor: TokenCursor, words: number[], clitic = 0): string {
  // Particles stay out of the key: one language writes them, another leaves them out (`al-Assad`, `Асад`).
  const kept = words.filter((i) => !isParticle(cursor, i));
  const text =
    kept.length > 0 && kept.length < words.length
      ? kept.map((i) => cursor.tokens[i]!.text).join(' ')
      : cursor.text.slice(cursor.tokens[words[0]!]!.start, cursor.tokens[words[words.length - 1]!]!.end);
  return cursor.tables.entityKey(clitic > 0 ? text.slice(0, text.length - clitic) : text);
}

/** Letters a name keeps once its possessive clitic is cut off (`Menga's` → `Menga`, not `A's` → `A`). */
const minPossessorLength = 2;

/**
 * Length of a possessive clitic written with an apostrophe at the end of token `i` (English `'s`: `Dolly
 * Menga's`, `Jones’s`), 0 if none: the clitic marks the case, not the name, so other versions' names and
 * the name's key must not carry it.
 */
function possessiveClitic(cursor: TokenCursor, i: number): number {
  const word = cursor.folded[i]!;
  const clitic = cursor.tables.nameEndings.find((ending) => ending.includes("'") && word.endsWith(ending) && word.length - ending.length >= minPossessorLength);
  return clitic?.length ?? 0;
}

/** Emits the name of `words`, less a possessive clitic or a genitive `ending` of that many letters at its end. */
function emitName(cursor: TokenCursor, words: number[], entry: GazetteerEntry | undefined, ending = 0): void {
  const { tokens, folded, tables, context } = cursor;
  const from = words[0]!;
  const to = words[words.length - 1]! + 1;
  const clitic = entry ? 0 : ending || possessiveClitic(cursor, to - 1);
  const span = cursor.span(from, to);
  if (clitic > 0) {
    span.end -= clitic;
    span.text = span.text.slice(0, span.text.length - clitic);
  }
  const key = entry ? context.gazetteer.canonicalKey(entry) : keyOf(cursor, words, clitic);
  if (key === '') return;
  let kind: EntityKind = entry ? entry.kind : 'unknown';
  if (!entry) {
    let title = cursor.previousToken(from);
    // `Президент Єгипту Ван І`: the office's country in the genitive stands between the title and the name.
    if (title > 0 && cursor.claimed[title] === 1 && tokens[title]!.kind === 'word' && lookupFolded(folded[title]!, tables.code) !== undefined) title = cursor.previousToken(title);
    if (title >= 0 && tokens[title]!.kind === 'word' && tables.personTitles.has(folded[title]!)) kind = 'person';
    else if (tokens[title]?.text === '.' && tables.personTitles.has(`${folded[title - 1]}.`)) kind = 'person';
  }
  const anchor: EntityAnchor = { type: 'entity', ...span, value: key, entityKind: kind };
  if (entry) {
    anchor.gazetteerId = entry.id;
    if (entry.country) anchor.country = entry.country;
  }
  cursor.emit(anchor, from, to);
}
