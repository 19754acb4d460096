// Name-rendering probe (issues #14, #17): one person named in nine languages as each language's
// Wikipedia writes the name must raise no name alarm, and a person replaced by another of the story in
// one version must still be found. Synthetic stories of three sentences (benchmarks/lib/name-sentences.ts),
// three people each from the table of benchmarks/lib/name-renderings.ts, checked in parallel mode as
// nine-version and seeded five-version sets. No corpus text is read.
//
// Run: npx tsx benchmarks/name-renderings.ts [--list] [--seed 5] [--json FILE]
import { writeFileSync } from 'node:fs';
import { check } from '../src/check/index.js';
import type { Finding } from '../src/types.js';
import { renderedPeople, renderingLanguages, type RenderingLanguage } from './lib/name-renderings.js';
import { storyPlan as plan, stories, storyVersion as version } from './lib/name-stories.js';
import { seededRandom } from './lib/random.js';
import { argument } from './lib/args.js';

const list = process.argv.includes('--list');
const random = seededRandom(Number(argument('--seed') ?? '5'));
const people = renderedPeople;

function fiveOf(): RenderingLanguage[] {
  const pool = [...renderingLanguages];
  const set: RenderingLanguage[] = [];
  while (set.length < 5) set.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return set;
}

interface Row {
  kind: 'same' | 'swap';
  size: number;
  story: number;
  langs: RenderingLanguage[];
  swapLang?: RenderingLanguage;
  swapAt?: number;
  nameAlarms: Finding[];
  otherAlarms: Finding[];
  detected?: 'alarm' | 'info' | 'no';
}

// `--show K S`: the sentences and every finding of story K's set S (0 nine, 1–2 five) with its swap, then exit.
const show = argument('--show');
const rows: Row[] = [];
const started = performance.now();
stories.forEach((story, k) => {
  const sets = [[...renderingLanguages], fiveOf(), fiveOf()];
  sets.forEach((langs, s) => {
    const same = check(langs.map((lang) => ({ lang, sentences: version(story, lang) })), { mode: 'parallel' });
    const alarms = same.findings.filter((f) => f.severity !== 'info');
    rows.push({ kind: 'same', size: langs.length, story: k, langs, nameAlarms: alarms.filter((f) => f.rule === 'name-variant'), otherAlarms: alarms.filter((f) => f.rule !== 'name-variant') });
    const swapIndex = (k + s) % langs.length;
    const swapLang = langs[swapIndex]!;
    const swapAt = [1, 2, 3, 4, 6, 7, 8, 9][(k + s) % 8]!;
    if (show !== undefined && Number(show) === k && Number(process.argv[process.argv.indexOf('--show') + 2]) === s) {
      const docs = langs.map((lang) => ({ lang, sentences: version(story, lang, lang === swapLang ? swapAt : undefined) }));
      for (const d of docs) d.sentences.forEach((t, i) => console.log(`${d.lang}#${i} ${t}`));
      for (const f of check(docs, { mode: 'parallel' }).findings) console.log(describe(f, langs));
      process.exit(0);
    }
    const swapped = check(langs.map((lang) => ({ lang, sentences: version(story, lang, lang === swapLang ? swapAt : undefined) })), { mode: 'parallel' });
    const touches = (f: Finding) => f.rule === 'name-variant' && f.evidence.some((e) => e.document === swapIndex && e.sentence === swapAt);
    const hit = swapped.findings.filter(touches);
    const detected = hit.some((f) => f.severity !== 'info') ? 'alarm' : hit.length > 0 ? 'info' : 'no';
    const swapAlarms = swapped.findings.filter((f) => f.severity !== 'info' && !touches(f));
    rows.push({
      kind: 'swap', size: langs.length, story: k, langs, swapLang, swapAt, detected,
      nameAlarms: swapAlarms.filter((f) => f.rule === 'name-variant'), otherAlarms: swapAlarms.filter((f) => f.rule !== 'name-variant'),
    });
  });
});

