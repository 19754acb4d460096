// Dev-only diagnostic: `check` (parallel mode) on the untouched development documents (1–31) with every
// set of five among the nine languages with profiles (126 sets; bench:check runs four of them). Alarms
// (errors and warnings) are grouped by what they accuse: the document, the rule and the first evidence
// (the departing version's language, line and words). Each group gives how many sets raise it, whether
// the referee (`benchmarks/lib/ntrex-adjudicated.ts`) settles it as a translation disagreement in any of
// them, the evidence and the English line. Five-way false alarms the development half still holds, in any
// language set, show here; the ten pairs of bench:check and diag-pairs' 36 pairs meet fewer votes.
//
// Held-out documents (32–62) are refused: this lists sentences. About 7 minutes.
//
// Run: npx tsx benchmarks/diag-sets.ts [--docs 1,2] [--size 5] [--unsettled]
import { check } from '../src/check/index.js';
import { adjudicationOf } from './lib/ntrex-check.js';
import { isAlarm, lastDevDocument, ntrexDir, readNtrex } from './lib/ntrex.js';
import { argument, devDocumentsArgument } from './lib/args.js';

const nineLanguages = ['uk', 'nl', 'id', 'sv', 'ar', 'en', 'ru', 'de', 'fr'] as const;

const onlyDocs = devDocumentsArgument();
const size = Number(argument('--size') ?? 5);
if (!Number.isInteger(size) || size < 2 || size > nineLanguages.length) {
  console.error(`--size: a whole number from 2 to ${nineLanguages.length}, got ${argument('--size')}.`);
  process.exit(2);
}
const onlyUnsettled = process.argv.includes('--unsettled');

/** Every set of `k` of the given languages, in their order. */
function setsOf(languages: readonly string[], k: number): string[][] {
  if (k === 0) return [[]];
  if (languages.length < k) return [];
  const [first, ...rest] = languages;
  return [...setsOf(rest, k - 1).map((set) => [first!, ...set]), ...setsOf(rest, k)];
}

interface Group {
  document: number;
  rule: string;
  message: string;
  sets: number;
  settledIn: number;
  evidence: string[];
  english: string[];
}

const documents = readNtrex(ntrexDir, nineLanguages).filter((d) => d.number <= lastDevDocument && (onlyDocs === undefined || onlyDocs.includes(d.number)));
const sets = setsOf(nineLanguages, size);
const groups = new Map<string, Group>();
let alarms = 0;
const started = performance.now();
for (const set of sets) {
  for (const doc of documents) {
    const result = check(set.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' });
    for (const finding of result.findings.filter(isAlarm)) {
      alarms++;
      const [first] = finding.evidence;
      const key = `${doc.number}\u0000${finding.rule}\u0000${set[first!.document]}#${first!.sentence}:${first!.text}`;
      let group = groups.get(key);
      if (group === undefined) {
        const lines = [...new Set(finding.evidence.map((e) => e.sentence))].sort((x, y) => x - y);
        group = {
          document: doc.number,
          rule: finding.rule,
          message: finding.message,
          sets: 0,
          settledIn: 0,
          evidence: finding.evidence.map((e) => `${set[e.document]} line ${e.sentence + 1}, \`${e.text}\`: ${doc.lines[set[e.document]!]![e.sentence]}`),
          english: lines.map((l) => `${l + 1}: ${doc.lines.en![l]}`),
        };
        groups.set(key, group);
      }
      group.sets++;
      if (adjudicationOf(doc.number, finding.rule, finding.evidence.map((e) => e.text), true)) group.settledIn++;
    }
  }
}
const listed = [...groups.values()].filter((g) => !onlyUnsettled || g.settledIn === 0).sort((x, y) => x.settledIn - y.settledIn || y.sets - x.sets || x.document - y.document);
for (const group of listed) {
  const verdict = group.settledIn > 0 ? `settled as a translation disagreement in ${group.settledIn} of them` : 'not settled by the referee';
  console.log(`### document ${group.document}, ${group.rule}: ${group.sets} of ${sets.length} sets; ${verdict}`);
  console.log(group.message);
  for (const line of group.evidence) console.log(`- ${line}`);
  for (const line of group.english) console.log(`- English ${line}`);
  console.log('');
}
const unsettled = [...groups.values()].filter((g) => g.settledIn === 0).length;
console.log(`${sets.length} sets of ${size} × ${documents.length} documents: ${alarms} alarms in ${groups.size} groups, ${unsettled} never settled by the referee (${((performance.now() - started) / 1000).toFixed(0)} s)`);
