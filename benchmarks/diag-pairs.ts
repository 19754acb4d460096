// Dev-only diagnostic: `check` (parallel mode) on every pair of the nine languages with profiles
// (uk nl id sv ar en ru de fr: 36 pairs) over the untouched development documents (1–31), so that the
// count, country and date rules meet about 3.6 times more sentence pairs than the ten pairs of the
// five project languages give. Lists each alarm (error or warning) by rule with its sentences and the
// English line as referee; `--json FILE` writes the alarms, so a run before and after a change can be
// compared (`--compare FILE` prints what appeared and what went away).
//
// `--inject` measures recall instead, per kind and per pair: in each document, pair and direction, one
// fact of each kind (a digit changed, a number word, a month, a country) is changed in one version where
// the other version's same line states it; detected when a new alarm has evidence in the changed sentence.
//
// Held-out documents (32–62) are refused: this lists sentences.
//
// Run: npx tsx benchmarks/diag-pairs.ts [--half dev] [--rules count-mismatch,country-label]
//      [--docs 1,2] [--langs uk,nl,en] [--json /tmp/x.json] [--compare /tmp/x.json] [--quiet] [--inject]
import { readFileSync, writeFileSync } from 'node:fs';
import { check } from '../src/check/index.js';
import { extractAnchors } from '../src/anchors/index.js';
import { getProfile } from '../src/lang/index.js';
import type { Anchor } from '../src/types.js';
import { isAlarm, lastDevDocument, ntrexDir, readNtrex } from './lib/ntrex.js';
import { seededRandom } from './lib/random.js';
import { argument, devDocumentsArgument } from './lib/args.js';

const nineLanguages = ['uk', 'nl', 'id', 'sv', 'ar', 'en', 'ru', 'de', 'fr'] as const;

interface PairAlarm {
  document: number;
  pair: string;
  rule: string;
  severity: string;
  message: string;
  evidence: Array<{ lang: string; line: number; text: string; sentence: string }>;
  en: string[];
}

const half = argument('--half') ?? 'dev';
if (half !== 'dev') {
  console.error('diag-pairs lists sentences: it runs on the development half only (--half dev).');
  process.exit(2);
}
const onlyRules = argument('--rules')?.split(',');
const onlyDocs = devDocumentsArgument();
const langs = (argument('--langs')?.split(',') ?? [...nineLanguages]) as string[];
const quiet = process.argv.includes('--quiet');

/** A stable key of an alarm: document, rule and the evidence (language, line, text), sorted. */
const keyOf = (alarm: PairAlarm) =>
  `${alarm.document}\u0000${alarm.rule}\u0000${alarm.evidence.map((e) => `${e.lang}#${e.line}:${e.text}`).sort().join('|')}`;

