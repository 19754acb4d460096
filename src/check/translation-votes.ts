// What the other versions make of a link between two translations: among three or more versions, the
// third versions' own links confirm it, contradict it, set one of its sentences apart, or show it joins
// a whole sentence to part of another.
import { factAgreement, factsOf, linkIndex, minVersionsToTakeSides, translationVoteScore } from './links.js';
import type { Anchor } from '../types.js';
import type { RawFinding, RuleContext, SentencePair } from './types.js';

type Side = SentencePair['a'];
/** A third version's answer on two sides, given its sentences linked to either (`undefined`: it abstains). */
type Verdict = (ofX: Set<number>, ofY: Set<number>, third: number) => 'yes' | 'no' | undefined;

/** A third version whose sentences linked to the two sides are different ones says they are two statements. */
const apartVerdict: Verdict = (ofX, ofY) => (meet(ofX, ofY) ? 'no' : 'yes');

/**
 * What the other versions make of each link of translations, among three or more versions: `undefined`
 * for a link they contradict, else the link with its passengers left out (the link itself when it has
 * none). A third version whose linked sentences to the two sides are two different sets says the two
 * sides are two statements; one whose sets meet says they are one; the majority of those that link both
 * sides decides. A version that omits a sentence makes the aligner pair its neighbour with the other
 * version's sentence where that version omits the neighbouring one (a translation drops a sentence here,
 * the other there), and the wrong link sits between two good ones, so its place in the run does not tell
 * it apart; the versions that keep both sentences do. Likewise a sentence one version lacks is swallowed
 * into the bead beside it (two sentences against one): the other versions link it apart from the single
 * sentence, and its facts are not the other side's to compare with. And a sentence that joins two of
 * theirs, linked to one that holds only one of them or another two that overlap it in one, is no link
 * to compare on (`undefined` too).
 */
export function translationLinksAsVoted(context: RuleContext): ReadonlyMap<SentencePair, SentencePair | undefined> {
  return votedLinks(context).voted;
}

/** The votes on every link of translations, once per context: as {@link translationLinksAsVoted} gives them, and the links they are split on. */
function votedLinks(context: RuleContext): { voted: ReadonlyMap<SentencePair, SentencePair | undefined>; split: ReadonlySet<SentencePair> } {
  const cached = votedCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Map<SentencePair, SentencePair | undefined>();
  const split = new Set<SentencePair>();
  if (context.documents.length >= minVersionsToTakeSides) {
    const votes = votesOf(context);
    for (const pair of context.pairs) {
      if (pair.mode !== 'parallel') continue;
      if (votes.apart(pair.a, pair.b, pair)) {
        result.set(pair, undefined);
        continue;
      }
      const a = votes.withoutPassengers(pair.a, pair.b, pair);
      const b = votes.withoutPassengers(pair.b, pair.a, pair);
      // A sentence holding a statement the other side lacks (two joined against one of them, or two
      // joined against two that overlap in one): the rest of it has no counterpart here, and its facts
      // would be set against the other's.
      if (votes.partial(a, b, pair)) {
        result.set(pair, undefined);
        continue;
      }
      if (votes.split(a, b, pair)) split.add(pair);
      const trimmed = a.sentences.length < pair.a.sentences.length || b.sentences.length < pair.b.sentences.length;
      result.set(pair, trimmed && a.sentences.length > 0 && b.sentences.length > 0 ? { ...pair, a, b } : pair);
    }
  }
  const voted = { voted: result, split };
  votedCache.set(context, voted);
  return voted;
}

const votedCache = new WeakMap<RuleContext, ReturnType<typeof votedLinks>>();

/**
 * Whether a finding among three or more translations rests on links the other versions are split on
 * (see `Votes.split`): every link from its first evidence (the version it names) to the other evidence
 * is one that as many third versions read as two statements, or a part against a whole, as read as one.
 * Several versions that each leave out, join or reorder sentences around one place tangle the links
 * there, and the third versions then disagree with each other; with no majority either way the
 * difference may be the link's, and is worth a look (`info`), not an alarm.
 */
