import { diffArrays } from 'diff';
import type { Alignment, Evidence, Finding, SegmentedDocument, Severity } from '../types.js';
import { createStyles, pad, type Styles, wrapText } from './ansi.js';
import { isRightToLeft, languageName } from './languages.js';
import { toOriginalSpan } from '../formats/original.js';
import { lineIndexOf } from './position.js';
import { isAlignment, isCheckedRun, type CheckedRun, type ReportInput, type SegmentedRun } from './shapes.js';
import { countOf } from './words.js';

/** Where a document's language came from, shown next to it ("detected: nl"). */
export type LanguageSource = 'option' | 'file name' | 'detected' | 'default';

/** Options of {@link formatText}. */
export interface TextFormatOptions {
  /** Use ANSI colours (the CLI turns them on only for a terminal without `NO_COLOR`). */
  color?: boolean;
  /** Terminal width in cells; default 100. */
  width?: number;
  /** Per document (same order): how its language was chosen. */
  languageSources?: ReadonlyArray<LanguageSource | undefined>;
}

/**
 * Formats a result for people to read in a terminal: segmented documents as numbered sentences, an
 * alignment as the two texts side by side, a check result as findings grouped one by one with each
 * version's sentence, the offending span marked and a word diff of the compared values.
 *
 * @param result Segmented documents, an alignment, or a check result.
 */
export function formatText(result: ReportInput, options: TextFormatOptions = {}): string {
  const styles = createStyles(options.color === true);
  const width = Math.max(40, Math.min(options.width ?? 100, 400));
  const context: TextContext = { styles, width, sources: options.languageSources ?? [] };
  if (isAlignment(result)) return formatAlignmentText(result, context);
  if (isCheckedRun(result)) return formatCheckText(result, context);
  return formatSegmentText(result, context);
}

interface TextContext {
  styles: Styles;
  width: number;
  sources: ReadonlyArray<LanguageSource | undefined>;
}

function describeDocument(document: SegmentedDocument, index: number, context: TextContext): string {
  const source = context.sources[index];
  const lang =
    source === 'detected'
      ? `${languageName(document.lang)}, detected: ${document.lang}`
      : `${languageName(document.lang)}, ${document.lang}`;
  return `${context.styles.bold(document.path ?? `document ${index}`)} (${lang})`;
}

