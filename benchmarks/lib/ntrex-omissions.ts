// The omissions row of bench:check: untouched ntrex documents checked five-way (parallel mode) after each
// version has left out some of its lines, joined some neighbouring ones and told some neighbouring ones
// in the other order, as translations and rewritten versions do (a translator drops a sentence here,
// merges two there, puts a quote before its attribution). The versions still say the same things, so
// every alarm these changes add (one the line-aligned five-way run does not raise on those lines) is
// ours: a fact compared across a link they made wrong, or across a joined sentence the other side holds
// in two. No referee is needed. The omissions and joins are drawn as for bench:align's translation pairs
// (10% of the lines left out, about one pair of neighbours in eight joined), then about one pair of
// neighbouring sentences in fifteen swapped, per version and seeded per document.
import { check } from '../../src/check/index.js';
import type { Finding } from '../../src/types.js';
import { markdownTable } from './results.js';
import { isAlarm, keepLines, lastDevDocument, ntrexDir, ntrexLanguages, readNtrex, type NtrexDocument, type Version } from './ntrex.js';
import { per100 } from './ntrex-check.js';
import { seededRandom, seedFrom } from './random.js';

type Half = 'dev' | 'held-out';

/** Share of a version's lines left out, and of its neighbouring kept lines joined into one sentence... */
export const omittedShare = 0.1;
export const joinedShare = 1 / 8;
/** ... and of its neighbouring sentences then told in the other order. */
export const swappedShare = 1 / 15;
/** Draws per document (each version leaves out, joins and swaps anew). */
export const omissionDraws = 3;

export interface OmissionAlarm {
  document: number;
  draw: number;
  rule: string;
  severity: string;
  message: string;
  /** Each evidence with the original lines its sentence holds (0-based). */
  evidence: Array<{ lang: string; lines: number[]; text: string; sentence: string }>;
  en: string[];
}

export interface OmissionsResult {
  half: Half;
  documents: number;
  /** English lines of the documents, once per draw. */
  lines: number;
  added: OmissionAlarm[];
  /** Alarms of the line-aligned runs the omissions took away (a line with the alarm's fact left out, mostly). */
  dropped: number;
  seconds: number;
}

/**
 * A version with about {@link omittedShare} of its lines left out, {@link joinedShare} of neighbouring
 * pairs joined and {@link swappedShare} of neighbouring sentences swapped.
 */
export function omitAndJoin(lines: readonly string[], lang: string, next: () => number): Version {
  const kept = keepLines(lines, lang, omittedShare, next);
  const origins: number[][] = [];
  for (const origin of kept.origins) {
    const previous = origins.at(-1);
    if (previous !== undefined && previous.length === 1 && previous[0]! + 1 === origin[0] && next() < joinedShare) previous.push(origin[0]!);
    else origins.push([...origin]);
  }
  for (let k = 0; k + 1 < origins.length; k++) {
    if (next() >= swappedShare) continue;
    [origins[k], origins[k + 1]] = [origins[k + 1]!, origins[k]!];
    k++;
  }
  return { lang, origins, sentences: origins.map((origin) => origin.map((k) => lines[k]!).join(' ')) };
}

/** The five versions (in `ntrexLanguages` order) of one draw of a document: the bench's draws are 0 to {@link omissionDraws} − 1. */
export function omissionDraw(doc: NtrexDocument, draw: number): Version[] {
  const next = seededRandom(seedFrom(20250220, doc.number, draw, 'omissions'));
  return ntrexLanguages.map((lang) => omitAndJoin(doc.lines[lang]!, lang, next));
}

/** Rule, document and line of every alarm of the line-aligned run (documents as `check` was given them). */
export function alarmPlaces(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter(isAlarm).flatMap((f) => f.evidence.map((e) => `${f.rule}|${e.document}:${e.sentence}`)));
}

/** Whether an alarm of a draw is one the omissions add: none of its sentences holds a line where the line-aligned run raised the same rule. */
export function isAddedAlarm(finding: Finding, versions: readonly Version[], lineAligned: ReadonlySet<string>): boolean {
  return isAlarm(finding) && !finding.evidence.some((e) => versions[e.document]!.origins[e.sentence]!.some((line) => lineAligned.has(`${finding.rule}|${e.document}:${line}`)));
}

