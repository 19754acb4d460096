/**
 * Links between separate articles that other versions vouch for. Two reports of one event link a
 * sentence to another by what they share; the link is only as sure as that evidence, and a sentence
 * whose one shared fact changed loses most of it. With three or more versions, a link x–y that a third
 * version confirms (x–z and y–z, to the same sentence z) is a statement the versions share, whatever
 * the link's own evidence: the three sentences report one thing, and their facts can be compared as a
 * translation's are.
 *
 * @module
 */
import { distinctiveLinks, factOf, sameFact, sharedFactCount, type SentencesOf } from './distinctive.js';
import { scriptOfText } from '../lang/registry.js';
import { headlineSumsUp } from './headlines.js';
import { statedByEveryArticle, unsharedAgainstTheRest, valuesStated } from './stated-elsewhere.js';
import { placed, unitOf } from './measures.js';
import { anchorKey } from './text.js';
import type { Anchor } from '../types.js';
import type { RawFinding, RuleContext, SentencePair } from './types.js';

/** Links from this confidence take part in confirming each other (the comparable aligner's own floor). */
export const corroborationMinScore = 0.5;
/**
 * A link this sure, confirmed by a third version, whose two sentences share a fact (an anchor) that
 * each document states in that sentence only, is corroborated even where another version contradicts
 * it. On NTREX dev comparable sets such links were right 35 times in 37 (from 0.7: 56 in 64), where
 * contradicted links as a whole were right about half the time.
 */
export const sureOwnFactScore = 0.8;
/**
 * A third version's two links to the sentences of a link take part in its vote only when surer than
 * this (the score from which a link between separate articles is compared on figures too,
 * `sureComparableScore`): against it, both; for it, one at least. A version that lacks the statement
 * links its sentences to whatever shares a name or a figure with them, weakly; and two weak links of one
 * sentence are often completions made through the very link they would confirm. On NTREX dev comparable
 * sets (with weak candidates kept and completion yielding to links elsewhere) recall 0.78 with 2 net
 * false alarms; from 0.55, 0.77 with 1 (weak candidates kept alone, every vote counted: 0.73).
 */
export const sureVoteScore = 0.6;

/**
 * Versions that must confirm a link between separate articles (each linking both its sentences to one
 * sentence of its own), none contradicting it, for its two sentences to count as one statement as a
 * translation's do: two, so that one version's chance link to a sentence naming the same people does not.
 */
const minConfirmingVersions = 2;

/** Whether at least {@link minConfirmingVersions} other versions confirm a comparable link and none contradicts it. */
export function confirmedByVersions(context: RuleContext, pair: SentencePair): boolean {
  const votes = pair.mode === 'comparable' ? thirdVersionVotes(context).get(pair) : undefined;
  return votes !== undefined && votes.witnesses >= minConfirmingVersions && votes.against === 0;
}

/** How the other versions side on a comparable link: those that confirm it, and those that contradict it. */
export interface ThirdVersionVotes {
  /** Versions linking both sentences to one sentence of their own, one link at least from {@link sureVoteScore}. */
  witnesses: number;
  /** Versions linking the two sentences to two different sentences of their own, both links from {@link sureVoteScore}. */
  against: number;
}

/**
 * For every comparable one-sentence link from {@link corroborationMinScore}, how the other versions
 * side on it (see {@link ThirdVersionVotes}), once per context.
 */
export function thirdVersionVotes(context: RuleContext): ReadonlyMap<SentencePair, ThirdVersionVotes> {
  const cached = votesCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Map<SentencePair, ThirdVersionVotes>();
  for (const [pair, { witnesses, against }] of linkVotes(context)) result.set(pair, { witnesses, against });
  votesCache.set(context, result);
  return result;
}

const votesCache = new WeakMap<RuleContext, ReadonlyMap<SentencePair, ThirdVersionVotes>>();

/** {@link ThirdVersionVotes}, with the triangles behind the witnesses. */
interface LinkVotes extends ThirdVersionVotes {
  /** Witnesses whose two links are both from {@link sureVoteScore}: closed triangles of sure links. */
  closing: number;
  /** The witnesses' links to the link's two sentences. */
  confirming: readonly SentencePair[];
}

/**
 * The votes of {@link thirdVersionVotes} and their triangles, once per context: taken again without
 * the links the first round refutes (see {@link refutingVersions}) when there are any.
 */
