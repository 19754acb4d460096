// bench:metamorphic: false alarms that meaning-preserving rewrites ADD to untouched five-way sets.
//
// The development documents (ntrex 1–31) no longer show the classes of false alarm the held-out half
// hits, because the rules were fitted to them. This makes new development material from them without
// looking at held-out text: in one version of a document, a sentence is rewritten the way real
// language varies (a name in another case or form, a number in words or with other separators, a
// 12-hour clock, a converted measure, a numeric date), the five versions are checked as the five-way
// benchmark checks them, and every alarm (error or warning) the rewrite adds is counted and listed.
// Controls — rewrites of the same form that change the fact (another person's name declined, another
// number in words) — must still be found, so the harness measures both sides.
//
// One check run per document and class rewrites at most one version of each line (so an alarm is
// put down to the rewrite whose sentence it cites), and one more run holds that class's controls.
// Seeded and deterministic. Writes the added alarms to benchmarks/.cache/metamorphic-alarms-dev.md
// (untracked). Usage: npx tsx benchmarks/metamorphic.ts [--seed N] [--class name] [--docs 1-31]
import { mkdirSync, writeFileSync } from 'node:fs';
import { check } from '../src/check/index.js';
import type { Finding } from '../src/types.js';
import { type Generator, type MetaLang, type Proposal, type SentenceContext, pick } from './lib/metamorphic-grammar.js';
import { nameCase, nameForm, nameTranslated } from './lib/metamorphic-names.js';
import { clock, dates, foreignGrouping, measures, numbers } from './lib/metamorphic-values.js';
import { type NtrexDocument, isAlarm, lastDevDocument, ntrexDir, ntrexLanguages, readNtrex } from './lib/ntrex.js';
import { seededRandom, seedFrom } from './lib/random.js';
import { markdownTable, writeResultsSection } from './lib/results.js';

const classes: Record<string, Generator> = { 'name case': nameCase, 'name form': nameForm, 'name translated': nameTranslated, numbers, 'foreign grouping': foreignGrouping, clock, measures, dates };
/**
 * Classes also run with every version of a line rewritten at once, as real translations are: each
 * language puts the name in its own case or form independently (the rewrites count one per version).
 */
const allVersionClasses = new Set(['name case', 'name form', 'name translated']);

const argValue = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const seed = Number(argValue('--seed') ?? 20250220);
const onlyClass = argValue('--class');
const docRange = (argValue('--docs') ?? `1-${lastDevDocument}`).split('-').map(Number);
/** The five versions checked (`--set ru,nl,id,sv,ar` puts Russian in Ukrainian's place). */
const langs = (argValue('--set')?.split(',') ?? [...ntrexLanguages]) as MetaLang[];
const ntrexLangs = langs;
if (docRange.some((n) => n > lastDevDocument)) throw new RangeError(`bench:metamorphic: --docs must stay within the development documents 1–${lastDevDocument}`);

interface Rewrite { cls: string; lang: MetaLang; line: number; before: string; proposal: Proposal }
interface AddedAlarm { cls: string; document: number; rewrite?: Rewrite; finding: Finding; evidence: string[]; en: string[] }
interface Tally { applied: number; alarms: number; controls: number; found: number }

const alarmKey = (f: Finding) => `${f.rule}|${f.evidence.map((e) => `${e.document}:${e.sentence}`).sort().join(',')}`;

function checkSet(doc: NtrexDocument, rewrites: readonly Rewrite[]) {
  return check(ntrexLangs.map((lang) => ({
    lang,
    sentences: doc.lines[lang]!.map((text, line) => rewrites.find((r) => r.lang === lang && r.line === line)?.proposal.after ?? text),
  })), { mode: 'parallel' });
}

/** Names the clean check read in each sentence of each version: [text, is a person's name]. */
function readNamesBySentence(result: ReturnType<typeof check>): Array<Array<Array<[string, boolean]>>> {
  return result.documents.map((document, d) =>
    document.sentences.map((sentence) => result.anchors[d]!.flatMap((a): Array<[string, boolean]> =>
      a.type === 'entity' && a.start >= sentence.start && a.end <= sentence.end && a.country === undefined && a.gazetteerId === undefined
        ? [[a.text, a.entityKind === 'person' || (a.entityKind === 'unknown' && a.text.includes(' '))]]
        : [])));
}

