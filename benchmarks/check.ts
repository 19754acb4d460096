// npm run bench:check — how well `check` finds single-fact errors injected into real translations, how
// often it raises an alarm on untouched text, and how fast it checks a 5 × 1 MB article set.
//
// Data: the nl–ar pair of the showcase corpus (one article translated), and Text+Berg dev de–fr
// (pre-segmented, cut into windows of gold beads). Into one side of a pair we inject one error at a
// time (seeded): a number changed, a number word changed, a country swapped for another country's name
// in that language, a month changed, a name swapped for another name of the same article. Only facts
// both sides state are changed, so each injection is a real disagreement.
//
// BENCH_VERBOSE=1 prints every missed injection to stderr; BENCH_SKIP_SPEED=1 skips the 5 × 1 MB timing;
// --seed N draws another set of injections (the figures in RESULTS.md use the default seed).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGazetteer, extractAnchors } from '../src/anchors/index.js';
import { align } from '../src/align/index.js';
import { check } from '../src/check/index.js';
import { cldrDe } from '../src/lang/de/cldr.js';
import { cldrFr } from '../src/lang/fr/cldr.js';
import { getProfile } from '../src/lang/index.js';
import { toSegmentedDocument } from '../src/segment/index.js';
import type { Anchor, EntityAnchor, Finding } from '../src/types.js';
import { markdownTable, writeResultsSection } from './lib/results.js';
import { seededRandom } from './lib/random.js';
import { comparableViewsPerDocument, detailTables, falseAlarmList, missList, runNtrex, summaryTable, type Half, type Setting } from './lib/ntrex-check.js';
import { articleAlarmList, articleDetailTables, articleMissList, articleSettings, articleSummaryTable, runArticleText } from './lib/ntrex-article-text.js';
import { extraAlarmList, extraLanguagesTable, pairwiseAddedTable, runExtraLanguages, runPairwiseAdded } from './lib/ntrex-extra-languages.js';
import { mixedAlarmList, mixedSetsTable, runMixedSets } from './lib/ntrex-mixed-sets.js';
import { omissionAlarmList, omissionDraws, omissionsTable, runOmissions } from './lib/ntrex-omissions.js';
import { runMonolingual } from './lib/monolingual-untouched.js';
import { monolingualInjectionsPerArticleAndKind, monolingualKinds, monolingualMissList, runMonolingualInjected } from './lib/monolingual-injected.js';

// `--seed N` draws another set of injections: a check that the figures do not hold for one draw only.
const seedAt = process.argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 20250220;
if (!Number.isSafeInteger(seed) || seed < 0) {
  console.error(`bench:check: --seed needs a whole number 0 or more, got ${JSON.stringify(process.argv[seedAt + 1] ?? '')}`);
  process.exit(2);
}
const windowBeads = 24;
const injectionsPerTypeAndCase = 2;
const gazetteer = createGazetteer();

const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** A pair of versions as sentence lists, with which sentences of B say what each sentence of A says. */
interface Case {
  name: string;
  langs: [string, string];
  sentences: [string[], string[]];
  /** counterpart[side][i]: sentences of the other side linked to sentence i (gold beads), or all. */
  counterpart: [number[][], number[][]];
}

// ---------------------------------------------------------------------------------------------------
// Data

function corpusCase(): Case {
  const dir = new URL('../corpora/spring-meeting-2025/', import.meta.url);
  const docs = (['nl', 'ar'] as const).map((lang) => toSegmentedDocument({ lang, text: readFileSync(new URL(`${lang}.txt`, dir), 'utf8') }));
  // Body sentences, duplicated captions and page furniture left out: the translated article itself.
  const sentences = docs.map((d) => d.sentences.filter((s) => s.kind === 'body').map((s) => s.text)) as [string[], string[]];
  const all = (other: number) => sentences[other]!.map((_, i) => i);
  return {
    name: 'corpus nl–ar',
    langs: ['nl', 'ar'],
    sentences,
    counterpart: [sentences[0].map(() => all(1)), sentences[1].map(() => all(0))],
  };
}

