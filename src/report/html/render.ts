import { createHash } from 'node:crypto';
import { isRightToLeft } from '../../lang/registry.js';
import type { Anchor, Cluster, Finding, SegmentedDocument, Sentence } from '../../types.js';
import { anchorTypeLabels, reportScript, reportStyle, severityOrder } from './assets.js';
import { escapeHtml, escapeHtmlIsolatingRightToLeft } from './escape.js';
import { layoutRows, type ReportRow } from './rows.js';
import { countOf } from '../words.js';

/**
 * Everything the HTML report shows: the checked documents, their clusters, findings and anchors — a
 * `CheckResult` is one, and the report only formats it.
 */
export interface ReportData {
  documents: readonly SegmentedDocument[];
  /** Sentences that say the same thing, one row each, as `check` (or `alignMany`) gives them. */
  clusters: readonly Cluster[];
  findings: readonly Finding[];
  /**
   * Per document, its anchors sorted by `start` (offsets into that document's `text`, UTF-16 code
   * units), as `check` gives them (`CheckResult.anchors`: the anchors it compared). Optional: without
   * them nothing is highlighted but findings.
   */
  anchors?: ReadonlyArray<readonly Anchor[]>;
}

/** Options of {@link renderReport}. */
export interface RenderOptions {
  /** Title of the page; defaults to "anchoralign report". */
  title?: string;
}

/** A highlighted span inside one sentence: an anchor, or a finding's evidence. */
interface Highlight {
  start: number;
  end: number;
  anchor?: Anchor;
  finding?: number;
  /** Index of this evidence in the finding's list (0: the place to fix). */
  evidence?: number;
}

/**
 * Renders already computed results as one self-contained HTML page (inline CSS and JS, nothing
 * loaded from anywhere). All text is escaped. Built in one pass into an array joined once, so the
 * time is linear in the size of the documents.
 *
 * @throws {TypeError} when `data` lacks its arrays.
 * @throws {RangeError} when a cluster or finding points at a document or sentence that does not exist.
 */
export function renderReport(data: ReportData, options: RenderOptions = {}): string {
  if (data === null || typeof data !== 'object') throw new TypeError('data must be an object');
  const { documents, clusters, findings } = data;
  if (!Array.isArray(documents)) throw new TypeError('data.documents must be an array');
  if (!Array.isArray(clusters)) throw new TypeError('data.clusters must be an array');
  if (!Array.isArray(findings)) throw new TypeError('data.findings must be an array');
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const title = options.title ?? 'anchoralign report';
  if (typeof title !== 'string') throw new TypeError('options.title must be a string');

  const rows = layoutRows(documents, clusters);
  const rowOfSentence = documents.map((document) => new Int32Array(document.sentences.length).fill(-1));
  rows.forEach((row, rowIndex) => {
    row.cells.forEach((sentences, document) => {
      for (const sentence of sentences) rowOfSentence[document]![sentence] = rowIndex;
    });
  });

  const ruleIds = [...new Set(findings.map((finding) => finding.rule))].sort();
  const ruleIndex = new Map(ruleIds.map((rule, index) => [rule, index]));
  const highlights = collectHighlights(documents, findings, data.anchors);
  // Per row, one class per rule and severity of the findings it shows (`f0-error`): the filters use
  // them to show only the rows whose findings are not filtered out.
  const rowFindingClasses: Array<Set<string> | undefined> = new Array(rows.length);
  findings.forEach((finding) => {
    const key = `f${ruleIndex.get(finding.rule)}-${severityClass(finding.severity)}`;
    for (const evidence of finding.evidence) {
      const row = rowOfSentence[evidence.document]![evidence.sentence]!;
      if (row !== -1) (rowFindingClasses[row] ??= new Set()).add(key);
    }
  });

  const style = reportStyle(documents.length, ruleIds.length);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    // Defence in depth: even if something slipped through escaping, nothing else could run or load.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '${sha256(style)}'; script-src '${sha256(reportScript)}'">\n`,
    '<title>',
    escapeHtml(title),
    '</title>\n<style>',
    style,
    '</style>\n</head>\n<body>\n<header>\n<h1>',
    escapeHtml(title),
    '</h1>\n',
  );
  renderSummary(out, data, rows.length);
  renderLegend(out);
  renderFilters(out, findings, ruleIds);
  renderFindingList(out, documents, findings, ruleIndex, rowOfSentence);
  out.push('</header>\n<main class="grid">\n');
  renderColumnHeads(out, documents);
  renderRows(out, documents, clusters, rows, highlights, findings, ruleIndex, rowFindingClasses);
  out.push('</main>\n<script>', reportScript, '</script>\n</body>\n</html>\n');
  return out.join('');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Per document and sentence, its highlights sorted by start (sparse: most sentences have none). */