/** Runs every draw of every document of each half and collects the alarms the omissions add. */
export function runOmissions(options: { halves: readonly Half[]; documents?: readonly number[]; draws?: number }): OmissionsResult[] {
  const all = readNtrex(ntrexDir, [...ntrexLanguages, 'en']);
  const langs = [...ntrexLanguages];
  const results: OmissionsResult[] = [];
  for (const half of options.halves) {
    const started = performance.now();
    const inHalf = (number: number) => (half === 'dev' ? number <= lastDevDocument : number > lastDevDocument);
    const chosen = all.filter((doc) => inHalf(doc.number) && (options.documents === undefined || options.documents.includes(doc.number)));
    const result: OmissionsResult = { half, documents: chosen.length, lines: 0, added: [], dropped: 0, seconds: 0 };
    for (const doc of chosen) {
      const clean = check(langs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' }).findings.filter(isAlarm);
      // Rule and line of every alarm of the line-aligned run: an alarm on such a line is no new one.
      const cleanAt = alarmPlaces(clean);
      for (let draw = 0; draw < (options.draws ?? omissionDraws); draw++) {
        const versions = omissionDraw(doc, draw);
        result.lines += doc.lines.en!.length;
        const findings = check(versions.map(({ lang, sentences }) => ({ lang, sentences })), { mode: 'parallel' }).findings.filter(isAlarm);
        const seen = new Set<string>();
        for (const finding of findings) {
          const places = finding.evidence.map((e) => ({ document: e.document, lines: versions[e.document]!.origins[e.sentence]! }));
          for (const place of places) for (const line of place.lines) seen.add(`${finding.rule}|${place.document}:${line}`);
          if (!isAddedAlarm(finding, versions, cleanAt)) continue;
          const lines = [...new Set(places.flatMap((place) => place.lines))].sort((x, y) => x - y);
          result.added.push({
            document: doc.number,
            draw,
            rule: finding.rule,
            severity: finding.severity,
            message: finding.message,
            evidence: finding.evidence.map((e) => ({ lang: langs[e.document]!, lines: versions[e.document]!.origins[e.sentence]!, text: e.text, sentence: versions[e.document]!.sentences[e.sentence]! })),
            en: lines.map((line) => `${line + 1}: ${doc.lines.en![line]}`),
          });
        }
        result.dropped += clean.filter((f) => !f.evidence.some((e) => seen.has(`${f.rule}|${e.document}:${e.sentence}`))).length;
      }
    }
    result.seconds = (performance.now() - started) / 1000;
    results.push(result);
  }
  return results;
}

/** One row per half: alarms the omissions add, per 100 lines, by rule. */
export function omissionsTable(results: readonly OmissionsResult[]): string {
  return markdownTable(
    ['half', 'documents × draws', 'lines', 'alarms added', 'per 100 lines', 'by rule', 'alarms of the line-aligned run gone'],
    results.map((r) => {
      const byRule = new Map<string, number>();
      for (const a of r.added) byRule.set(a.rule, (byRule.get(a.rule) ?? 0) + 1);
      return [r.half === 'dev' ? 'dev (1–31)' : 'held-out (32–62)', `${r.documents} × ${omissionDraws}`, r.lines, r.added.length, per100(r.added.length, r.lines), [...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || '–', r.dropped];
    }),
  );
}

/** Every added alarm of one half, with its sentences (and the lines they hold) and the English lines (markdown). */
export function omissionAlarmList(results: readonly OmissionsResult[], half: Half): string {
  const added = results.filter((r) => r.half === half).flatMap((r) => r.added);
  if (added.length === 0) return '_No alarm added._\n';
  return added
    .map((alarm, k) => {
      const evidence = alarm.evidence.map((e) => `- ${e.lang} line${e.lines.length > 1 ? 's' : ''} ${e.lines.map((l) => l + 1).join('+')}, \`${e.text}\`: ${e.sentence}`).join('\n');
      return `### ${k + 1}. document ${alarm.document}, draw ${alarm.draw + 1}, ${alarm.severity} ${alarm.rule}\n\n${alarm.message}\n\n${evidence}\n- English: ${alarm.en.join(' / ')}\n`;
    })
    .join('\n');
}