const started = performance.now();
const documents = readNtrex(ntrexDir, [...langs, 'en']).filter((d) => d.number <= lastDevDocument && d.number >= docRange[0]! && d.number <= (docRange[1] ?? docRange[0]!));
const tallies = new Map<string, Tally>();
const tally = (cls: string, lang: string) => {
  const key = `${cls}\u0000${lang}`;
  if (!tallies.has(key)) tallies.set(key, { applied: 0, alarms: 0, controls: 0, found: 0 });
  return tallies.get(key)!;
};
const added: AddedAlarm[] = [];
let runs = 0;
const missedControls: string[] = [];

for (const doc of documents) {
  const clean = checkSet(doc, []);
  runs++;
  const cleanKeys = new Set(clean.findings.filter(isAlarm).map(alarmKey));
  const readNames = readNamesBySentence(clean);
  const namesOf = (lang: MetaLang, line: number) => readNames[ntrexLangs.indexOf(lang)]![line] ?? [];
  const docNames = Object.fromEntries(ntrexLangs.map((lang) => [
    lang, [...new Set(doc.lines[lang]!.flatMap((_, line) => namesOf(lang, line).filter(([, person]) => person).map(([text]) => text)))].sort(),
  ])) as Record<MetaLang, string[]>;
  const contextOf = (lang: MetaLang, line: number, random: () => number): SentenceContext => ({
    lang, text: doc.lines[lang]![line]!, en: doc.lines.en![line]!, random, docNames: docNames[lang],
    readNames: namesOf(lang, line).map(([text]) => text), personNames: namesOf(lang, line).filter(([, person]) => person).map(([text]) => text),
  });

  const runs_ = Object.entries(classes).flatMap(([cls, generate]) => [
    { cls, generate, every: false },
    ...(allVersionClasses.has(cls) ? [{ cls: `${cls}, all versions`, generate, every: true }] : []),
  ]);
  for (const { cls, generate, every } of runs_) {
    if (onlyClass && !cls.startsWith(onlyClass)) continue;
    const rewrites: Rewrite[] = [];
    const controls: Rewrite[] = [];
    doc.lines.en!.forEach((_, line) => {
      // A generator per document, class and line: what one line offers (it follows the names and
      // numbers the check reads) must not shift the draws of the lines after it.
      const random = seededRandom(seedFrom(seed, doc.number, cls, line));
      const offers = ntrexLangs.map((lang) => ({ lang, proposals: generate(contextOf(lang, line, random)).filter((p) => p.after !== doc.lines[lang]![line]) }));
      const keep = offers.filter((o) => o.proposals.some((p) => !p.control));
      if (every) {
        for (const chosen of keep) rewrites.push({ cls, lang: chosen.lang, line, before: doc.lines[chosen.lang]![line]!, proposal: pick(chosen.proposals.filter((p) => !p.control), random) });
      } else if (keep.length > 0) {
        const chosen = pick(keep, random);
        rewrites.push({ cls, lang: chosen.lang, line, before: doc.lines[chosen.lang]![line]!, proposal: pick(chosen.proposals.filter((p) => !p.control), random) });
      }
      const changing = offers.filter((o) => o.proposals.some((p) => p.control));
      if (changing.length > 0 && !every) {
        const chosen = pick(changing, random);
        controls.push({ cls, lang: chosen.lang, line, before: doc.lines[chosen.lang]![line]!, proposal: pick(chosen.proposals.filter((p) => p.control), random) });
      }
    });
    for (const [batch, isControl] of [[rewrites, false], [controls, true]] as const) {
      if (batch.length === 0) continue;
      const result = checkSet(doc, batch);
      runs++;
      const fresh = result.findings.filter((f) => isAlarm(f) && !cleanKeys.has(alarmKey(f)));
      const citing = (r: Rewrite) => fresh.filter((f) => f.evidence.some((e) => ntrexLangs[e.document] === r.lang && e.sentence === r.line));
      for (const r of batch) {
        const t = tally(cls, r.lang);
        if (isControl) {
          t.controls++;
          if (citing(r).length > 0) t.found++;
          else missedControls.push(`- doc ${doc.number} ${cls} ${r.lang} line ${r.line + 1}: ${r.proposal.what} — ${r.proposal.after}`);
        } else t.applied++;
      }
      if (isControl) continue;
      for (const f of fresh) {
        const rewrite = batch.find((r) => f.evidence.some((e) => ntrexLangs[e.document] === r.lang && e.sentence === r.line));
        tally(cls, rewrite?.lang ?? 'elsewhere').alarms++;
        const lines = [...new Set(f.evidence.map((e) => e.sentence))];
        added.push({
          cls, document: doc.number, rewrite, finding: f,
          evidence: f.evidence.map((e) => `${ntrexLangs[e.document]} line ${e.sentence + 1}, \`${e.text}\`: ${batch.find((r) => ntrexLangs[e.document] === r.lang && r.line === e.sentence)?.proposal.after ?? doc.lines[ntrexLangs[e.document]!]![e.sentence]}`),
          en: lines.map((l) => `${l + 1}: ${doc.lines.en![l]}`),
        });
      }
    }
  }
}

