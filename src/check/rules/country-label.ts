// country-label: a place labelled with a country other than the gazetteer's or the other versions'.
import { groupBy } from '../group.js';
import type { Anchor, EntityAnchor } from '../../types.js';
import { anchorsOfSentences, confidentPairs, langOf, listLanguages } from '../links.js';
import { entityIdentity, isCheckable, isPlace } from '../text.js';
import type { EvidenceDraft, RawFinding, Rule, RuleContext } from '../types.js';
import { compareObservations, type Observation, voteOutliers } from '../vote.js';

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
    doc.sentences.forEach((sentence, index) => {
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
 * In a translation, linked sentences that each name one country the other does not (`in Nepal` /
 * `en Inde`): the translation moved the fact to another country. The version to fix is the one whose
 * country the other version never mentions.
 */
function swappedCountries(context: RuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  const mentioned = context.documents.map((_, d) => {
    const codes = new Set<string>();
    for (const sentence of context.anchors[d] ?? []) for (const a of sentence) if (a.type === 'country') codes.add(a.value);
    return codes;
  });
  for (const pair of confidentPairs(context)) {
    if (pair.mode !== 'parallel') continue;
    const countries = (side: typeof pair.a) => anchorsOfSentences(context, side.document, side.sentences).filter((x) => x.anchor.type === 'country');
    const a = countries(pair.a);
    const b = countries(pair.b);
    // One to one: "India and India" against "India and Pakistan" leaves one India over.
    const leftOver = (own: typeof a, other: typeof a) => {
      const available = new Map<string, number>();
      for (const y of other) available.set(y.anchor.value, (available.get(y.anchor.value) ?? 0) + 1);
      return own.filter((x) => {
        const left = available.get(x.anchor.value) ?? 0;
        if (left > 0) available.set(x.anchor.value, left - 1);
        return left === 0;
      });
    };
    const leftA = leftOver(a, b);
    const leftB = leftOver(b, a);
    if (leftA.length !== 1 || leftB.length !== 1) continue;
    const [x, y] = [leftA[0]!, leftB[0]!];
    const xForeign = !mentioned[pair.b.document]!.has(x.anchor.value);
    const yForeign = !mentioned[pair.a.document]!.has(y.anchor.value);
    const [wrong, wrongDoc, right, rightDoc] = yForeign && !xForeign ? [y, pair.b.document, x, pair.a.document] : [x, pair.a.document, y, pair.b.document];
    findings.push({
      rule: 'country-label',
      message: `${langOf(context, wrongDoc)} names ${countryName(wrong.anchor.value)} where the ${langOf(context, rightDoc)} translation names ${countryName(right.anchor.value)} in the linked sentence.`,
      values: [wrong.anchor.value, right.anchor.value],
      evidence: [
        { document: wrongDoc, sentence: wrong.sentence, start: wrong.anchor.start, end: wrong.anchor.end, value: wrong.anchor.value },
        { document: rightDoc, sentence: right.sentence, start: right.anchor.start, end: right.anchor.end, value: right.anchor.value },
      ],
    });
  }
  return findings;
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