function textBergCases(): Case[] {
  const dir = new URL('../../shared/data/text-berg-dev/', import.meta.url);
  const de = readFileSync(new URL('dev.de', dir), 'utf8').split('\n').map((l) => l.trim());
  const fr = readFileSync(new URL('dev.fr', dir), 'utf8').split('\n').map((l) => l.trim());
  const beads = readFileSync(new URL('dev.defr', dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => line.split(':').map((part) => JSON.parse(part) as number[]) as [number[], number[]]);
  const cases: Case[] = [];
  for (let from = 0; from < beads.length; from += windowBeads) {
    const window = beads.slice(from, from + windowBeads).filter(([a, b]) => a.length > 0 || b.length > 0);
    const linesA = window.flatMap(([a]) => a);
    const linesB = window.flatMap(([, b]) => b);
    if (linesA.length === 0 || linesB.length === 0) continue;
    const sentencesA = linesA.map((i) => de[i]!);
    const sentencesB = linesB.map((i) => fr[i]!);
    const localA = new Map(linesA.map((line, i) => [line, i]));
    const localB = new Map(linesB.map((line, i) => [line, i]));
    const counterpartA: number[][] = sentencesA.map(() => []);
    const counterpartB: number[][] = sentencesB.map(() => []);
    for (const [a, b] of window) {
      for (const i of a) counterpartA[localA.get(i)!]!.push(...b.map((j) => localB.get(j)!));
      for (const j of b) counterpartB[localB.get(j)!]!.push(...a.map((i) => localA.get(i)!));
    }
    cases.push({ name: `text+berg de–fr ${from}`, langs: ['de', 'fr'], sentences: [sentencesA, sentencesB], counterpart: [counterpartA, counterpartB] });
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------
// Injection

type InjectionType = 'number' | 'number word' | 'country' | 'month' | 'name';
const injectionTypes: readonly InjectionType[] = ['number', 'number word', 'country', 'month', 'name'];

interface Injection {
  type: InjectionType;
  side: 0 | 1;
  sentence: number;
  before: string;
  after: string;
}

function tables(lang: string): { numberWords: Record<string, number>; monthNames: Record<string, number> } {
  if (lang === 'de') return cldrDe as unknown as { numberWords: Record<string, number>; monthNames: Record<string, number> };
  if (lang === 'fr') return cldrFr as unknown as { numberWords: Record<string, number>; monthNames: Record<string, number> };
  const anchors = getProfile(lang).anchors;
  return { numberWords: { ...anchors.numberWords }, monthNames: { ...anchors.monthNames } };
}

function anchorsOf(text: string, lang: string): Anchor[] {
  return extractAnchors(text, { lang, gazetteer });
}

const digitZeros = [0x30, 0x660, 0x6f0];
function changeLastDigit(text: string): string | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    const zero = digitZeros.find((z) => code >= z && code <= z + 9);
    if (zero === undefined) continue;
    const digit = code - zero;
    const next = (digit + 1 + Math.floor(random() * 8)) % 10;
    return text.slice(0, i) + String.fromCharCode(zero + next) + text.slice(i + 1);
  }
  return undefined;
}

function matchCase(model: string, word: string): string {
  return model[0] !== undefined && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

const otherCountries = ['FR', 'IT', 'DE', 'AT', 'CH', 'ES', 'GB', 'US', 'IN', 'NP', 'PK', 'CN', 'VN', 'JP', 'RU', 'PL', 'NO', 'PE', 'AR', 'CL'];

/** Every way to inject one error of `type` into sentence `i` of `side`, given what the other side states. */
function candidates(c: Case, side: 0 | 1, i: number, type: InjectionType, names: readonly EntityAnchor[]): Injection[] {
  const lang = c.langs[side];
  const text = c.sentences[side][i]!;
  const own = anchorsOf(text, lang);
  const other = c.counterpart[side][i]!.flatMap((j) => anchorsOf(c.sentences[1 - side]![j]!, c.langs[1 - side]!));
  const replace = (a: { start: number; end: number }, by: string): Injection => ({ type, side, sentence: i, before: text, after: text.slice(0, a.start) + by + text.slice(a.end) });
  const found: Injection[] = [];
  for (const a of own) {
    if (type === 'number' && a.type === 'number' && !a.spelledOut && a.relation === 'exact' && a.upper === undefined) {
      // A hedged count ("etwa 5600") is by design at most info: change only facts both sides state exactly.
      if (!other.some((b) => b.type === 'number' && b.numeric === a.numeric && b.relation === 'exact')) continue;
      const changed = changeLastDigit(a.text);
      if (changed !== undefined) found.push(replace(a, changed));
    } else if (type === 'number word' && a.type === 'number' && a.spelledOut && a.numeric >= 2 && a.numeric <= 12) {
      if (!other.some((b) => b.type === 'number' && b.numeric === a.numeric && b.relation === 'exact')) continue;
      if (a.relation !== 'exact') continue;
      const words = Object.entries(tables(lang).numberWords).filter(([w, v]) => v >= 2 && v <= 12 && v !== a.numeric && !w.includes(' '));
      if (words.length > 0) found.push(replace(a, matchCase(a.text, pick(words)[0])));
    } else if (type === 'country' && a.type === 'country') {
      if (!other.some((b) => b.type === 'country' && b.value === a.value)) continue;
      const code = pick(otherCountries.filter((x) => x !== a.value));
      const name = new Intl.DisplayNames([lang], { type: 'region' }).of(code);
      if (name !== undefined && name !== code) found.push(replace(a, name));
    } else if (type === 'month' && a.type === 'date' && a.month !== undefined) {
      if (!other.some((b) => b.type === 'date' && b.month === a.month)) continue;
      const months = tables(lang).monthNames;
      const lower = a.text.toLowerCase();
      const word = Object.keys(months).filter((w) => lower.includes(w)).sort((x, y) => y.length - x.length)[0];
      if (word === undefined) continue;
      const at = lower.indexOf(word);
      const target = ((a.month - 1 + 1 + Math.floor(random() * 10)) % 12) + 1;
      const replacement = Object.entries(months).find(([, v]) => v === target)?.[0];
      if (replacement === undefined) continue;
      found.push(replace({ start: a.start + at, end: a.start + at + word.length }, matchCase(a.text.slice(at), replacement)));
    } else if (type === 'name' && a.type === 'entity' && isName(a)) {
      if (!other.some((b) => b.type === 'entity' && (b.value === a.value))) continue;
      const replacements = names.filter((n) => n.value !== a.value && n.text !== a.text);
      if (replacements.length > 0) found.push(replace(a, pick(replacements).text));
    }
  }
  return found;
}

function isName(a: EntityAnchor): boolean {
  return a.gazetteerId === undefined && a.country === undefined && (a.entityKind === 'person' || (a.entityKind === 'unknown' && a.text.includes(' ')));
}

// ---------------------------------------------------------------------------------------------------
// Runs

const alarm = (f: Finding) => f.severity !== 'info';

function run(c: Case, sentences: [string[], string[]]) {
  return check(
    [
      { lang: c.langs[0], sentences: sentences[0] },
      { lang: c.langs[1], sentences: sentences[1] },
    ],
    { mode: 'parallel' },
  );
}

interface Tally {
  injected: number;
  detected: number;
}
const byType = new Map<InjectionType, Tally>(injectionTypes.map((t) => [t, { injected: 0, detected: 0 }]));
const byRule = new Map<string, { correct: number; wrong: number }>();
const bySet = new Map<string, Tally>();
let cleanAlarms = 0;
let knownErrors = 0;
const cleanAlarmList: Array<[string, string, string]> = [];
const gold = JSON.parse(readFileSync(new URL('../corpora/spring-meeting-2025/gold/findings.json', import.meta.url), 'utf8')) as {
  expected: Array<{ rule: string; first?: { lang: string; text: string }; includes?: Array<{ lang: string; text: string }> }>;
};
/** Whether a finding is one of the corpus's known errors (its rule, and a gold snippet in its first evidence). */
function isGoldFinding(f: Finding, langs: readonly string[], c: Case): boolean {
  return gold.expected.some((g) => {
    if (g.rule !== f.rule) return false;
    const snippets = [...(g.first ? [g.first] : []), ...(g.includes ?? [])].filter((x) => c.langs.includes(x.lang));
    return snippets.length > 0 && snippets.some((x) => f.evidence.some((e) => langs[e.document] === x.lang && e.text.includes(x.text)));
  });
}
/**
 * The untouched showcase, all five versions, as `check` reads them by default: which gold findings it
 * reports, and every other warning or error (each one a false alarm: the gold lists every disagreement).
 */
function showcaseFiveWay(): { expected: number; found: number; others: string[] } {
  const dir = new URL('../corpora/spring-meeting-2025/', import.meta.url);
  const result = check((['uk', 'nl', 'id', 'sv', 'ar'] as const).map((lang) => ({ path: `${lang}.txt`, lang, text: readFileSync(new URL(`${lang}.txt`, dir), 'utf8') })));
  const langOf = (e: { document: number }) => result.documents[e.document]!.lang;
  const holds = (f: Finding, x: { lang: string; text: string }, evidence = f.evidence) => evidence.some((e) => langOf(e) === x.lang && e.text.includes(x.text));
  const isExpected = (f: Finding, g: (typeof gold.expected)[number]) =>
    g.rule === f.rule && (g.first === undefined || holds(f, g.first, f.evidence.slice(0, 1))) && (g.includes ?? []).every((x) => holds(f, x));
  const alarms = result.findings.filter(alarm);
  return {
    expected: gold.expected.length,
    found: gold.expected.filter((g) => alarms.some((f) => isExpected(f, g))).length,
    others: alarms.filter((f) => !gold.expected.some((g) => isExpected(f, g))).map((f) => `${f.rule}: ${f.message}`),
  };
}
/**
 * Alarms on untouched Text+Berg pairs that were read by eye (the full German and French sentences, the gold
 * bead) and are disagreements already in the original texts: the checker is right to raise them, so they
 * are listed in the results, not counted as false alarms. Each names the value and a phrase of its
 * sentence on both sides; an alarm is excused only if every evidence matches one of these, so nothing
 * else can slip in under an entry.
 */
const sourceDisagreements: ReadonlyArray<{ rule: string; de: [string, string]; fr: [string, string]; note: string }> = [
  {
    // de (two lines in the data): "… dass die alte Höhenzahl von 8579 m um etwa 60 ft ." "= 18,29 m erhöht werden müsse …"
    // fr: "… l' ancienne cote de 8579 devait être relevée de 60 pieds ( 19,29 m ) …"
    rule: 'count-mismatch', de: ['18,29', '18,29 m erhöht werden müsse'], fr: ['19,29', 'relevée de 60 pieds'],
    note: '60 ft is 18.29 m: the French text has a typo',
  },
  {
    // de: "… am Fusse des Südostgrates des « Schwarzen Zahns » ( 6719 m ) ."
    // fr: "… au pied de l' arête SE du Black Tooth , 6179 m , et que les reconnaissances purent commencer ."
    rule: 'count-mismatch', de: ['6719', 'Schwarzen Zahns'], fr: ['6179', 'Black Tooth'],
    note: 'the height of Black Tooth with two digits transposed in one text',
  },
  {
    // de: "… des « Queen Mary Peak » , der seit 1938 offiziell Sia Kangri heisst ."
    // fr: "… du « Queen Mary Peak » , lequel , depuis 1937 , s' appelle officiellement Sia Kangri ."
    rule: 'date-mismatch', de: ['1938', 'seit 1938 offiziell Sia Kangri'], fr: ['1937', 'depuis 1937'],
    note: 'the year Queen Mary Peak was renamed Sia Kangri differs',
  },
  {
    // de: "… wurde bereits in der letztjährigen Chronik ( « Die Alpen » 1956 , S. 81 ) kurz berichtet ."
    // fr: "6. La chronique himalayenne de l' an dernier ( voir Les Alpes 1956 , p. 80 ) , a déjà brièvement parlé …"
    rule: 'count-mismatch', de: ['81', 'letztjährigen Chronik'], fr: ['80', 'Les Alpes 1956 , p. 80'],
    note: 'the page of last year\'s chronicle differs (perhaps each language edition\'s own page)',
  },
  {
    // de: "Swami Pranavananda hat kürzlich einen interessanten Artikel geschrieben ( ,The abominable Snowman ' in ,The Alpine Journal ' , Nr. 292 , May 1956 , S. 110-117 ) …"
    // fr: "« Swami Pranavananda a récemment publié un intéressant article ( voir Les Alpes , octobre 1955 ) …"
    rule: 'date-mismatch', de: ['1956', 'Swami Pranavananda'], fr: ['octobre 1955', 'Swami Pranavananda'],
    note: 'the two texts cite different publications of the article (Alpine Journal May 1956 / Les Alpes October 1955)',
  },
  {
    // de: "Die Gipfelhöhen halten sich zwischen 5800 und 6300 m. Es sind also für Himalaya-Verhältnisse …"
    // fr: "… dont les sommets cotent de 5800 à 6200 m. A l' échelle de l' Himalaya …"
    rule: 'count-mismatch', de: ['6300', 'zwischen 5800 und 6300 m'], fr: ['6200', 'cotent de 5800 à 6200 m'],
    note: 'the highest summit of the range (Spiti) is 6300 m in one text and 6200 m in the other',
  },
  {
    // de: "… am Bara Shigri Glacier ihr Basislager aufschlugen und von dort aus sechs Gipfel zwischen 5800 und 6100 m erstiegen ."
    // fr: "de là elles ont gravi six sommets de 5800 à 6200 m. …"
    rule: 'count-mismatch', de: ['6100', 'zwischen 5800 und 6100 m erstiegen'], fr: ['6200', 'six sommets de 5800 à 6200 m'],
    note: 'the highest of the six summits climbed from Bara Shigri is 6100 m in one text and 6200 m in the other',
  },
  {
    // de: "21. Nördlich des Mustagh Ata , ebenfalls am Ostrande des Pamir-Plateaus , liegt der Kongur Debe ( 7681 m ) …"
    // fr: "18. Au nord du Muztagh Ata , également à la lisière orientale du Plateau du Pamir , se dresse le Kongur Débé …"
    rule: 'count-mismatch', de: ['21', 'Nördlich des Mustagh Ata'], fr: ['18', 'Au nord du Muztagh Ata'],
    note: 'the section on Kongur Debe is numbered 21 in one text and 18 in the other (both number the two sections before it 19 and 20: the French repeats 18)',
  },
];
const sourceDisagreementsFound: Array<[string, string, string, string]> = [];
/** Whether an alarm is one of the verified disagreements of the original texts above. */
function isSourceDisagreement(f: Finding, documents: ReadonlyArray<{ lang: string; text: string; sentences: ReadonlyArray<{ text: string }> }>) {
  return sourceDisagreements.find(
    (d) =>
      d.rule === f.rule &&
      f.evidence.every((e) => {
        const doc = documents[e.document]!;
        const side = doc.lang === 'de' ? d.de : doc.lang === 'fr' ? d.fr : undefined;
        return side !== undefined && e.text === side[0] && doc.sentences[e.sentence]!.text.includes(side[1]);
      }) &&
      new Set(f.evidence.map((e) => documents[e.document]!.lang)).size === 2,
  );
}
let cleanPairs = 0;
const cleanAlarmRules = new Map<string, number>();

// ---------------------------------------------------------------------------------------------------
// ntrex: five languages of real news (see lib/ntrex-check.ts). `--ntrex-only` runs only these suites and
// writes no RESULTS.md section; `--half dev|held-out` and `--setting five-way|pairwise|comparable`
// narrow it (the development loop runs `--ntrex-only --half dev`).
const argValue = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const halves: Half[] = argValue('--half') ? [argValue('--half') as Half] : ['dev', 'held-out'];
const settings: Setting[] = argValue('--setting') ? [argValue('--setting') as Setting] : ['five-way', 'pairwise', 'comparable'];
function ntrexSection(): string {
  const run = runNtrex({ seed, halves, settings });
  if (halves.includes('dev')) {
    writeFileSync(new URL('check-false-alarms.md', import.meta.url), `# bench:check false alarms, ntrex development half (documents 1–31), seed ${seed}\n\nWritten by \`npm run bench:check\`. Each alarm on an untouched document, with its sentences and the English source line as referee; "translation disagreement" entries are listed in \`benchmarks/lib/ntrex-adjudicated.ts\`.\n\n${falseAlarmList(run, 'dev', settings)}`);
    writeFileSync(new URL('check-misses.md', import.meta.url), `# bench:check misses and wrong findings, ntrex development half, seed ${seed}\n\n${missList(run)}`);
  }
  if (halves.includes('held-out')) {
    writeFileSync(new URL('check-false-alarms-held-out.md', import.meta.url), `# bench:check false alarms, ntrex held-out half (documents 32–62), seed ${seed}\n\nNot read while developing. Read only by a referee who does no development: "translation disagreement" entries (genuine, confirmed against the English) are listed in \`benchmarks/lib/ntrex-adjudicated-held-out.ts\`; every other alarm counts as ours.\n\n${falseAlarmList(run, 'held-out', settings)}`);
  }
  return [
    `Real news in five languages (NTREX-128 development data, 62 documents, professional translations of one English source; seed ${seed}): one fact changed in one version per run, drawn per document and kind. Development half = documents 1–31, held-out half = 32–62 (never read one by one while developing). An injection is detected when a new error or warning has evidence in the changed sentence; precision counts the new errors and warnings that do; blame asks whether that finding's first evidence is the changed version. False alarms: errors and warnings on the untouched documents per 100 sentences (five-way: lines; pairwise: lines × pairs; comparable: lines at least two versions keep, in each of ${comparableViewsPerDocument} views drawn per document), each listed in \`benchmarks/check-false-alarms.md\` (dev) and \`benchmarks/check-false-alarms-held-out.md\`. Alarms read against the English and found to be genuine disagreements of the translations (\`benchmarks/lib/ntrex-adjudicated.ts\` for dev; \`benchmarks/lib/ntrex-adjudicated-held-out.ts\` for held-out, kept by a referee who does no development) are not counted: the tables give all alarms (raw) and the net count of ours. ${run.injections} checks with an injection, ${run.seconds.toFixed(0)} s.`,
    '',
    summaryTable(run, halves, settings),
    '',
    ...halves.map((half) => detailTables(run, half, settings)),
  ].join('\n');
}
// The same documents given as article text (lib/ntrex-article-text.ts): each version one text that
// anchoralign segments itself. `--article-text-only` (with `--half`) runs only this.
function articleTextSection(): string {
  // `--article-blocks`: every line a paragraph of its own (a diagnostic layout; the tables say which).
  const blocks = process.argv.includes('--article-blocks');
  const run = runArticleText({ seed, halves, settings: articleSettings, blocks });
  if (halves.includes('dev')) {
    writeFileSync(
      new URL('check-article-text.md', import.meta.url),
      `# bench:check on article text, ntrex development half (documents 1–31), seed ${seed}${blocks ? ', --article-blocks (every line a paragraph)' : ''}\n\nWritten by \`npm run bench:check\`. Each version given as one text (headline and every line the English writes as a heading a paragraph of its own, the other lines joined by a space) that anchoralign segments itself. Every alarm on an untouched document, with the line of each evidence (by character span) and the sentence the segmenter cut around it; an alarm the line setting raises too (same rule, texts and lines) keeps its verdict there. Then every miss, wrong finding and wrong blame, those the line setting does not share first.\n\n# Alarms\n\n${articleAlarmList(run, 'dev', articleSettings)}\n# Misses\n\n${articleMissList(run)}`,
    );
  }
  if (halves.includes('held-out')) {
    writeFileSync(
      new URL('check-article-text-held-out.md', import.meta.url),
      `# bench:check on article text, ntrex held-out half (documents 32–62), seed ${seed}${blocks ? ', --article-blocks (every line a paragraph)' : ''}\n\nNot read while developing. Read only by a referee who does no development; alarms keep a verdict only where the line setting raises the same alarm (\`benchmarks/lib/ntrex-adjudicated-held-out.ts\`).\n\n${articleAlarmList(run, 'held-out', articleSettings)}`,
    );
  }
  return [
    `${blocks ? '(--article-blocks: every line a paragraph of its own.) ' : ''}The ntrex documents given as users give articles: each version one text that anchoralign segments itself (the headline and every line the English writes as a heading — no full stop — a paragraph of its own, the other lines joined by a space, as bench:segment's NTREX rows), parallel mode, the same injections as the line setting applied inside the text (seed ${seed}). An injection is detected when a new error or warning has evidence overlapping the changed line's characters; false alarms per 100 untouched lines (pairwise: lines × pairs). An alarm keeps the referee's verdict only where the line setting raises the same alarm (rule, evidence texts and lines); every other alarm counts as ours. Dev alarms and misses listed in \`benchmarks/check-article-text.md\`, held-out in \`benchmarks/check-article-text-held-out.md\` (not read while developing). ${run.injections} checks with an injection, ${run.seconds.toFixed(0)} s.`,
    '',
    articleSummaryTable(run, halves, articleSettings),
    '',
    ...halves.map((half) => articleDetailTables(run, half, articleSettings)),
  ].join('\n');
}
// en, ru, de, fr as four more versions of every untouched document (lib/ntrex-extra-languages.ts);
// `--extra-languages-only` (with `--half`) runs only this.
function extraLanguagesSection(): string {
  const extra = runExtraLanguages({ halves });
  const dev = extra.find((r) => r.half === 'dev');
  if (dev) writeFileSync(new URL('check-extra-languages.md', import.meta.url), `# bench:check alarms added by en, ru, de, fr as extra versions, ntrex development half\n\nWritten by \`npm run bench:check\`. Each untouched document checked with uk nl id sv ar, then with the four more; every alarm of the nine-version run the five-version run does not give, with the English line as referee.\n\n${extraAlarmList(dev)}`);
  const heldOut = extra.find((r) => r.half === 'held-out');
  if (heldOut) writeFileSync(new URL('check-extra-languages-held-out.md', import.meta.url), `# bench:check alarms added by en, ru, de, fr as extra versions, ntrex held-out half (documents 32–62)\n\nNot read while developing. Read only by a referee who does no development: "translation disagreement" entries (genuine, confirmed against the English) are listed in \`benchmarks/lib/ntrex-adjudicated-held-out.ts\`; every other alarm counts as ours.\n\n${extraAlarmList(heldOut)}`);
  return `Untouched ntrex documents checked with the five versions and again with en, ru, de, fr added (full profiles), parallel mode: alarms (errors and warnings) the four extra versions add, listed in \`benchmarks/check-extra-languages.md\` (dev) and \`benchmarks/check-extra-languages-held-out.md\` (held-out, read only by the referee); those the referee lists settle as genuine translation disagreements are counted apart, raw and net both given. ${extra.map((r) => `${r.half} ${r.seconds.toFixed(0)} s`).join(', ')}.\n\n${extraLanguagesTable(extra)}`;
}
// vi, a language the project holds no profile for (no number, scale or month words, no check vocabulary),
// as a sixth version of every untouched document: the alarms a user's version in any other language adds.
// `--unprofiled-only` (with `--half`) runs only this.
/** Languages whose text the unprofiled row also checks under an unknown code. */
const unknownCodeLanguages = ['ru', 'fr', 'de'];
function unprofiledSection(): string {
  const extra = ['vi'];
  const results = runExtraLanguages({ halves, extra });
  const dev = results.find((r) => r.half === 'dev');
  if (dev) writeFileSync(new URL('check-unprofiled.md', import.meta.url), `# bench:check alarms added by vi (no profile) as a sixth version, ntrex development half\n\nWritten by \`npm run bench:check\`. Each untouched document checked with uk nl id sv ar, then with vi added; every alarm of the six-version run the five-version run does not give, with the English line as referee.\n\n${extraAlarmList(dev)}`);
  const heldOut = results.find((r) => r.half === 'held-out');
  if (heldOut) writeFileSync(new URL('check-unprofiled-held-out.md', import.meta.url), `# bench:check alarms added by vi (no profile) as a sixth version, ntrex held-out half (documents 32–62)\n\nNot read while developing.\n\n${extraAlarmList(heldOut)}`);
  const pairs = runPairwiseAdded({ halves, lang: 'vi' });
  const devPairs = pairs.find((r) => r.half === 'dev');
  if (devPairs) writeFileSync(new URL('check-unprofiled.md', import.meta.url), `\n## vi against each of the five alone\n\n${extraAlarmList({ ...dev!, added: devPairs.added })}`, { flag: 'a' });
  const heldOutPairs = pairs.find((r) => r.half === 'held-out');
  if (heldOutPairs) writeFileSync(new URL('check-unprofiled-held-out.md', import.meta.url), `\n## vi against each of the five alone\n\n${extraAlarmList({ ...heldOut!, added: heldOutPairs.added })}`, { flag: 'a' });
  // Languages we hold profiles for, their text given unknown codes: inflecting and space-grouping
  // languages without a profile, as vi is neither.
  const masked = unknownCodeLanguages.flatMap((lang) => runPairwiseAdded({ halves, lang, code: `x${lang}` }));
  for (const result of masked) {
    const file = result.half === 'dev' ? 'check-unprofiled.md' : 'check-unprofiled-held-out.md';
    writeFileSync(new URL(file, import.meta.url), `\n## ${result.lang} given the code ${result.code} against each of the five alone\n\n${extraAlarmList({ ...(result.half === 'dev' ? dev! : heldOut!), added: result.added })}`, { flag: 'a' });
  }
  return `Untouched ntrex documents checked with the five versions and again with the Vietnamese translation added, a language the project holds no profile for (digits are read; number, scale and month words, and the check vocabulary, are not), parallel mode: alarms (errors and warnings) the sixth version adds, listed in \`benchmarks/check-unprofiled.md\` (dev) and \`benchmarks/check-unprofiled-held-out.md\` (held-out, not read while developing). No referee list covers vi: every added alarm is counted. ${results.map((r) => `${r.half} ${r.seconds.toFixed(0)} s`).join(', ')}.\n\n${extraLanguagesTable(results, 'vi', 6)}\n\nThe same Vietnamese version checked against each of the five alone (two versions, no vote to settle a reading), every alarm whose evidence cites it counted (listed after the six-version ones); then the Russian, French and German translations given unknown codes, so that they are read as languages without a profile (Russian declines names, French groups thousands with spaces). No referee list covers these rows: genuine translation disagreements count too.\n\n${pairwiseAddedTable([...pairs, ...masked])}`;
}
// Other five-language sets mixing en ru de fr with the five (lib/ntrex-mixed-sets.ts): alarm classes
// the usual five no longer show. `--mixed-sets-only` (with `--half`) runs only this.
function mixedSetsSection(): string {
  const mixed = runMixedSets({ halves });
  if (halves.includes('dev')) writeFileSync(new URL('check-mixed-sets.md', import.meta.url), `# bench:check alarms of other five-language sets, ntrex development half\n\nWritten by \`npm run bench:check\`. Each untouched document checked five-way (parallel mode) with sets mixing en ru de fr with uk nl id sv ar; every alarm, with the English line as referee.\n\n${mixedAlarmList(mixed)}`);
  if (halves.includes('held-out')) writeFileSync(new URL('check-mixed-sets-held-out.md', import.meta.url), `# bench:check alarms of other five-language sets, ntrex held-out half (documents 32–62)\n\nNot read while developing. Read only by a referee who does no development: "translation disagreement" entries (genuine, confirmed against the English) are listed in \`benchmarks/lib/ntrex-adjudicated-held-out.ts\`; every other alarm counts as ours.\n\n${mixedAlarmList(mixed, 'held-out')}`);
  return `Untouched ntrex documents checked five-way with other sets of five languages (the four extra profiles mixed with the five), parallel mode: alarms (errors and warnings) per 100 lines, dev ones listed in \`benchmarks/check-mixed-sets.md\`, held-out ones in \`benchmarks/check-mixed-sets-held-out.md\` (read only by the referee); alarms the referee lists (\`benchmarks/lib/ntrex-adjudicated.ts\`, and for held-out \`benchmarks/lib/ntrex-adjudicated-held-out.ts\`) settle as genuine translation disagreements are counted apart, raw and net both given. ${mixed.reduce((s, r) => s + r.seconds, 0).toFixed(0)} s.\n\n${mixedSetsTable(mixed)}`;
}
// Untouched single-language news (lib/monolingual-untouched.ts): the within-version rules on names and
// text they were never fitted to. `--monolingual-only` runs only this.
// The five versions after each has left out and joined lines of its own (lib/ntrex-omissions.ts): alarms
// the omissions add are ours by construction. `--omissions-only` (with `--half`) runs only this.
function omissionsSection(): string {
  const omissions = runOmissions({ halves });
  if (halves.includes('dev')) writeFileSync(new URL('check-omissions.md', import.meta.url), `# bench:check alarms added by omitted and joined lines, ntrex development half\n\nWritten by \`npm run bench:check\`. Each untouched document checked five-way (parallel mode) after every version left out about one line in ten, joined about one pair of neighbouring lines in eight and swapped about one pair of neighbouring sentences in fifteen (${omissionDraws} draws); every alarm the line-aligned run does not raise on those lines. The versions say what they said before, so each is ours.\n\n${omissionAlarmList(omissions, 'dev')}`);
  if (halves.includes('held-out')) writeFileSync(new URL('check-omissions-held-out.md', import.meta.url), `# bench:check alarms added by omitted and joined lines, ntrex held-out half (documents 32–62)\n\nNot read while developing.\n\n${omissionAlarmList(omissions, 'held-out')}`);
  return `Untouched ntrex documents checked five-way (parallel mode) after every version left out about one line in ten, joined about one pair of neighbouring lines in eight into one sentence and told about one pair of neighbouring sentences in fifteen in the other order, as translations and rewritten versions do (each version its own draw, ${omissionDraws} draws per document). The versions still say the same things, so every alarm the omissions add — one the line-aligned five-way run does not raise on the same lines — is a false alarm of ours: no referee needed. Dev ones listed in \`benchmarks/check-omissions.md\`, held-out ones in \`benchmarks/check-omissions-held-out.md\` (not read while developing). ${omissions.map((r) => `${r.half} ${r.seconds.toFixed(0)} s`).join(', ')}.\n\n${omissionsTable(omissions)}`;
}

function monolingualSection(): string {
  const started = performance.now();
  const rows = runMonolingual();
  const alarms = rows.flatMap((r) => r.alarms);
  writeFileSync(
    new URL('check-monolingual.md', import.meta.url),
    `# bench:check alarms on untouched single-language news (segmentation dev sets)\n\nWritten by \`npm run bench:check\`. Each article checked as two identical versions: every alarm comes from a rule that reads one version alone.\n\n${alarms.map((a) => `- ${a.lang} · ${a.rule}: ${a.message}`).join('\n') || '(none)'}\n`,
  );
  const table = markdownTable(
    ['language', 'articles', 'sentences', 'alarms', 'per 100 sentences'],
    rows.map((r) => [r.lang, r.articles, r.sentences, r.alarms.length, ((100 * r.alarms.length) / r.sentences).toFixed(2)]),
  );
  return `Untouched single-language news (UD dev sets of uk nl id sv, Arabic news commentary), cut into articles of at most 40 sentences and checked as two identical versions: every alarm (error or warning) comes from a rule that reads one version alone (a name spelt two ways, internal counts). Each is listed in \`benchmarks/check-monolingual.md\`. ${((performance.now() - started) / 1000).toFixed(0)} s.\n\n${table}`;
}
// The same untouched news made into two identical versions, one fact changed in one copy with the ntrex
// injector (lib/monolingual-injected.ts): whether each language's forms are read at all, on text the
// rules were never fitted to. `--monolingual-injected-only` runs only this.
function monolingualInjectedSection(): string {
  const run = runMonolingualInjected(seed);
  writeFileSync(
    new URL('check-monolingual-misses.md', import.meta.url),
    `# bench:check misses on single-language news with one injected change (segmentation dev sets)\n\nWritten by \`npm run bench:check\` (seed ${seed}). Each article checked as two identical versions with one fact changed in one copy; a miss is a change no new alarm points at, "wrong" a new alarm elsewhere.\n\n${monolingualMissList(run)}`,
  );
  const langs = [...run.byLang.keys()];
  const ratio = (x: number, y: number) => (y === 0 ? '–' : (x / y).toFixed(2));
  const fmt = (t: { injected: number; detected: number } | undefined) => (t === undefined || t.injected === 0 ? '–' : `${ratio(t.detected, t.injected)} (${t.injected})`);
  const kindTable = markdownTable(
    ['kind', 'injections', 'recall', 'precision', ...langs],
    [
      ...monolingualKinds.filter((k) => run.byKind.has(k)).map((k) => {
        const t = run.byKind.get(k)!;
        return [k, t.injected, ratio(t.detected, t.injected), ratio(t.correct, t.correct + t.wrong), ...langs.map((l) => fmt(run.byLangKind.get(`${l} ${k}`)))];
      }),
      ['**all**', run.total.injected, ratio(run.total.detected, run.total.injected), ratio(run.total.correct, run.total.correct + run.total.wrong), ...langs.map((l) => fmt(run.byLang.get(l)))],
    ],
  );
  const langTable = markdownTable(
    ['language', 'articles', 'sentences', 'injections', 'recall', 'precision', 'new alarms off the changed sentence', 'alarms on the untouched copies'],
    langs.map((l) => {
      const t = run.byLang.get(l)!;
      return [l, run.articles.get(l) ?? 0, run.sentences.get(l) ?? 0, t.injected, ratio(t.detected, t.injected), ratio(t.correct, t.correct + t.wrong), t.wrong, run.untouchedAlarms.get(l) ?? 0];
    }),
  );
  return `The untouched single-language news above (all articles, at most 40 sentences each) as two identical versions, one fact changed in one copy with the ntrex injector (seed ${seed}; up to ${monolingualInjectionsPerArticleAndKind} changes per article and kind, each on its own sentence; person names not drawn, their candidates need the English referee), checked in parallel mode. Both versions are one language, so a miss is mostly a form the extractor does not read. Detected: a new error or warning with evidence in the changed sentence; precision: the share of new alarms that point at it (the others are false alarms on untouched sentences). Misses are listed in \`benchmarks/check-monolingual-misses.md\`. ${run.seconds.toFixed(0)} s.\n\nRecall by kind, overall and per language (recall (injections)):\n\n${kindTable}\n\n${langTable}`;
}
if (process.argv.includes('--monolingual-injected-only')) {
  console.log(monolingualInjectedSection());
  process.exit(0);
}
if (process.argv.includes('--monolingual-only')) {
  console.log(monolingualSection());
  process.exit(0);
}
if (process.argv.includes('--omissions-only')) {
  console.log(omissionsSection());
  process.exit(0);
}
if (process.argv.includes('--mixed-sets-only')) {
  console.log(mixedSetsSection());
  process.exit(0);
}
if (process.argv.includes('--unprofiled-only')) {
  console.log(unprofiledSection());
  process.exit(0);
}
if (process.argv.includes('--extra-languages-only')) {
  console.log(extraLanguagesSection());
  process.exit(0);
}
if (process.argv.includes('--article-text-only')) {
  console.log(articleTextSection());
  process.exit(0);
}
if (process.argv.includes('--ntrex-only')) {
  console.log(ntrexSection());
  process.exit(0);
}

const cases = [corpusCase(), ...textBergCases()];
const started = performance.now();
for (const c of cases) {
  const clean = run(c, c.sentences);
  const cleanIds = new Set(clean.findings.map((f) => f.id));
  const pairs = Math.min(c.sentences[0].length, c.sentences[1].length);
  cleanPairs += pairs;
  for (const f of clean.findings.filter(alarm)) {
    // The showcase pair has real errors (gold/findings.json): reporting them is no false alarm.
    if (c.name.startsWith('corpus') && isGoldFinding(f, clean.documents.map((d) => d.lang), c)) {
      knownErrors++;
      continue;
    }
    const inSource = c.name.startsWith('text+berg') ? isSourceDisagreement(f, clean.documents) : undefined;
    if (inSource !== undefined) {
      sourceDisagreementsFound.push([c.name, f.rule, f.evidence.map((e) => `${clean.documents[e.document]!.lang}: ${e.text}`).join(' / '), inSource.note]);
      continue;
    }
    cleanAlarms++;
    cleanAlarmRules.set(f.rule, (cleanAlarmRules.get(f.rule) ?? 0) + 1);
    cleanAlarmList.push([c.name, f.rule, f.evidence.map((e) => `${clean.documents[e.document]!.lang}: ${e.text.slice(0, 40)}`).join(' / ')]);
  }
  // Names to swap in: names of this article that the other version uses too (so a real name of the
  // story, not a capitalised German noun phrase the extractor took for one).
  const allNames = ([0, 1] as const).map((side) =>
    c.sentences[side].flatMap((s) => anchorsOf(s, c.langs[side]).filter((a): a is EntityAnchor => a.type === 'entity' && isName(a))),
  );
  const names = ([0, 1] as const).map((side) => allNames[side]!.filter((n) => allNames[1 - side]!.some((m) => m.value === n.value)));
  for (const type of injectionTypes) {
    const all: Injection[] = [];
    for (const side of [0, 1] as const) {
      for (let i = 0; i < c.sentences[side].length; i++) all.push(...candidates(c, side, i, type, names[side]!));
    }
    const chosen = shuffle(all).slice(0, c.name.startsWith('corpus') ? 8 : injectionsPerTypeAndCase);
    for (const injection of chosen) {
      const sentences: [string[], string[]] = [[...c.sentences[0]], [...c.sentences[1]]];
      sentences[injection.side][injection.sentence] = injection.after;
      const result = run(c, sentences);
      const fresh = result.findings.filter((f) => alarm(f) && !cleanIds.has(f.id));
      const hits = (f: Finding) => f.evidence.some((e) => e.document === injection.side && e.sentence === injection.sentence);
      const tally = byType.get(type)!;
      tally.injected++;
      const dataSet = c.name.startsWith('corpus') ? 'showcase corpus nl–ar' : 'Text+Berg dev de–fr';
      const perSet = bySet.get(dataSet) ?? { injected: 0, detected: 0 };
      perSet.injected++;
      if (fresh.some(hits)) perSet.detected++;
      bySet.set(dataSet, perSet);
      if (fresh.some(hits)) tally.detected++;
      else if (process.env.BENCH_VERBOSE) {
        console.error(`MISS ${type} ${c.name} side ${injection.side}:\n  - ${injection.before}\n  + ${injection.after}`);
        for (const f of fresh) console.error(`  finding ${f.rule}: ${f.message}`);
      }
      for (const f of fresh) {
        const rule = byRule.get(f.rule) ?? { correct: 0, wrong: 0 };
        if (hits(f)) rule.correct++;
        else {
          rule.wrong++;
          if (process.env.BENCH_VERBOSE) console.error(`WRONG ${f.rule} ${c.name}: ${f.message}\n  after ${type} injected on side ${injection.side}:\n  - ${injection.before}\n  + ${injection.after}`);
        }
        byRule.set(f.rule, rule);
      }
    }
  }
}
const showcase = showcaseFiveWay();
const qualitySeconds = (performance.now() - started) / 1000;

const ratio = (x: number, y: number) => (y === 0 ? '–' : (x / y).toFixed(2));
const injectedTotal = [...byType.values()].reduce((s, t) => s + t.injected, 0);
const detectedTotal = [...byType.values()].reduce((s, t) => s + t.detected, 0);
const correctTotal = [...byRule.values()].reduce((s, r) => s + r.correct, 0);
const wrongTotal = [...byRule.values()].reduce((s, r) => s + r.wrong, 0);

// `--draw-only`: one draw's totals as JSON, for the parent run's table of other draws (and, for a quick
// guard without the ntrex halves, the alarms on the untouched Text+Berg pairs).
if (process.argv.includes('--draw-only')) {
  const types = Object.fromEntries([...byType].map(([type, t]) => [type, [t.detected, t.injected]]));
  console.log(JSON.stringify({ seed, injected: injectedTotal, detected: detectedTotal, correct: correctTotal, wrong: wrongTotal, types, untouchedAlarms: cleanAlarmList }));
  process.exit(0);
}

/** The same benchmark with other seeds, each in a child process (the injections draw from one module-level generator). */
function otherDraws(seeds: readonly number[]): Array<Array<string | number>> {
  const totals = { injected: 0, detected: 0, correct: 0, wrong: 0 };
  const rows: Array<Array<string | number>> = [];
  for (const other of seeds) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--draw-only', '--seed', String(other)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const draw = JSON.parse(out) as { injected: number; detected: number; correct: number; wrong: number; types: Record<string, [number, number]> };
    for (const key of ['injected', 'detected', 'correct', 'wrong'] as const) totals[key] += draw[key];
    const perType = Object.entries(draw.types).map(([type, [detected, injected]]) => `${type} ${ratio(detected, injected)}`).join(', ');
    rows.push([other, draw.injected, ratio(draw.detected, draw.injected), ratio(draw.correct, draw.correct + draw.wrong), perType]);
  }
  rows.push(['**pooled**', totals.injected, ratio(totals.detected, totals.injected), ratio(totals.correct, totals.correct + totals.wrong), '']);
  return rows;
}
const ntrexMarkdown = `${ntrexSection()}\n\n#### The same documents as article text\n\n${articleTextSection()}\n\n#### Four more languages as extra versions\n\n${extraLanguagesSection()}\n\n#### A language without a profile as a sixth version\n\n${unprofiledSection()}\n\n#### Other sets of five languages\n\n${mixedSetsSection()}\n\n#### Translations that leave out, join and reorder sentences\n\n${omissionsSection()}\n\n#### Untouched single-language news\n\n${monolingualSection()}\n\n#### Single-language news with one injected change\n\n${monolingualInjectedSection()}`;
const drawSeeds = [1, 2, 3, 4, 5];
const drawRows = otherDraws(drawSeeds);

const recallTable = markdownTable(
  ['injected error', 'injections', 'detected', 'recall'],
  [...[...byType].map(([type, t]) => [type, t.injected, t.detected, ratio(t.detected, t.injected)]), ['**all**', injectedTotal, detectedTotal, ratio(detectedTotal, injectedTotal)]],
);
const precisionTable = markdownTable(
  ['rule', 'new findings', 'on the injected sentence', 'precision'],
  [
    ...[...byRule].sort().map(([rule, r]) => [rule, r.correct + r.wrong, r.correct, ratio(r.correct, r.correct + r.wrong)]),
    ['**all**', correctTotal + wrongTotal, correctTotal, ratio(correctTotal, correctTotal + wrongTotal)],
  ],
);

// ---------------------------------------------------------------------------------------------------
// Speed: five articles of about 1 MB each, built by repeating each corpus article with its numbers varied.

function megabyteArticle(lang: string): string {
  const text = readFileSync(new URL(`../corpora/spring-meeting-2025/${lang}.txt`, import.meta.url), 'utf8');
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < 1_000_000; copy++) {
    // Vary the numbers per copy so the set is not one article over and over.
    let varied = '';
    for (const char of text) varied += char >= '0' && char <= '9' ? String((Number(char) + copy) % 10) : char;
    parts.push(varied);
    size += varied.length;
  }
  return parts.join('\n\n');
}
// --quality-only (or BENCH_SKIP_SPEED=1): skip the timing and print the tables instead of writing RESULTS.md.
const skipSpeed = process.env.BENCH_SKIP_SPEED !== undefined || process.argv.includes('--quality-only');
const bigSet = (skipSpeed ? [] : ['uk', 'nl', 'id', 'sv', 'ar']).map((lang) => ({ lang, text: megabyteArticle(lang) }));
const speedStart = performance.now();
const bigResult = skipSpeed ? { documents: [], findings: [] } : check(bigSet);
const speedSeconds = (performance.now() - speedStart) / 1000;

