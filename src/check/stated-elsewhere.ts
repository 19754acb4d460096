// Disagreements between separate articles that each article resolves itself: both state both values.
import { weekdayName } from '../anchors/weekdays.js';
import { codesOf } from './codes.js';
import { countValue, isCount, minVersionsToTakeSides, neighbourhood } from './links.js';
import { isCheckable, weekdaysIn } from './text.js';
import type { EvidenceDraft, RawFinding, RuleContext } from './types.js';

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
  return !most([...cited.values()].filter((e) => linkedToItAlone(context, first, e)).length);
}

/**
 * Whether a translation link joins the sentence of `x` to the sentence of `y` alone on its side: the
 * counterpart of `x` is that sentence, though `x`'s own version may have cut it in two (a stray full stop).
 */
function linkedToItAlone(context: RuleContext, x: EvidenceDraft, y: EvidenceDraft): boolean {
  const holds = (side: { document: number; sentences: readonly number[] }, e: EvidenceDraft) => side.document === e.document && side.sentences.includes(e.sentence);
  const holdsOnly = (side: { document: number; sentences: readonly number[] }, e: EvidenceDraft) => holds(side, e) && side.sentences.length === 1;
  return context.pairs.some((p) => p.mode === 'parallel' && ((holds(p.a, x) && holdsOnly(p.b, y)) || (holds(p.b, x) && holdsOnly(p.a, y))));
}
