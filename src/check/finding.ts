// Turning a rule's raw finding into a public Finding: evidence text, severity, stable id.
import type { Evidence, Finding, SegmentedDocument, Severity } from '../types.js';
import type { RawFinding } from './types.js';

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits. Pure and fast; ids need stability, not secrecy. */
export function fingerprint(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // Multiply (high, low) by the FNV prime 0x100000001b3 = 2^40 + 0x1b3, in 32-bit halves.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    const newLow = lowTimes >>> 0;
    const newHigh = (high * 0x1b3 + carry + ((low << 8) >>> 0)) >>> 0;
    low = newLow;
    high = newHigh;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/**
 * The stable id of a finding: a hash of the rule, its normalised values and the texts (with
 * languages) of the sentences it points at, all sorted, so the id does not depend on the order of
 * documents, on offsets, or on run.
 */
export function findingId(raw: RawFinding, documents: readonly SegmentedDocument[]): string {
  const sentences = raw.evidence
    .map((e) => `${documents[e.document]!.lang}\u0000${documents[e.document]!.sentences[e.sentence]!.text}\u0000${e.value ?? ''}`)
    .sort();
  const values = [...raw.values].sort();
  return `${raw.rule}:${fingerprint([raw.rule, values.join('\u0001'), sentences.join('\u0001')].join('\u0002'))}`;
}

/** Fills in the evidence text and the id; `severity` is the effective one (rule default or configured). */
export function finalizeFinding(raw: RawFinding, severity: Severity, documents: readonly SegmentedDocument[]): Finding {
  const evidence: Evidence[] = raw.evidence.map((e) => {
    const item: Evidence = {
      document: e.document,
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      text: documents[e.document]!.text.slice(e.start, e.end),
    };
    if (e.value !== undefined) item.value = e.value;
    return item;
  });
  return { id: findingId(raw, documents), rule: raw.rule, severity, message: raw.message, evidence };
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Lowers `base` to `cap` when the rule asked for a milder severity. */
export function mildest(base: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && severityRank[cap] > severityRank[base] ? cap : base;
}

/** Orders findings without reference to the order of documents: severity, rule, first evidence's language and place, id. */
export function compareFindings(documents: readonly SegmentedDocument[]) {
  return (x: Finding, y: Finding): number => {
    const bySeverity = severityRank[x.severity] - severityRank[y.severity];
    if (bySeverity !== 0) return bySeverity;
    if (x.rule !== y.rule) return x.rule < y.rule ? -1 : 1;
    const ex = x.evidence[0];
    const ey = y.evidence[0];
    if (ex !== undefined && ey !== undefined) {
      const langX = documents[ex.document]!.lang;
      const langY = documents[ey.document]!.lang;
      if (langX !== langY) return langX < langY ? -1 : 1;
      if (ex.start !== ey.start) return ex.start - ey.start;
    }
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
}
