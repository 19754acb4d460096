// Name swaps between linked sentences: a version names another person of the story where the other
// versions name someone (the name-variant rule's cross-version half). Which names are person-like, which
// leftovers may be one name rendered two ways, and which side swapped.
import { getProfile } from '../lang/index.js';
import { findLanguage, scriptOfText } from '../lang/registry.js';
import type { Anchor, EntityAnchor } from '../types.js';
import { confirmedByVersions, isCorroborated } from './corroborate.js';
import { relatedNameSimilarity } from './deps.js';
import { groupBy } from './group.js';
import {
  adjacentLinks,
  anchorsOfSentences,
  confidentLinkIndex,
  confidentPairs,
  langOf,
  listLanguages,
  minVersionsForDirectLinks,
  neighbourhood,
  textOf,
  translationLinksInOrder,
} from './links.js';
import { sidesOnSwap, swapBacking } from './swap-sides.js';
import { abbreviatedIn, surnameAndFullName, surnameWrittenIn, transliterationKeys } from './name-forms.js';
import { isSubName, mayBeOneName, minFuzzyKeyLetters, nameIdentity, nearKeysAlike, otherNumerals, sameNameCore, shareLongWord, shortKeysAlike, trailingNumeral } from './name-identity.js';
import { anchorKey, isOrganisationName } from './text.js';
import { betterPartnerNames } from './distinctive.js';
import type { EvidenceDraft, RawFinding, RuleContext, SentencePair } from './types.js';
import { mergeSwaps } from './vote.js';

/**
 * Names that may be a person: the extractor says so, or a capitalised name of two words or more it cannot
 * place and that holds no institution's head noun (`Welsh Assembly`, `Nationale Vergadering`: a body whose
 * name each translation translates), or one word its document also writes as a person's (`surnames`).
 */
function nameLike(anchor: Anchor, surnames?: ReadonlySet<string>): anchor is EntityAnchor {
  if (anchor.type !== 'entity' || anchor.gazetteerId !== undefined || anchor.country !== undefined) return false;
  if (anchor.entityKind === 'person') return true;
  if (anchor.entityKind !== 'unknown') return false;
  if (anchor.text.trim().includes(' ')) return !isOrganisationName(anchor.text);
  return surnames?.has(anchor.value) ?? false;
}

/**
 * Keys of the one-word names a document also writes after a person's title ("Dhr. Merriweather", "пані
 * Сумбунг", "President Donald Trump", then "Trump"). News names a person in full or with a title once
 * and by surname after, and a surname swapped for another is a swap. The last word of any longer name
 * would be too much: "Korea" of "Korea Utara", "Rosa" of "Badai Rosa".
 */
function surnamesOf(context: RuleContext, document: number): Set<string> {
  const lang = langOf(context, document);
  const surnames = new Set<string>();
  for (const sentence of context.anchors[document]!) {
    for (const anchor of sentence) {
      if (anchor.type !== 'entity' || anchor.entityKind !== 'person') continue;
      const words = anchor.text.trim().split(/\s+/u);
      surnames.add(words.length === 1 ? anchor.value : context.entityKey(words[words.length - 1]!, lang));
    }
  }
  return surnames;
}

/**
 * In a translation, linked sentences that name different people (one name each left over). Two
 * adjacent links are also read as one, for a swap whose replaced name stands across the boundary: the
 * swapped-in name left over in one link, the name it replaced left over in the next.
 */
