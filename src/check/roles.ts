// Who holds which office where, as each version states it: the facts role-mismatch and name-variant compare.
import { checkVocabulary } from '../lang/registry.js';
import type { Anchor, EntityAnchor } from '../types.js';
import { entityIdentity, hasClausePunctuation, isCheckable, isLetter, isPlace, officeWords } from './text.js';
import type { RuleContext } from './types.js';
import { aliasSimilarity, sameNameSimilarity } from './deps.js';
import { transliterationKeys, transliterationKeysSimilarity } from './name-forms.js';

/** Names whose lengths differ by more than this share of the longer are not compared (a similar name has a similar length). */
const similarLengthSpread = 0.4;

/** One person mention in one sentence. */
export interface PersonMention {
  document: number;
  sentence: number;
  anchor: EntityAnchor;
  /** Identity shared by every spelling of the person across versions (similar keys, aliases). */
  person: string;
}

/** "X, secretary of the party committee of Quang Ninh": a person given an office at a place. */
export interface RoleAssertion {
  document: number;
  sentence: number;
  person: string;
  mention: EntityAnchor;
  office: string;
  place: string;
  placeAnchor: EntityAnchor;
  /** From the first to the last character of person and place, in whichever order they stand. */
  start: number;
  end: number;
}

/** Every person mention and role assertion of a check run. */
export interface RoleAnalysis {
  mentions: PersonMention[];
  assertions: RoleAssertion[];
}

const cache = new WeakMap<RuleContext, RoleAnalysis>();

/** Persons, their identities and their role assertions; computed once per context. */
export function analyseRoles(context: RuleContext): RoleAnalysis {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const personKeys = new Set<string>();
  context.anchors.forEach((doc) => doc.forEach((anchors) => anchors.forEach((a) => {
    if (a.type === 'entity' && a.entityKind === 'person') personKeys.add(a.value);
  })));
  const isPerson = (anchor: Anchor): anchor is EntityAnchor =>
    anchor.type === 'entity' &&
    (anchor.entityKind === 'person' ||
      // A name the extractor could not classify: a person when another version says so, or when it
      // has two words or more (given name and family name), as Vietnamese and Chinese names do.
      (anchor.entityKind === 'unknown' && anchor.gazetteerId === undefined && anchor.country === undefined &&
        (personKeys.has(anchor.value) || anchor.text.trim().includes(' '))));

  const raw: Array<{ document: number; sentence: number; anchor: EntityAnchor }> = [];
  context.documents.forEach((doc, document) => {
    doc.sentences.forEach((_, sentence) => {
      if (!isCheckable(doc, sentence)) return;
      for (const anchor of context.anchors[document]?.[sentence] ?? []) {
        if (isPerson(anchor)) raw.push({ document, sentence, anchor });
      }
    });
  });
  const identity = personIdentities(context, raw.map((m) => ({ anchor: m.anchor, lang: context.documents[m.document]!.lang })));
  const mentions: PersonMention[] = raw.map((m) => ({ ...m, person: identity.get(m.anchor.value)! }));
  const assertions: RoleAssertion[] = [];
  context.documents.forEach((doc, document) => {
    doc.sentences.forEach((sentence, index) => {
      if (!isCheckable(doc, index)) return;
      const anchors = context.anchors[document]?.[index] ?? [];
      const persons = mentions.filter((m) => m.document === document && m.sentence === index);
      if (persons.length === 0) return;
      assertions.push(...rolesInSentence(document, index, sentence.text, sentence.start, anchors, persons));
    });
  });
  const analysis = { mentions, assertions };
  cache.set(context, analysis);
  return analysis;
}

/**
 * Union of person keys that are spellings of one person: similar keys, alike once each language's way
 * of transliterating is undone (`Lawrow` / `Лавров`), or one alias group.
 */
