// Disagreements the texts account for themselves: between separate articles, values each article states
// anyway; among translations, values a link shifted past a left-out or moved sentence set against each other.
import { weekdayName } from '../anchors/weekdays.js';
import { codesOf } from './codes.js';
import { type CountAnchor, countValue, isCount, minVersionsToTakeSides, neighbourhood, parallelMinScore } from './links.js';
import { placed, unitOf } from './measures.js';
import { isCheckable, weekdaysIn } from './text.js';
import type { EvidenceDraft, RawFinding, RuleContext, SentencePair } from './types.js';

/** How each rule's compared values are read from a sentence, for the rules this applies to. */
const valueReaders: Readonly<Record<string, (context: RuleContext, document: number, sentence: number) => string[]>> = {
  'count-mismatch': (context, document, sentence) => (context.anchors[document]?.[sentence] ?? []).filter(isCount).map(countValue),
  'country-label': (context, document, sentence) => (context.anchors[document]?.[sentence] ?? []).flatMap((a) => (a.type === 'country' ? [a.value] : [])),
  'date-mismatch': (context, document, sentence) => (context.anchors[document]?.[sentence] ?? []).flatMap((a) => (a.type === 'date' ? [a.value] : [])),
  'code-mismatch': (context, document, sentence) => codesOf(context, document, sentence).map((code) => code.core),
  'weekday-mismatch': (context, document, sentence) => weekdaysIn(context.documents[document]!, sentence).map((m) => weekdayName(m.weekday)),
};

/** The values a rule compares that one sentence states, or undefined for a rule not read here. */
export function valuesStated(context: RuleContext, rule: string, document: number, sentence: number): string[] | undefined {
  return valueReaders[rule]?.(context, document, sentence);
}

/** Whether a document states a value in one of the given sentences that is checkable, `except` left out. */
function statesIn(context: RuleContext, rule: string, document: number, sentences: Iterable<number>, except: number, values: ReadonlySet<string>): boolean {
  const read = valueReaders[rule]!;
  const doc = context.documents[document]!;
  for (const sentence of sentences) {
    if (sentence === except || !isCheckable(doc, sentence)) continue;
    if (read(context, document, sentence).some((value) => values.has(value))) return true;
  }
  return false;
}

/** Whether a document states a value in a checkable sentence other than `except`. */
function statesElsewhere(context: RuleContext, rule: string, document: number, except: number, values: ReadonlySet<string>): boolean {
  return statesIn(context, rule, document, context.documents[document]!.sentences.keys(), except, values);
}

/** Whether a document states a value in any checkable sentence. */
function statesAnywhere(context: RuleContext, rule: string, document: number, values: ReadonlySet<string>): boolean {
  return statesElsewhere(context, rule, document, noSentence, values);
}

/** A sentence index no document has: `except` when none is left out. */
const noSentence = -1;

/**
 * Whether a finding between separate articles sets values against each other that every article in it
 * states anyway: the outlier's article gives the others' value in another sentence, and each other
 * article gives the outlier's. A story names its countries, days and scores again and again; two
 * reports that both state both values disagree on neither, and the link joined two of their statements.
 * A changed fact is a value the other reports do not state at all.
 */
export function statedByEveryArticle(context: RuleContext, raw: RawFinding): boolean {
  if (valueReaders[raw.rule] === undefined) return false;
  const first = raw.evidence[0];
  if (first?.value === undefined) return false;
  // Only values written as such: a place the gazetteer puts in another country ("Guangxi Zhuang
  // (Vietnam)") is a fact about the place, which two reports of one event between two countries each
  // name again and again.
  if (raw.rule === 'country-label' && !(context.anchors[first.document]?.[first.sentence] ?? []).some((a) => a.type === 'country' && a.start === first.start)) return false;
  // The outlier's own article may give the others' value beside it: that is its statement elsewhere, read below.
  const rest = raw.evidence.slice(1).filter((e) => e.document !== first.document);
  if (rest.length === 0 || rest.some((e) => context.modes[first.document]![e.document] !== 'comparable')) return false;
  const others = new Set(rest.flatMap((e) => (e.value === undefined || e.value === first.value ? [] : [e.value])));
  if (others.size === 0) return false;
  if (!statesElsewhere(context, raw.rule, first.document, first.sentence, others)) return false;
  const outlier = new Set([first.value]);
  return rest.every((e) => statesElsewhere(context, raw.rule, e.document, e.sentence, outlier));
}

