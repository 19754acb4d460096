// country-label: a place labelled with a country other than the gazetteer's or the other versions'.
import { holdsWords } from '../../lang/registry.js';
import { relatedNameSimilarity } from '../deps.js';
import { groupBy } from '../group.js';
import type { Anchor, EntityAnchor } from '../../types.js';
import { isCorroborated } from '../corroborate.js';
import { anchorsOfSentences, confidentPairs, langOf, listLanguages } from '../links.js';
import { sidesByMentions, sidesOnSwap, statedTogetherElsewhere, swapBacking } from '../swap-sides.js';
import { anchorKey, entityIdentity, isCheckable, isPlace } from '../text.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext, SentencePair } from '../types.js';
import { compareObservations, mergeSwaps, type Observation, voteOutliers } from '../vote.js';
import { keptApartElsewhere } from '../translation-votes.js';

/** A place written with a country label: `Guangxi Zhuang (China)`, `(Хазянг, В'єтнам)`. */
export interface CountryLabel {
  document: number;
  sentence: number;
  place: EntityAnchor;
  /** ISO 3166-1 alpha-2 code of the label. */
  country: string;
  /** From the place's start to the label's end (with the closing parenthesis). */
  start: number;
  end: number;
}

function isBlankRun(text: string): boolean {
  for (const char of text) if (char !== ' ' && char !== '\u00a0' && char !== '\u202f') return false;
  return true;
}

/** The text between the place and the label must be ` (` or `, ` (the latter only inside parentheses). */
function labelShape(between: string, after: string): 'paren' | 'comma' | undefined {
  const trimmed = between.trim();
  const closes = after.trimStart().startsWith(')');
  if (!closes) return undefined;
  if (trimmed === '(' && isBlankRun(between.replace('(', ''))) return 'paren';
  if ((trimmed === ',' || trimmed === '،') && isBlankRun(between.replace(trimmed, ''))) return 'comma';
  return undefined;
}

/** Every place in every version written with a country label. */
export function findCountryLabels(context: RuleContext): CountryLabel[] {
  const labels: CountryLabel[] = [];
  context.documents.forEach((doc, document) => {
    doc.sentences.forEach((_, index) => {
      if (!isCheckable(doc, index)) return;
      const anchors: readonly Anchor[] = context.anchors[document]?.[index] ?? [];
      for (let i = 1; i < anchors.length; i++) {
        const label = anchors[i]!;
        const place = anchors[i - 1]!;
        if (label.type !== 'country' || !isPlace(place) || place.end > label.start) continue;
        const between = doc.text.slice(place.end, label.start);
        const after = doc.text.slice(label.end, Math.min(doc.text.length, label.end + 3));
        if (labelShape(between, after) === undefined) continue;
        const close = doc.text.indexOf(')', label.end);
        labels.push({ document, sentence: index, place, country: label.value, start: place.start, end: close + 1 });
      }
    });
  });
  return labels;
}

function countryName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code);
    return name !== undefined && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The country-label rule. */
export const countryLabel: Rule = {
  id: 'country-label',
  defaultSeverity: 'error',
  description: 'A place is given a country other than the one the gazetteer or the other versions give it.',
  run(context) {
    const labels = findCountryLabels(context);
    const byPlace = groupBy(labels, (label) => entityIdentity(label.place));
    const findings: RawFinding[] = [];
    for (const group of byPlace.values()) {
      const observations: Observation[] = group.map((label) => ({
        value: label.country,
        evidence: { document: label.document, sentence: label.sentence, start: label.start, end: label.end, value: label.country },
      }));
      const known = group.find((label) => label.place.country !== undefined)?.place.country;
      if (known !== undefined) {
        findings.push(...againstGazetteer(context, observations, known));
        continue;
      }
      for (const outlier of voteOutliers(observations, context.documents)) {
        const first = outlier.evidence[0]!;
        const otherLangs = outlier.evidence.slice(1).map((e) => langOf(context, e.document));
        findings.push({
          rule: 'country-label',
          message: `${langOf(context, first.document)} places ${placeName(context, first)} in ${countryName(outlier.value)} where ${listLanguages(otherLangs)} say ${outlier.others.map(countryName).join(' or ')}.`,
          values: [outlier.value, ...outlier.others],
          evidence: outlier.evidence,
        });
      }
    }
    return [...findings, ...swappedCountries(context)];
  },
};