const per100 = (x: number, n: number) => (n === 0 ? '–' : ((100 * x) / n).toFixed(1));
const rows: Array<Array<string | number>> = [];
const total: Tally = { applied: 0, alarms: 0, controls: 0, found: 0 };
for (const cls of [...new Set([...tallies.keys()].map((k) => k.split('\u0000')[0]!))]) {
  for (const lang of [...ntrexLangs, 'elsewhere']) {
    const t = tallies.get(`${cls}\u0000${lang}`);
    if (!t) continue;
    rows.push([cls, lang, t.applied, t.alarms, per100(t.alarms, t.applied), t.controls === 0 ? '–' : `${t.found}/${t.controls}`]);
    total.applied += t.applied; total.alarms += t.alarms; total.controls += t.controls; total.found += t.found;
  }
}
rows.push(['**all**', '', total.applied, total.alarms, per100(total.alarms, total.applied), `${total.found}/${total.controls}`]);
const summary = `Meaning-preserving rewrites of one version of untouched ntrex dev five-way sets (documents ${docRange.join('–')}, versions ${langs.join(' ')}, seed ${seed}; a name in another case or form, a number in words or with other separators, a 12-hour clock, a converted measure, a numeric date) and the alarms (errors and warnings) each class adds; controls are rewrites of the same form that change the fact and must be found. ${runs} check runs in ${((performance.now() - started) / 1000).toFixed(0)} s.`;
const table = markdownTable(['class', 'rewritten language', 'rewrites', 'alarms added', 'per 100 rewrites', 'controls found'], rows);
// The default set owns the RESULTS.md section; other --set / --class / --docs runs only print.
if (process.argv.length > 2) console.log(`${summary}\n\n${table}`);
else writeResultsSection('Metamorphic rewrites', `${summary}\n\n${table}`);

const list = added.map((a, k) => {
  const head = `### ${k + 1}. ${a.cls} · doc ${a.document} · ${a.finding.severity} ${a.finding.rule}`;
  const what = a.rewrite ? `Rewrite (${a.rewrite.lang} line ${a.rewrite.line + 1}): ${a.rewrite.proposal.what}` : 'Not citing a rewritten sentence.';
  return [head, '', what, '', a.finding.message, '', ...a.evidence.map((e) => `- ${e}`), ...a.en.map((e) => `- en ${e}`), ''].join('\n');
});
mkdirSync(new URL('.cache/', import.meta.url), { recursive: true });
const listName = `metamorphic-alarms-dev${argValue('--set') ? `-${langs.join('-')}` : ''}.md`;
writeFileSync(new URL(`.cache/${listName}`, import.meta.url), `# bench:metamorphic added alarms (dev documents only, versions ${langs.join(' ')}, seed ${seed})\n\n${list.join('\n')}\n\n## Controls not found\n\n${missedControls.join('\n')}\n`);
console.log(`\n${added.length} added alarms listed in benchmarks/.cache/${listName}`);