export function swappedNames(context: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const langOfAnchor = new Map<EntityAnchor, string>();
  context.anchors.forEach((doc, document) => {
    for (const sentence of doc) for (const anchor of sentence) if (anchor.type === 'entity') langOfAnchor.set(anchor, langOf(context, document));
  });
  // A full name and one word of it (`Theresa May` / `May`, `Joko Widodo` / `Joko`): one person, however
  // the mentions pair up across a bead of several statements.
  const onePerson = (x: EntityAnchor, y: EntityAnchor) =>
    endsInName(context, x, y, langOfAnchor) || endsInName(context, y, x, langOfAnchor) || beginsWithName(context, x, y, langOfAnchor) || beginsWithName(context, y, x, langOfAnchor);
  const similar = (x: EntityAnchor, y: EntityAnchor) =>
    !otherNumerals(x, y) &&
    (x.value === y.value ||
      alikeKeys(context, x, y, x.value, y.value, relatedNameSimilarity) ||
      shareLongWord(x.text, y.text) ||
      onePerson(x, y) ||
      transliterated(context, x, y, langOfAnchor));
  const surnames = context.anchors.map((_, document) => surnamesOf(context, document));
  const namesByDocument = context.anchors.map((doc, document) => doc.flatMap((sentence) => sentence.filter((anchor) => nameLike(anchor, surnames[document]))));
  // Separate articles only where a third version confirms the link (the same statement in each).
  const pairs = confidentPairs(context).filter((pair) => pair.mode === 'parallel' || isCorroborated(context, pair));
  const reading: NameReading = { context, similar, onePerson, namesByDocument, surnames };
  const found = new Set<SentencePair>();
  for (const pair of pairs) {
    const finding = swapInLink(reading, pair);
    if (finding === undefined) continue;
    findings.push(finding);
    found.add(pair);
  }
  for (const list of translationLinksInOrder(pairs)) {
    for (let k = 1; k < list.length; k++) {
      const [before, after] = [list[k - 1]!, list[k]!];
      if (found.has(before) || found.has(after) || !adjacentLinks(before, after)) continue;
      const joined: SentencePair = {
        ...before,
        a: { document: before.a.document, sentences: [...before.a.sentences, ...after.a.sentences] },
        b: { document: before.b.document, sentences: [...before.b.sentences, ...after.b.sentences] },
      };
      const finding = swapInLink(reading, joined, 'in the neighbouring linked sentence');
      if (finding === undefined) continue;
      // Only a swap across the boundary is new: one name from each link.
      const inBefore = (e: RawFinding['evidence'][number]) => (e.document === before.a.document ? before.a : before.b).sentences.includes(e.sentence);
      if (inBefore(finding.evidence[0]!) !== inBefore(finding.evidence[1]!)) {
        if (leftOverAcross(context, joined, finding)) findings.push(finding);
        continue;
      }
      // Both names in one link that shares no other fact ("… resembled Hannibal Lecter more than haute
      // couture"): the facts its neighbour shares vouch for the link.
      const vouched = swapInLink(reading, inBefore(finding.evidence[0]!) ? before : after, inTheLinkedSentence, true);
      if (vouched !== undefined) findings.push(vouched);
    }
  }
  // Found across several pairs (the one version against each other one): one finding.
  return mergeSwaps(findings, (wrong, right) => {
    const text = (e: EvidenceDraft) => textOf(context, e.document, e.start, e.end);
    return `${langOf(context, wrong.document)} names ${text(wrong)} where the ${listLanguages(right.map((e) => langOf(context, e.document)))} translations name ${text(right[0]!)} in the linked sentence.`;
  });
}

/**
 * Whether the two names of a swap read across two links (see {@link swappedNames}) are each left over
 * there. Not a name both sides write, which one repeats where the other leaves the repeat out across its
 * sentences (`تيريزا ماي` twice against `Тереза Мэй` once): mentions pair one to one within one link
 * only. Nor a name whose surname the other side's two sentences hold as a word its reader did not take
 * for a name (German `Rosa wird …` opening a sentence, `von Kavanaugh` beside capitalised nouns).
 */
function leftOverAcross(context: RuleContext, joined: SentencePair, finding: RawFinding): boolean {
  return finding.evidence.slice(0, 2).every((e) => {
    const anchor = (context.anchors[e.document]?.[e.sentence] ?? []).find((z): z is EntityAnchor => z.type === 'entity' && z.start === e.start && z.end === e.end);
    if (anchor === undefined) return true;
    const other = e.document === joined.a.document ? joined.b : joined.a;
    const named = anchorsOfSentences(context, other.document, other.sentences).flatMap((z) => (z.anchor.type === 'entity' ? [z.anchor] : []));
    if (named.some((z) => nameIdentity(z) === nameIdentity(anchor))) return false;
    const lang = langOf(context, e.document);
    if (named.some((z) => surnameAndFullName(context, anchor, lang, z, langOf(context, other.document)))) return false;
    return !surnameWrittenIn(context, anchor, lang, other);
  });
}

/**
 * Whether two names are alike once each language's way of transliterating is undone (their keys
 * respelt, see {@link transliterationKeys}): `Lawrow` and `Lavrov`, `Chroesjtsjov` and `Хрущёв`.
 */