/**
 * A country anchor of linked sentences, with where it stands in them (0 at the start, 1 at the end) and
 * the values of the anchors around it (names, numbers: the same in both languages).
 */
interface PlacedCountry {
  anchor: Anchor;
  sentence: number;
  place: number;
  neighbours: ReadonlySet<string>;
}

/** How many anchors on each side of a country make its neighbourhood. */
const neighbourReach = 3;

function placedCountries(context: RuleContext, side: SentencePair['a']): PlacedCountry[] {
  const doc = context.documents[side.document]!;
  const first = doc.sentences[side.sentences[0]!]!;
  const last = doc.sentences[side.sentences[side.sentences.length - 1]!]!;
  const length = Math.max(1, last.end - first.start);
  const anchors = anchorsOfSentences(context, side.document, side.sentences);
  const placed: PlacedCountry[] = [];
  anchors.forEach((x, i) => {
    if (x.anchor.type !== 'country') return;
    const neighbours = new Set<string>();
    for (let j = Math.max(0, i - neighbourReach); j <= Math.min(anchors.length - 1, i + neighbourReach); j++) {
      const other = anchors[j]!.anchor;
      if (other.type !== 'country') neighbours.add(anchorKey(other));
    }
    placed.push({ ...x, place: (x.anchor.start - first.start) / length, neighbours });
  });
  return placed;
}

function sharedNeighbours(x: PlacedCountry, y: PlacedCountry): number {
  let shared = 0;
  for (const value of x.neighbours) if (y.neighbours.has(value)) shared++;
  return shared;
}

/**
 * The countries of each side the other side does not account for, one to one: "India and India"
 * against "India and Pakistan" leaves one India over. Of several mentions of one country, the ones
 * with the same names and numbers around them pair up first, then the ones standing nearest, so the one
 * left over is the one whose counterpart the other side names differently.
 */
function unmatchedCountries(a: readonly PlacedCountry[], b: readonly PlacedCountry[]): [PlacedCountry[], PlacedCountry[]] {
  const matched = new Set<PlacedCountry>();
  const byValue = (side: readonly PlacedCountry[]) => groupBy(side, (x) => x.anchor.value);
  const groupsB = byValue(b);
  for (const [value, xs] of byValue(a)) {
    const ys = groupsB.get(value) ?? [];
    // Nearest first; a pathological sentence naming one country thousands of times pairs in order.
    const pairs: Array<[PlacedCountry, PlacedCountry]> = [];
    if (xs.length * ys.length <= 4096) {
      for (const x of xs) for (const y of ys) pairs.push([x, y]);
      const closeness = new Map(pairs.map((p) => [p, sharedNeighbours(p[0], p[1]) - Math.abs(p[0].place - p[1].place)]));
      pairs.sort((p, q) => closeness.get(q)! - closeness.get(p)!);
    } else {
      for (let i = 0; i < Math.min(xs.length, ys.length); i++) pairs.push([xs[i]!, ys[i]!]);
    }
    for (const [x, y] of pairs) {
      if (matched.has(x) || matched.has(y)) continue;
      matched.add(x);
      matched.add(y);
    }
  }
  return [a.filter((x) => !matched.has(x)), b.filter((y) => !matched.has(y))];
}

/**
 * The two countries of a swap: each side left with one country the other side does not account for,
 * perhaps named twice ("Vietnam … Vietnamese regions" against "France … Vietnamese regions" leaves France
 * against Vietnam).
 */