export function restsOnSplitLinks(context: RuleContext, raw: RawFinding): boolean {
  const [first, ...rest] = raw.evidence;
  const { split } = votedLinks(context);
  // Most runs have no split link (two versions, or versions that keep the same sentences): no search.
  if (first === undefined || split.size === 0) return false;
  const holds = (side: Side, document: number, sentence: number) => side.document === document && side.sentences.includes(sentence);
  let found = 0;
  for (const e of rest) {
    if (e.document === first.document) continue;
    const link = context.pairs.find(
      (p) => (holds(p.a, first.document, first.sentence) && holds(p.b, e.document, e.sentence)) || (holds(p.b, first.document, first.sentence) && holds(p.a, e.document, e.sentence)),
    );
    if (link === undefined) continue;
    if (!split.has(link)) return false;
    found++;
  }
  return found > 0;
}

/**
 * Whether the sentences of one side of a link of translations (two or more) are separate statements to
 * the other versions: most third versions that link two or more of them link some two to different
 * sentences of their own. A sentence one version splits in two is one statement to the others.
 */
export function keptApartElsewhere(context: RuleContext, pair: SentencePair, side: Side): boolean {
  if (side.sentences.length < 2 || context.documents.length < minVersionsToTakeSides) return false;
  return votesOf(context).separated(side, pair);
}

/** The third versions' links of a context, indexed once. */
function votesOf(context: RuleContext): Votes {
  let votes = votesCache.get(context);
  if (votes === undefined) votesCache.set(context, (votes = new Votes(context)));
  return votes;
}

const votesCache = new WeakMap<RuleContext, Votes>();

/** The third versions' links of one context, and the questions they answer about a link. */
class Votes {
  /** `document:sentence` → other document → its sentences linked to this one, by the links that vote. */
  readonly #partners: Map<string, Map<number, Set<number>>>;

  constructor(private readonly context: RuleContext) {
    this.#partners = linkIndex(context.pairs.filter((pair) => pair.mode === 'parallel' && pair.score >= translationVoteScore));
  }

  /** The sentences of `third` linked to any sentence of `side`. */
  #partnersIn(side: Side, third: number): Set<number> {
    const found = new Set<number>();
    for (const s of side.sentences) for (const z of this.#partners.get(`${side.document}:${s}`)?.get(third) ?? []) found.add(z);
    return found;
  }