function collectHighlights(
  documents: readonly SegmentedDocument[],
  findings: readonly Finding[],
  anchors: ReadonlyArray<readonly Anchor[]> | undefined,
): Array<Map<number, Highlight[]>> {
  const bySentence = documents.map(() => new Map<number, Highlight[]>());
  const add = (document: number, sentence: number, highlight: Highlight): void => {
    const perSentence = bySentence[document]!;
    const list = perSentence.get(sentence);
    if (list === undefined) perSentence.set(sentence, [highlight]);
    else list.push(highlight);
  };
  findings.forEach((finding, findingIndex) => {
    finding.evidence.forEach((evidence, evidenceIndex) => {
      const document = documents[evidence.document];
      if (document === undefined || document.sentences[evidence.sentence] === undefined) {
        throw new RangeError(
          `findings[${findingIndex}].evidence[${evidenceIndex}] points at document ${evidence.document} sentence ${evidence.sentence}, which does not exist`,
        );
      }
      add(evidence.document, evidence.sentence, {
        start: evidence.start,
        end: evidence.end,
        finding: findingIndex,
        evidence: evidenceIndex,
      });
    });
  });
  if (anchors !== undefined) {
    if (!Array.isArray(anchors)) throw new TypeError('data.anchors must be an array (one list per document)');
    anchors.forEach((documentAnchors, document) => {
      const sentences = documents[document]?.sentences;
      if (sentences === undefined || documentAnchors === undefined) return;
      // Anchors come sorted by start, so one forward walk finds each one's sentence.
      let sentence = 0;
      for (const anchor of documentAnchors) {
        while (sentence < sentences.length && sentences[sentence]!.end <= anchor.start) sentence++;
        const holder = sentences[sentence];
        if (holder === undefined) break;
        if (anchor.end <= holder.start) continue; // between sentences (whitespace): nothing to show
        add(document, sentence, { start: anchor.start, end: anchor.end, anchor });
      }
    });
  }
  for (const perSentence of bySentence) {
    for (const list of perSentence.values()) list.sort((left, right) => left.start - right.start || right.end - left.end);
  }
  return bySentence;
}

function renderSummary(out: string[], data: ReportData, rowCount: number): void {
  const sentenceCount = data.documents.reduce((sum, document) => sum + document.sentences.length, 0);
  const counts = severityOrder.map((severity) => {
    const count = data.findings.filter((finding) => finding.severity === severity).length;
    return countOf(count, severity, severity === 'info' ? 'info' : `${severity}s`);
  });
  out.push(
    '<p class="summary">',
    `${countOf(data.documents.length, 'document')} (${escapeHtml(data.documents.map((document) => document.lang).join(', '))}), `,
    `${countOf(sentenceCount, 'sentence')} in ${countOf(rowCount, 'row')}, ${countOf(data.clusters.length, 'aligned group')}; `,
    `${countOf(data.findings.length, 'finding')}: ${counts.join(', ')}.</p>\n`,
  );
}