function transliterated(context: RuleContext, x: EntityAnchor, y: EntityAnchor, langOfAnchor: ReadonlyMap<EntityAnchor, string>): boolean {
  const [langX, langY] = [langOfAnchor.get(x), langOfAnchor.get(y)];
  if (langX === undefined || langY === undefined) return false;
  const [keysX, keysY] = [transliterationKeys(context, x, langX), transliterationKeys(context, y, langY)];
  // In one script a short name near another is another name, respelt or not (see minFuzzyKeyLetters).
  const oneScript = scriptOfText(x.text) === scriptOfText(y.text);
  if (oneScript && Math.min(x.value.length, y.value.length) < minFuzzyKeyLetters) return keysX.some((kx) => keysY.some((ky) => shortKeysAlike(kx, ky)));
  return keysX.some((kx) => keysY.some((ky) => nearKeysAlike(context, kx, ky, oneScript, relatedNameSimilarity)));
}

/** Similarity of two entity keys at which the end of a longer name is the shorter name. */
const nameEndSimilarity = relatedNameSimilarity;

/**
 * Whether the longer name `long` ends in the shorter name `short`, a title or a word before it glued on
 * by the extractor ("Пану Джоко" / "Joko", "Mahkamah Agung Brett Kavanaugh" / "Brett Kavanaugh",
 * "Великобританії Тереза Мей" / "Theresa May"): the same person, whatever came before.
 */
function endsInName(context: RuleContext, long: EntityAnchor, short: EntityAnchor, langOfAnchor: ReadonlyMap<EntityAnchor, string>): boolean {
  const longWords = long.text.trim().split(/\s+/u);
  const shortWords = short.text.trim().split(/\s+/u);
  if (longWords.length <= shortWords.length) return false;
  return partIsName(context, long, longWords.slice(-shortWords.length), short, langOfAnchor);
}

/** Whether some words of the longer name `long`, keyed in its language, are alike the shorter name `short`. */
function partIsName(context: RuleContext, long: EntityAnchor, part: readonly string[], short: EntityAnchor, langOfAnchor: ReadonlyMap<EntityAnchor, string>): boolean {
  const lang = langOfAnchor.get(long);
  return lang !== undefined && alikeKeys(context, long, short, context.entityKey(part.join(' '), lang), short.value, nameEndSimilarity);
}

/**
 * Whether a one-word name is the first word of a person's name of two or three words ("Джоко" / "Joko
 * Widodo", "Kim" / "Kim Jong Un"): many people are named by the given name (Indonesian, Thai,
 * Icelandic) or by a family name written first (Korean, Chinese), and a version may write the full
 * name where another writes that one.
 */
function beginsWithName(context: RuleContext, long: EntityAnchor, short: EntityAnchor, langOfAnchor: ReadonlyMap<EntityAnchor, string>): boolean {
  const longWords = long.text.trim().split(/\s+/u);
  if (long.entityKind !== 'person' || short.text.trim().includes(' ') || longWords.length < 2 || longWords.length > maxWordsOfAPersonName) return false;
  return partIsName(context, long, longWords.slice(0, 1), short, langOfAnchor);
}

/** Most words of a person's name read whole (given names, family name): longer runs hold other words. */
const maxWordsOfAPersonName = 3;

/**
 * Whether the keys `keyX` and `keyY` of (parts of) two names are equal, or alike from `threshold` (in
 * one script only when both are long enough, see {@link minFuzzyKeyLetters}).
 */
function alikeKeys(context: RuleContext, x: EntityAnchor, y: EntityAnchor, keyX: string, keyY: string, threshold: number): boolean {
  const oneScript = scriptOfText(x.text) === scriptOfText(y.text);
  if (oneScript && keyX !== keyY && Math.min(keyX.length, keyY.length) < minFuzzyKeyLetters) return false;
  return nearKeysAlike(context, keyX, keyY, oneScript, threshold);
}

const inTheLinkedSentence = 'in the linked sentence';

/** Other versions that must name one of two swapped names (and none the other) where the two sentences share no other fact. */
const minSupportWithoutSharedFacts = 2;

/** How one check reads names for swaps (see {@link swappedNames}). */
interface NameReading {
  context: RuleContext;
  /** Two mentions that may be one name (inflected, transliterated, cut short). */
  similar: (x: EntityAnchor, y: EntityAnchor) => boolean;
  /** A full name and one word of it. */
  onePerson: (x: EntityAnchor, y: EntityAnchor) => boolean;
  /** The person-like names of each document. */
  namesByDocument: readonly EntityAnchor[][];
  /** The one-word names each document also writes as a person's (see {@link surnamesOf}). */
  surnames: ReadonlyArray<ReadonlySet<string>>;
}