function personIdentities(context: RuleContext, names: ReadonlyArray<{ anchor: EntityAnchor; lang: string }>): Map<string, string> {
  const unique = [...new Set(names.map((n) => n.anchor.value))].sort();
  // Each key's transliteration keys, from its first mention in each language.
  const variants = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const { anchor, lang } of names) {
    if (seen.has(`${anchor.value}\u0000${lang}`)) continue;
    seen.add(`${anchor.value}\u0000${lang}`);
    variants.set(anchor.value, [...(variants.get(anchor.value) ?? []), transliterationKeys(context, anchor, lang)]);
  }
  const transliterated = (x: string, y: string) =>
    variants.get(x)!.some((a) => variants.get(y)!.some((b) => transliterationKeysSimilarity(context, a, b) >= sameNameSimilarity));
  const parent = new Map(unique.map((k) => [k, k]));
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const union = (x: string, y: string) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  };
  for (let i = 0; i < unique.length; i++) {
    const alias = aliasCanonical(context, unique[i]!);
    for (let j = i + 1; j < unique.length; j++) {
      const [x, y] = [unique[i]!, unique[j]!];
      // Cheap filters first: a similar name has a similar length.
      const similarLength = Math.abs(x.length - y.length) <= Math.max(x.length, y.length) * similarLengthSpread;
      if (similarLength && context.nameSimilarity(x, y) >= sameNameSimilarity) union(x, y);
      else if (similarLength && alias !== undefined && alias === aliasCanonical(context, y)) union(x, y);
      else if (transliterated(x, y)) union(x, y);
    }
  }
  return new Map(unique.map((k) => [k, find(k)]));
}

/** The canonical name of an alias group the key belongs to, if any. */
export function aliasCanonical(context: RuleContext, key: string): string | undefined {
  const direct = context.aliasOf.get(key);
  if (direct !== undefined) return direct;
  for (const [aliasKey, canonical] of context.aliasOf) {
    if (context.nameSimilarity(aliasKey, key) >= aliasSimilarity) return canonical;
  }
  return undefined;
}

const appositionReach = 160;
const officeToPlaceReach = 90;

/**
 * Roles in one sentence. Two shapes, in every language:
 * - after the name: `Tran Cuong, [member of …,] secretary of the party committee of Guangxi Zhuang`
 *   (a comma right after the name, then an office word, then a place with no clause break between);
 * - before the name: `Secretary of the Party Committee of Guangxi Zhuang[,] Chen Gang` (office word,
 *   place, then the name right after, at most a comma or a few words such as `autonomous region`).
 */
export function rolesInSentence(
  document: number,
  sentence: number,
  text: string,
  offset: number,
  anchors: readonly Anchor[],
  persons: readonly PersonMention[],
): RoleAssertion[] {
  const places = anchors.filter(isPlace);
  const offices = officeWords(text).map((o) => ({ ...o, start: o.start + offset, end: o.end + offset }));
  const slice = (from: number, to: number) => text.slice(from - offset, to - offset);
  const assertions: RoleAssertion[] = [];
  const consumedOffices = new Set<number>();
  const personStarts = persons.map((p) => p.anchor.start);

  for (const mention of persons) {
    const afterName = slice(mention.anchor.end, Math.min(mention.anchor.end + 3, offset + text.length)).trimStart();
    if (!afterName.startsWith(',') && !afterName.startsWith('،')) continue;
    const nextPerson = Math.min(...personStarts.filter((s) => s > mention.anchor.start), Infinity);
    const reach = Math.min(mention.anchor.end + appositionReach, nextPerson, offset + text.length);
    for (const office of offices) {
      if (office.start < mention.anchor.end || office.start >= reach) continue;
      // A name right before ", <office>" starts another apposition: the office is that name's.
      const entities = anchors.filter((a) => a.type === 'entity' && a.start >= mention.anchor.end && a.end <= office.start);
      if (entities.some((e) => ['', ',', '،'].includes(slice(e.end, office.start).trim()) && slice(e.end, office.start).trim() !== '')) break;
      const place = places.find((p) => p.start > office.end && p.start < Math.min(office.end + officeToPlaceReach, reach));
      if (place === undefined || hasClausePunctuation(slice(office.end, place.start))) continue;
      // "X, secretary of Guangxi Chen Gang and …": the office is the following name's, not X's.
      if (persons.some((p) => p.anchor.start >= place.end && gapBeforeName(slice(place.end, p.anchor.start)))) break;
      consumedOffices.add(office.start);
      assertions.push({
        document, sentence, person: mention.person, mention: mention.anchor, office: office.office,
        place: entityIdentity(place), placeAnchor: place, start: mention.anchor.start, end: place.end,
      });
      break;
    }
  }

  for (const mention of persons) {
    const place = [...places].reverse().find((p) => p.end <= mention.anchor.start);
    if (place === undefined) continue;
    const gap = slice(place.end, mention.anchor.start);
    if (!gapBeforeName(gap)) continue;
    const office = [...offices].reverse().find((o) => o.end <= place.start && place.start - o.end <= officeToPlaceReach);
    if (office === undefined || consumedOffices.has(office.start)) continue;
    if (hasClausePunctuation(slice(office.end, place.start))) continue;
    if (personStarts.some((s) => s > office.start && s < place.start)) continue;
    // Another person's apposition owns this office ("Vu Dai Thang, secretary of Quang Ninh, Tran Cuong, …").
    if (assertions.some((a) => a.start <= office.start && a.end >= place.end)) continue;
    assertions.push({
      document, sentence, person: mention.person, mention: mention.anchor, office: office.office,
      place: entityIdentity(place), placeAnchor: place, start: office.start, end: mention.anchor.end,
    });
  }
  return assertions;
}

