// The ntrex check suites on articles as users give them: each version is one text that anchoralign
// segments itself, not the gold lines handed over as `sentences`. Segmentation errors (a sentence cut
// in two, two lines merged) change what is aligned and compared, so they can raise alarms and hide
// changes the line setting finds.
//
// An article is built as bench:segment builds its NTREX rows — the headline (line 1) a paragraph of
// its own, the other lines joined by a space — except that every line the English source writes as a
// heading (no full stop: a sub-heading, a bullet of the summary under the headline, a caption line)
// also ends its paragraph, in every version, as it stands on its own line of a real page. Joining the
// sentences of a paragraph by a space is the harder reading of a scraped page, and the one whose
// segmentation F1 bench:segment reports. The injection is applied to the changed line inside the text.
// `blocks` (bench:check --article-blocks) puts every line in a paragraph of its own instead, as
// readHtml gives a page: what a line without a final stop or a dialogue dash closing a line does.
//
// Counted as in the line setting (lib/ntrex-check.ts), with lines found by character span: an
// injection is detected when a new error or warning has evidence overlapping the changed line's span;
// blame asks whether that finding's first evidence does. False alarms are per 100 untouched lines
// (five-way: lines; pairwise: lines × pairs). An alarm keeps the referee's verdict of the line setting
// only when the line setting raises the same alarm (rule, and every evidence's language, text and
// line); any other alarm counts as ours.
import { check } from '../../src/check/index.js';
import type { Finding } from '../../src/types.js';

type CheckResult = ReturnType<typeof check>;
import { markdownTable } from './results.js';
import { seededRandom } from './random.js';
import {
  adjudicationOf, drawInjections, fiveWayMinWitnesses, kinds, loadNtrex, newSettingResult, ntrexLangs, per100, ratio, rawToNet, record, rowOf,
  type Half, type Injection, type Lang, type NtrexDocument, type SettingResult,
} from './ntrex-check.js';
import { isAlarm } from './ntrex.js';

export type ArticleSetting = 'five-way' | 'pairwise';
export const articleSettings: readonly ArticleSetting[] = ['five-way', 'pairwise'];

/** A version as one text, with where each original line lies in it (UTF-16, end exclusive). */
export interface Article {
  text: string;
  spans: Array<{ start: number; end: number }>;
}

