// The extra-languages row of bench:check: en, ru, de and fr, each a full profile, added as four more
// versions of every untouched ntrex document. Each document is checked twice, parallel mode: the five
// versions (uk nl id sv ar) alone, then all nine; an alarm (error or warning) of the nine-version run
// that the five-version run does not give is *added* by the new languages. Every added alarm of the
// development half is listed with its sentences and the English source line as referee; the held-out
// half is counted, and read only by the referee (`ntrex-adjudicated-held-out.ts`). An added alarm whose
// evidence a referee list settles as a genuine disagreement of the translations is counted apart.
// With `extra`, other languages are added instead (the row of a language without a profile, vi).
import { check } from '../../src/check/index.js';
import type { Finding } from '../../src/types.js';
import { markdownTable } from './results.js';
import { isAlarm, lastDevDocument, ntrexDir, type NtrexDocument, readNtrex } from './ntrex.js';
import { adjudicationOf, rawToNet } from './ntrex-check.js';

/** The five languages of the ntrex suites, then the four added with full profiles (en last: it is the source). */
export const baseLanguages = ['uk', 'nl', 'id', 'sv', 'ar'] as const;
export const extraLanguages = ['ru', 'de', 'fr', 'en'] as const;
type Half = 'dev' | 'held-out';

/** One added (or dropped) alarm, with the sentences it compares. */
export interface ExtraAlarm {
  document: number;
  rule: string;
  severity: string;
  message: string;
  evidence: Array<{ lang: string; line: number; text: string; sentence: string }>;
  /** The English source lines the evidence stands on. */
  en: string[];
  /** Set when a referee list settles the alarm as a genuine disagreement of the translations. */
  genuine?: string;
}

export interface ExtraLanguagesResult {
  half: Half;
  documents: number;
  /** Lines of the documents (each line is one sentence in every version). */
  untouched: number;
  fiveAlarms: number;
  nineAlarms: number;
  /** Alarms of the nine-version run the five-version run does not give. */
  added: ExtraAlarm[];
  /** Of those, the ones a referee list settles as genuine disagreements of the translations. */
  addedGenuine: number;
  /** Of those, the ones whose evidence lies only in the five base versions (the extra versions moved a vote). */
  addedAmongBase: number;
  /** Alarms of the five-version run the nine-version run no longer gives. */
  dropped: ExtraAlarm[];
  seconds: number;
}

/** A finding of a check of `doc`'s versions in `langs` as an alarm, its evidence with their sentences and the English lines it stands on. */
function alarmOf(finding: Finding, doc: NtrexDocument, langs: readonly string[]): ExtraAlarm {
  const evidence = finding.evidence.map((e) => ({ lang: langs[e.document]!, line: e.sentence, text: e.text, sentence: doc.lines[langs[e.document]!]![e.sentence]! }));
  const lines = [...new Set(evidence.map((e) => e.line))].sort((x, y) => x - y);
  return { document: doc.number, rule: finding.rule, severity: finding.severity, message: finding.message, evidence, en: lines.map((line) => `${line + 1}: ${doc.lines.en![line]}`) };
}