function linkVotes(context: RuleContext): ReadonlyMap<SentencePair, LinkVotes> {
  const cached = linkVotesCache.get(context);
  if (cached !== undefined) return cached;
  // One sentence a side: a wider bead (a translation the figures told apart from one) joins statements.
  const usable = context.pairs.filter(
    (pair) => pair.mode === 'comparable' && pair.score >= corroborationMinScore && pair.a.sentences.length === 1 && pair.b.sentences.length === 1,
  );
  const links = new LinkIndex(usable);
  const firstRound = new Map<SentencePair, LinkVotes>();
  for (const pair of usable) firstRound.set(pair, votesOnLink(context, pair, links));
  // A link that other versions contradict and none confirms takes no part in the vote on the others.
  const refuted = new Set(usable.filter((pair) => isRefuted(firstRound.get(pair)!)));
  // A second round whenever the first has a contradiction: a refuted link drops out of the vote, and a
  // contradiction may be outweighed (see outweighed), read from the first round's votes.
  let result = firstRound;
  if ([...firstRound.values()].some((votes) => votes.against > 0)) {
    const trusted = new LinkIndex(usable.filter((pair) => !refuted.has(pair)));
    result = new Map();
    for (const pair of usable) result.set(pair, votesOnLink(context, pair, trusted, firstRound));
  }
  linkVotesCache.set(context, result);
  return result;
}

/**
 * Versions that must contradict a link none confirms for it to be set aside in the vote. Where one
 * pair's aligner linked a sentence to the wrong sentence of the other version (`ar#3` to `uk#12`, while
 * id, nl and sv link `ar#3` to their `#3` and `uk#12` to their `#12`), that link would otherwise speak
 * against every right link of the sentence. On NTREX dev comparable sets, four seeds: 18 changes more
 * found and one alarm added (three versions that link a sentence to a look-alike outvote its right
 * link); with 3, 3 found; with 1, two more alarms on one seed.
 */
const refutingVersions = 2;

function isRefuted(votes: ThirdVersionVotes): boolean {
  return votes.witnesses === 0 && votes.against >= refutingVersions;
}

const linkVotesCache = new WeakMap<RuleContext, ReadonlyMap<SentencePair, LinkVotes>>();

/** How the versions other than its own two side on one usable link (see {@link linkVotes}); in the second round, with the first's votes. */
function votesOnLink(context: RuleContext, pair: SentencePair, links: LinkIndex, firstRound?: ReadonlyMap<SentencePair, ThirdVersionVotes>): LinkVotes {
  // Such a link is no statement the versions share, whoever confirms it.
  if (sharesOnlyOtherMeasures(context, pair)) return { witnesses: 0, against: 0, closing: 0, confirming: [] };
  let witnesses = 0;
  let against = 0;
  const confirming: SentencePair[] = [];
  let closing = 0;
  for (let third = 0; third < context.documents.length; third++) {
    if (third === pair.a.document || third === pair.b.document) continue;
    const fromA = links.partnersIn(pair.a, third);
    const fromB = links.partnersIn(pair.b, third);
    if (fromA.size === 0 || fromB.size === 0) continue;
    // Weak links neither confirm nor contradict: see sureVoteScore.
    const shared = [...fromB.keys()].filter((z) => fromA.has(z));
    if (shared.length > 0) {
      const confirms = (z: number) => Math.max(fromA.get(z)!, fromB.get(z)!) >= sureVoteScore && !isOutsider(context, pair, { document: third, sentences: [z] });
      const confirmers = shared.filter(confirms);
      if (confirmers.length > 0) witnesses++;
      if (confirmers.some((z) => Math.min(fromA.get(z)!, fromB.get(z)!) >= sureVoteScore)) closing++;
      for (const z of confirmers) {
        for (const side of [pair.a, pair.b]) {
          const link = links.linkAt(side.document, side.sentences[0]!, third, z);
          if (link !== undefined) confirming.push(link);
        }
      }
    } else if (Math.min(surest(fromA), surest(fromB)) >= sureVoteScore && !(firstRound && outweighed(context, pair, third, { a: fromA, b: fromB }, links, firstRound))) against++;
  }
  return { witnesses, against, closing, confirming };
}