/** Longest gap of spaces and one comma between a role's place and the name. */
const maxPunctuationGap = 3;
/** Longest place type between a role's place and the name ("autonomous region"). */
const maxPlaceTypeGap = 25;

/** Between a role's place and the name: spaces, or `, `, or up to 25 letters of a place type ("autonomous region"). */
function gapBeforeName(gap: string): boolean {
  if (gap.trim() === '' || gap.trim() === ',' || gap.trim() === '،') return gap.length <= maxPunctuationGap;
  if (gap.length > maxPlaceTypeGap) return false;
  for (const char of gap) {
    if (!isLetter(char) && char !== ' ' && char !== '-') return false;
  }
  // "… of Quang Ninh and comrade Tran Cuong": a coordinator or a title starts a new person.
  const { nameBreakers, nameBreakerPrefixes } = checkVocabulary();
  return !gap
    .toLowerCase()
    .split(' ')
    .some((word) => word !== '' && (nameBreakers.has(word) || nameBreakerPrefixes.some((prefix) => word.startsWith(prefix))));
}

/** Number of documents stating each (person, office, place). */
function supportOf(assertions: readonly RoleAssertion[]): Map<string, Set<number>> {
  const support = new Map<string, Set<number>>();
  for (const a of assertions) {
    const key = roleKey(a);
    support.set(key, (support.get(key) ?? new Set()).add(a.document));
  }
  return support;
}

function roleKey(a: Pick<RoleAssertion, 'person' | 'office' | 'place'>): string {
  return `${a.person}\u0000${a.office}\u0000${a.place}`;
}


/**
 * Assertions the other versions contradict: the person holds the same office at another place in more
 * documents, and someone else holds this office at this place.
 */
export function contradictedRoles(context: RuleContext): Array<{ wrong: RoleAssertion; samePersonElsewhere: RoleAssertion[]; otherHolders: RoleAssertion[] }> {
  const { assertions } = analyseRoles(context);
  const support = supportOf(assertions);
  const result: Array<{ wrong: RoleAssertion; samePersonElsewhere: RoleAssertion[]; otherHolders: RoleAssertion[] }> = [];
  const reported = new Set<string>();
  for (const a of [...assertions].sort((x, y) => x.document - y.document || x.start - y.start)) {
    const own = support.get(roleKey(a))!.size;
    const samePersonElsewhere = assertions.filter(
      (b) => b.person === a.person && b.office === a.office && b.place !== a.place && support.get(roleKey(b))!.size > own,
    );
    const otherHolders = assertions.filter((b) => b.person !== a.person && b.office === a.office && b.place === a.place);
    if (samePersonElsewhere.length === 0 || otherHolders.length === 0) continue;
    const key = `${a.document}\u0000${roleKey(a)}`;
    if (reported.has(key)) continue;
    reported.add(key);
    result.push({ wrong: a, samePersonElsewhere, otherHolders });
  }
  return result;
}