function renderLegend(out: string[]): void {
  out.push('<div class="legend" aria-label="Legend">');
  for (const [type, label] of anchorTypeLabels) out.push(`<span class="a a-${type}">${label}</span>`);
  out.push(
    '<span><mark class="f sev-error fix">to fix</mark> <mark class="f sev-error">disagrees</mark> finding: <mark class="f sev-error">error</mark> <mark class="f sev-warning">warning</mark> <mark class="f sev-info">info</mark></span>',
    '<span class="k-caption">caption or boilerplate</span>',
    '<span class="none">hover a highlight for its normalised value</span></div>\n',
  );
}

function renderFilters(out: string[], findings: readonly Finding[], ruleIds: readonly string[]): void {
  if (findings.length === 0) return;
  out.push('<div class="filters" id="filters" role="group" aria-label="Filter findings"><fieldset><legend>Severity</legend>');
  for (const severity of severityOrder) {
    const count = findings.filter((finding) => finding.severity === severity).length;
    out.push(
      `<label><input type="checkbox" checked data-hide="hide-sev-${severity}" name="severity" value="${severity}"> ${severity} (${count})</label>`,
    );
  }
  out.push('</fieldset><fieldset><legend>Rule</legend>');
  ruleIds.forEach((rule, index) => {
    const count = findings.filter((finding) => finding.rule === rule).length;
    out.push(
      `<label><input type="checkbox" checked data-hide="hide-r${index}" name="rule" value="${escapeHtml(rule)}"> ${escapeHtml(rule)} (${count})</label>`,
    );
  });
  out.push(
    '</fieldset><label><input type="checkbox" id="only-findings"> only rows with findings</label></div>\n',
  );
}

function renderFindingList(
  out: string[],
  documents: readonly SegmentedDocument[],
  findings: readonly Finding[],
  ruleIndex: ReadonlyMap<string, number>,
  rowOfSentence: readonly Int32Array[],
): void {
  out.push(`<h2>Findings (${findings.length})</h2>\n`);
  if (findings.length === 0) {
    out.push('<p class="none">No findings: the versions agree on every fact that was compared.</p>\n');
    return;
  }
  out.push('<ol id="findings">\n');
  findings.forEach((finding, findingIndex) => {
    const severity = severityClass(finding.severity);
    const first = finding.evidence[0];
    const firstRow = first === undefined ? -1 : rowOfSentence[first.document]![first.sentence]!;
    out.push(
      `<li class="fi sev-${severity} r${ruleIndex.get(finding.rule)}" id="finding-${findingIndex + 1}" data-rule="${escapeHtml(finding.rule)}" data-severity="${severity}" data-finding-id="${escapeHtml(finding.id)}">`,
      firstRow === -1 ? '<span class="go">' : `<a class="go" href="#row-${firstRow + 1}" data-ev="${findingIndex + 1}.0">`,
      `<span class="badge sev-${severity}">${severity}</span><code>${escapeHtml(finding.rule)}</code> <span class="msg">${escapeHtmlIsolatingRightToLeft(finding.message)}</span>`,
      firstRow === -1 ? '</span>' : '</a>',
      '<span class="ev">',
    );
    finding.evidence.forEach((evidence, evidenceIndex) => {
      const row = rowOfSentence[evidence.document]![evidence.sentence]!;
      const document = documents[evidence.document]!;
      const shown = evidence.text.length > evidenceLabelLength ? `${cutLabel(evidence.text)}…` : evidence.text;
      const label = `${escapeHtml(document.lang)}: <bdi>${escapeHtml(shown)}</bdi>`;
      const title = shown === evidence.text ? '' : ` title="${escapeHtml(evidence.text)}"`;
      out.push(
        row === -1
          ? `<span${title}>${label}</span>`
          : `<a${evidenceIndex === 0 || finding.blame === 'none' ? ' class="fix"' : ''} href="#row-${row + 1}" data-ev="${findingIndex + 1}.${evidenceIndex}"${title}>${label}</a>`,
      );
    });
    out.push('</span></li>\n');
  });
  out.push('</ol>\n');
}

