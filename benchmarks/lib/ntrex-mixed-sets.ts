// The mixed-sets row of bench:check: untouched ntrex documents checked five-way (parallel mode) with
// other sets of five languages than uk nl id sv ar, mixing the four extra full profiles (en ru de fr)
// with the five. A rule fitted to the alarms of the usual five shows here as alarms of the same class
// in other words: these sets are development material the usual five-way run no longer gives. Every
// alarm of the development half is listed with its sentences and the English source line as referee;
// the held-out half is counted, and read only by the referee (`ntrex-adjudicated-held-out.ts`). An alarm
// whose evidence a referee list settles as a genuine disagreement of the translations (all of it, or
// some of the versions including the one that departs from the English) is counted apart.
import { check } from '../../src/check/index.js';
import { markdownTable } from './results.js';
import { isAlarm, lastDevDocument, ntrexDir, readNtrex } from './ntrex.js';
import { adjudicationOf, rawToNet } from './ntrex-check.js';

type Half = 'dev' | 'held-out';

/** Five-language sets, each mixing extra profiles with the usual five (every language in two or more sets). */
export const mixedSets: ReadonlyArray<readonly string[]> = [
  ['ru', 'de', 'fr', 'en', 'ar'],
  ['uk', 'ru', 'nl', 'de', 'sv'],
  ['id', 'fr', 'ar', 'en', 'sv'],
  ['uk', 'de', 'id', 'en', 'nl'],
];

export interface MixedAlarm {
  set: string;
  document: number;
  rule: string;
  severity: string;
  message: string;
  evidence: Array<{ lang: string; line: number; text: string; sentence: string }>;
  en: string[];
  /** Set when a referee list settles the alarm as a genuine disagreement of the translations. */
  genuine?: string;
}

export interface MixedSetsResult {
  half: Half;
  set: string;
  documents: number;
  untouched: number;
  alarms: MixedAlarm[];
  /** Of those, the ones a referee list settles as genuine disagreements of the translations. */
  genuine: number;
  seconds: number;
}

/** Runs every mixed set five-way over the untouched documents of each half. */
export function runMixedSets(options: { halves: readonly Half[]; documents?: readonly number[] }): MixedSetsResult[] {
  const languages = [...new Set(['en', ...mixedSets.flat()])];
  const all = readNtrex(ntrexDir, languages);
  const results: MixedSetsResult[] = [];
  for (const half of options.halves) {
    const inHalf = (number: number) => (half === 'dev' ? number <= lastDevDocument : number > lastDevDocument);
    const chosen = all.filter((doc) => inHalf(doc.number) && (options.documents === undefined || options.documents.includes(doc.number)));
    for (const langs of mixedSets) {
      const started = performance.now();
      const set = langs.join(' ');
      const result: MixedSetsResult = { half, set, documents: chosen.length, untouched: 0, alarms: [], genuine: 0, seconds: 0 };
      for (const doc of chosen) {
        const english = doc.lines.en!;
        result.untouched += english.length;
        const checked = check(langs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
        for (const finding of checked.findings.filter(isAlarm)) {
          const evidence = finding.evidence.map((e) => ({ lang: langs[e.document]!, line: e.sentence, text: e.text, sentence: doc.lines[langs[e.document]!]![e.sentence]! }));
          const lines = [...new Set(evidence.map((e) => e.line))].sort((x, y) => x - y);
          const verdict = adjudicationOf(doc.number, finding.rule, evidence.map((e) => e.text), true);
          if (verdict !== undefined) result.genuine++;
          result.alarms.push({
            set, document: doc.number, rule: finding.rule, severity: finding.severity, message: finding.message, evidence, en: lines.map((line) => `${line + 1}: ${english[line]}`),
            ...(verdict ? { genuine: verdict.note } : {}),
          });
        }
      }
      result.seconds = (performance.now() - started) / 1000;
      results.push(result);
    }
  }
  return results;
}

const per100 = (count: number, lines: number) => (lines === 0 ? '–' : ((100 * count) / lines).toFixed(2));

/** One row per half and set: alarms on untouched documents, per 100 lines, by rule. */
export function mixedSetsTable(results: readonly MixedSetsResult[]): string {
  return markdownTable(
    ['half', 'languages', 'untouched lines', 'alarms', 'per 100 lines', 'by rule', 'genuine translation disagreements (not counted)', 'per 100: raw → net'],
    results.map((r) => {
      const byRule = new Map<string, number>();
      for (const a of r.alarms) byRule.set(a.rule, (byRule.get(a.rule) ?? 0) + 1);
      return [r.half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', r.set, r.untouched, r.alarms.length, per100(r.alarms.length, r.untouched), [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || '–', r.genuine, rawToNet(r.alarms.length, r.genuine, r.untouched)];
    }),
  );
}

/** Every alarm of the development half's sets, with its sentences and the English referee (markdown). */
export function mixedAlarmList(results: readonly MixedSetsResult[], half: MixedSetsResult['half'] = 'dev'): string {
  return results
    .filter((r) => r.half === half)
    .map((r) => {
      const list = r.alarms
        .map((alarm, k) => {
          const evidence = alarm.evidence.map((e) => `- ${e.lang} line ${e.line + 1}, \`${e.text}\`: ${e.sentence}`).join('\n');
          const verdict = alarm.genuine === undefined ? '' : `Translation disagreement (confirmed against en): ${alarm.genuine}\n\n`;
          return `### ${k + 1}. document ${alarm.document}, ${alarm.severity} ${alarm.rule}\n\n${alarm.message}\n\n${verdict}${evidence}\n- English: ${alarm.en.join(' / ')}\n`;
        })
        .join('\n');
      return `## ${r.set} (${r.alarms.length} alarms)\n\n${list || '_No alarm._\n'}`;
    })
    .join('\n');
}