/** A line the English writes as a heading: it ends in a letter or digit (closing quotes and brackets aside). */
export function isHeadingLine(english: string): boolean {
  return /[\p{L}\p{N}][\s'"’”)\]]*$/u.test(english);
}

/**
 * The lines as one text: a paragraph ends after the headline and after every line in `paragraphEnds`
 * (0-based), the other lines are joined by a space.
 */
export function articleOf(lines: readonly string[], paragraphEnds: ReadonlySet<number> = new Set()): Article {
  let text = '';
  const spans: Article['spans'] = [];
  lines.forEach((raw, k) => {
    const line = raw.trim();
    if (k > 0) text += k === 1 || paragraphEnds.has(k - 1) ? '\n\n' : ' ';
    spans.push({ start: text.length, end: text.length + line.length });
    text += line;
  });
  return { text, spans };
}

/**
 * Where a document's paragraphs end: after each line the English writes as a heading; with `blocks`,
 * after every line (each line a block of its own, as `readHtml` gives a page of one-sentence paragraphs).
 */
export function paragraphEndsOf(doc: NtrexDocument, blocks = false): Set<number> {
  return new Set(doc.en.flatMap((line, k) => (blocks || isHeadingLine(line) ? [k] : [])));
}

/** The line whose span overlaps [start, end), or -1 (the evidence lies in the whitespace between). */
export function lineAt(article: Article, start: number, end: number): number {
  return article.spans.findIndex((s) => s.start < Math.max(end, start + 1) && start < s.end);
}

export interface ArticleAlarm {
  setting: ArticleSetting;
  document: number;
  rule: string;
  severity: string;
  message: string;
  /** Per evidence: language, text, the original line, and the sentence the segmenter cut around it. */
  evidence: Array<{ lang: string; text: string; line: number; segmented: string }>;
  en: string[];
  verdict: 'translation' | 'ours';
  /** Whether the line setting raises the same alarm on the same lines. */
  inLineSetting: boolean;
}

export interface ArticleMiss {
  setting: ArticleSetting;
  injection: Injection;
  partner?: string;
  kind: 'miss' | 'wrong' | 'blame';
  findings: string[];
  /** What the line setting does with the same injection: the same outcome, or fine there. */
  lineSetting: 'same' | 'fine';
}

export interface ArticleRun {
  results: Record<Half, Record<ArticleSetting, SettingResult>>;
  alarms: Record<Half, ArticleAlarm[]>;
  misses: ArticleMiss[];
  injections: number;
  seconds: number;
}

interface Checked {
  result: CheckResult;
  articles: Article[];
}

function linesOf(doc: NtrexDocument, lang: Lang, changed?: Injection): string[] {
  const lines = [...doc.lines[lang]];
  if (changed?.lang === lang) lines[changed.line] = changed.after;
  return lines;
}

function checkArticles(doc: NtrexDocument, langs: readonly Lang[], blocks: boolean, changed?: Injection): Checked {
  const articles = langs.map((lang) => articleOf(linesOf(doc, lang, changed), paragraphEndsOf(doc, blocks)));
  return { result: check(langs.map((lang, i) => ({ lang, text: articles[i]!.text })), { mode: 'parallel' }), articles };
}

function checkLines(doc: NtrexDocument, langs: readonly Lang[], changed?: Injection): CheckResult {
  return check(langs.map((lang) => ({ lang, sentences: linesOf(doc, lang, changed) })), { mode: 'parallel' });
}

/** An alarm's identity across the two settings: rule, and every evidence's language, text and line. */
function alarmKey(rule: string, evidence: ReadonlyArray<{ lang: string; text: string; line: number }>): string {
  return `${rule}\u0000${evidence.map((e) => `${e.lang}\u0001${e.text}\u0001${e.line}`).sort().join('\u0000')}`;
}

/** The line setting's alarms of one run, keyed, with whether the referee settles each as genuine. */
function lineAlarms(result: CheckResult, doc: NtrexDocument, langs: readonly Lang[], setting: ArticleSetting): Map<string, boolean> {
  const keyed = new Map<string, boolean>();
  for (const f of result.findings.filter(isAlarm)) {
    const evidence = f.evidence.map((e) => ({ lang: langs[e.document]!, text: e.text, line: e.sentence }));
    const genuine = adjudicationOf(doc.number, f.rule, evidence.map((e) => e.text), setting !== 'five-way') !== undefined;
    keyed.set(alarmKey(f.rule, evidence), genuine);
  }
  return keyed;
}

function listArticleAlarms(checked: Checked, lines: Map<string, boolean>, doc: NtrexDocument, langs: readonly Lang[], setting: ArticleSetting): ArticleAlarm[] {
  return checked.result.findings.filter(isAlarm).map((f) => {
    const evidence = f.evidence.map((e) => ({
      lang: langs[e.document]!,
      text: e.text,
      line: lineAt(checked.articles[e.document]!, e.start, e.end),
      segmented: checked.result.documents[e.document]!.sentences[e.sentence]!.text,
    }));
    const genuine = lines.get(alarmKey(f.rule, evidence));
    const enLines = [...new Set(evidence.map((e) => e.line))].filter((l) => l >= 0).sort((x, y) => x - y);
    return {
      setting, document: doc.number, rule: f.rule, severity: f.severity, message: f.message, evidence,
      en: enLines.map((l) => `${l + 1}: ${doc.en[l]}`),
      verdict: genuine === true ? 'translation' : 'ours',
      inLineSetting: genuine !== undefined,
    };
  });
}

interface Outcome {
  correct: number;
  wrong: number;
  blamed: boolean;
  findings: string[];
}

/** Which fresh alarms of an injected run point at the changed line (by span, or by sentence index). */
function outcomeOf(fresh: readonly Finding[], hits: (f: Finding) => boolean, describe: (f: Finding) => string): Outcome {
  const correct = fresh.filter(hits);
  const first = correct[0]?.evidence[0];
  const blamed = first !== undefined && hits({ ...correct[0]!, evidence: [first] });
  return { correct: correct.length, wrong: fresh.length - correct.length, blamed, findings: fresh.map((f) => `${hits(f) ? '' : 'WRONG '}${describe(f)}`) };
}

function articleOutcome(doc: NtrexDocument, langs: readonly Lang[], blocks: boolean, injection: Injection, cleanIds: ReadonlySet<string>): Outcome {
  const checked = checkArticles(doc, langs, blocks, injection);
  const changedDoc = langs.indexOf(injection.lang);
  const span = checked.articles[changedDoc]!.spans[injection.line]!;
  const fresh = checked.result.findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
  const hits = (f: Finding) => f.evidence.some((e) => e.document === changedDoc && e.start < span.end && span.start < Math.max(e.end, e.start + 1));
  const describe = (f: Finding) =>
    `${f.severity} ${f.rule}: ${f.message} [${f.evidence.map((e) => `${langs[e.document]}#${lineAt(checked.articles[e.document]!, e.start, e.end) + 1} ${e.text}`).join(' / ')}]`;
  return outcomeOf(fresh, hits, describe);
}

function lineOutcome(doc: NtrexDocument, langs: readonly Lang[], injection: Injection): Outcome {
  const cleanIds = new Set(checkLines(doc, langs).findings.map((f) => f.id));
  const fresh = checkLines(doc, langs, injection).findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
  const changedDoc = langs.indexOf(injection.lang);
  const hits = (f: Finding) => f.evidence.some((e) => e.document === changedDoc && e.sentence === injection.line);
  return outcomeOf(fresh, hits, (f) => f.rule);
}

const outcomeKind = (o: Outcome, withBlame: boolean): ArticleMiss['kind'] | undefined =>
  o.correct === 0 ? 'miss' : withBlame && !o.blamed ? 'blame' : o.wrong > 0 ? 'wrong' : undefined;

/** One run of a set of versions: the untouched alarms, then every injection it can tell. */
function runSet(run: ArticleRun, doc: NtrexDocument, langs: readonly Lang[], setting: ArticleSetting, drawn: readonly Injection[], blocks: boolean): void {
  const result = run.results[doc.half][setting];
  const clean = checkArticles(doc, langs, blocks);
  result.untouched += doc.en.length;
  run.alarms[doc.half].push(...listArticleAlarms(clean, lineAlarms(checkLines(doc, langs), doc, langs, setting), doc, langs, setting));
  const cleanIds = new Set(clean.result.findings.map((f) => f.id));
  const withBlame = setting === 'five-way';
  for (const injection of drawn) {
    if (!langs.includes(injection.lang)) continue;
    const witnesses = injection.statedBy.filter((l) => langs.includes(l));
    if (witnesses.length < (withBlame ? fiveWayMinWitnesses : 1)) continue;
    run.injections++;
    const outcome = articleOutcome(doc, langs, blocks, injection, cleanIds);
    record(result, { kind: injection.kind, lang: injection.lang }, outcome.correct > 0, outcome.blamed, outcome.correct, outcome.wrong);
    const kind = outcomeKind(outcome, withBlame);
    if (doc.half !== 'dev' || kind === undefined) continue;
    const line = outcomeKind(lineOutcome(doc, langs, injection), withBlame);
    const partner = setting === 'pairwise' ? langs.find((l) => l !== injection.lang) : undefined;
    run.misses.push({ setting, injection, ...(partner ? { partner } : {}), kind, findings: outcome.findings, lineSetting: line === kind ? 'same' : 'fine' });
  }
}

export function runArticleText(options: {
  seed: number;
  halves: readonly Half[];
  settings: readonly ArticleSetting[];
  documents?: readonly number[];
  /** Every line a paragraph of its own (a diagnostic layout; the default joins a paragraph's lines by a space). */
  blocks?: boolean;
}): ArticleRun {
  const blocks = options.blocks ?? false;
  const started = performance.now();
  const run: ArticleRun = {
    results: { dev: { 'five-way': newSettingResult(), pairwise: newSettingResult() }, 'held-out': { 'five-way': newSettingResult(), pairwise: newSettingResult() } },
    alarms: { dev: [], 'held-out': [] },
    misses: [],
    injections: 0,
    seconds: 0,
  };
  const documents = loadNtrex().filter((d) => options.halves.includes(d.half) && (options.documents === undefined || options.documents.includes(d.number)));
  for (const doc of documents) {
    // The line setting's generator per document, so both settings change the same facts.
    const drawn = drawInjections(doc, seededRandom(options.seed * 1000 + doc.number));
    if (options.settings.includes('five-way')) runSet(run, doc, ntrexLangs, 'five-way', drawn, blocks);
    if (options.settings.includes('pairwise')) {
      for (let a = 0; a < ntrexLangs.length; a++) for (let b = a + 1; b < ntrexLangs.length; b++) runSet(run, doc, [ntrexLangs[a]!, ntrexLangs[b]!], 'pairwise', drawn, blocks);
    }
  }
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

// ---------------------------------------------------------------------------------------------------
// Tables and lists

const alarmsOf = (run: ArticleRun, half: Half, setting: ArticleSetting) => run.alarms[half].filter((a) => a.setting === setting);

export function articleSummaryTable(run: ArticleRun, halves: readonly Half[], settings: readonly ArticleSetting[]): string {
  const rows: Array<Array<string | number>> = [];
  for (const setting of settings) {
    for (const half of halves) {
      const r = run.results[half][setting];
      const alarms = alarmsOf(run, half, setting);
      const ours = alarms.filter((a) => a.verdict === 'ours').length;
      const translation = alarms.length - ours;
      const fresh = alarms.filter((a) => !a.inLineSetting).length;
      rows.push([
        `article text, ${setting}`, half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', r.total.injected, ratio(r.total.detected, r.total.injected),
        ratio(r.total.correct, r.total.correct + r.total.wrong), setting === 'pairwise' ? '–' : ratio(r.total.blamed, r.total.detected), r.untouched, ours,
        per100(ours, r.untouched), fresh, translation, rawToNet(alarms.length, translation, r.untouched),
      ]);
    }
  }
  return markdownTable(
    ['setting', 'half', 'injections', 'recall', 'precision', 'blame', 'untouched lines', 'false alarms', 'per 100', 'of them not in the line setting', 'translation disagreements (not counted)', 'per 100: raw → net'],
    rows,
  );
}

export function articleDetailTables(run: ArticleRun, half: Half, settings: readonly ArticleSetting[]): string {
  const out: string[] = [];
  for (const setting of settings) {
    const r = run.results[half][setting];
    const withBlame = setting === 'five-way';
    const header = ['injections', 'recall', 'precision', ...(withBlame ? ['blame'] : [])];
    out.push(`**article text, ${setting}, ${half}**, by kind:`, '');
    out.push(markdownTable(['kind', ...header], [...kinds.filter((k) => r.byKind.has(k)).map((k) => rowOf(k, r.byKind.get(k)!, withBlame)), rowOf('**all**', r.total, withBlame)]));
    const byRule = new Map<string, number>();
    for (const a of alarmsOf(run, half, setting)) if (a.verdict === 'ours') byRule.set(a.rule, (byRule.get(a.rule) ?? 0) + 1);
    out.push('', `False alarms by rule: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}.`, '');
  }
  return out.join('\n');
}

export function articleAlarmList(run: ArticleRun, half: Half, settings: readonly ArticleSetting[]): string {
  const out: string[] = [];
  for (const setting of settings) {
    const alarms = alarmsOf(run, half, setting);
    out.push(`## ${setting} (${alarms.length} alarms on untouched documents, ${alarms.filter((a) => !a.inLineSetting).length} not in the line setting)`, '');
    for (const a of alarms) {
      const verdict = a.verdict === 'translation' ? 'translation disagreement (as in the line setting)' : a.inLineSetting ? 'ours, also in the line setting' : 'ours, not in the line setting';
      out.push(`### doc ${a.document} · ${a.rule} (${a.severity}) · ${verdict}`, '', a.message, '');
      for (const e of a.evidence) {
        const cut = e.segmented.trim() === '' ? '' : `; segmented sentence: ${e.segmented}`;
        out.push(`- ${e.lang} line ${e.line + 1}, \`${e.text}\`${cut}`);
      }
      for (const en of a.en) out.push(`- en line ${en}`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** Dev misses, wrong findings and wrong blame, those the line setting does not share first. */
export function articleMissList(run: ArticleRun): string {
  const out: string[] = [];
  const ordered = [...run.misses.filter((m) => m.lineSetting === 'fine'), ...run.misses.filter((m) => m.lineSetting === 'same')];
  for (const m of ordered) {
    const line = m.lineSetting === 'fine' ? 'fine in the line setting' : 'the same in the line setting';
    out.push(`### ${m.kind} · ${m.setting}${m.partner ? ` (against ${m.partner})` : ''} · ${line} · doc ${m.injection.document} ${m.injection.kind} in ${m.injection.lang} line ${m.injection.line + 1}`, '');
    out.push(`- before: ${m.injection.before}`, `- after: ${m.injection.after}`);
    for (const f of m.findings) out.push(`- finding: ${f}`);
    out.push('');
  }
  return out.join('\n');
}