function run(): PairAlarm[] {
  const documents = readNtrex(ntrexDir, nineLanguages).filter((d) => d.number <= lastDevDocument && (onlyDocs === undefined || onlyDocs.includes(d.number)));
  const alarms: PairAlarm[] = [];
  for (const doc of documents) {
    const english = doc.lines.en!;
    for (let i = 0; i < langs.length; i++) {
      for (let j = i + 1; j < langs.length; j++) {
        const pairLangs = [langs[i]!, langs[j]!];
        const result = check(pairLangs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
        for (const finding of result.findings.filter(isAlarm)) {
          if (onlyRules !== undefined && !onlyRules.includes(finding.rule)) continue;
          const evidence = finding.evidence.map((e) => ({ lang: pairLangs[e.document]!, line: e.sentence, text: e.text, sentence: doc.lines[pairLangs[e.document]!]![e.sentence]! }));
          const lines = [...new Set(evidence.map((e) => e.line))].sort((x, y) => x - y);
          alarms.push({ document: doc.number, pair: pairLangs.join('–'), rule: finding.rule, severity: finding.severity, message: finding.message, evidence, en: lines.map((l) => `${l + 1}: ${english[l]}`) });
        }
      }
    }
  }
  return alarms;
}

function describe(alarm: PairAlarm): string {
  const evidence = alarm.evidence.map((e) => `  - ${e.lang}#${e.line + 1} \`${e.text}\`: ${e.sentence}`).join('\n');
  return `### doc ${alarm.document} ${alarm.pair} · ${alarm.severity} ${alarm.rule}\n  ${alarm.message}\n${evidence}\n  - en: ${alarm.en.join(' / ')}`;
}

function byRule(alarms: readonly PairAlarm[]): string {
  const counts = new Map<string, number>();
  for (const alarm of alarms) counts.set(alarm.rule, (counts.get(alarm.rule) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none';
}

const injecting = process.argv.includes('--inject');
const started = performance.now();
const alarms = injecting ? [] : run();
if (!quiet && !injecting) for (const alarm of [...alarms].sort((x, y) => x.rule.localeCompare(y.rule) || x.document - y.document)) console.log(describe(alarm));
if (!injecting) console.log(`\n${alarms.length} alarms over ${(langs.length * (langs.length - 1)) / 2} pairs (${((performance.now() - started) / 1000).toFixed(0)} s): ${byRule(alarms)}`);
const jsonOut = argument('--json');
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(alarms, null, 1));
const compareWith = argument('--compare');
if (compareWith !== undefined) {
  const before: PairAlarm[] = JSON.parse(readFileSync(compareWith, 'utf8'));
  const beforeKeys = new Set(before.map((a) => `${a.pair}\u0000${keyOf(a)}`));
  const afterKeys = new Set(alarms.map((a) => `${a.pair}\u0000${keyOf(a)}`));
  const gone = before.filter((a) => !afterKeys.has(`${a.pair}\u0000${keyOf(a)}`));
  const appeared = alarms.filter((a) => !beforeKeys.has(`${a.pair}\u0000${keyOf(a)}`));
  console.log(`\nbefore: ${before.length} (${byRule(before)})\nafter: ${alarms.length} (${byRule(alarms)})`);
  console.log(`\n## gone (${gone.length}): ${byRule(gone)}`);
  for (const alarm of gone) console.log(describe(alarm));
  console.log(`\n## appeared (${appeared.length}): ${byRule(appeared)}`);
  for (const alarm of appeared) console.log(describe(alarm));
}

// ---------------------------------------------------------------------------------------------------
// Injections

type InjectionKind = 'digits' | 'number word' | 'month' | 'country';
const injectionKinds: readonly InjectionKind[] = ['digits', 'number word', 'month', 'country'];
const replacementCountries = ['FR', 'IT', 'DE', 'ES', 'JP', 'PL', 'NO', 'PE', 'CL', 'AT'];

/** One changed sentence of `lang` whose fact of `kind` the partner's line states too, or none. */
function inject(kind: InjectionKind, text: string, lang: string, partner: readonly Anchor[], random: () => number): string | undefined {
  const own = extractAnchors(text, { lang, demonyms: true });
  const stated = (a: Anchor) => partner.some((b) => b.type === a.type && b.value === a.value);
  const candidates = own.filter((a) => stated(a) && (
    kind === 'digits' ? a.type === 'number' && !a.spelledOut && /^[0-9]+$/.test(a.text) :
    kind === 'number word' ? a.type === 'number' && a.spelledOut === true && a.numeric >= 2 && a.numeric <= 12 && !a.text.includes(' ') :
    kind === 'month' ? a.type === 'date' && a.month !== undefined && a.day === undefined && a.year === undefined :
    a.type === 'country' && a.adjective !== true));
  if (candidates.length === 0) return undefined;
  const a = candidates[Math.floor(random() * candidates.length)]!;
  let by: string | undefined;
  if (kind === 'digits') {
    const last = Number(a.text.at(-1));
    by = a.text.slice(0, -1) + String((last + 1 + Math.floor(random() * 8)) % 10);
  } else if (kind === 'number word' && a.type === 'number') {
    const words = Object.entries(getProfile(lang).anchors.numberWords).filter(([w, v]) => v >= 2 && v <= 12 && v !== a.numeric && !w.includes(' '));
    by = words[Math.floor(random() * words.length)]?.[0];
  } else if (kind === 'month' && a.type === 'date') {
    const months = Object.entries(getProfile(lang).anchors.monthNames).filter(([w, m]) => m !== a.month && !w.includes('.') && w.length > 2 && !w.includes(' '));
    by = months[Math.floor(random() * months.length)]?.[0];
  } else if (kind === 'country') {
    const code = replacementCountries.filter((c) => c !== a.value)[Math.floor(random() * (replacementCountries.length - 1))]!;
    by = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
  }
  if (by === undefined || by === a.text) return undefined;
  if (a.text[0] !== a.text[0]!.toLowerCase()) by = by[0]!.toUpperCase() + by.slice(1);
  return text.slice(0, a.start) + by + text.slice(a.end);
}

function injectionRun(): void {
  const started = performance.now();
  const documents = readNtrex(ntrexDir, nineLanguages).filter((d) => d.number <= lastDevDocument && (onlyDocs === undefined || onlyDocs.includes(d.number)));
  const tally = new Map<string, { injected: number; detected: number }>();
  const count = (key: string, detected: boolean) => {
    const t = tally.get(key) ?? { injected: 0, detected: 0 };
    t.injected++;
    if (detected) t.detected++;
    tally.set(key, t);
  };
  for (const doc of documents) {
    const random = seededRandom(20250220 * 1000 + doc.number);
    for (let i = 0; i < langs.length; i++) {
      for (let j = i + 1; j < langs.length; j++) {
        const pairLangs = [langs[i]!, langs[j]!];
        const clean = check(pairLangs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
        const cleanIds = new Set(clean.findings.map((f) => f.id));
        for (const [changed, other] of [[0, 1], [1, 0]] as const) {
          for (const kind of injectionKinds) {
            const lines = doc.lines[pairLangs[changed]!]!;
            const order = lines.map((_, k) => k).sort(() => random() - 0.5);
            for (const line of order) {
              const partner = extractAnchors(doc.lines[pairLangs[other]!]![line]!, { lang: pairLangs[other]!, demonyms: true });
              const after = inject(kind, lines[line]!, pairLangs[changed]!, partner, random);
              if (after === undefined) continue;
              const versions = pairLangs.map((lang, k) => ({ lang, sentences: k === changed ? lines.map((l, n) => (n === line ? after : l)) : doc.lines[lang]! }));
              const found = check(versions, { mode: 'parallel' }).findings.filter((f) => isAlarm(f) && !cleanIds.has(f.id));
              const detected = found.some((f) => f.evidence.some((e) => e.document === changed && e.sentence === line));
              if (!detected && process.env.DIAG_MISSES) console.log(`MISS doc ${doc.number} ${pairLangs.join('–')} ${kind} ${pairLangs[changed]}#${line + 1}: ${after}`);
              count(`kind ${kind}`, detected);
              count(`pair ${pairLangs.join('–')}`, detected);
              count('all', detected);
              break;
            }
          }
        }
      }
    }
  }
  const rows = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => `${key}: ${t.detected}/${t.injected} = ${(t.detected / t.injected).toFixed(3)}`);
  console.log(`${rows.join('\n')}\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

if (injecting) injectionRun();