function swapOf(a: readonly PlacedCountry[], b: readonly PlacedCountry[], [leftA, leftB]: Leftovers = unmatchedCountries(a, b)): [PlacedCountry, PlacedCountry] | undefined {
  if (oneCountry(leftA) && oneCountry(leftB)) return [leftA[0]!, leftB[0]!];
  // A country both sides name, once more on one side ("Nordkoreas … Nordkorea … Nordkoreas" against two
  // mentions), is a repeat, not the swap: what is left besides it may still be one country each.
  const [newA, newB] = [leftA.filter((x) => !mentions(b, x)), leftB.filter((y) => !mentions(a, y))];
  return oneCountry(newA) && oneCountry(newB) ? [newA[0]!, newB[0]!] : undefined;
}

/** Whether leftovers name one country, once or more. */
function oneCountry(left: readonly PlacedCountry[]): boolean {
  return left.length > 0 && left.every((l) => l.anchor.value === left[0]!.anchor.value);
}

/** Whether an anchor names the country of `country`. */
function isCountryOf(country: PlacedCountry): (anchor: Anchor) => boolean {
  return (anchor) => anchor.type === 'country' && anchor.value === country.anchor.value;
}

/** Other versions that must side with one country of a swap, and none with the other, to pick it among several leftovers. */
const minDecidingVersions = 2;

/** The countries each side of a link leaves over, side a's first (see {@link unmatchedCountries}). */
type Leftovers = readonly [readonly PlacedCountry[], readonly PlacedCountry[]];

/** Each side's leftovers, each country once. */
function distinctLeftovers([leftA, leftB]: Leftovers): [PlacedCountry[], PlacedCountry[]] {
  const distinct = (left: readonly PlacedCountry[]) => [...new Map(left.map((x) => [x.anchor.value, x])).values()];
  return [distinct(leftA), distinct(leftB)];
}

/**
 * The swap among several countries left over on one side or both ("met Kim Jong Un van Vietnam … in
 * Singapore" against "dengan Kim Jong Un dari Korea Utara": Singapore left out, Vietnam for North
 * Korea): the one pair of leftovers on which the other versions' linked sentences take one side only,
 * at least {@link minDecidingVersions} of them naming one country and none the other. Leftovers no
 * other version decides on stay omissions.
 */
function swapTheOthersDecide(context: RuleContext, pair: SentencePair, left: Leftovers): [PlacedCountry, PlacedCountry] | undefined {
  const [candidatesA, candidatesB] = distinctLeftovers(left);
  if (candidatesA.length + candidatesB.length <= 2) return undefined;
  let decided: [PlacedCountry, PlacedCountry] | undefined;
  for (const x of candidatesA) {
    for (const y of candidatesB) {
      const { forA, forB } = sidesOnSwap(context, pair, isCountryOf(x), isCountryOf(y));
      if (Math.min(forA, forB) > 0 || Math.max(forA, forB) < minDecidingVersions) continue;
      if (decided !== undefined) return undefined;
      decided = [x, y];
    }
  }
  return decided;
}

/**
 * The swap among several countries left over on one side, once the leftovers the other version names in
 * a sentence beside its linked ones are set aside ("USA:s utrikesminister … mötet i Pakistan" against
 * "staatssecretaris Mike Pompeo … in Singapore", the Dutch naming the United States in the sentence
 * before): a country named in the next sentence moved there, it was not put in another's place. Only
 * the side with more than one country left over is thinned, and only to one country a side.
 */
function swapBesideNeighbours(context: RuleContext, pair: SentencePair, left: Leftovers): [PlacedCountry, PlacedCountry] | undefined {
  return swapOnceSetAside(left, (x) => namedBeside(context, pair.b, x.anchor.value), (y) => namedBeside(context, pair.a, y.anchor.value));
}

/**
 * The swap left once each side's leftovers that `setAsideA` / `setAsideB` take for omissions are set
 * aside: only a side with more than one country left over is thinned, and only to one country a side.
 */
function swapOnceSetAside(
  [leftA, leftB]: Leftovers,
  setAsideA: (x: PlacedCountry) => boolean,
  setAsideB: (y: PlacedCountry) => boolean,
): [PlacedCountry, PlacedCountry] | undefined {
  const thin = (left: readonly PlacedCountry[], setAside: (x: PlacedCountry) => boolean) => (left.length > 0 && !oneCountry(left) ? left.filter((x) => !setAside(x)) : left);
  const [thinA, thinB] = [thin(leftA, setAsideA), thin(leftB, setAsideB)];
  if (!oneCountry(thinA) || !oneCountry(thinB)) return undefined;
  // Nothing set aside: `swapOf` has judged these leftovers already.
  return thinA.length === leftA.length && thinB.length === leftB.length ? undefined : [thinA[0]!, thinB[0]!];
}