/**
 * Whether a disagreement of two separate articles stands out against the rest though no other version's
 * link takes a side: no other article states the outlier's value anywhere, and at least
 * {@link minArticlesForUnsharedValue} of them state the other side's. A changed fact is a value the
 * other reports do not state at all; two statements the aligner paired by mistake each state a value
 * of the story, which the other reports tell too.
 */
export function unsharedAgainstTheRest(context: RuleContext, raw: RawFinding): boolean {
  const [first, other] = raw.evidence;
  if (valueReaders[raw.rule] === undefined || first?.value === undefined || other?.value === undefined || first.value === other.value) return false;
  const cited = new Set(raw.evidence.map((e) => e.document));
  const rest = context.documents.map((_, document) => document).filter((document) => !cited.has(document));
  const stating = (value: string) => rest.filter((document) => statesAnywhere(context, raw.rule, document, new Set([value]))).length;
  return stating(first.value) === 0 && stating(other.value) >= minArticlesForUnsharedValue;
}

/** Other articles that must state the majority's value for an outlier no other article states to stand out. */
const minArticlesForUnsharedValue = 2;

/**
 * Whether a finding among three or more versions cites, in most of the other versions, a sentence whose
 * neighbour states the outlier's value, while the outlier's sentence is not linked to the cited sentence
 * alone there (see `linkedToItAlone`). A version that left out or joined a sentence shifts its links around the gap:
 * its sentence then meets the others' neighbour, which states another value of the story (the day of
 * the sentence before, the next sentence's count or country). The link is off, not the fact. Over a link
 * to the cited sentence alone, as a translation made line for line gives, a value the next sentence also
 * states is still a changed fact: a story names its countries and days again and again, and a wrong one
 * is often taken from the sentence beside it.
 */
export function shiftedOntoNeighbour(context: RuleContext, raw: RawFinding): boolean {
  const [first, ...rest] = raw.evidence;
  if (valueReaders[raw.rule] === undefined || first?.value === undefined || context.documents.length < minVersionsToTakeSides) return false;
  const outlier = new Set([first.value]);
  const cited = new Map<number, EvidenceDraft>();
  for (const e of rest) if (e.document !== first.document && !cited.has(e.document)) cited.set(e.document, e);
  const besideStates = (e: EvidenceDraft) => statesIn(context, raw.rule, e.document, neighbourhood(context, e.document, [e.sentence], 1), e.sentence, outlier);
  // Most: more than half of the versions cited. The links are read only then: few findings get that far.
  const most = (count: number) => 2 * count > cited.size;
  if (!most([...cited.values()].filter(besideStates).length)) return false;
  return !most([...cited.values()].filter((e) => linkedToItAlone(context, first, e) && neighboursHavePartners(context, raw.rule, first, e, outlier)).length);
}

/**
 * Whether every neighbour of `cited` that states the outlier's value is linked alone to a sentence of the
 * outlier's version: its own counterpart there, so the outlier's sentence cannot be it. A neighbour with
 * none (left out of the outlier's version, or carried in a bead beside another sentence) may be the
 * statement the outlier's sentence translates, and the link to `cited` one shifted past it.
 */
function neighboursHavePartners(context: RuleContext, rule: string, outlier: EvidenceDraft, cited: EvidenceDraft, values: ReadonlySet<string>): boolean {
  return neighbourhood(context, cited.document, [cited.sentence], 1).every(
    (sentence) =>
      !statesIn(context, rule, cited.document, [sentence], cited.sentence, values) || linkedAloneTo(context, { document: cited.document, sentence }, outlier.document),
  );
}

/** Whether a translation link joins the sentence at `at` alone on its side to one sentence alone of `document`. */
function linkedAloneTo(context: RuleContext, at: SentenceAt, document: number): boolean {
  return context.pairs.some((pair) => {
    const other = aloneAcross(pair, at);
    return other !== undefined && other.document === document;
  });
}

/** A sentence of one version. */
interface SentenceAt {
  document: number;
  sentence: number;
}