/** A name of a link's side, with its sentence. */
type NameItem = { anchor: EntityAnchor; sentence: number };

/** Whether `document` writes a name like `anchor` anywhere. */
function knownIn(reading: NameReading, document: number, anchor: EntityAnchor): boolean {
  return reading.namesByDocument[document]!.some((n) => reading.similar(n, anchor));
}

/** The swap in one link (see {@link swappedNames}), if there is one. */
function swapInLink(reading: NameReading, pair: SentencePair, where = inTheLinkedSentence, vouchedByNeighbour = false): RawFinding | undefined {
  const { context } = reading;
  const candidates = swapCandidates(reading, pair);
  if (candidates === undefined) return undefined;
  const { x, y } = candidates;
  if (oneNameAfterAll(reading, pair, x.anchor, y.anchor)) return undefined;
  const sharesOther = sharesAnotherFact(reading, pair, x.anchor, y.anchor);
  // The other versions' linked sentences: how many name one of the two without the other.
  const isX = (z: Anchor) => z.type === 'entity' && reading.similar(z, x.anchor);
  const isY = (z: Anchor) => z.type === 'entity' && reading.similar(z, y.anchor);
  const sides = sidesOnSwap(context, pair, isX, isY);
  // The others name both people, each as often as neither side does: two omissions.
  if (sides.omissions) return undefined;
  // A sentence whose one fact is the name ("Why has President Trump given up so much?") has nothing
  // else to agree on: the link stands when other versions name one of the two, and none the other.
  const sidedWith = Math.min(sides.forA, sides.forB) === 0 && Math.max(sides.forA, sides.forB) >= minSupportWithoutSharedFacts;
  if (!sharesOther && !sidedWith && !vouchedByNeighbour) return undefined;
  const yInA = knownIn(reading, pair.a.document, y.anchor);
  const xInB = knownIn(reading, pair.b.document, x.anchor);
  // A name with no counterpart anywhere in the other version may be a rendering we cannot judge
  // (a transliteration, a translated epithet such as "Schwarzer Zahn" for "Black Tooth").
  if (!yInA && !xInB) return undefined;
  // In a language we hold no profile for, a capitalised run may be a day, a title or a party (Vietnamese
  // `Chủ Nhật`, `Tổng Thống`, `Đảng Cộng`): its leftover counts only as a name the other version writes
  // too, letter for letter.
  const unprofiledLeftover = (document: number, anchor: EntityAnchor, other: number) =>
    findLanguage(langOf(context, document)) === undefined && !reading.namesByDocument[other]!.some((n) => n.value === anchor.value);
  if (unprofiledLeftover(pair.a.document, x.anchor, pair.b.document) || unprofiledLeftover(pair.b.document, y.anchor, pair.a.document)) return undefined;
  if ((!nameLike(x.anchor) || !nameLike(y.anchor)) && !(yInA && xInB) && !eachAPerson(reading, pair, x.anchor, y.anchor)) return undefined;
  return swapFinding(reading, pair, candidates, { forX: sides.forA, forY: sides.forB, undecided: sides.undecided, yInA, xInB }, where);
}

/**
 * The one name left over on each side of a link that may have been swapped (`x` of side a, `y` of side
 * b), with each side's names; undefined when a side leaves none over, or too many to tell.
 */
