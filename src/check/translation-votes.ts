// What the other versions make of a link between two translations: among three or more versions, the
// third versions' own links confirm it, contradict it, set one of its sentences apart, or show it joins
// a whole sentence to part of another.
import { anchorsOfSentences, factAgreement, minVersionsToTakeSides, translationVoteScore } from './links.js';
import type { RuleContext, SentencePair } from './types.js';

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
 * theirs, linked to one that holds only one of them, is no link to compare on (`undefined` too).
 */
export function translationLinksAsVoted(context: RuleContext): ReadonlyMap<SentencePair, SentencePair | undefined> {
  const cached = votedCache.get(context);
  if (cached !== undefined) return cached;
  const result = new Map<SentencePair, SentencePair | undefined>();
  if (context.documents.length >= minVersionsToTakeSides) {
    // `document:sentence` → other document → its sentences linked to this one.
    const partners = new Map<string, Map<number, Set<number>>>();
    const note = (document: number, sentence: number, other: number, sentences: readonly number[]) => {
      const key = `${document}:${sentence}`;
      let byDocument = partners.get(key);
      if (byDocument === undefined) partners.set(key, (byDocument = new Map()));
      let linked = byDocument.get(other);
      if (linked === undefined) byDocument.set(other, (linked = new Set()));
      for (const s of sentences) linked.add(s);
    };
    for (const pair of context.pairs) {
      if (pair.mode !== 'parallel' || pair.score < translationVoteScore) continue;
      for (const s of pair.a.sentences) note(pair.a.document, s, pair.b.document, pair.b.sentences);
      for (const s of pair.b.sentences) note(pair.b.document, s, pair.a.document, pair.a.sentences);
    }
    const partnersIn = (document: number, sentences: readonly number[], third: number) => {
      const found = new Set<number>();
      for (const s of sentences) for (const z of partners.get(`${document}:${s}`)?.get(third) ?? []) found.add(z);
      return found;
    };
    // Whether the third versions that link both say `sentences` of `document` and the other side are apart.
    const apart = (document: number, sentences: readonly number[], other: SentencePair['a'], pair: SentencePair) => {
      let confirming = 0;
      let contradicting = 0;
      for (let third = 0; third < context.documents.length; third++) {
        if (third === pair.a.document || third === pair.b.document) continue;
        const ofOwn = partnersIn(document, sentences, third);
        const ofOther = partnersIn(other.document, other.sentences, third);
        if (ofOwn.size === 0 || ofOther.size === 0) continue;
        if ([...ofOwn].some((z) => ofOther.has(z))) confirming++;
        else contradicting++;
      }
      return contradicting > confirming;
    };
    // Whether the third versions that link two or more sentences of `side` mostly keep some two apart.
    const separated = (side: SentencePair['a'], pair: SentencePair) => {
      let apartCount = 0;
      let togetherCount = 0;
      for (let third = 0; third < context.documents.length; third++) {
        if (third === pair.a.document || third === pair.b.document) continue;
        const sets = side.sentences.map((s) => partnersIn(side.document, [s], third)).filter((set) => set.size > 0);
        if (sets.length < 2) continue;
        const disjoint = sets.some((x, i) => sets.some((y, j) => j > i && ![...x].some((z) => y.has(z))));
        if (disjoint) apartCount++;
        else togetherCount++;
      }
      return apartCount > togetherCount;
    };
    const anchorsOf = (document: number, sentences: readonly number[]) => anchorsOfSentences(context, document, sentences).map((x) => x.anchor);
    const withoutPassengers = (side: SentencePair['a'], other: SentencePair['a'], pair: SentencePair) => {
      if (side.sentences.length < 2) return side;
      const kept = side.sentences.filter((s) => !apart(side.document, [s], other, pair));
      if (kept.length < 2 || !separated({ document: side.document, sentences: kept }, pair)) return { document: side.document, sentences: kept };
      // The other versions keep its sentences apart, but their own links swallowed the same sentence (the
      // other side lacks it in each pair): the sentences that share no fact with the other side are the
      // passengers, when some sentence does.
      const otherAnchors = anchorsOf(other.document, other.sentences);
      const sharing = kept.filter((s) => factAgreement(context, anchorsOf(side.document, [s]), otherAnchors).shared > 0);
      return { document: side.document, sentences: sharing.length > 0 ? sharing : kept };
    };
    // Whether the third versions that link both sides mostly link one side to part of what they link the
    // other to: a sentence that holds two of theirs against one that holds only one of them.
    const partial = (a: SentencePair['a'], b: SentencePair['a'], pair: SentencePair) => {
      let part = 0;
      let whole = 0;
      for (let third = 0; third < context.documents.length; third++) {
        if (third === pair.a.document || third === pair.b.document) continue;
        const ofA = partnersIn(a.document, a.sentences, third);
        const ofB = partnersIn(b.document, b.sentences, third);
        if (ofA.size === 0 || ofB.size === 0 || ![...ofA].some((z) => ofB.has(z))) continue;
        // The larger side holds the third version's sentences the smaller lacks when it shares facts with
        // them; one their links merely swallowed beside it (its own version lacks them) shares none.
        const holdsMore = (small: Set<number>, large: Set<number>, side: SentencePair['a']) =>
          small.size < large.size &&
          [...small].every((z) => large.has(z)) &&
          [...large].some((z) => !small.has(z) && factAgreement(context, anchorsOf(third, [z]), anchorsOf(side.document, side.sentences)).shared > 0);
        if (holdsMore(ofA, ofB, b) || holdsMore(ofB, ofA, a)) part++;
        else whole++;
      }
      return part > whole;
    };
    for (const pair of context.pairs) {
      if (pair.mode !== 'parallel') continue;
      if (apart(pair.a.document, pair.a.sentences, pair.b, pair)) {
        result.set(pair, undefined);
        continue;
      }
      const a = withoutPassengers(pair.a, pair.b, pair);
      const b = withoutPassengers(pair.b, pair.a, pair);
      // A sentence holding two statements linked to one holding one of them: the rest of it has no
      // counterpart here, and its facts would be set against the other's.
      if (partial(a, b, pair)) {
        result.set(pair, undefined);
        continue;
      }
      const trimmed = a.sentences.length < pair.a.sentences.length || b.sentences.length < pair.b.sentences.length;
      result.set(pair, trimmed && a.sentences.length > 0 && b.sentences.length > 0 ? { ...pair, a, b } : pair);
    }
  }
  votedCache.set(context, result);
  return result;
}

const votedCache = new WeakMap<RuleContext, ReadonlyMap<SentencePair, SentencePair | undefined>>();