/** Whether a link side holds the sentence at `at` and no other. */
function holdsAlone(side: SentencePair['a'], at: SentenceAt): boolean {
  return side.document === at.document && side.sentences.length === 1 && side.sentences[0] === at.sentence;
}

/** The other side of a translation link that holds the sentence at `at` alone, when it holds one sentence too. */
function aloneAcross(pair: SentencePair, at: SentenceAt): SentencePair['a'] | undefined {
  if (pair.mode !== 'parallel') return undefined;
  const other = holdsAlone(pair.a, at) ? pair.b : holdsAlone(pair.b, at) ? pair.a : undefined;
  return other !== undefined && other.sentences.length === 1 ? other : undefined;
}

/**
 * Whether a translation link joins the sentence of `x` to the sentence of `y` alone on its side: the
 * counterpart of `x` is that sentence, though `x`'s own version may have cut it in two (a stray full stop).
 */
function linkedToItAlone(context: RuleContext, x: EvidenceDraft, y: EvidenceDraft): boolean {
  const holds = (side: SentencePair['a'], e: EvidenceDraft) => side.document === e.document && side.sentences.includes(e.sentence);
  return context.pairs.some((p) => p.mode === 'parallel' && ((holds(p.a, x) && holdsAlone(p.b, y)) || (holds(p.b, x) && holdsAlone(p.a, y))));
}

/**
 * Whether a finding among translations compares the outlier's sentence over links that a link of its own
 * to a version agreeing with it outweighs: a sentence of another version, linked alone to the outlier's
 * sentence alone by a link from `parallelMinScore` and {@link backingMargin} surer than every such link
 * to a sentence cited against it, states the outlier's value. A version that moved or left out a
 * sentence is linked to whatever stands in its place in the others, and the finding compares that; the
 * version that keeps the sentence where it moved still pairs it with its translation, surely, and that
 * says the same. A changed fact has no such backing: no other version states the value it was changed to.
 */
export function backedByStrongerLink(context: RuleContext, raw: RawFinding): boolean {
  const [first, ...rest] = raw.evidence;
  const value = first?.value;
  if (valueReaders[raw.rule] === undefined || first === undefined || value === undefined) return false;
  const cited = new Map<number, number>();
  for (const e of rest) if (e.document !== first.document && !cited.has(e.document)) cited.set(e.document, e.sentence);
  if (cited.size === 0) return false;
  let citedScore = 0;
  for (const pair of context.pairs) {
    const other = aloneAcross(pair, first);
    if (other !== undefined && cited.get(other.document) === other.sentences[0]) citedScore = Math.max(citedScore, pair.score);
  }
  return context.pairs.some((pair) => {
    if (pair.score < Math.max(parallelMinScore, citedScore + backingMargin)) return false;
    const other = aloneAcross(pair, first);
    return other !== undefined && other.document !== first.document && cited.get(other.document) !== other.sentences[0] && statesAlike(context, raw.rule, first, value, other.document, other.sentences[0]!);
  });
}

/**
 * Whether a sentence states the outlier's value as the outlier does: a count in the same unit of measure
 * (`550 pounds` backs no `550 kg`, which is another fact), any other value as it is read.
 */
function statesAlike(context: RuleContext, rule: string, outlier: EvidenceDraft, value: string, document: number, sentence: number): boolean {
  if (!isCheckable(context.documents[document]!, sentence)) return false;
  if (rule !== 'count-mismatch') return statesIn(context, rule, document, [sentence], noSentence, new Set([value]));
  const own = (context.anchors[outlier.document]?.[outlier.sentence] ?? []).find((anchor): anchor is CountAnchor => isCount(anchor) && anchor.start === outlier.start);
  if (own === undefined) return false;
  const unit = unitOf(placed(context, outlier.document, { anchor: own, sentence: outlier.sentence }));
  return (context.anchors[document]?.[sentence] ?? []).some(
    (anchor) => isCount(anchor) && countValue(anchor) === value && unitOf(placed(context, document, { anchor, sentence })) === unit,
  );
}

/** How much surer than every link to the versions cited against it a backing link must be (see {@link backedByStrongerLink}). */
const backingMargin = 0.2;