/** Longer evidence is cut in the finding list (the whole text is its tooltip). */
const evidenceLabelLength = 48;

function cutLabel(text: string): string {
  const code = text.charCodeAt(evidenceLabelLength - 1);
  // Never split a surrogate pair.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? evidenceLabelLength - 1 : evidenceLabelLength);
}

function renderColumnHeads(out: string[], documents: readonly SegmentedDocument[]): void {
  out.push('<div class="row head"><span class="n">#</span>');
  documents.forEach((document, index) => {
    const name = document.path === undefined ? '' : ` · ${escapeHtml(baseName(document.path))}`;
    out.push(
      `<div class="cell c${index}" lang="${escapeHtml(document.lang)}"${directionAttribute(document.lang)}>`,
      `${escapeHtml(languageName(document.lang))} (${escapeHtml(document.lang)})${name}</div>`,
    );
  });
  out.push('</div>\n');
}

function renderRows(
  out: string[],
  documents: readonly SegmentedDocument[],
  clusters: readonly Cluster[],
  rows: readonly ReportRow[],
  highlights: ReadonlyArray<ReadonlyMap<number, Highlight[]>>,
  findings: readonly Finding[],
  ruleIndex: ReadonlyMap<string, number>,
  rowFindingClasses: ReadonlyArray<ReadonlySet<string> | undefined>,
): void {
  const cellOpenings = documents.map(
    (document, index) =>
      `<div class="cell c${index}" lang="${escapeHtml(document.lang)}"${directionAttribute(document.lang)}>`,
  );
  rows.forEach((row, rowIndex) => {
    const number = rowIndex + 1;
    const findingClasses = rowFindingClasses[rowIndex];
    const classes = `row${row.cluster === -1 ? '' : ' aligned'}${findingClasses === undefined ? '' : ` has-f ${[...findingClasses].join(' ')}`}`;
    const score = row.cluster === -1 ? undefined : clusters[row.cluster]?.score;
    const title = typeof score === 'number' && Number.isFinite(score) ? ` title="aligned, confidence ${score.toFixed(2)}"` : '';
    out.push(`<div class="${classes}" id="row-${number}"><a class="n" href="#row-${number}"${title}>${number}</a>`);
    row.cells.forEach((sentences, document) => {
      if (sentences.length === 0) return;
      out.push(cellOpenings[document]!);
      sentences.forEach((sentenceIndex, position) => {
        if (position > 0) out.push(' ');
        const sentence = documents[document]!.sentences[sentenceIndex]!;
        renderSentence(out, sentence, highlights[document]!.get(sentenceIndex), findings, ruleIndex);
      });
      out.push('</div>');
    });
    out.push('</div>\n');
  });
}

function renderSentence(
  out: string[],
  sentence: Sentence,
  highlights: readonly Highlight[] | undefined,
  findings: readonly Finding[],
  ruleIndex: ReadonlyMap<string, number>,
): void {
  out.push(sentence.kind === 'body' ? '<span class="s">' : `<span class="s k-${escapeHtml(sentence.kind)}">`);
  if (highlights === undefined) {
    out.push(escapeHtml(sentence.text), '</span>');
    return;
  }
  const text = sentence.text;
  const base = sentence.start;
  // Cut the sentence at every highlight boundary; each piece carries the highlights covering it.
  // The active list only holds overlapping highlights, so this stays linear for ordinary input.
  const boundaries = new Set<number>([0, text.length]);
  for (const highlight of highlights) {
    boundaries.add(clamp(highlight.start - base, text.length));
    boundaries.add(clamp(highlight.end - base, text.length));
  }
  const cuts = [...boundaries].sort((left, right) => left - right);
  let active: Highlight[] = [];
  let nextHighlight = 0;
  for (let cut = 0; cut + 1 < cuts.length; cut++) {
    const from = cuts[cut]!;
    const to = cuts[cut + 1]!;
    active = active.filter((highlight) => highlight.end - base > from);
    while (nextHighlight < highlights.length && highlights[nextHighlight]!.start - base <= from) {
      const highlight = highlights[nextHighlight++]!;
      if (highlight.end - base > from) active.push(highlight);
    }
    const piece = escapeHtml(text.slice(from, to));
    if (active.length === 0) out.push(piece);
    else out.push(openHighlight(active, findings, ruleIndex), piece, active.some(isEvidence) ? '</mark>' : '</span>');
  }
  out.push('</span>');
}