/**
 * The swap among several countries left over: the one leftover that stands beside a fact both sides
 * state where the other side has a leftover too ("الأمريكي مايك بومبيو … رئيس فرنسا كيم جونج أون" against
 * "Pompeo … in Singapore met Kim Jong Un van Noord-Korea": France beside Kim, as Singapore and North
 * Korea are). A country put in another's place keeps its neighbours; leftovers beside other facts are
 * each version's own additions and omissions. Of several on the other side, the one nearest its place
 * in the sentence. Only when one leftover of one side alone shares a neighbour, both named, not adjectives.
 */
function swapBesideSharedFact(context: RuleContext, pair: SentencePair, left: Leftovers): [PlacedCountry, PlacedCountry] | undefined {
  const [candidatesA, candidatesB] = distinctLeftovers(left);
  if (candidatesA.length === 0 || candidatesB.length === 0 || candidatesA.length + candidatesB.length <= 2) return undefined;
  // Names only: an adjective beside a name is often the person's country ("USA:s utrikesminister
  // Pompeo"), where the other version may name the place beside the same person instead.
  const sharing = candidatesA.filter(isCountryName).flatMap((x) => candidatesB.filter((y) => isCountryName(y) && neighbourhoodOf(context, pair, x, y) === 'shared').map((y) => [x, y] as const));
  const [sharingA, sharingB] = [new Set(sharing.map(([x]) => x)), new Set(sharing.map(([, y]) => y))];
  if (sharingA.size !== 1 && sharingB.size !== 1) return undefined;
  const nearest = sharing.sort(([x1, y1], [x2, y2]) => Math.abs(x1.place - y1.place) - Math.abs(x2.place - y2.place))[0];
  return nearest && [nearest[0], nearest[1]];
}

/**
 * The swap among several countries left over on one side, once the leftovers the other version names
 * somewhere in its document are set aside ("wilayah Spanyol bagian utara dan barat daya Amerika
 * Serikat" against "het noorden van Mexico", the Dutch naming the United States elsewhere): a country
 * that version left out of this sentence, while the one it never names was put in another's place.
 * Only where the other side is left with one country (`namedInB`, `namedInA`: each document's countries).
 */
function swapOfForeignCountry(left: Leftovers, namedInB: ReadonlySet<string>, namedInA: ReadonlySet<string>): [PlacedCountry, PlacedCountry] | undefined {
  const [oneA, oneB] = [oneCountry(left[0]), oneCountry(left[1])];
  return swapOnceSetAside(left, (x) => oneB && namedInB.has(x.anchor.value), (y) => oneA && namedInA.has(y.anchor.value));
}

/** Whether a version names `country` in the sentence right before or right after `side`'s linked sentences. */
function namedBeside(context: RuleContext, side: SentencePair['a'], country: string): boolean {
  const [first, last] = [Math.min(...side.sentences), Math.max(...side.sentences)];
  return [first - 1, last + 1].some((index) => (context.anchors[side.document]?.[index] ?? []).some((anchor) => anchor.type === 'country' && anchor.value === country));
}

/** Whether `side` names the country of `country` anywhere. */
function mentions(side: readonly PlacedCountry[], country: PlacedCountry): boolean {
  return side.some((x) => x.anchor.value === country.anchor.value);
}


function sameNameAcross(context: RuleContext, documentA: number, a: { text: string }, documentB: number, b: { text: string }): boolean {
  const keyA = context.entityKey(a.text, langOf(context, documentA));
  const keyB = context.entityKey(b.text, langOf(context, documentB));
  return keyA === keyB || context.nameSimilarity(keyA, keyB) >= relatedNameSimilarity;
}