/**
 * Whether a third version's contradiction of a link is outweighed (first-round votes): its link to one
 * side is confirmed by no version, contradicted, and shares fewer facts than the link under vote, while
 * its link to the other side is confirmed by {@link minConfirmingVersions} and contradicted by none. The
 * version's aligner paired that side with a wrong sentence of its own (one sharing a name with it), and
 * the right partner of the other side stands confirmed. Where the link under vote shares no more than
 * the contradicting link, either may be the wrong one, and the vote stands. On NTREX dev comparable
 * sets, six seeds: 2 changes more found, no alarm added (without the fact test, 4 more and one alarm:
 * a sentence linked to three versions' look-alike that confirm each other, its right partner unconfirmed).
 */
function outweighed(
  context: RuleContext,
  pair: SentencePair,
  third: number,
  partners: { a: ReadonlyMap<number, number>; b: ReadonlyMap<number, number> },
  links: LinkIndex,
  firstRound: ReadonlyMap<SentencePair, ThirdVersionVotes>,
): boolean {
  const linksOf = (side: SentencePair['a'], linked: ReadonlyMap<number, number>) => [...linked.keys()].map((z) => links.linkAt(side.document, side.sentences[0]!, third, z));
  const votesOf = (link: SentencePair | undefined) => (link === undefined ? undefined : firstRound.get(link));
  const confirmed = (side: ReadonlyArray<SentencePair | undefined>) =>
    side.some((link) => {
      const votes = votesOf(link);
      return votes !== undefined && votes.witnesses >= minConfirmingVersions && votes.against === 0;
    });
  const a = linksOf(pair.a, partners.a);
  const b = linksOf(pair.b, partners.b);
  const [aConfirmed, bConfirmed] = [confirmed(a), confirmed(b)];
  if (!aConfirmed && !bConfirmed) return false;
  // Facts are counted only now: most contradictions have no confirmed side.
  const allFacts = () => true;
  const own = sharedFactCount(context, pair.a, pair.b, allFacts);
  const unconfirmed = (side: ReadonlyArray<SentencePair | undefined>) =>
    side.every((link) => {
      const votes = votesOf(link);
      return link !== undefined && votes !== undefined && votes.witnesses === 0 && votes.against > 0 && sharedFactCount(context, link.a, link.b, allFacts) < own;
    });
  return (bConfirmed && unconfirmed(a)) || (aConfirmed && unconfirmed(b));
}

/** The surest score among a sentence's links into one document. */
function surest(linked: ReadonlyMap<number, number>): number {
  return Math.max(...linked.values());
}

/** The usable links of a context, found by their two sentences and by each sentence's partners in each other document. */
class LinkIndex {
  readonly #links = new Map<string, SentencePair>();
  /** `document:sentence` → other document → its sentences linked to this one, with the link's score. */
  readonly #partners = new Map<string, Map<number, Map<number, number>>>();

  constructor(usable: readonly SentencePair[]) {
    for (const pair of usable) this.#links.set(linkKey(pair.a.document, pair.a.sentences[0]!, pair.b.document, pair.b.sentences[0]!), pair);
    for (const pair of usable) {
      for (const s of pair.a.sentences) this.#note(pair.a.document, s, pair.b.document, pair.b.sentences, pair.score);
      for (const s of pair.b.sentences) this.#note(pair.b.document, s, pair.a.document, pair.a.sentences, pair.score);
    }
  }

  /** The link between sentence `s1` of document `d1` and sentence `s2` of `d2`, in either order. */
  linkAt(d1: number, s1: number, d2: number, s2: number): SentencePair | undefined {
    return this.#links.get(linkKey(d1, s1, d2, s2));
  }

  /** The sentences of document `third` linked to a side's sentences, each with its surest link's score. */
  partnersIn(side: SentencePair['a'], third: number): Map<number, number> {
    const found = new Map<number, number>();
    for (const s of side.sentences) for (const [z, score] of this.#partners.get(`${side.document}:${s}`)?.get(third) ?? []) found.set(z, Math.max(found.get(z) ?? 0, score));
    return found;
  }

  /** Notes the link of a sentence to sentences of another document, at its score. */
  #note(document: number, sentence: number, other: number, sentences: readonly number[], score: number): void {
    const key = `${document}:${sentence}`;
    let byDocument = this.#partners.get(key);
    if (byDocument === undefined) this.#partners.set(key, (byDocument = new Map()));
    let linked = byDocument.get(other);
    if (linked === undefined) byDocument.set(other, (linked = new Map()));
    for (const s of sentences) linked.set(s, Math.max(linked.get(s) ?? 0, score));
  }
}