function swapCandidates(reading: NameReading, pair: SentencePair): { x: NameItem; y: NameItem; a: NameItem[]; b: NameItem[] } | undefined {
  const { context, similar, surnames } = reading;
  const side = (s: typeof pair.a) => anchorsOfSentences(context, s.document, s.sentences).filter((x): x is NameItem => x.anchor.type === 'entity');
  const a = side(pair.a);
  const b = side(pair.b);
  // Capitalised common nouns (German) and names in one script only are left over all the time; only
  // person-like names take part.
  // One to one: a name written twice on one side ("Paul Keller , Paul Keller") where the other names
  // two people has one left over.
  const leftOver = (own: NameItem[], ownDocument: number, other: NameItem[], otherDocument: number, oneToOne = false) =>
    unmatchedNames(own, other, similar, (z) => nameLike(z, surnames[ownDocument]), oneToOne).filter(
      (z) => !coreOfUnmatched(context, ownDocument, z.anchor, own, otherDocument, other, similar),
    );
  let leftA = leftOver(a, pair.a.document, b, pair.b.document);
  let leftB = leftOver(b, pair.b.document, a, pair.a.document);
  // Several names left on one side (capitalised noun phrases in German): keep those the other version
  // uses elsewhere, which is what a name swapped in from the same story is, but not next door, where
  // the other version's sentence boundary put it.
  const nextDoor = (other: typeof pair.a) =>
    neighbourhood(context, other.document, other.sentences, 1)
      .filter((s) => !other.sentences.includes(s))
      .flatMap((s) => (context.anchors[other.document]![s] ?? []).flatMap((n) => (n.type === 'entity' ? [{ name: n, sentence: s }] : [])));
  const [nearA, nearB] = [nextDoor(pair.a), nextDoor(pair.b)];
  // Whether a name like `z` stands next door on side `other`, its own link not accounting for it.
  const besideIn = (z: EntityAnchor, near: typeof nearA, other: typeof pair.a, own: typeof pair.a) =>
    near.some(({ name, sentence }) => similar(name, z) && !accountedNextDoor(reading, other.document, sentence, name, own));
  // A name left over on one side only, which the other version writes but not next door: the other
  // side's mentions then pair one to one, so a full name beside its own surname (`Donald Trump … Trump`
  // against `Moon Jae … Trump`) is a mention of its own, which the swap may have replaced. Not in a
  // language that capitalises nouns, where a name's capitalised modifier makes a longer form of the same
  // name as often (`Internationalen Himalaya` beside `Himalaya`).
  const swappedIn = (left: NameItem[], near: typeof nearA, other: typeof pair.a, own: typeof pair.a) =>
    left.length > 0 && left.every((z) => !besideIn(z.anchor, near, other, own)) && getProfile(langOf(context, other.document)).anchors.capitalisesNouns !== true;
  if (leftA.length === 0 && swappedIn(leftB, nearA, pair.a, pair.b)) leftA = leftOver(a, pair.a.document, b, pair.b.document, true);
  else if (leftB.length === 0 && swappedIn(leftA, nearB, pair.b, pair.a)) leftB = leftOver(b, pair.b.document, a, pair.a.document, true);
  let candidatesA = leftA.length === 1 ? leftA : leftA.filter((z) => knownIn(reading, pair.b.document, z.anchor) && !besideIn(z.anchor, nearB, pair.b, pair.a));
  let candidatesB = leftB.length === 1 ? leftB : leftB.filter((z) => knownIn(reading, pair.a.document, z.anchor) && !besideIn(z.anchor, nearA, pair.a, pair.b));
  // The name a swap replaced is often gone from the swapping version, so none of several leftovers on
  // the other side is known there: take the one standing where the swapped-in name stands (its place
  // among the entities of its side, as in a list of team members).
  // The same when several leftovers are known there: a name sharing a first name with someone of the
  // story ("Hans Ratay", "Hans Ertl") looks known.
  if (candidatesA.length === 1 && candidatesB.length !== 1 && leftB.length > 1) candidatesB = [samePlace(candidatesA[0]!, a, candidatesB.length > 1 ? candidatesB : leftB, b)];
  else if (candidatesB.length === 1 && candidatesA.length !== 1 && leftA.length > 1) candidatesA = [samePlace(candidatesB[0]!, b, candidatesA.length > 1 ? candidatesA : leftA, a)];
  if (leftA.length === 0 || leftB.length === 0 || candidatesA.length !== 1 || candidatesB.length !== 1) return undefined;
  return { x: candidatesA[0]!, y: candidatesB[0]!, a, b };
}

/**
 * Whether the link of sentence `sentence`, next door to a link on side `own`'s other side, accounts for
 * `name`: a name both versions write in that neighbouring statement is no boundary moved (`Peter Jones`
 * in both headlines, then `Holly Willoughby … Holly Willoughby` against `Peter Jones … Holly Willoughby`).
 */
function accountedNextDoor(reading: NameReading, document: number, sentence: number, name: EntityAnchor, own: SentencePair['a']): boolean {
  const { context, similar } = reading;
  const partners = confidentLinkIndex(context).get(`${document}:${sentence}`)?.get(own.document) ?? [];
  for (const s of partners) {
    if (own.sentences.includes(s)) continue;
    if ((context.anchors[own.document]![s] ?? []).some((m) => m.type === 'entity' && similar(m, name))) return true;
  }
  return false;
}