/**
 * Whether two country anchors are one name read as two territories. Across languages the keys of one
 * name differ a little (`Sint Maarten` / `Saint-Martin`), so likeness decides; within one language the
 * same name has the same key, and alike names are other countries (`Duitsland` / `Rusland`,
 * `ألمانيا` / `اليابان`, `японським` / `австрійським`).
 */
function sameCountryWords(context: RuleContext, documentA: number, a: { text: string }, documentB: number, b: { text: string }): boolean {
  const lang = langOf(context, documentA);
  if (lang !== langOf(context, documentB)) return sameNameAcross(context, documentA, a, documentB, b);
  return context.entityKey(a.text, lang) === context.entityKey(b.text, lang);
}

/** Whether a country anchor is the country's name, not an adjective or demonym (`Nepal`, not `nepalischen`). */
function isCountryName(x: PlacedCountry): boolean {
  return !(x.anchor.type === 'country' && x.anchor.adjective === true);
}

/**
 * Whether the swap `x` (of side `a`) / `y` (of side `b`) is an adjective one side adds and a repeat the
 * other keeps: the adjective's side also names the other leftover's country ("Corée du Nord … le
 * président nord-américain" against "Korea Utara … Korea Utara"). An addition and an omission, not one
 * country for another: a country put in another's place is gone from its side.
 */
function adjectiveBesideRepeat(a: readonly PlacedCountry[], x: PlacedCountry, b: readonly PlacedCountry[], y: PlacedCountry): boolean {
  return (!isCountryName(x) && isCountryName(y) && mentions(a, y)) || (!isCountryName(y) && isCountryName(x) && mentions(b, x));
}

/** A fact both sides state near a country: whether the country stands after it, and `rank` 0 at the nearest distance holding one. */
interface NearFact {
  fact: Anchor;
  after: boolean;
  rank: number;
}

/** The facts both sides state (names, numbers, dates) nearest to a country of one side, at the `reach` nearest distances that hold one. */
function nearestSharedFacts(anchors: ReadonlyArray<{ anchor: Anchor }>, at: number, shared: (anchor: Anchor) => boolean, reach: number): NearFact[] {
  const facts: NearFact[] = [];
  let rank = 0;
  for (let distance = 1; distance < anchors.length && rank < reach; distance++) {
    const found = [
      { x: anchors[at - distance], after: true },
      { x: anchors[at + distance], after: false },
    ].flatMap(({ x, after }) => (x !== undefined && x.anchor.type !== 'country' && shared(x.anchor) ? [{ fact: x.anchor, after, rank }] : []));
    if (found.length === 0) continue;
    facts.push(...found);
    rank++;
  }
  return facts;
}
/** How many of the nearest distances holding a shared fact make the neighbourhood of two countries at one place. */
const nearFactDistances = 2;

/** How far apart (as a share of the linked text) two countries stand to be at different places of their sentences. */
const farPlaceShare = 1 / 3;

/**
 * Whether the two countries of a swap each stand beside a different fact both sides state, or on either
 * side of the one fact, far apart ("the American minister … three months" against "three months … in
 * Singapore"): a country put in another's place keeps its neighbours and its place among them, while
 * two countries each version leaves out stand by the facts they belong to.
 */
function besideOtherFacts(context: RuleContext, pair: SentencePair, x: PlacedCountry, y: PlacedCountry): boolean {
  return neighbourhoodOf(context, pair, x, y) === 'other facts';
}

/**
 * Where the countries `x` (side a) and `y` (side b) stand among the facts both sides state: beside the
 * same fact (`shared`), each beside other facts (see {@link besideOtherFacts}), or `none` when either has
 * no such fact near it.
 */