/** The key of the link between two sentences of two documents, the same in either order. */
function linkKey(d1: number, s1: number, d2: number, s2: number): string {
  return d1 < d2 ? `${d1}:${s1}|${d2}:${s2}` : `${d2}:${s2}|${d1}:${s1}`;
}

/**
 * Facts a link's own two sentences must share for more closed triangles than contradicting versions to
 * outweigh the contradiction: two reports name their place or team in many sentences, and one shared
 * name links a sentence to its neighbour in three versions as readily as to its counterpart.
 */
export const closingSharedFacts = 2;

/**
 * Facts (as {@link isOutsider} counts them) a third version's sentence must share with one side of a
 * link before the link's own sentences are measured against them: with fewer, one changed fact and
 * one fact a translation leaves out make a right link look like an outsider.
 */
export const minStatementFacts = 3;
/**
 * Share of a statement's facts (less the one a change may touch) the link's own two sentences must
 * share for a third version's sentence to confirm it.
 */
export const statementShare = 0.5;

/**
 * Whether a third version's sentence `z`, linked to both sentences of a link, shows one of them to be
 * an outsider to the statement it makes with the other: a version that lacks a statement links the
 * sentence sharing any one fact with it in every version that keeps it, and the three links confirm each
 * other, though the outsider shares one fact of four. Facts are counted fairly across scripts: names
 * only when the three sentences are written in one script (across scripts fewer of them match), and
 * figures with a unit of measure not at all (a translator converts them: 2 inches, 5 cm).
 */
function isOutsider(context: RuleContext, pair: SentencePair, z: SentencesOf): boolean {
  const scriptOf = (side: SentencesOf) => scriptOfText(context.documents[side.document]!.sentences[side.sentences[0]!]!.text);
  const names = new Set([scriptOf(pair.a), scriptOf(pair.b), scriptOf(z)]).size === 1;
  const counted = (document: number, sentence: number, anchor: Anchor) => (names || anchor.type !== 'entity') && dimensionOf(context, document, sentence, anchor) === undefined;
  const statement = Math.max(sharedFactCount(context, pair.a, z, counted), sharedFactCount(context, pair.b, z, counted));
  if (statement < minStatementFacts) return false;
  return sharedFactCount(context, pair.a, pair.b, counted) < statementShare * (statement - 1);
}

/** The measure kind (length, temperature…) written after a figure of a sentence, if any. */
function dimensionOf(context: RuleContext, document: number, sentence: number, anchor: Anchor): string | undefined {
  if (anchor.type !== 'number' && anchor.type !== 'ordinal') return undefined;
  return unitOf(placed(context, document, { anchor, sentence }))?.dimension;
}

/**
 * Whether the two sentences of a one-sentence link share facts only as figures of different measures
 * (`10 cm` of rain, `10 degrees` above normal): the same number counting different things is no
 * statement in common, and a version lacking the statement links its sentence to one that has it by
 * such a number, in every version that keeps it, so that the links confirm each other.
 */
export function sharesOnlyOtherMeasures(context: RuleContext, pair: SentencePair): boolean {
  const [da, sa, db, sb] = [pair.a.document, pair.a.sentences[0]!, pair.b.document, pair.b.sentences[0]!];
  const inB = (context.anchors[db]?.[sb] ?? []).map((anchor) => ({ anchor, fact: factOf(anchor) }));
  let measured = 0;
  for (const x of context.anchors[da]?.[sa] ?? []) {
    const fx = factOf(x);
    if (fx === undefined) continue;
    const same = inB.filter((y) => y.fact !== undefined && y.fact.kind === fx.kind && sameFact(context, fx.key, y.fact.key));
    if (same.length === 0) continue;
    if (fx.kind === 'name') return false;
    // A figure with no unit on either side is shared as it is.
    const dx = dimensionOf(context, da, sa, x);
    if (dx === undefined) return false;
    const otherMeasure = (y: (typeof inB)[number]) => {
      const dy = dimensionOf(context, db, sb, y.anchor);
      return dy !== undefined && dy !== dx;
    };
    if (!same.every(otherMeasure)) return false;
    measured++;
  }
  return measured > 0;
}

/**
 * The comparable links of a context that a third version confirms and none contradicts (links the two
 * sentences to two different sentences of its own), with how many versions confirm them.
 */