function isEvidence(highlight: Highlight): boolean {
  return highlight.finding !== undefined;
}

function openHighlight(
  active: readonly Highlight[],
  findings: readonly Finding[],
  ruleIndex: ReadonlyMap<string, number>,
): string {
  const classes: string[] = [];
  const titles: string[] = [];
  const anchor = active.find((highlight) => highlight.anchor !== undefined)?.anchor;
  if (anchor !== undefined) {
    classes.push('a', `a-${anchorClass(anchor.type)}`);
    for (const highlight of active) {
      if (highlight.anchor !== undefined) titles.push(`${highlight.anchor.type}: ${highlight.anchor.value}`);
    }
  }
  const evidence = active.filter(isEvidence);
  if (evidence.length > 0) {
    const strongest = evidence.reduce((best, highlight) =>
      severityRank(findings[highlight.finding!]!.severity) < severityRank(findings[best.finding!]!.severity)
        ? highlight
        : best,
    );
    const finding = findings[strongest.finding!]!;
    classes.push('f', `sev-${severityClass(finding.severity)}`);
    for (const highlight of evidence) classes.push(`r${ruleIndex.get(findings[highlight.finding!]!.rule)}`);
    // With two versions and no source (blame 'none'), every place is marked alike.
    if (evidence.some((highlight) => highlight.evidence === 0 || findings[highlight.finding!]!.blame === 'none')) classes.push('fix');
    for (const highlight of evidence) {
      const shown = findings[highlight.finding!]!;
      titles.push(`${shown.rule} (${shown.severity}): ${shown.message}`);
    }
  }
  const element = evidence.length > 0 ? 'mark' : 'span';
  // data-ev names each piece of evidence (`finding.evidence`, 1-based finding numbers) so that a click
  // in the list can bring that very mark into view, even in a row taller than the screen.
  const dataFinding =
    evidence.length > 0
      ? ` data-finding="${[...new Set(evidence.map((highlight) => highlight.finding! + 1))].join(' ')}" data-ev="${evidence
          .map((highlight) => `${highlight.finding! + 1}.${highlight.evidence}`)
          .join(' ')}"`
      : '';
  return `<${element} class="${[...new Set(classes)].join(' ')}"${dataFinding} title="${escapeHtml(titles.join('\n')).replace(/\n/g, '&#10;')}">`;
}

const knownAnchorTypes = new Set(anchorTypeLabels.map(([type]) => type));

function anchorClass(type: string): string {
  return knownAnchorTypes.has(type) ? type : 'number';
}

function severityClass(severity: string): string {
  return severityRank(severity) === 3 ? 'info' : severity;
}

function severityRank(severity: string): number {
  const rank = severityOrder.indexOf(severity as (typeof severityOrder)[number]);
  return rank === -1 ? 3 : rank;
}

function clamp(offset: number, length: number): number {
  return Math.min(length, Math.max(0, offset));
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

function directionAttribute(lang: string): string {
  return textDirection(lang) === 'rtl' ? ' dir="rtl"' : '';
}

function textDirection(lang: string): 'ltr' | 'rtl' {
  return isRightToLeft(lang) ? 'rtl' : 'ltr';
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