function neighbourhoodOf(context: RuleContext, pair: SentencePair, x: PlacedCountry, y: PlacedCountry): 'shared' | 'other facts' | 'none' {
  const sideA = anchorsOfSentences(context, pair.a.document, pair.a.sentences);
  const sideB = anchorsOfSentences(context, pair.b.document, pair.b.sentences);
  const same = (p: Anchor, documentP: number, q: Anchor, documentQ: number) =>
    p.type === 'entity' && q.type === 'entity' ? sameNameAcross(context, documentP, p, documentQ, q) : p.type !== 'entity' && q.type !== 'entity' && anchorKey(p) === anchorKey(q);
  const inB = (p: Anchor) => sideB.some((q) => same(p, pair.a.document, q.anchor, pair.b.document));
  const inA = (q: Anchor) => sideA.some((p) => same(p.anchor, pair.a.document, q, pair.b.document));
  // Word order moves a country across a name beside it ("USA:s minister Pompeo" / "Pompeo uit
  // Frankrijk"): the side of the fact tells two places apart only for countries far apart in their
  // sentences.
  const apart = Math.abs(x.place - y.place) >= farPlaceShare;
  const reach = apart ? 1 : nearFactDistances;
  const nearX = nearestSharedFacts(sideA, sideA.findIndex((p) => p.anchor === x.anchor), inB, reach);
  const nearY = nearestSharedFacts(sideB, sideB.findIndex((q) => q.anchor === y.anchor), inA, reach);
  if (nearX.length === 0 || nearY.length === 0) return 'none';
  // The nearest facts, on either side of countries at one place; or, since two facts beside a country
  // come in either order in another language (`Rawalpindi neun Tage` / `neuf jours à Rawalpindi`), a fact
  // of the next distance on the same side.
  const sharedNeighbour = (p: NearFact, q: NearFact) =>
    (p.after === q.after || (!apart && p.rank === 0 && q.rank === 0)) && same(p.fact, pair.a.document, q.fact, pair.b.document);
  return nearX.some((p) => nearY.some((q) => sharedNeighbour(p, q))) ? 'shared' : 'other facts';
}

/**
 * Whether, in a swap read from names alone, the leftover of the side that names the other leftover's
 * country by an adjective is a country the other document names somewhere (`mentionedA`/`mentionedB`:
 * the countries of each whole document).
 */
function adjectiveLeavesKnownCountry(
  a: readonly PlacedCountry[], x: PlacedCountry, b: readonly PlacedCountry[], y: PlacedCountry,
  mentionedA: ReadonlySet<string>, mentionedB: ReadonlySet<string>,
): boolean {
  return (mentions(a, y) && mentionedB.has(x.anchor.value)) || (mentions(b, x) && mentionedA.has(y.anchor.value));
}

/**
 * In a translation, linked sentences that each name one country the other does not (`in Nepal` /
 * `en Inde`): the translation moved the fact to another country. The version to fix is the one whose
 * country the other version never mentions.
 */
function swappedCountries(context: RuleContext): RawFinding[] {
  const mentioned = context.documents.map((_, d) => {
    const codes = new Set<string>();
    for (const sentence of context.anchors[d] ?? []) for (const a of sentence) if (a.type === 'country') codes.add(a.value);
    return codes;
  });
  const findings: RawFinding[] = [];
  for (const pair of confidentPairs(context)) {
    const finding = countrySwapInLink(context, pair, mentioned);
    if (finding !== undefined) findings.push(finding);
  }
  // Found across several pairs (the one version against each other one): one finding.
  return mergeSwaps(findings, (wrong, right) =>
    `${langOf(context, wrong.document)} names ${countryName(wrong.value ?? '')} where the ${listLanguages(right.map((e) => langOf(context, e.document)))} translations name ${countryName(right[0]!.value ?? '')} in the linked sentence.`,
  );
}

/** The countries each document names anywhere, by code. */
type CountriesByDocument = ReadonlyArray<ReadonlySet<string>>;