export function corroboratedLinks(context: RuleContext): ReadonlyMap<SentencePair, number> {
  const cached = cache.get(context);
  if (cached !== undefined) return cached;
  const result = new Map<SentencePair, number>();
  for (const [pair, { witnesses, against, closing }] of linkVotes(context)) {
    // A version that links the two sentences to two different ones of its own speaks against the link.
    // A sure link whose two sentences share a name each article states there only stands against as many
    // as confirm it: the contradicting version is most often one that lacks the statement and links both
    // sentences to whatever shares a name with them. A shared figure is no such name (10 degrees and
    // 10 cm), and more versions against than for outweigh it (NTREX dev comparable: 2 false alarms fewer, 1 detection).
    // So do more closed triangles (a witness linked surely to both sentences) than contradicting versions,
    // when the two sentences share two facts (NTREX dev comparable, seven seeds: 4 detections more, false alarms unchanged).
    const outvoted = against > 0 && witnesses >= against && pair.score >= sureOwnFactScore && (sharesOwnFact(context, pair) || (closing > against && sharedFactCount(context, pair.a, pair.b, () => true) >= closingSharedFacts));
    if (witnesses > 0 && (against === 0 || outvoted)) result.set(pair, witnesses);
  }
  cache.set(context, result);
  return result;
}

const cache = new WeakMap<RuleContext, ReadonlyMap<SentencePair, number>>();

/** A name or a country: figures recur by chance (10 degrees and 10 cm), so only names single a statement out. */
const isName = (anchor: Anchor) => anchor.type === 'entity' || anchor.type === 'country';

const sentencesPerFact = new WeakMap<RuleContext, Array<Map<string, number>>>();

/** Whether the two sides share a name or country (by type and value) that each document states in this one sentence only. */
/** Per document, how many of its sentences state each fact (by `anchorKey`), once per context. */
function sentenceCounts(context: RuleContext): ReadonlyArray<ReadonlyMap<string, number>> {
  let counts = sentencesPerFact.get(context);
  if (counts === undefined) {
    counts = context.anchors.map((document) => {
      const perFact = new Map<string, number>();
      for (const sentence of document) for (const key of new Set(sentence.map(anchorKey))) perFact.set(key, (perFact.get(key) ?? 0) + 1);
      return perFact;
    });
    sentencesPerFact.set(context, counts);
  }
  return counts;
}

function sharesOwnFact(context: RuleContext, pair: SentencePair): boolean {
  const counts = sentenceCounts(context);
  const factsOf = (side: SentencePair['a']) => new Set(side.sentences.flatMap((s) => (context.anchors[side.document]?.[s] ?? []).filter(isName).map(anchorKey)));
  const inB = factsOf(pair.b);
  for (const key of factsOf(pair.a)) if (inB.has(key) && counts[pair.a.document]!.get(key) === 1 && counts[pair.b.document]!.get(key) === 1) return true;
  return false;
}

/**
 * Whether a link between separate articles is a statement other versions vouch for: a third version
 * confirms it and none contradicts it (see {@link corroboratedLinks}). On NTREX dev comparable sets
 * (five versions, two thirds of the sentences kept, shuffled in blocks) links one version confirms were
 * right 88% of the time, 96% with two, against 58% for the rest; leaving out the contradicted ones
 * halved the false alarms they gave. A link whose own distinctive facts single it out (see
 * `distinctiveLinks`) is vouched for as well: its sentences share names and figures that no other
 * sentence pair of the two versions shares as much, which on those sets was as sure (15 right in 17).
 */
export function isCorroborated(context: RuleContext, pair: SentencePair): boolean {
  if (pair.mode !== 'comparable') return false;
  if (corroboratedLinks(context).has(pair)) return true;
  return distinctiveLinks(context).has(pair);
}

/**
 * Whether a finding sets two separate articles against each other with no other version taking a side,
 * though three or more versions were checked: each article tells the event its own way, and when the
 * others state the fact too, a change stands out as one against the rest (the majority the rules'
 * vote gives). Such a finding is shown as `info`.
 */
export function lacksMajority(context: RuleContext, raw: RawFinding): boolean {
  if (context.documents.length < minVersionsForMajority) return false;
  const documents = [...new Set(raw.evidence.map((e) => e.document))];
  return documents.length === 2 && (raw.backedBy ?? 0) === 0 && context.modes[documents[0]!]![documents[1]!] === 'comparable' && !witnessStatesOthers(context, raw) && !unsharedAgainstTheRest(context, raw);
}

/**
 * Whether a third version that confirms the link of a two-version finding (its sentence linked to both,
 * see {@link thirdVersionVotes}) states the other side's value there and not the outlier's: the third
 * version takes a side, though its own links were too weak to be compared on (the one fact that
 * changed was most of what they shared).
 */