function describe(f: Finding, langs: readonly string[]): string {
  return `${f.severity} ${f.rule}: ${f.message}\n${f.evidence.map((e) => `    - ${langs[e.document]}#${e.sentence} \`${e.text}\``).join('\n')}`;
}
const sizes = [9, 5];
console.log(`# Name-rendering probe: ${people.length} people, ${stories.length} stories × (1 nine-version + 2 five-version sets), ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
console.log('| set | same-person sets | with a name alarm | name alarms | other alarms | swaps | found (alarm) | info only | missed | name alarms beside the swap |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const size of sizes) {
  const same = rows.filter((r) => r.kind === 'same' && r.size === size);
  const swaps = rows.filter((r) => r.kind === 'swap' && r.size === size);
  const count = (rs: Row[], pred: (r: Row) => boolean) => rs.filter(pred).length;
  console.log(
    `| ${size === 9 ? 'nine' : 'five'} | ${same.length} | ${count(same, (r) => r.nameAlarms.length > 0)} | ${same.reduce((n, r) => n + r.nameAlarms.length, 0)} | ${same.reduce((n, r) => n + r.otherAlarms.length, 0)} | ` +
      `${swaps.length} | ${count(swaps, (r) => r.detected === 'alarm')} | ${count(swaps, (r) => r.detected === 'info')} | ${count(swaps, (r) => r.detected === 'no')} | ${swaps.reduce((n, r) => n + r.nameAlarms.length, 0)} |`,
  );
}
// Per language: same-person name alarms whose first evidence (the version blamed) is in it; swaps made in it and found.
console.log('\n| lang | name alarms blamed on it (same-person) | alarms it takes part in | swaps made in it | found (alarm) |');
console.log('|---|---|---|---|---|');
for (const lang of renderingLanguages) {
  const same = rows.filter((r) => r.kind === 'same');
  const blamed = same.reduce((n, r) => n + r.nameAlarms.filter((f) => r.langs[f.evidence[0]!.document] === lang).length, 0);
  const part = same.reduce((n, r) => n + r.nameAlarms.filter((f) => f.evidence.some((e) => r.langs[e.document] === lang)).length, 0);
  const swaps = rows.filter((r) => r.kind === 'swap' && r.swapLang === lang);
  console.log(`| ${lang} | ${blamed} | ${part} | ${swaps.length} | ${swaps.filter((r) => r.detected === 'alarm').length} |`);
}
if (list) {
  console.log('\n## Name alarms on same-person sets');
  for (const r of rows.filter((r) => r.kind === 'same' && r.nameAlarms.length > 0)) {
    for (const f of r.nameAlarms) console.log(`- story ${r.story} [${r.langs.join(' ')}] ${describe(f, r.langs)}`);
  }
  console.log('\n## Other alarms on same-person sets');
  for (const r of rows.filter((r) => r.kind === 'same' && r.otherAlarms.length > 0)) {
    for (const f of r.otherAlarms) console.log(`- story ${r.story} [${r.langs.join(' ')}] ${describe(f, r.langs)}`);
  }
  console.log('\n## Swaps not found as alarms');
  for (const r of rows.filter((r) => r.kind === 'swap' && r.detected !== 'alarm')) {
    const story = stories[r.story]!;
    const [inName, outName] = plan[r.swapAt!]![0] === 3 ? [people[story.persons[2]!]!.names.en, people[story.persons[1]!]!.names.en] : [people[story.persons[0]!]!.names.en, people[story.persons[plan[r.swapAt!]![1]]!]!.names.en];
    console.log(`- story ${r.story} [${r.langs.join(' ')}] ${r.swapLang} sentence ${r.swapAt}: ${outName} → ${inName} (${r.detected})`);
  }
}
const jsonOut = argument('--json');
if (jsonOut !== undefined) {
  writeFileSync(
    jsonOut,
    JSON.stringify(rows.map((r) => ({ ...r, nameAlarms: r.nameAlarms.map((f) => f.message), otherAlarms: r.otherAlarms.map((f) => f.message) })), null, 1),
  );
}