/** The country swap of one link (see {@link swappedCountries}), if there is one. */
function countrySwapInLink(context: RuleContext, pair: SentencePair, mentioned: CountriesByDocument): RawFinding | undefined {
  // Separate articles only where a third version confirms the link (the same statement in each).
  if (pair.mode !== 'parallel' && !isCorroborated(context, pair)) return undefined;
  // A version in a language whose country names we do not hold reads only those written as in English
  // (`Singapore`, not `Mỹ`): what it leaves over is no swap.
  if (!holdsWords(langOf(context, pair.a.document), 'country') || !holdsWords(langOf(context, pair.b.document), 'country')) return undefined;
  const a = placedCountries(context, pair.a);
  const b = placedCountries(context, pair.b);
  // Adjectives (`nepalischen`) are often left out by a translation: if counting them leaves no swap,
  // count the names alone ("nepalischen … von Japan" against "du Népal" is Japan against Nepal).
  const left = unmatchedCountries(a, b);
  const withAdjectives = swapOf(a, b, left);
  const swap =
    withAdjectives ??
    swapOf(a.filter(isCountryName), b.filter(isCountryName)) ??
    swapTheOthersDecide(context, pair, left) ??
    swapBesideNeighbours(context, pair, left) ??
    swapBesideSharedFact(context, pair, left) ??
    swapOfForeignCountry(left, mentioned[pair.b.document]!, mentioned[pair.a.document]!);
  if (swap === undefined) return undefined;
  const [x, y] = swap;
  if (noSwapAfterAll(context, pair, { a, b, x, y, byNamesAlone: withAdjectives === undefined }, mentioned)) return undefined;
  const [isX, isY] = [isCountryOf(x), isCountryOf(y)];
  const xForeign = !mentioned[pair.b.document]!.has(x.anchor.value);
  const yForeign = !mentioned[pair.a.document]!.has(y.anchor.value);
  // The other versions' linked sentences decide when they side with one; else the country foreign to
  // the other version is the one swapped in.
  const sides = sidesOnSwap(context, pair, isX, isY);
  // The other versions name both countries, each as often as neither side does: each side left out a
  // mention the others give ("Korea Utara … Korea Utara … Korea Utara" with the United States left
  // out, against one Korea left out), not one country put for another.
  if (sides.omissions) return undefined;
  // Where each version names both countries, how often it names each may still take a side.
  const [forX, forY] = sides.forA === sides.forB && mentions(a, y) && mentions(b, x) ? sidesByMentions(context, pair, isX, isY) : [sides.forA, sides.forB];
  const undecided = sides.undecided && forX === forY;
  const yWrong = forX !== forY ? forX > forY : yForeign && !xForeign;
  const [wrong, wrongDoc, right, rightDoc] = yWrong ? [y, pair.b.document, x, pair.a.document] : [x, pair.a.document, y, pair.b.document];
  const [forRight, forWrong] = yWrong ? [forX, forY] : [forY, forX];
  return {
    ...(undecided ? { severity: 'info' as const } : {}),
    ...swapBacking(forRight, forWrong),
    rule: 'country-label',
    message: `${langOf(context, wrongDoc)} names ${countryName(wrong.anchor.value)} where the ${langOf(context, rightDoc)} translation names ${countryName(right.anchor.value)} in the linked sentence.`,
    values: [wrong.anchor.value, right.anchor.value],
    evidence: [
      { document: wrongDoc, sentence: wrong.sentence, start: wrong.anchor.start, end: wrong.anchor.end, value: wrong.anchor.value },
      { document: rightDoc, sentence: right.sentence, start: right.anchor.start, end: right.anchor.end, value: right.anchor.value },
    ],
  };
}

/**
 * Whether the countries `x` (side a) and `y` (side b) left over in a link are omissions, repeats or one
 * place after all, not one country put for another; `byNamesAlone`: the swap was read from the names
 * alone, the adjectives left out.
 */