function witnessStatesOthers(context: RuleContext, raw: RawFinding): boolean {
  const [first, other] = raw.evidence;
  if (first?.value === undefined || other?.value === undefined || first.value === other.value) return false;
  const link = context.pairs.find(
    (p) =>
      p.mode === 'comparable' &&
      p.a.sentences.length === 1 &&
      p.b.sentences.length === 1 &&
      ((p.a.document === first.document && p.a.sentences[0] === first.sentence && p.b.document === other.document && p.b.sentences[0] === other.sentence) ||
        (p.b.document === first.document && p.b.sentences[0] === first.sentence && p.a.document === other.document && p.a.sentences[0] === other.sentence)),
  );
  if (link === undefined || !corroboratedLinks(context).has(link)) return false;
  const ends = new Set([`${first.document}:${first.sentence}`, `${other.document}:${other.sentence}`]);
  for (const confirming of linkVotes(context).get(link)?.confirming ?? []) {
    const z = [confirming.a, confirming.b].find((side) => !ends.has(`${side.document}:${side.sentences[0]}`));
    if (z === undefined) continue;
    const values = valuesStated(context, raw.rule, z.document, z.sentences[0]!);
    if (values !== undefined && values.includes(other.value) && !values.includes(first.value)) return true;
  }
  return false;
}

/** From this many versions a disagreement between separate articles needs a third version on one side. */
const minVersionsForMajority = 3;

/**
 * Rules comparing a kind of value most sentences of a news story can state (a weekday: of the event,
 * of the report), which two sentences therefore share by kind without reporting one statement.
 */
const recurringKindRules: ReadonlySet<string> = new Set(['weekday-mismatch']);

/**
 * Whether a finding between separate articles compares a value of a recurring kind (see
 * {@link recurringKindRules}) in a sentence that states no fact (name, country, figure) in common
 * with any sentence it is set against. Each version keeps its own share of the story; two sentences
 * that share nothing but a weekday are linked for want of better partners, and their disagreement is
 * the evidence that the link is wrong. On NTREX dev comparable sets the three weekday alarms such
 * links gave were all wrong; the genuine ones shared two facts or more.
 */
export function restsOnValueAlone(context: RuleContext, raw: RawFinding): boolean {
  if (!recurringKindRules.has(raw.rule)) return false;
  const [first, ...rest] = raw.evidence;
  if (first === undefined || rest.length === 0) return false;
  if (rest.some((e) => e.document === first.document || context.modes[first.document]![e.document] !== 'comparable')) return false;
  // The values under comparison are no evidence of a shared statement, nor a name the story repeats in
  // many of its sentences (the town, the team): any two of its statements share it.
  const notCompared = (document: number, _sentence: number, anchor: Anchor) =>
    !raw.evidence.some((c) => c.document === document && anchor.start < c.end && c.start < anchor.end) && !recurringName(context, document, anchor);
  const sentenceOf = (e: (typeof rest)[number]) => ({ document: e.document, sentences: [e.sentence] });
  return !rest.some((e) => sharedFactCount(context, sentenceOf(first), sentenceOf(e), notCompared) > 0);
}

/** Share of a document's sentences a name stands in from which the name tells no statement apart. */
export const recurringNameShare = 0.2;

/** Whether a name or country stands in at least {@link recurringNameShare} of its document's sentences, and in two at least. */
function recurringName(context: RuleContext, document: number, anchor: Anchor): boolean {
  if (!isName(anchor)) return false;
  const holding = sentenceCounts(context)[document]?.get(anchorKey(anchor)) ?? 0;
  return holding >= minRecurringSentences && holding >= recurringNameShare * (context.anchors[document]?.length ?? 0);
}

/** Sentences a name must stand in, at the least, to recur: once is a statement's own name. */
const minRecurringSentences = 2;

/**
 * Whether a finding between separate articles is shown as `info`: no majority ({@link lacksMajority}),
 * nothing shared but its value ({@link restsOnValueAlone}), or a headline set against a body sentence
 * while the body's article states the headline's value elsewhere (`headlineSumsUp`).
 */
export function inDoubtBetweenArticles(context: RuleContext, raw: RawFinding): boolean {
  return lacksMajority(context, raw) || restsOnValueAlone(context, raw) || headlineSumsUp(context, raw) || statedByEveryArticle(context, raw);
}