/** Runs the five- and nine-version checks over the untouched documents of each half. */
export function runExtraLanguages(options: { halves: readonly Half[]; documents?: readonly number[]; extra?: readonly string[] }): ExtraLanguagesResult[] {
  const extra = options.extra ?? extraLanguages;
  const all = readNtrex(ntrexDir, [...new Set([...baseLanguages, ...extra, 'en'])]);
  return options.halves.map((half) => {
    const started = performance.now();
    const inHalf = (number: number) => (half === 'dev' ? number <= lastDevDocument : half === 'held-out' ? number > lastDevDocument : false);
    const chosen = all.filter((doc) => inHalf(doc.number) && (options.documents === undefined || options.documents.includes(doc.number)));
    const result: ExtraLanguagesResult = { half, documents: chosen.length, untouched: 0, fiveAlarms: 0, nineAlarms: 0, added: [], addedGenuine: 0, addedAmongBase: 0, dropped: [], seconds: 0 };
    for (const doc of chosen) {
      const english = doc.lines.en!;
      result.untouched += english.length;
      const alarmsOf = (langs: readonly string[]) => {
        const checked = check(langs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
        return checked.findings.filter(isAlarm).map((finding) => alarmOf(finding, doc, langs));
      };
      const five = alarmsOf(baseLanguages);
      const nine = alarmsOf([...baseLanguages, ...extra]);
      result.fiveAlarms += five.length;
      result.nineAlarms += nine.length;
      // An alarm of the nine is the five's when it has the same rule and the same base-version evidence.
      const baseKey = (alarm: ExtraAlarm) =>
        `${alarm.rule}\u0000${alarm.evidence.filter((e) => (baseLanguages as readonly string[]).includes(e.lang)).map((e) => `${e.lang}#${e.line}:${e.text}`).sort().join('|')}`;
      const fiveKeys = new Set(five.map(baseKey));
      const nineKeys = new Set(nine.map(baseKey));
      for (const alarm of nine) {
        if (fiveKeys.has(baseKey(alarm))) continue;
        const verdict = adjudicationOf(alarm.document, alarm.rule, alarm.evidence.map((e) => e.text), false);
        if (verdict !== undefined) (alarm.genuine = verdict.note), result.addedGenuine++;
        result.added.push(alarm);
        if (alarm.evidence.every((e) => (baseLanguages as readonly string[]).includes(e.lang))) result.addedAmongBase++;
      }
      for (const alarm of five) if (!nineKeys.has(baseKey(alarm))) result.dropped.push(alarm);
    }
    result.seconds = (performance.now() - started) / 1000;
    return result;
  });
}

const per100 = (count: number, lines: number) => (lines === 0 ? '–' : ((100 * count) / lines).toFixed(2));

/** The row(s) of bench:check: alarms added by the four extra languages, per half. */
export function extraLanguagesTable(results: readonly ExtraLanguagesResult[], added = 'en ru de fr', versions = baseLanguages.length + extraLanguages.length): string {
  return markdownTable(
    ['half', 'documents', 'untouched lines', 'alarms, 5 versions', `alarms, ${versions} versions`, `added by ${added}`, 'added per 100 lines', 'of which among the five only', 'dropped', 'added, genuine translation disagreements (not counted)', 'added per 100: raw → net'],
    results.map((r) => [
      r.half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', r.documents, r.untouched, r.fiveAlarms, r.nineAlarms, r.added.length, per100(r.added.length, r.untouched), r.addedAmongBase, r.dropped.length,
      r.addedGenuine, rawToNet(r.added.length, r.addedGenuine, r.untouched),
    ]),
  );
}

/** Every added alarm of a half, with its sentences and the English referee (markdown). */
export function extraAlarmList(result: ExtraLanguagesResult): string {
  if (result.added.length === 0) return '_No alarm added._\n';
  return result.added
    .map((alarm, k) => {
      const evidence = alarm.evidence.map((e) => `- ${e.lang} line ${e.line + 1}, \`${e.text}\`: ${e.sentence}`).join('\n');
      const verdict = alarm.genuine === undefined ? '' : `Translation disagreement (confirmed against en): ${alarm.genuine}\n\n`;
      return `### ${k + 1}. document ${alarm.document}, ${alarm.severity} ${alarm.rule}\n\n${alarm.message}\n\n${verdict}${evidence}\n- English: ${alarm.en.join(' / ')}\n`;
    })
    .join('\n');
}

/** Alarms of one added language checked against each of the five alone (two versions, no vote). */
export interface PairwiseAddedResult {
  half: Half;
  lang: string;
  /** The language code its text was given (another than `lang`: read as a language without a profile). */
  code: string;
  /** Lines of the documents times the five pairs. */
  linePairs: number;
  /** Alarms with evidence in the added language's version. */
  added: ExtraAlarm[];
  seconds: number;
}

/**
 * Checks `lang` against each of the five, parallel mode, over the untouched documents of each half; with
 * `code`, its text is given that language code instead (an unknown one: read as a language without a profile).
 */
export function runPairwiseAdded(options: { halves: readonly Half[]; lang: string; code?: string }): PairwiseAddedResult[] {
  const all = readNtrex(ntrexDir, [...new Set([...baseLanguages, options.lang, 'en'])]);
  const code = options.code ?? options.lang;
  return options.halves.map((half) => {
    const started = performance.now();
    const chosen = all.filter((doc) => (half === 'dev' ? doc.number <= lastDevDocument : doc.number > lastDevDocument));
    const result: PairwiseAddedResult = { half, lang: options.lang, code, linePairs: 0, added: [], seconds: 0 };
    for (const doc of chosen) {
      for (const base of baseLanguages) {
        const langs = [base, options.lang];
        result.linePairs += doc.lines.en!.length;
        const checked = check(langs.map((lang) => ({ lang: lang === options.lang ? code : lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
        for (const finding of checked.findings.filter(isAlarm)) {
          const alarm = alarmOf(finding, doc, langs);
          if (alarm.evidence.some((e) => e.lang === options.lang)) result.added.push(alarm);
        }
      }
    }
    result.seconds = (performance.now() - started) / 1000;
    return result;
  });
}

/** The pairwise row(s): alarms per 100 line pairs with evidence in the added language. */
export function pairwiseAddedTable(results: readonly PairwiseAddedResult[]): string {
  return markdownTable(
    ['half', 'pairs', 'line pairs', 'alarms citing it', 'per 100 line pairs'],
    results.map((r) => [r.half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', `${r.lang}${r.code === r.lang ? '' : ` given the code ${r.code}`} against each of ${baseLanguages.join(' ')}`, r.linePairs, r.added.length, per100(r.added.length, r.linePairs)]),
  );
}