// Where the time goes: the stages check() stands on, run alone on the same set afterwards. Their word
// look-up memos are warm by then, so segment and anchor times are lower bounds.
const stageStart = performance.now();
const bigDocuments = bigSet.map((d) => toSegmentedDocument(d));
const segmentSeconds = (performance.now() - stageStart) / 1000;
const anchorStart = performance.now();
for (const doc of bigDocuments) for (const sentence of doc.sentences) if (sentence.kind !== 'boilerplate') extractAnchors(sentence, { lang: doc.lang, gazetteer });
const anchorSeconds = (performance.now() - anchorStart) / 1000;
const alignStart = performance.now();
for (let i = 0; i < bigDocuments.length; i++) for (let j = i + 1; j < bigDocuments.length; j++) align(bigDocuments[i]!, bigDocuments[j]!, { gazetteer });
const alignSeconds = (performance.now() - alignStart) / 1000;
const ruleSeconds = Math.max(0, speedSeconds - segmentSeconds - anchorSeconds - alignSeconds);
const megabytes = bigSet.reduce((s, d) => s + d.text.length, 0) / 1e6;

const section = (
  [
    '### ntrex: five languages of real news',
    '',
    ntrexMarkdown,
    '',
    '### Text+Berg de–fr and the showcase pair',
    '',
    `Single-fact errors injected (seed ${seed}) into one side of real translations: the nl–ar pair of the showcase corpus (body sentences) and Text+Berg dev de–fr cut into ${cases.length - 1} windows of ${windowBeads} gold beads; checked in parallel mode. An injection is detected when a new error or warning points at the changed sentence; precision counts the new findings that do.`,
    '',
    recallTable,
    '',
    markdownTable(['data set', 'injections', 'detected', 'recall'], [...bySet].map(([name, t]) => [name, t.injected, t.detected, ratio(t.detected, t.injected)])),
    '',
    `The same with ${drawSeeds.length} other seeds (other injections into the same texts), so the figures are not those of one lucky draw:`,
    '',
    markdownTable(['seed', 'injections', 'recall', 'precision', 'recall by injected error'], drawRows),
    '',
    precisionTable,
    '',
    markdownTable(
      ['untouched text', 'sentence pairs', 'false alarms (error + warning)', 'per 100 sentence pairs', 'by rule', 'known corpus errors found', 'disagreements already in the original texts', 'per 100 if those were counted'],
      [[`${cases.length} pairs`, cleanPairs, cleanAlarms, ((100 * cleanAlarms) / cleanPairs).toFixed(2), [...cleanAlarmRules].map(([r, n]) => `${r} ${n}`).join(', ') || '–', knownErrors, sourceDisagreementsFound.length, ((100 * (cleanAlarms + sourceDisagreementsFound.length)) / cleanPairs).toFixed(2)]],
    ),
    '',
    skipSpeed ? '(speed skipped: --quality-only)' : markdownTable(
      ['speed', 'documents', 'MB', 'sentences', 'findings', 'check() seconds', 'then alone: segment', 'anchors (warm)', `align (${(bigSet.length * (bigSet.length - 1)) / 2} pairs)`, 'rest: rules, cold anchor look-ups'],
      [[
        '5 × 1 MB article set (corpus repeated, numbers varied)', bigSet.length, megabytes.toFixed(2), bigResult.documents.reduce((s, d) => s + d.sentences.length, 0),
        bigResult.findings.length, speedSeconds.toFixed(2), segmentSeconds.toFixed(2), anchorSeconds.toFixed(2), alignSeconds.toFixed(2), ruleSeconds.toFixed(2),
      ]],
    ),
    '',
    markdownTable(
      ['the untouched showcase, five versions (default options)', 'gold findings', 'found', 'other warnings and errors (false alarms)'],
      [['corpora/spring-meeting-2025', showcase.expected, showcase.found, showcase.others.length === 0 ? 0 : `${showcase.others.length}: ${showcase.others.join('; ').replaceAll('|', '/')}`]],
    ),
    '',
    'Disagreements already in the original texts (alarms on untouched Text+Berg pairs, each read by eye and listed with its sentences in `benchmarks/check.ts`; not counted as false alarms):',
    '',
    markdownTable(['pair', 'rule', 'evidence', 'why it is a real disagreement'], sourceDisagreementsFound.map(([pair, rule, evidence, note]) => [pair, rule, evidence.replaceAll('|', '/'), note])),
    '',
    'False alarms on untouched text (counted above):',
    '',
    markdownTable(['pair', 'rule', 'evidence'], cleanAlarmList.map(([pair, rule, evidence]) => [pair, rule, evidence.replaceAll('|', '/')])),
    '',
    `Quality runs took ${qualitySeconds.toFixed(1)} s. Reach: recall ≥ 0.90 and precision ≥ 0.90 overall, ≤ 1 alarm per 100 untouched sentence pairs, 5 × 1 MB in < 5 s.`,
  ].join('\n')
);
if (skipSpeed) console.log(section);
else writeResultsSection('Checks', section);
