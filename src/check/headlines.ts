// Headlines between separate articles. A headline sums the story up: it names the event's day, place
// and figures, which the other article states somewhere in its body, though not always in the sentence
// a link sets the headline against.
import { weekdayName } from '../anchors/weekdays.js';
import { headlines } from './deps.js';
import { countValue, isCount } from './links.js';
import { weekdaysIn } from './text.js';
import type { RawFinding, RuleContext } from './types.js';

/**
 * Whether a finding between separate articles sets a heading of one against body text of the others,
 * and each body-side document states the heading side's value somewhere: the headline sums up a fact its
 * article gives elsewhere, and the link joined it to another statement. A value the other articles never
 * state (a headline changed) stays an alarm.
 */
export function headlineSumsUp(context: RuleContext, raw: RawFinding): boolean {
  const [first, ...rest] = raw.evidence;
  if (first === undefined || rest.length === 0) return false;
  if (rest.some((e) => e.document === first.document || context.modes[first.document]![e.document] !== 'comparable')) return false;
  const firstIsHeading = isHeading(context, first.document, first.sentence);
  if (rest.some((e) => isHeading(context, e.document, e.sentence) === firstIsHeading)) return false;
  const [headingSide, bodySide] = firstIsHeading ? [[first], rest] : [rest, [first]];
  const headingValues = new Set(headingSide.map((e) => e.value).filter((value): value is string => value !== undefined));
  if (headingValues.size === 0) return false;
  return bodySide.every((e) => [...headingValues].some((value) => statedIn(context, e.document).has(value)));
}

/** A sentence the segmenter classed as a heading, or in sentences given as a list a line alone that reads as a headline. */
function isHeading(context: RuleContext, document: number, index: number): boolean {
  const doc = context.documents[document]!;
  if (doc.sentences[index]?.kind === 'heading') return true;
  let flags = headlineFlags.get(doc);
  if (flags === undefined) headlineFlags.set(doc, (flags = headlines(doc)));
  return flags[index] === 1;
}

/** The values a document states anywhere, as findings give them: counts, countries, dates, names, weekdays. */
function statedIn(context: RuleContext, document: number): Set<string> {
  const doc = context.documents[document]!;
  let values = statedValues.get(doc);
  if (values !== undefined) return values;
  values = new Set<string>();
  for (const sentence of context.anchors[document] ?? []) {
    for (const anchor of sentence) {
      if (isCount(anchor)) values.add(countValue(anchor));
      else values.add(anchor.value);
      if (anchor.type === 'entity' && anchor.country !== undefined) values.add(anchor.country);
      if (anchor.type === 'date' && anchor.year !== undefined) values.add(String(anchor.year));
    }
  }
  doc.sentences.forEach((_, index) => {
    for (const mention of weekdaysIn(doc, index)) values!.add(weekdayName(mention.weekday));
  });
  statedValues.set(doc, values);
  return values;
}

const headlineFlags = new WeakMap<RuleContext['documents'][number], Uint8Array>();
const statedValues = new WeakMap<RuleContext['documents'][number], Set<string>>();