  /** The versions other than the pair's two. */
  *#thirds(pair: SentencePair): Generator<number> {
    for (let third = 0; third < this.context.documents.length; third++) if (third !== pair.a.document && third !== pair.b.document) yield third;
  }

  #anchors(document: number, sentences: readonly number[]): Anchor[] {
    return factsOf(this.context, document, sentences);
  }

  /**
   * Whether more third versions say `yes` than `no` of two sides: each that links both is asked
   * `verdict` with its sentences linked to either (`undefined`: it abstains).
   */
  #mostSay(x: Side, y: Side, pair: SentencePair, verdict: Verdict): boolean {
    const { yes, no } = this.#poll(x, y, pair, verdict);
    return yes > no;
  }

  /** How many third versions that link both `x` and `y` say `yes` and `no` to `verdict`. */
  #poll(x: Side, y: Side, pair: SentencePair, verdict: Verdict): { yes: number; no: number } {
    let yes = 0;
    let no = 0;
    for (const third of this.#thirds(pair)) {
      const ofX = this.#partnersIn(x, third);
      const ofY = this.#partnersIn(y, third);
      if (ofX.size === 0 || ofY.size === 0) continue;
      const said = verdict(ofX, ofY, third);
      if (said === 'yes') yes++;
      else if (said === 'no') no++;
    }
    return { yes, no };
  }

  /**
   * Whether the third versions that link both sides are split: as many say the two sides are two
   * statements (or a part and a whole) as say they are one, and one at least does.
   */
  split(a: Side, b: Side, pair: SentencePair): boolean {
    const apart = this.#poll(a, b, pair, apartVerdict);
    const partial = this.#poll(a, b, pair, this.#partialVerdict(a, b));
    return (apart.yes > 0 && apart.yes >= apart.no) || (partial.yes > 0 && partial.yes >= partial.no);
  }

  /** Whether most third versions that link both `side` and `other` link them to different sentences. */
  apart(side: Side, other: Side, pair: SentencePair): boolean {
    return this.#mostSay(side, other, pair, apartVerdict);
  }

  /** Whether most third versions that link two or more sentences of `side` keep some two apart. */
  separated(side: Side, pair: SentencePair): boolean {
    let apartCount = 0;
    let togetherCount = 0;
    for (const third of this.#thirds(pair)) {
      const sets = side.sentences.map((s) => this.#partnersIn({ document: side.document, sentences: [s] }, third)).filter((set) => set.size > 0);
      if (sets.length < 2) continue;
      if (sets.some((x, i) => sets.some((y, j) => j > i && !meet(x, y)))) apartCount++;
      else togetherCount++;
    }
    return apartCount > togetherCount;
  }

  /** `side` without the sentences the third versions set apart from `other` (see {@link translationLinksAsVoted}). */
  withoutPassengers(side: Side, other: Side, pair: SentencePair): Side {
    if (side.sentences.length < 2) return side;
    const kept = side.sentences.filter((s) => !this.apart({ document: side.document, sentences: [s] }, other, pair));
    if (kept.length < 2 || !this.separated({ document: side.document, sentences: kept }, pair)) return { document: side.document, sentences: kept };
    // The other versions keep its sentences apart, but their own links swallowed the same sentence (the
    // other side lacks it in each pair): the sentences that share no fact with the other side are the
    // passengers, when some sentence does.
    const otherAnchors = this.#anchors(other.document, other.sentences);
    const sharing = kept.filter((s) => factAgreement(this.context, this.#anchors(side.document, [s]), otherAnchors).shared > 0);
    return { document: side.document, sentences: sharing.length > 0 ? sharing : kept };
  }

  /**
   * Whether most third versions that link both sides link one side to a statement of theirs that they
   * do not link the other to, and that side shares a fact with it: a sentence that holds two of theirs
   * against one that holds only one of them, or two joined sentences that overlap in one (theirs 4+5
   * against 5+6). A sentence their links merely swallowed beside it (its own version lacks it) shares
   * no fact with it.
   */
  partial(a: Side, b: Side, pair: SentencePair): boolean {
    return this.#mostSay(a, b, pair, this.#partialVerdict(a, b));
  }

  /** A third version's verdict on whether `a` or `b` holds a statement of its that the other lacks (see {@link partial}). */
  #partialVerdict(a: Side, b: Side): Verdict {
    return (ofA, ofB, third) => {
      if (!meet(ofA, ofB)) return undefined;
      return this.#holdsOwnStatement(ofA, ofB, a, third) || this.#holdsOwnStatement(ofB, ofA, b, third) ? 'yes' : 'no';
    };
  }

  /** Whether `side` shares a fact with a sentence of `third` in `own` (linked to it) but not in `others` (linked to the other side). */
  #holdsOwnStatement(own: Set<number>, others: Set<number>, side: Side, third: number): boolean {
    const extra = [...own].filter((z) => !others.has(z));
    if (extra.length === 0) return false;
    const sideAnchors = this.#anchors(side.document, side.sentences);
    return extra.some((z) => factAgreement(this.context, this.#anchors(third, [z]), sideAnchors).shared > 0);
  }
}

/** Whether two sets of sentences share one. */
function meet(x: ReadonlySet<number>, y: ReadonlySet<number>): boolean {
  for (const z of x) if (y.has(z)) return true;
  return false;
}