function noSwapAfterAll(
  context: RuleContext,
  pair: SentencePair,
  { a, b, x, y, byNamesAlone }: { a: PlacedCountry[]; b: PlacedCountry[]; x: PlacedCountry; y: PlacedCountry; byNamesAlone: boolean },
  mentioned: CountriesByDocument,
): boolean {
  // Over a bead of several statements, a side left with a country the other names too differs in how
  // often it repeats it: a sentence the other version lacks ("США продовжують санкції") brings its own
  // mentions, and so does a statement a translation left a country out of ("Singapore … North Korea"
  // against "US … North Korea", beside a statement both give). Within one statement (a sentence a side,
  // or one a version split in two, which the other versions keep whole) the counts still tell one
  // country put for another.
  if ((mentions(b, x) || mentions(a, y)) && (keptApartElsewhere(context, pair, pair.a) || keptApartElsewhere(context, pair, pair.b))) return true;
  // Each side leaves out one of two countries that the other versions state together ("US … North
  // Korea" left as "US" in one, "North Korea" in the other), or, counting names alone, one side names
  // by its adjective the country the other names ("الأمريكي" for "США") and leaves out the second:
  // omissions, not one country for another.
  const eachLeftOut = !mentions(b, x) && !mentions(a, y);
  const omissions = byNamesAlone ? mentions(b, x) || mentions(a, y) || eachLeftOut : eachLeftOut;
  if (omissions && statedTogetherElsewhere(context, pair, isCountryOf(x), isCountryOf(y)) > 0) return true;
  // Counting names alone, the side that names the other's country by its adjective ("الأمريكي" for
  // "США", "Nordmexiko" for "Mexico") is left with a country the other version names elsewhere in the
  // document: that version left it out of this sentence, it did not put its own in its place.
  if (byNamesAlone && adjectiveLeavesKnownCountry(a, x, b, y, mentioned[pair.a.document]!, mentioned[pair.b.document]!)) return true;
  // Each side left out the other's country where it stands beside other facts: "Держсекретар США Майк
  // Помпео" against "met Kim Jong Un van Noord-Korea" (both name Pompeo and Kim): two omissions. Only
  // where a side names more countries: one country for one other is a swap, whatever the word order
  // and however often a side names it ("Indonesia … di Indonesia" against "in Oostenrijk").
  const countriesNamed = (side: readonly PlacedCountry[]) => new Set(side.map((c) => c.anchor.value)).size;
  if (eachLeftOut && Math.max(countriesNamed(a), countriesNamed(b)) >= 2 && besideOtherFacts(context, pair, x, y)) return true;
  // Adjectives of countries that both versions name ("argentinische … schweizerisch-deutsche …
  // argentinische" against "suisse … argentine … germano-suisse") differ in how often, not in which
  // country: a list the aligner cut differently, or an adjective one version repeats.
  if (!isCountryName(x) && !isCountryName(y) && mentions(a, y) && mentions(b, x)) return true;
  if (!byNamesAlone && adjectiveBesideRepeat(a, x, b, y)) return true;
  // One name the gazetteer reads as two territories ("سانت مارتن" / "Сен-Мартен": Sint Maarten and
  // Saint-Martin): the same words, so the same place, whichever country it is.
  return sameCountryWords(context, pair.a.document, x.anchor, pair.b.document, y.anchor);
}

function placeName(context: RuleContext, evidence: EvidenceDraft): string {
  const text = context.documents[evidence.document]!.text.slice(evidence.start, evidence.end);
  const open = text.lastIndexOf('(');
  let name = open > 0 ? text.slice(0, open) : text;
  while (name.length > 0 && ' \u00a0,،'.includes(name[name.length - 1]!)) name = name.slice(0, -1);
  return name;
}

/** Every label that disagrees with the gazetteer, evidenced by the labels (one per version) that agree. */
function againstGazetteer(context: RuleContext, observations: readonly Observation[], known: string): RawFinding[] {
  const agreeing = observations.filter((o) => o.value === known).sort(compareObservations);
  const support: EvidenceDraft[] = [];
  const seen = new Set<number>();
  for (const o of agreeing) {
    if (seen.has(o.evidence.document)) continue;
    seen.add(o.evidence.document);
    support.push(o.evidence);
  }
  const findings: RawFinding[] = [];
  for (const wrong of observations.filter((o) => o.value !== known).sort(compareObservations)) {
    const lang = langOf(context, wrong.evidence.document);
    const otherLangs = support.map((e) => langOf(context, e.document));
    const others = otherLangs.length > 0 ? `the gazetteer and ${listLanguages(otherLangs)} say` : 'the gazetteer says';
    findings.push({
      rule: 'country-label',
      message: `${lang} places ${placeName(context, wrong.evidence)} in ${countryName(wrong.value)} where ${others} ${countryName(known)}.`,
      values: [wrong.value, known],
      evidence: [wrong.evidence, ...support],
    });
  }
  return findings;
}
