// Dev-only diagnostic: alarms a translation's omissions add. For each untouched five-way development set
// (NTREX documents 1–31, versions uk nl id sv ar, parallel mode), one version at a time leaves out one
// value of a sentence that states two or more of its kind (a figure or date, a name, a country), drawn
// with a seed, as translators leave a repeated or inferable value out. Leaving a value out contradicts
// nothing, so every alarm this adds is ours: listed with the sentence as changed, then counted.
// An alarm counts as added when no alarm of the untouched set has its rule and one of its sentences.
//
// Held-out documents (32–62) are refused: this lists sentences.
//
// Run: npx tsx benchmarks/diag-drops.ts [--kind figures|names|countries] [--seed 1] [--docs 4,10] [--quiet]
import { check, extractAnchors, type Finding } from '../src/index.js';
import { argument, devDocumentsArgument, wholeNumberArgument } from './lib/args.js';
import { loadNtrex, ntrexLangs } from './lib/ntrex-check.js';
import { isAlarm } from './lib/ntrex.js';
import { seededRandom } from './lib/random.js';

/** The anchor types each kind of omission draws from. */
const kinds: Readonly<Record<string, readonly string[]>> = { figures: ['number', 'date'], names: ['entity'], countries: ['country'] };
const kind = argument('--kind') ?? 'figures';
const types = kinds[kind];
if (types === undefined) {
  console.error(`--kind: one of ${Object.keys(kinds).join(', ')}.`);
  process.exit(2);
}
const seed = wholeNumberArgument('--seed', 1, 0);
const onlyDocuments = devDocumentsArgument();
const quiet = process.argv.includes('--quiet');
const random = seededRandom(seed);

const alarmsOf = (versions: Array<{ lang: string; sentences: string[] }>) => check(versions, { mode: 'parallel' }).findings.filter(isAlarm);
const places = (finding: Finding) => finding.evidence.map((e) => `${e.document}:${e.sentence}`);

let runs = 0;
let added = 0;
const byRule = new Map<string, number>();
for (const doc of loadNtrex().filter((d) => d.half === 'dev' && (onlyDocuments === undefined || onlyDocuments.includes(d.number)))) {
  const untouched = ntrexLangs.map((lang) => ({ lang, sentences: doc.lines[lang]!.slice() }));
  const before = alarmsOf(untouched);
  for (const lang of ntrexLangs) {
    doc.lines[lang]!.forEach((text, line) => {
      const values = extractAnchors(text, { lang }).filter((anchor) => types.includes(anchor.type));
      if (values.length < 2) return;
      const dropped = values[Math.floor(random() * values.length)]!;
      const changed = `${text.slice(0, dropped.start)}${text.slice(dropped.end)}`.replace(/ {2,}/gu, ' ');
      const versions = untouched.map((v) => (v.lang === lang ? { lang, sentences: v.sentences.map((s, i) => (i === line ? changed : s)) } : v));
      runs++;
      for (const alarm of alarmsOf(versions)) {
        if (before.some((b) => b.rule === alarm.rule && places(b).some((p) => places(alarm).includes(p)))) continue;
        added++;
        byRule.set(alarm.rule, (byRule.get(alarm.rule) ?? 0) + 1);
        if (!quiet) console.log(`doc ${doc.number} ${lang} line ${line + 1}, left out «${dropped.text}»: ${alarm.rule}: ${alarm.message}\n    ${changed}`);
      }
    });
  }
}
console.log(`${kind}, seed ${seed}: ${runs} omissions, ${added} alarms added${byRule.size > 0 ? ` (${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ')})` : ''}`);