/** Whether the two leftovers `x` (side a) and `y` (side b) may be one name after all. */
function oneNameAfterAll(reading: NameReading, pair: SentencePair, x: EntityAnchor, y: EntityAnchor): boolean {
  const { context, namesByDocument } = reading;
  if (reading.onePerson(x, y)) return true;
  // Two names alike across scripts may be one name transliterated, unless the other version writes the
  // very name elsewhere too ("Sutopo" in the Dutch story beside "Sumbung"): then they are two people.
  const writtenElsewhere = (document: number, anchor: EntityAnchor) => namesByDocument[document]!.some((n) => n.value === anchor.value);
  const twoPeople = writtenElsewhere(pair.b.document, x) || writtenElsewhere(pair.a.document, y);
  if (!twoPeople && mayBeOneName(context, x, langOf(context, pair.a.document), y, langOf(context, pair.b.document))) return true;
  if (sameNameCore(context, pair.a.document, x, pair.b.document, y)) return true;
  // Between separate articles, a sentence elsewhere that names the leftover and shares as much is its partner.
  if (pair.mode === 'comparable' && elsewhereBetter(context, pair, x, y, reading.similar)) return true;
  // A name one side spells out and the other abbreviates (`Nations Unies` / `U.N.`) is left over alone.
  const sentenceText = (s: typeof pair.a) => s.sentences.map((k) => context.documents[s.document]!.sentences[k]!.text).join(' ');
  return abbreviatedIn(sentenceText(pair.b), x.text) || abbreviatedIn(sentenceText(pair.a), y.text);
}

/** Whether the two sentences agree on something besides the two names; else the link itself is in doubt. */
function sharesAnotherFact(reading: NameReading, pair: SentencePair, x: EntityAnchor, y: EntityAnchor): boolean {
  const { context } = reading;
  const namedA = anchorsOfSentences(context, pair.a.document, pair.a.sentences);
  const valuesA = new Set(namedA.filter((z) => z.anchor !== x).map((z) => anchorKey(z.anchor)));
  // Another name counts when it is one name however inflected or transliterated ("Liverpool" /
  // "Liverpools", "Joegoslavië" / "Югославії").
  const otherNamesA = namedA.map((z) => z.anchor).filter((z): z is EntityAnchor => z.type === 'entity' && z !== x);
  return anchorsOfSentences(context, pair.b.document, pair.b.sentences).some(
    ({ anchor: z }) => z !== y && (valuesA.has(anchorKey(z)) || (z.type === 'entity' && z !== x && otherNamesA.some((w) => reading.similar(w, z)))),
  );
}

/**
 * Whether a surname alone (see surnamesOf) against another name is backed as two people: both names must
 * be the story's, each known in the other version too (the caller's test); or, in a translation, each a
 * person: the surname one the other version gives a person of the story (`Zaev` against its `Zoran
 * Zaev`), the other a full name (the name a swap replaced may have been that person's only mention). Not
 * a run of capitalised words where every noun has a capital (`Trump Unterstützung`), nor an organisation's name.
 */
function eachAPerson(reading: NameReading, pair: SentencePair, x: EntityAnchor, y: EntityAnchor): boolean {
  const { context } = reading;
  const personIn = (document: number, anchor: EntityAnchor) =>
    context.anchors[document]!.some((sentence) => sentence.some((n) => n.type === 'entity' && n.entityKind === 'person' && reading.similar(n, anchor)));
  const fullNameOf = (z: EntityAnchor, document: number) => nameLike(z) && getProfile(langOf(context, document)).anchors.capitalisesNouns !== true;
  return (
    (pair.mode === 'parallel' || confirmedByVersions(context, pair)) &&
    (fullNameOf(x, pair.a.document) || personIn(pair.b.document, x)) &&
    (fullNameOf(y, pair.b.document) || personIn(pair.a.document, y))
  );
}

/** How the other versions and the two documents side on a swap. */
interface SwapSupport {
  /** Other versions whose linked sentences name `x` (side a's name) and not `y`, and the other way round. */
  forX: number;
  forY: number;
  undecided: boolean;
  /** Whether side a's document writes `y` somewhere, and side b's `x`. */
  yInA: boolean;
  xInB: boolean;
}

