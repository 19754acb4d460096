// Builds checker inputs by hand: documents, anchors at given substrings, links. Lets each rule be
// tested on exactly the facts it reads, independent of the extractor and the aligner.
import levenshtein from 'fast-levenshtein';
import type {
  Anchor,
  CountryAnchor,
  DateAnchor,
  EntityAnchor,
  EntityKind,
  NumberAnchor,
  OrdinalAnchor,
  SegmentedDocument,
  SentenceKind,
} from '../../src/types.js';
import type { RuleContext, SentencePair } from '../../src/check/types.js';
import { check } from '../../src/index.js';

export interface DocSpec {
  lang: string;
  sentences: string[];
  kinds?: SentenceKind[];
}

/** A segmented document whose sentences are the given strings joined by newlines. */
export function makeDocument(spec: DocSpec): SegmentedDocument {
  let offset = 0;
  const sentences = spec.sentences.map((text, index) => {
    const sentence = { index, start: offset, end: offset + text.length, text, paragraph: index, kind: spec.kinds?.[index] ?? ('body' as const) };
    offset += text.length + 1;
    return sentence;
  });
  return { lang: spec.lang, text: spec.sentences.join('\n'), sentences };
}

/** Locates `needle` (its `nth` occurrence) in sentence `s` of `doc`: document offsets. */
export function spanOf(doc: SegmentedDocument, s: number, needle: string, nth = 0): { start: number; end: number; text: string } {
  const sentence = doc.sentences[s]!;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = sentence.text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in sentence ${s}: ${sentence.text}`);
  }
  return { start: sentence.start + at, end: sentence.start + at + needle.length, text: needle };
}

export function num(doc: SegmentedDocument, s: number, needle: string, numeric: number, extra: Partial<NumberAnchor> = {}): NumberAnchor {
  return { type: 'number', ...spanOf(doc, s, needle), value: String(numeric), numeric, relation: 'exact', ...extra };
}

export function ord(doc: SegmentedDocument, s: number, needle: string, numeric: number): OrdinalAnchor {
  return { type: 'ordinal', ...spanOf(doc, s, needle), value: String(numeric), numeric };
}

export function date(doc: SegmentedDocument, s: number, needle: string, fields: { year?: number; month?: number; day?: number; endDay?: number }): DateAnchor {
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const value = `${fields.year ?? '-'}${fields.month ? `-${pad(fields.month)}` : ''}${fields.day ? `-${pad(fields.day)}` : ''}`;
  return { type: 'date', ...spanOf(doc, s, needle), value, ...fields };
}

export function entity(doc: SegmentedDocument, s: number, needle: string, key: string, entityKind: EntityKind, extra: Partial<EntityAnchor> = {}, nth = 0): EntityAnchor {
  return { type: 'entity', ...spanOf(doc, s, needle, nth), value: key, entityKind, ...extra };
}

export function person(doc: SegmentedDocument, s: number, needle: string, key: string, nth = 0): EntityAnchor {
  return entity(doc, s, needle, key, 'person', {}, nth);
}

export function place(doc: SegmentedDocument, s: number, needle: string, id: string, country?: string, nth = 0): EntityAnchor {
  return entity(doc, s, needle, id.toLowerCase(), 'place', { gazetteerId: id, ...(country ? { country } : {}) }, nth);
}

export function country(doc: SegmentedDocument, s: number, needle: string, code: string, nth = 0): CountryAnchor {
  return { type: 'country', ...spanOf(doc, s, needle, nth), value: code };
}

/** Normalised Levenshtein similarity, as the anchors stage defines `nameSimilarity`. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein.get(a, b) / longest;
}

/** A link: `[documentA, sentencesA, documentB, sentencesB, score?, mode?]`. */
export type LinkSpec = [number, number[], number, number[], number?, ('parallel' | 'comparable')?];

/**
 * A rule context from documents, anchors (a list per document, sorted into sentences here) and links.
 * Documents without a given mode are `parallel` when linked by a link marked so.
 */
export function makeContext(
  documents: SegmentedDocument[],
  anchors: Anchor[][],
  links: LinkSpec[] = [],
  aliases: Record<string, string[]> = {},
): RuleContext {
  const perSentence = documents.map((doc, d) =>
    doc.sentences.map((sentence) =>
      (anchors[d] ?? []).filter((a) => a.start >= sentence.start && a.end <= sentence.end).sort((x, y) => x.start - y.start),
    ),
  );
  const modes = documents.map(() => documents.map((): 'parallel' | 'comparable' => 'comparable'));
  const pairs: SentencePair[] = links.map(([a, sa, b, sb, score = 0.9, mode = 'parallel']) => {
    modes[a]![b] = mode;
    modes[b]![a] = mode;
    return { a: { document: a, sentences: sa }, b: { document: b, sentences: sb }, score, mode };
  });
  const keyOf = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const aliasOf = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    aliasOf.set(keyOf(canonical), keyOf(canonical));
    for (const spelling of spellings) aliasOf.set(keyOf(spelling), keyOf(canonical));
  }
  return { documents, anchors: perSentence, pairs, modes, nameSimilarity: similarity, entityKey: keyOf, aliasOf };
}

/** Evidence texts as `lang:text`, for compact assertions. */
export function evidenceTexts(context: RuleContext, finding: { evidence: Array<{ document: number; start: number; end: number }> }): string[] {
  return finding.evidence.map((e) => `${context.documents[e.document]!.lang}:${context.documents[e.document]!.text.slice(e.start, e.end)}`);
}

/** Messages of the errors and warnings of one rule when `check` runs on the given versions in parallel mode. */
export function alarmsOf(docs: DocSpec[], rule: string): string[] {
  return check(docs, { mode: 'parallel' }).findings.filter((f) => f.rule === rule && f.severity !== 'info').map((f) => f.message);
}