function oneLine(text: string): string {
  let out = '';
  let space = false;
  for (const char of text) {
    const blank = char === '\n' || char === '\r' || char === '\t' || char === ' ' || char === '\u00a0';
    if (blank) {
      space = out.length > 0;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += char;
  }
  return out;
}

const plural = countOf;

// --- segment ------------------------------------------------------------------------------------

function formatSegmentText(result: SegmentedRun, context: TextContext): string {
  const { styles } = context;
  const out: string[] = [];
  result.documents.forEach((document, documentIndex) => {
    if (documentIndex > 0) out.push('');
    out.push(`${describeDocument(document, documentIndex, context)} — ${plural(document.sentences.length, 'sentence')}`);
    const lines = lineIndexOf(document.original ?? document);
    const numberWidth = String(Math.max(0, document.sentences.length - 1)).length;
    for (const sentence of document.sentences) {
      const point = lines.point(toOriginalSpan(document, sentence).start);
      const where = `${point.line}:${point.column}`;
      const kind = sentence.kind === 'body' ? '' : `${styles.dim(`[${sentence.kind}]`)} `;
      out.push(`${styles.dim(String(sentence.index).padStart(numberWidth))}  ${styles.dim(where.padEnd(8))} ${kind}${oneLine(sentence.text)}`);
    }
  });
  return `${out.join('\n')}\n`;
}

// --- align --------------------------------------------------------------------------------------

function formatAlignmentText(alignment: Alignment, context: TextContext): string {
  const { styles, width } = context;
  const gutter = ' │ ';
  const scoreWidth = 5;
  // Room for the widest sentence label ("17-18") plus a space.
  const numberWidth = 1 + Math.max(3, ...alignment.links.flatMap((link) => [label(link.a).length, label(link.b).length]));
  const column = Math.max(10, Math.floor((width - gutter.length - scoreWidth - 1 - 2 * numberWidth) / 2));
  const rightToLeftB = isRightToLeft(alignment.b.lang);
  const rightToLeftA = isRightToLeft(alignment.a.lang);
  const out: string[] = [
    `${describeDocument(alignment.a, 0, context)} ↔ ${describeDocument(alignment.b, 1, context)}`,
    `${alignment.mode} mode${alignment.modeReason ? ` (${alignment.modeReason})` : ''}, ${plural(alignment.links.length, 'link')}`,
    styles.dim('─'.repeat(Math.min(width, column * 2 + gutter.length + scoreWidth + 1 + 2 * numberWidth))),
  ];
  const cell = (document: SegmentedDocument, indices: readonly number[]) =>
    wrapText(indices.map((index) => oneLine(document.sentences[index]?.text ?? '')).join(' '), column);
  for (const link of alignment.links) {
    const left = link.a.length > 0 ? cell(alignment.a, link.a) : [styles.dim('—')];
    const right = link.b.length > 0 ? cell(alignment.b, link.b) : [styles.dim('—')];
    const rows = Math.max(left.length, right.length);
    for (let row = 0; row < rows; row++) {
      const numberA = row === 0 ? label(link.a) : '';
      const numberB = row === 0 ? label(link.b) : '';
      const score = row === 0 ? link.score.toFixed(2) : '';
      out.push(
        `${styles.dim(numberA.padStart(numberWidth - 1))} ${pad(left[row] ?? '', column, rightToLeftA)}${styles.dim(gutter)}${styles.dim(numberB.padStart(numberWidth - 1))} ${pad(right[row] ?? '', column, rightToLeftB)} ${styles.dim(score.padStart(scoreWidth))}`.trimEnd(),
      );
    }
  }
  const unalignedA = countUnaligned(alignment.a.sentences.length, alignment.links.map((link) => (link.b.length > 0 ? link.a : [])));
  const unalignedB = countUnaligned(alignment.b.sentences.length, alignment.links.map((link) => (link.a.length > 0 ? link.b : [])));
  out.push(styles.dim('─'.repeat(Math.min(width, column * 2 + gutter.length + scoreWidth + 1 + 2 * numberWidth))));
  out.push(`unaligned: ${unalignedA} of ${alignment.a.sentences.length} sentences in A, ${unalignedB} of ${alignment.b.sentences.length} in B`);
  return `${out.join('\n')}\n`;
}

function label(indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = indices[0] ?? 0;
  const last = indices[indices.length - 1] ?? first;
  return first === last ? String(first) : `${first}-${last}`;
}

function countUnaligned(total: number, linked: ReadonlyArray<readonly number[]>): number {
  const seen = new Set<number>();
  for (const indices of linked) for (const index of indices) seen.add(index);
  return total - seen.size;
}

// --- check --------------------------------------------------------------------------------------

const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

function formatCheckText(result: CheckedRun, context: TextContext): string {
  const { styles } = context;
  const out: string[] = [];
  out.push(`Checked ${plural(result.documents.length, 'document')}:`);
  result.documents.forEach((document, index) => {
    out.push(`  ${describeDocument(document, index, context)} — ${plural(document.sentences.length, 'sentence')}`);
  });
  out.push('');
  for (const finding of result.findings) {
    out.push(...formatFinding(result, finding, context), '');
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  if (result.findings.length === 0) {
    out.push(styles.green('No findings: the versions agree on every fact compared.'));
  } else {
    const parts = severityOrder
      .filter((severity) => counts[severity] > 0)
      .map((severity) => severityStyle(severity, styles)(severity === 'info' ? `${counts.info} info` : plural(counts[severity], severity)));
    out.push(`${plural(result.findings.length, 'finding')}: ${parts.join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

function severityStyle(severity: Severity, styles: Styles): (text: string) => string {
  return severity === 'error' ? styles.red : severity === 'warning' ? styles.yellow : styles.blue;
}

function formatFinding(result: CheckedRun, finding: Finding, context: TextContext): string[] {
  const { styles } = context;
  const paint = severityStyle(finding.severity, styles);
  const lines = [`${paint(styles.bold(finding.severity.padEnd(7)))} ${styles.bold(finding.rule)}  ${finding.message}  ${styles.dim(finding.id)}`];
  finding.evidence.forEach((evidence, index) => {
    const document = result.documents[evidence.document];
    if (!document) return;
    const point = lineIndexOf(document.original ?? document).point(toOriginalSpan(document, evidence).start);
    const where = `${document.path ?? `document ${evidence.document}`}:${point.line}:${point.column}`;
    // With two versions and no source, neither is blamed: both places are marked alike.
    const role = finding.blame === 'none' ? paint('✗ ≠  ') : index === 0 ? paint('✗ fix') : styles.dim('  vs ');
    const highlighted = index === 0 || finding.blame === 'none';
    const value = evidence.value === undefined ? '' : `  ${styles.dim('value')} ${highlighted ? paint(styles.bold(evidence.value)) : styles.bold(evidence.value)}`;
    lines.push(`  ${role} ${styles.cyan(where)} ${styles.dim(languageName(document.lang))}${value}`);
    lines.push(`        ${excerpt(document, evidence, context, highlighted)}`);
  });
  const diff = valueDiff(finding.evidence, styles);
  if (diff) lines.push(`  ${styles.dim('diff')}  ${diff}`);
  return lines;
}

// The sentence with the offending span marked, cut around the span when it is long.
function excerpt(document: SegmentedDocument, evidence: Evidence, context: TextContext, toFix: boolean): string {
  const sentence = document.sentences[evidence.sentence];
  const inSentence = sentence && sentence.start <= evidence.start && evidence.end <= sentence.end;
  const from = inSentence ? sentence.start : evidence.start;
  const to = inSentence ? sentence.end : evidence.end;
  const room = Math.max(20, context.width - 10);
  let before = oneLine(document.text.slice(from, evidence.start));
  let after = oneLine(document.text.slice(evidence.end, to));
  let span = oneLine(document.text.slice(evidence.start, evidence.end));
  if (span.length > room) {
    // A whole sentence as evidence: keep both ends, the mark still shows where it starts and stops.
    const keep = Math.floor((room - 3) / 2);
    span = `${span.slice(0, keep)} … ${span.slice(span.length - keep)}`;
  }
  const spare = Math.max(10, room - span.length);
  if (before.length + after.length > spare) {
    const half = Math.floor(spare / 2);
    const keepBefore = Math.min(before.length, Math.max(half, spare - after.length));
    const keepAfter = Math.min(after.length, spare - keepBefore);
    if (keepBefore < before.length) before = `…${before.slice(before.length - keepBefore)}`;
    if (keepAfter < after.length) after = `${after.slice(0, keepAfter)}…`;
  }
  const leadingSpace = before.length > 0 && /\s$/.test(document.text.slice(from, evidence.start)) ? ' ' : '';
  const trailingSpace = after.length > 0 && /^\s/.test(document.text.slice(evidence.end, to)) ? ' ' : '';
  const mark = toFix ? context.styles.mark : context.styles.markOther;
  return `${before}${leadingSpace}${mark(span)}${trailingSpace}${after}`;
}

/**
 * A word diff of the compared values: the value to fix against each distinct value it disagrees
 * with, token by token, so `2025-02-20` vs `2025-03-20` shows only the month changing.
 */
function valueDiff(evidence: readonly Evidence[], styles: Styles): string | undefined {
  const [first, ...others] = evidence;
  if (first?.value === undefined) return undefined;
  const distinct = [...new Set(others.map((item) => item.value).filter((value): value is string => value !== undefined && value !== first.value))];
  if (distinct.length === 0) return undefined;
  return distinct
    .map((other) =>
      diffArrays(tokenize(first.value ?? ''), tokenize(other), { comparator: (left, right) => left.toLowerCase() === right.toLowerCase() })
        .map((change) => {
          const text = change.value.join('');
          if (change.removed) return styles.removed(text);
          if (change.added) return styles.added(text);
          return text;
        })
        .join(''),
    )
    .join('   ');
}

/** Splits a value into runs of letters/digits and single other characters. */
function tokenize(value: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const char of value) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      run += char;
    } else {
      if (run) tokens.push(run);
      run = '';
      tokens.push(char);
    }
  }
  if (run) tokens.push(run);
  return tokens;
}