/** The finding of a swap: which side changed the name, and how sure that is. */
function swapFinding(
  reading: NameReading,
  pair: SentencePair,
  { x, y, a, b }: { x: NameItem; y: NameItem; a: NameItem[]; b: NameItem[] },
  { forX, forY, undecided, yInA, xInB }: SwapSupport,
  where: string,
): RawFinding {
  const { context } = reading;
  // The version that swapped in a name took it from elsewhere in the story, so the other version knows
  // that name too; the name it replaced is then often missing from it. Both known: a name written
  // twice in its sentences where the other version writes it once is the swapped-in one ("le Hidden
  // Peak ou Gosainthan … le Hidden Peak"); else canonical order.
  const repeated = (item: NameItem, own: readonly NameItem[]) => own.some((z) => z !== item && nameIdentity(z.anchor) === nameIdentity(item.anchor));
  // The other versions' linked sentences decide when they side with one name (the majority names the
  // version that changed); else the name the other version uses elsewhere is the one swapped in.
  const yWrong = forX !== forY ? forX > forY : yInA && (!xInB || (repeated(y, b) && !repeated(x, a)));
  const [wrong, wrongDoc, right, rightDoc] = yWrong ? [y, pair.b.document, x, pair.a.document] : [x, pair.a.document, y, pair.b.document];
  const [forRight, forWrong] = yWrong ? [forX, forY] : [forY, forX];
  const wrongText = textOf(context, wrongDoc, wrong.anchor.start, wrong.anchor.end);
  const rightText = textOf(context, rightDoc, right.anchor.start, right.anchor.end);
  // A swap read across two neighbouring links rests on a link the aligner did not make: worth a look,
  // not an alarm.
  // Between two versions the neighbouring links are all there is (a clause moved across a full stop);
  // among three or more, a real swap shows in the direct links to the others.
  // A swap no other version takes sides on is two versions' word against each other (see SwapSides).
  // A translation holds the story's names: a swapped-in name the other version writes nowhere is a
  // reading of ours (a noun or a sentence opener glued to a name, a name we cannot match across
  // scripts), not a person taken from elsewhere in the story. Separate articles leave names out.
  const unknownToOther = pair.mode === 'parallel' && !(yWrong ? yInA : xInB);
  const weak = undecided || unknownToOther || (where !== inTheLinkedSentence && context.documents.length >= minVersionsForDirectLinks);
  return {
    ...(weak ? { severity: 'info' as const } : {}),
    ...swapBacking(forRight, forWrong),
    rule: 'name-variant',
    message: `${langOf(context, wrongDoc)} names ${wrongText} where the ${langOf(context, rightDoc)} translation names ${rightText} ${where}.`,
    values: [wrong.anchor.value, right.anchor.value],
    evidence: [
      { document: wrongDoc, sentence: wrong.sentence, start: wrong.anchor.start, end: wrong.anchor.end, value: wrong.anchor.value },
      { document: rightDoc, sentence: right.sentence, start: right.anchor.start, end: right.anchor.end, value: right.anchor.value },
    ],
  };
}

/** {@link betterPartnerNames} for either name of a swap read in a link between separate articles; a link the other versions confirm keeps a tie. */
function elsewhereBetter(context: RuleContext, pair: SentencePair, x: EntityAnchor, y: EntityAnchor, similar: (p: EntityAnchor, q: EntityAnchor) => boolean): boolean {
  const compared = (z: Anchor) => z.type === 'entity' && (similar(z, x) || similar(z, y));
  const names = (name: EntityAnchor) => (z: Anchor) => z.type === 'entity' && similar(z, name);
  const keep = confirmedByVersions(context, pair);
  return betterPartnerNames(context, pair.a, pair.b, names(x), compared, keep) || betterPartnerNames(context, pair.b, pair.a, names(y), compared, keep);
}

/**
 * Whether a leftover name shares a core (see {@link sameNameCore}) with a name of the other side that no
 * other name of its own side accounts for: one name read two ways, a word glued on (`Trumps Kundgebung` /
 * `Trump`, `Laut Mike Coupe` / `Майк Купе`) or a compass word translated (`West Virginia` /
 * `Virginie-Occidentale`), which the loose cores match and the strict test that made it a leftover did
 * not. Such a pair is accounted for before two leftovers are read as a swap: else the glued name on one
 * side and the translated place on the other stay over, and cross as if one replaced the other.
 */
function coreOfUnmatched(
  context: RuleContext,
  document: number,
  name: EntityAnchor,
  own: readonly { anchor: EntityAnchor }[],
  otherDocument: number,
  other: readonly { anchor: EntityAnchor }[],
  similar: (x: EntityAnchor, y: EntityAnchor) => boolean,
): boolean {
  return other.some(
    ({ anchor: z }) =>
      !own.some(({ anchor: w }) => w !== name && similar(w, z)) && sameNameCore(context, document, name, otherDocument, z, false),
  );
}

