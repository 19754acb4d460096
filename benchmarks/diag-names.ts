// Dev-only diagnostic of the name rules (name-variant, role-mismatch) across language sets: the usual
// pairs and five-way sets give the swap check few versions that take sides, so a name rendered two ways
// by two transliteration schemes shows as info or not at all. This checks the development documents
// (1–31) with every nine-language version at once, with seeded five-language sets and with every pair,
// and lists each distinct name finding (info included) with the English line as referee and the referee
// list's verdict. Held-out documents are refused: this lists sentences.
//
// Run: npx tsx benchmarks/diag-names.ts [--sets 12] [--seed 7] [--no-pairs] [--docs 1,2] [--json FILE] [--compare FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { check } from '../src/check/index.js';
import { lastDevDocument, ntrexDir, readNtrex } from './lib/ntrex.js';
import { adjudicationOf } from './lib/ntrex-check.js';
import { seededRandom } from './lib/random.js';
import { argument, devDocumentsArgument } from './lib/args.js';

const nine = ['uk', 'nl', 'id', 'sv', 'ar', 'en', 'ru', 'de', 'fr'] as const;
const nameRules = new Set(['name-variant', 'role-mismatch']);

const onlyDocs = devDocumentsArgument();
const setCount = Number(argument('--sets') ?? '12');
const random = seededRandom(Number(argument('--seed') ?? '7'));

/** Seeded five-language sets drawn from the nine, no set twice. */
function fiveSets(count: number): string[][] {
  const seen = new Set<string>();
  const sets: string[][] = [];
  for (let tries = 0; sets.length < count && tries < count * 50; tries++) {
    const pool = [...nine];
    const set: string[] = [];
    while (set.length < 5) set.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    const key = [...set].sort().join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    sets.push(set);
  }
  return sets;
}

const sets: string[][] = [[...nine], ...fiveSets(setCount)];
if (!process.argv.includes('--no-pairs')) for (let i = 0; i < nine.length; i++) for (let j = i + 1; j < nine.length; j++) sets.push([nine[i]!, nine[j]!]);

interface NameFinding {
  document: number;
  severity: string;
  rule: string;
  message: string;
  sets: string[];
  evidence: Array<{ lang: string; line: number; text: string }>;
  en: string[];
  genuine?: string;
}

const documents = readNtrex(ntrexDir, nine).filter((d) => d.number <= lastDevDocument && (onlyDocs === undefined || onlyDocs.includes(d.number)));
const found = new Map<string, NameFinding>();
const started = performance.now();
for (const doc of documents) {
  for (const langs of sets) {
    const result = check(langs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
    for (const f of result.findings) {
      if (!nameRules.has(f.rule)) continue;
      const evidence = f.evidence.map((e) => ({ lang: langs[e.document]!, line: e.sentence, text: e.text }));
      const key = `${doc.number}\u0000${f.rule}\u0000${evidence.map((e) => `${e.lang}#${e.line}:${e.text}`).sort().slice(0, 2).join('|')}`;
      const known = found.get(key);
      const setName = `${langs.length === nine.length ? 'all nine' : langs.join(' ')}${f.severity === 'info' ? ' (info)' : ''}`;
      if (known !== undefined) {
        known.sets.push(setName);
        if (known.severity === 'info' && f.severity !== 'info') known.severity = f.severity;
        continue;
      }
      const verdict = adjudicationOf(doc.number, f.rule, evidence.map((e) => e.text), true);
      const lines = [...new Set(evidence.map((e) => e.line))].sort((x, y) => x - y);
      found.set(key, {
        document: doc.number, severity: f.severity, rule: f.rule, message: f.message, sets: [setName], evidence,
        en: lines.map((l) => `${l + 1}: ${doc.lines.en![l]}`), ...(verdict ? { genuine: verdict.note } : {}),
      });
    }
  }
}
const all = [...found.values()].sort((x, y) => x.document - y.document);
for (const f of all) {
  const alarmSets = f.sets.filter((s) => !s.endsWith('(info)'));
  const size = (s: string) => (s === 'all nine' ? 9 : s.split(' ').length);
  const kinds = [9, 5, 2].map((k) => `${k === 9 ? 'all nine' : k === 5 ? 'five' : 'pairs'} ${alarmSets.filter((s) => size(s) === k).length}`);
  console.log(`### doc ${f.document} · ${f.severity} ${f.rule}${f.genuine ? ' · GENUINE' : ''} · alarm in ${kinds.join(', ')}; info in ${f.sets.length - alarmSets.length}`);
  console.log(`  ${f.message}`);
  for (const e of f.evidence) console.log(`  - ${e.lang}#${e.line + 1} \`${e.text}\``);
  console.log(`  - en: ${f.en.join(' / ')}`);
}
const count = (list: NameFinding[], pred: (f: NameFinding) => boolean) => list.filter(pred).length;
const key = (f: NameFinding) => `${f.document}\u0000${f.rule}\u0000${f.evidence.map((e) => `${e.lang}#${e.line}:${e.text}`).sort().slice(0, 2).join('|')}`;
console.log(
  `\n${all.length} distinct name findings over ${sets.length} sets (${((performance.now() - started) / 1000).toFixed(0)} s): ` +
    `alarms ${count(all, (f) => f.severity !== 'info')} (genuine ${count(all, (f) => f.severity !== 'info' && f.genuine !== undefined)}), ` +
    `info ${count(all, (f) => f.severity === 'info')}`,
);
const jsonOut = argument('--json');
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify(all, null, 1));
const compareWith = argument('--compare');
if (compareWith !== undefined) {
  const before: NameFinding[] = JSON.parse(readFileSync(compareWith, 'utf8'));
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(all.map(key));
  const gone = before.filter((f) => !afterKeys.has(key(f)));
  const appeared = all.filter((f) => !beforeKeys.has(key(f)));
  const line = (f: NameFinding) => `  doc ${f.document} ${f.severity}${f.genuine ? ' GENUINE' : ''}: ${f.message}`;
  console.log(`\n## gone (${gone.length})\n${gone.map(line).join('\n')}\n## appeared (${appeared.length})\n${appeared.map(line).join('\n')}`);
}