/**
 * Person-like names of `own` that no entity of `other` accounts for. The same name written twice on one
 * side ("Paul Keller , Paul Keller") takes the other side's mentions of it one each, so a repeat where
 * the other version names someone else is left over; a fuzzy partner ("Himalaya" for "Internationalen
 * Himalaya") may account for several. A name this side also writes exactly is that name's partner, not
 * a fuzzy one's: "Hidden Peak" on both sides does not account for "Broad Peak" through the shared word,
 * nor "Hans Willenpart" for "Hans Ratay". It still accounts for a longer or shorter form of itself
 * ("Internationalen Himalaya" beside "Himalaya"), unless `oneToOne`: then each mention needs a partner
 * of its own.
 */
function unmatchedNames<T extends { anchor: EntityAnchor }>(
  own: readonly T[],
  other: readonly T[],
  similar: (x: EntityAnchor, y: EntityAnchor) => boolean,
  isName: (anchor: EntityAnchor) => boolean,
  oneToOne = false,
): T[] {
  const accounted = exactlyAccounted(own, other);
  const otherValues = new Set(other.map((y) => nameIdentity(y.anchor)));
  const ownValues = new Set(own.map((x) => nameIdentity(x.anchor)));
  // A numbered name ("Gasherbrum VI") is not a bare name of its family ("glacier de Gasherbrum",
  // "Gasherbrum-Gletscher") when the other side numbers that family too ("Gasherbrum II"): the bare one
  // is something else of that name, and the numbered one must meet a numbered partner.
  const numbered = other.filter((z) => trailingNumeral(z.anchor.text) !== undefined);
  const numberedElsewhere = (x: T, y: T) =>
    trailingNumeral(x.anchor.text) !== undefined &&
    trailingNumeral(y.anchor.text) === undefined &&
    numbered.some((z) => z.anchor.value === y.anchor.value || shareLongWord(z.anchor.text, x.anchor.text));
  const left: T[] = [];
  for (const x of own) {
    if (otherValues.has(nameIdentity(x.anchor))) {
      if (!accounted.has(x) && isName(x.anchor)) left.push(x);
      continue;
    }
    const partner = (y: T) =>
      similar(x.anchor, y.anchor) && (!ownValues.has(nameIdentity(y.anchor)) || (!oneToOne && isSubName(x.anchor.text, y.anchor.text))) && !numberedElsewhere(x, y);
    if (isName(x.anchor) && !other.some(partner)) left.push(x);
  }
  return left;
}

/**
 * The mentions of `own` that a mention of the very same name in `other` accounts for, one each. When
 * `own` writes a name more often, each mention of `other` takes the free one standing nearest its own
 * place among the entities of its side, so the one left over stands where the other version has another
 * name ("5. Pasang Dawa Lama , 8189 m … et Pasang Dawa Lama" against "5. Cho Oyu , 8189 m … und Pasang
 * Dawa Lama": the first is left over, not the second).
 */
function exactlyAccounted<T extends { anchor: EntityAnchor }>(own: readonly T[], other: readonly T[]): Set<T> {
  const otherByName = groupBy(other, (y) => nameIdentity(y.anchor));
  const accounted = new Set<T>();
  for (const [name, mentions] of groupBy(own, (x) => nameIdentity(x.anchor))) {
    const partners = otherByName.get(name) ?? [];
    if (partners.length >= mentions.length) {
      for (const x of mentions) accounted.add(x);
      continue;
    }
    for (const y of partners) accounted.add(samePlace(y, other, mentions.filter((x) => !accounted.has(x)), own));
  }
  return accounted;
}

/** The leftover of the other side whose rank among that side's entities is nearest to `x`'s rank among its own. */
function samePlace<T extends { anchor: EntityAnchor }>(x: T, own: readonly T[], leftovers: readonly T[], other: readonly T[]): T {
  const rank = (item: T, all: readonly T[]) => (all.length <= 1 ? 0 : all.indexOf(item) / (all.length - 1));
  const target = rank(x, own);
  return [...leftovers].sort((p, q) => Math.abs(rank(p, other) - target) - Math.abs(rank(q, other) - target) || other.indexOf(p) - other.indexOf(q))[0]!;
}
