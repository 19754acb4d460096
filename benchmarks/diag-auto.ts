// Dev-only diagnostic of `auto` mode (documents 1–31 of NTREX and Text+Berg dev; never the held-out half).
//
// For every pair of each set: the evidence `auto` reads (see `ModeEvidence`), what it decided and why,
// and whether that is right. Translation sets also give strict F1 of the default against `--mode
// parallel`; comparable sets the pairs taken for comparable and P/R of the default.
//
// Sets (all seeded):
//   ntrex          bench:align's translations (10% deleted per side, one pair in eight merged)
//   comparable     bench:align's comparable simulation (40% gone per side, B shuffled in blocks of 3)
//   comparable5    40% gone, blocks of 5          comparable20  20% gone, blocks of 3
//   extra          translations between the extra languages (en ru de fr) and with the five
//   heavy          translations with 20% deleted per side
//   plain          bench:align's translations without digits or capitals (no anchors, as a law text)
//   short          windows of 5–8 lines of each document, 10% deleted
//   textberg       Text+Berg dev de–fr in windows of 15, 30 and 60 gold beads, 10% deleted, and whole
//   showcase       the corpus, pair by pair: nl–ar (translation), every other pair (separate articles)
//   wide10 wide20 wide30  the wider test of the decision: translations between all 45 pairs of the ten
//                  NTREX languages (the five, en ru de fr, and vi, which has no profile and runs on the
//                  generic one), 10%, 20% or 30% deleted per side, one pair in eight merged, --seeds
//                  draws each (fresh seeds, not the bench's)
//   widecmp        the comparable simulation (40% gone, blocks of 3 shuffled) over the same 45 pairs,
//                  --seeds draws
//   tbmoved        Text+Berg dev windows of 15, 30 and 60 gold beads and the whole, 10% of B's
//                  paragraphs (blocks of 5 sentences) moved: counted on the comparable side
//   (--sets wide is wide10,wide20,wide30,widecmp,tbmoved; --seeds defaults to 3)
//
// --list wrong (default) prints the pairs decided wrong, near also those decided in the doubt zone, all every pair.
//
// Run: npx tsx benchmarks/diag-auto.ts [--sets ntrex,comparable] [--list all|wrong|near|none] [--jsonl FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignPair } from '../src/align/align.js';
import type { ModeEvidence } from '../src/align/auto.js';
import { resolveAlignOptions } from '../src/align/options.js';
import { type Bead, type Link, linksToBeads, parseBeadLines, scoreAlignments, type SegmentedDocument, toSegmentedDocument } from '../src/index.js';
import { seededRandom } from './lib/random.js';
import {
  comparablePair,
  goldBeads,
  goldPairs,
  keepLines,
  lastDevDocument,
  linkPairs,
  mergeAdjacent,
  ntrexDir,
  ntrexLanguages,
  PairCounts,
  pairSeed,
  readNtrex,
  type Version,
} from './lib/ntrex.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const textBergDir = `${root}../shared/data/text-berg-dev/`;
const corpusDir = `${root}corpora/spring-meeting-2025/`;

type Truth = 'translation' | 'comparable';
interface Case {
  set: string;
  name: string;
  truth: Truth;
  a: { sentences: string[]; lang: string } | { text: string; lang: string };
  b: { sentences: string[]; lang: string } | { text: string; lang: string };
  /** Translations: gold beads. Comparable: gold sentence pairs. */
  gold?: Bead[];
  goldPairs?: Set<string>;
}

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const allSets = ['ntrex', 'plain', 'comparable', 'comparable5', 'comparable20', 'extra', 'heavy', 'short', 'textberg', 'showcase'];
const wideSets = ['wide10', 'wide20', 'wide30', 'widecmp', 'tbmoved'];
const sets = new Set((arg('--sets') ?? allSets.join(',')).split(',').flatMap((set) => (set === 'wide' ? wideSets : [set])));
const seeds = Number(arg('--seeds') ?? 3);
const list = arg('--list') ?? 'wrong';
const extraLanguages = ['en', 'ru', 'de', 'fr'];
const wideLanguages = [...ntrexLanguages, ...extraLanguages, 'vi'];
const docs = readNtrex(ntrexDir, wideLanguages).filter((doc) => doc.number <= lastDevDocument);
const pairsOf = (langs: readonly string[]) => langs.flatMap((x, i) => langs.slice(i + 1).map((y) => [x, y] as const));
const asInput = (version: Version) => ({ sentences: version.sentences, lang: version.lang });

function translation(lines: Record<string, string[]>, x: string, y: string, seed: number, deleted: number) {
  const next = seededRandom(seed);
  const keptA = keepLines(lines[x]!, x, deleted, next);
  const keptB = keepLines(lines[y]!, y, deleted, next);
  const [a, b] = mergeAdjacent(keptA, keptB, lines[x]!, lines[y]!, 1 / 8, next);
  return { a, b, gold: goldBeads(a, b) };
}

function* cases(): Generator<Case> {
  for (const doc of docs) {
    for (const [x, y] of pairsOf(ntrexLanguages)) {
      const name = `doc ${doc.number} ${x}–${y}`;
      if (sets.has('ntrex')) {
        const t = translation(doc.lines, x, y, pairSeed(doc, x, y, 1), 0.1);
        yield { set: 'ntrex', name, truth: 'translation', a: asInput(t.a), b: asInput(t.b), gold: t.gold };
      }
      if (sets.has('plain')) {
        // Like a law text: no digits and no capitals, so no numbers, dates or names to anchor on.
        const plain = (version: Version) => ({ lang: version.lang, sentences: version.sentences.map((text) => text.replace(/\p{Nd}+/gu, '').toLowerCase()) });
        const t = translation(doc.lines, x, y, pairSeed(doc, x, y, 1), 0.1);
        yield { set: 'plain', name, truth: 'translation', a: plain(t.a), b: plain(t.b), gold: t.gold };
      }
      if (sets.has('heavy')) {
        const t = translation(doc.lines, x, y, pairSeed(doc, x, y, 11), 0.2);
        yield { set: 'heavy', name, truth: 'translation', a: asInput(t.a), b: asInput(t.b), gold: t.gold };
      }
      for (const [set, deleted, block] of [['comparable', 0.4, 3], ['comparable5', 0.4, 5], ['comparable20', 0.2, 3]] as const) {
        if (!sets.has(set)) continue;
        const { a, b } = comparablePair(doc, x, y, pairSeed(doc, x, y, set === 'comparable' ? 2 : 12), deleted, block);
        yield { set, name, truth: 'comparable', a: asInput(a), b: asInput(b), goldPairs: goldPairs(a, b) };
      }
    }
    for (const [set, deleted] of [['wide10', 0.1], ['wide20', 0.2], ['wide30', 0.3]] as const) {
      if (!sets.has(set)) continue;
      for (let seed = 1; seed <= seeds; seed++) {
        for (const [x, y] of pairsOf(wideLanguages)) {
          const t = translation(doc.lines, x, y, pairSeed(doc, x, y, 1000 + 100 * Math.round(deleted * 10) + seed), deleted);
          yield { set, name: `doc ${doc.number} ${x}–${y} seed ${seed}`, truth: 'translation', a: asInput(t.a), b: asInput(t.b), gold: t.gold };
        }
      }
    }
    if (sets.has('widecmp')) {
      for (let seed = 1; seed <= seeds; seed++) {
        for (const [x, y] of pairsOf(wideLanguages)) {
          const { a, b } = comparablePair(doc, x, y, pairSeed(doc, x, y, 2000 + seed), 0.4, 3);
          yield { set: 'widecmp', name: `doc ${doc.number} ${x}–${y} seed ${seed}`, truth: 'comparable', a: asInput(a), b: asInput(b), goldPairs: goldPairs(a, b) };
        }
      }
    }
    if (sets.has('extra')) {
      const all = [...ntrexLanguages, ...extraLanguages];
      for (const [x, y] of pairsOf(all).filter(([p, q]) => extraLanguages.includes(p) || extraLanguages.includes(q))) {
        const t = translation(doc.lines, x, y, pairSeed(doc, x, y, 21), 0.1);
        yield { set: 'extra', name: `doc ${doc.number} ${x}–${y}`, truth: 'translation', a: asInput(t.a), b: asInput(t.b), gold: t.gold };
      }
    }
    if (sets.has('short')) {
      const next = seededRandom(pairSeed(doc, 'short', 'windows', 31));
      const lineCount = doc.lines.en!.length;
      for (const [x, y] of pairsOf(ntrexLanguages)) {
        const size = 5 + Math.floor(next() * 4);
        if (lineCount < size) continue;
        const start = Math.floor(next() * (lineCount - size + 1));
        const window = Object.fromEntries([x, y].map((lang) => [lang, doc.lines[lang]!.slice(start, start + size)]));
        const t = translation(window, x, y, pairSeed(doc, x, y, 32), 0.1);
        yield { set: 'short', name: `doc ${doc.number} ${x}–${y} lines ${start + 1}–${start + size}`, truth: 'translation', a: asInput(t.a), b: asInput(t.b), gold: t.gold };
      }
    }
  }
  if (sets.has('textberg') || sets.has('tbmoved')) yield* textBergCases();
  if (sets.has('showcase')) yield* showcaseCases();
}

function* textBergCases(): Generator<Case> {
  const read = (name: string) => readFileSync(`${textBergDir}${name}`, 'utf8').split('\n').filter((line, k, all) => k < all.length - 1 || line !== '');
  const de = read('dev.de');
  const fr = read('dev.fr');
  const beads = parseBeadLines(readFileSync(`${textBergDir}dev.defr`, 'utf8'));
  const window = (from: number, to: number, seed: number): Case => {
    // Gold beads from..to-1 as one document pair; each of the window's lines becomes an "origin" line.
    const lines: Record<string, string[]> = { de: [], fr: [] };
    const origins: { de: number[][]; fr: number[][] } = { de: [], fr: [] };
    beads.slice(from, to).forEach(([x, y], k) => {
      for (const i of x) {
        lines.de!.push(de[i]!);
        origins.de.push([k]);
      }
      for (const j of y) {
        lines.fr!.push(fr[j]!);
        origins.fr.push([k]);
      }
    });
    // Delete 10% of the sentences per side (seeded), keep the bead number as the origin.
    const next = seededRandom(seed);
    const keep = (side: 'de' | 'fr'): Version => {
      const kept = lines[side]!.map((text, k) => ({ text, origin: origins[side][k]! })).filter(() => next() >= 0.1);
      return { lang: side, sentences: kept.map((s) => s.text), origins: kept.map((s) => s.origin) };
    };
    const a = keep('de');
    const b = keep('fr');
    // Gold: the window's beads, each with the sentences of it that survived (several share one origin).
    const gold: Array<[number[], number[]]> = Array.from({ length: to - from }, (): [number[], number[]] => [[], []]);
    a.origins.forEach(([k], x) => gold[k!]![0].push(x));
    b.origins.forEach(([k], y) => gold[k!]![1].push(y));
    return { set: 'textberg', name: `beads ${from}–${to - 1}`, truth: 'translation', a: asInput(a), b: asInput(b), gold: gold.filter(([x, y]) => x.length + y.length > 0) };
  };
  // The window with 10% of B's paragraphs moved (blocks of 5 sentences, at least one), as bench:align's
  // moved-paragraph row: gold pairs are the pairs of sentences from one bead.
  const moved = (from: number, to: number, seed: number): Case => {
    const { a, b, gold, name } = window(from, to, seed);
    const sentencesB = (b as { sentences: string[] }).sentences;
    const next = seededRandom(seed + 1);
    const paragraphs: number[][] = [];
    sentencesB.forEach((_, y) => (y % 5 === 0 ? paragraphs.push([y]) : paragraphs.at(-1)!.push(y)));
    const moves = Math.max(1, Math.round(paragraphs.length * 0.1));
    for (let k = 0; k < moves; k++) {
      const [paragraph] = paragraphs.splice(Math.floor(next() * paragraphs.length), 1);
      paragraphs.splice(Math.floor(next() * (paragraphs.length + 1)), 0, paragraph!);
    }
    const order = paragraphs.flat();
    const newIndex = new Map(order.map((old, index) => [old, index]));
    const pairs = new Set<string>();
    for (const [xs, ys] of gold!) for (const x of xs) for (const y of ys) pairs.add(`${x}:${newIndex.get(y)}`);
    return { set: 'tbmoved', name: `${name}, paragraphs moved`, truth: 'comparable', a, b: { lang: b.lang, sentences: order.map((y) => sentencesB[y]!) }, goldPairs: pairs };
  };
  const make = sets.has('textberg') ? window : undefined;
  for (const size of [15, 30, 60]) {
    for (let from = 0; from + size <= beads.length; from += size) {
      if (make) yield make(from, from + size, 4100 + from * 7 + size);
      if (sets.has('tbmoved')) yield moved(from, from + size, 4100 + from * 7 + size);
    }
  }
  if (make) yield make(0, beads.length, 4242);
  if (sets.has('tbmoved')) yield moved(0, beads.length, 4242);
}

function* showcaseCases(): Generator<Case> {
  const read = (lang: string) => ({ text: readFileSync(`${corpusDir}${lang}.txt`, 'utf8'), lang });
  // nl and ar translate each other; uk, id and sv are separate articles (and so separate from nl and ar).
  for (const [x, y] of pairsOf(['uk', 'nl', 'id', 'sv', 'ar'])) {
    yield { set: 'showcase', name: `${x}–${y}`, truth: x === 'nl' && y === 'ar' ? 'translation' : 'comparable', a: read(x), b: read(y) };
  }
}

interface Row {
  set: string;
  name: string;
  truth: Truth;
  mode: string;
  reason: string;
  /** Which sign of two articles fired (comparable decisions), from the reason's words. */
  sign: string;
  evidence: ModeEvidence;
  /** Measured beside the decision (not read by it): share of sentences in parallel links ≥ 0.5, and the log-length correlation along them. */
  coverage: number;
  lengthCorrelation: number;
  /** The gold sentence pairs `x:y` (written to --jsonl, for reading the evidence against them). */
  right: string[];
}

/** Share of sentences (both sides) in links of confidence ≥ 0.5, and the Pearson correlation of log lengths of all links. */
function pathMeasures(links: readonly Link[], a: SegmentedDocument, b: SegmentedDocument): { coverage: number; lengthCorrelation: number } {
  const length = (doc: SegmentedDocument, ids: readonly number[]) => Math.log(1 + ids.reduce((sum, id) => sum + doc.sentences[id]!.text.replace(/\s/g, '').length, 0));
  const covered = links.filter((link) => link.score >= 0.5).reduce((sum, link) => sum + link.a.length + link.b.length, 0);
  const xs = links.map((link) => length(a, link.a));
  const ys = links.map((link) => length(b, link.b));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k]! - mean(xs)) * (ys[k]! - mean(ys));
    sxx += (xs[k]! - mean(xs)) ** 2;
    syy += (ys[k]! - mean(ys)) ** 2;
  }
  return { coverage: covered / Math.max(1, a.sentences.length + b.sentences.length), lengthCorrelation: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0 };
}

/** The sign that made a comparable decision, read from the words of its reason. */
function signOf(mode: string, reason: string): string {
  if (mode !== 'comparable') return '';
  if (/two articles: .* translates /.test(reason)) return 'third version';
  const inside = /\(([^)]*)\)/.exec(reason)?.[1] ?? '';
  const has = (words: string) => inside.includes(words);
  if (has('confident sentence pairs')) return 'confident best matches out of order';
  const signs = [has("each other's best match") ? 'best matches out of order' : '', has('anchor matches') && inside.startsWith('B read') ? 'order test (n ≥ 14)' : '', has('anchor matches') && !inside.startsWith('B read') ? 'crossing anchors' : ''];
  if (has('B read') && !inside.startsWith('B read') && !has('anchor matches')) signs.push('reversed share');
  return signs.filter(Boolean).join(' + ') || inside;
}

const auto = resolveAlignOptions({});
const parallel = resolveAlignOptions({ mode: 'parallel' });
const rows: Row[] = [];
const scores = new Map<string, { gold: Bead[][]; auto: Bead[][]; parallel: Bead[][]; counts: PairCounts; comparable: number; total: number }>();
for (const c of cases()) {
  const a = toSegmentedDocument(c.a);
  const b = toSegmentedDocument(c.b);
  const result = alignPair(a, b, auto);
  const decision = result.decision;
  if (!decision?.evidence) continue;
  const parallelLinks = decision.mode === 'parallel' ? result.alignment.links : alignPair(a, b, parallel).alignment.links;
  const reason = decision.reason.replace(/ \([^)]*\)/, '');
  const right = c.goldPairs ? [...c.goldPairs] : (c.gold ?? []).flatMap(([xs, ys]) => xs.flatMap((x) => ys.map((y) => `${x}:${y}`)));
  rows.push({ set: c.set, name: c.name, truth: c.truth, mode: decision.mode, reason, sign: signOf(decision.mode, decision.reason), evidence: decision.evidence, ...pathMeasures(parallelLinks, a, b), right });
  let entry = scores.get(c.set);
  if (!entry) scores.set(c.set, (entry = { gold: [], auto: [], parallel: [], counts: new PairCounts(), comparable: 0, total: 0 }));
  entry.total++;
  if (decision.mode === 'comparable') entry.comparable++;
  if (c.gold) {
    const beadsOf = (links: readonly Link[]) => linksToBeads(links, a.sentences.length, b.sentences.length);
    entry.gold.push(c.gold);
    entry.auto.push(beadsOf(result.alignment.links));
    entry.parallel.push(beadsOf(parallelLinks));
  }
  if (c.goldPairs) entry.counts.add(linkPairs(result.alignment.links), c.goldPairs);
}

const f = (value: number) => value.toFixed(3);
const shareOf = (e: ModeEvidence) => (e.forward > 0 ? e.reversed / e.forward : Infinity);
const describe = (row: Row) => {
  const e = row.evidence;
  return (
    `n=${e.sentences} best ${e.bestOutOfOrder}/${e.bestMatches} out (confident ${e.confidentBestOutOfOrder}/${e.confidentBestMatches}, fair ${e.fairBestOutOfOrder}) · ` +
    `anchors ${e.anchorsInOrder}/${e.anchorMatches} in order · fwd ${f(e.forward)} rev ${f(e.reversed)} share ${f(shareOf(e))} · coverage ${f(row.coverage)} · r ${f(row.lengthCorrelation)}`
  );
};
for (const [set, entry] of scores) {
  const summary = [`${set}: ${entry.comparable} of ${entry.total} pairs taken for comparable`];
  if (entry.gold.length > 0) {
    summary.push(`F1 strict default ${f(scoreAlignments(entry.gold, entry.auto).f1Strict)}, parallel ${f(scoreAlignments(entry.gold, entry.parallel).f1Strict)}`);
  }
  if (entry.counts.gold > 0) summary.push(`default P ${f(entry.counts.precision)} R ${f(entry.counts.recall)}`);
  console.log(summary.join('; '));
}
const reasons = new Map<string, number>();
for (const row of rows) {
  const key = `${row.set} ${row.truth} → ${row.mode}: ${row.reason}`;
  reasons.set(key, (reasons.get(key) ?? 0) + 1);
}
console.log([...reasons].sort().map(([reason, count]) => `  ${count} × ${reason}`).join('\n'));

// The decision table: per side, how many pairs each way, and which sign took pairs for two articles.
for (const truth of ['translation', 'comparable'] as const) {
  const side = rows.filter((row) => row.truth === truth);
  if (side.length === 0) continue;
  const comparable = side.filter((row) => row.mode === 'comparable');
  const bySign = new Map<string, number>();
  for (const row of comparable) bySign.set(row.sign, (bySign.get(row.sign) ?? 0) + 1);
  const doubt = side.filter((row) => row.mode === 'parallel' && row.reason.startsWith('in doubt')).length;
  console.log(
    `decision table, ${truth} pairs (${[...new Set(side.map((row) => row.set))].join(', ')}): ${side.length} pairs, ${comparable.length} taken for comparable, ` +
      `${side.length - comparable.length} for a translation (${doubt} in doubt)` +
      (bySign.size > 0 ? `; signs: ${[...bySign].sort((p, q) => q[1] - p[1]).map(([sign, count]) => `${sign} ${count}`).join(', ')}` : ''),
  );
}

// Margins: for each sign of two articles, the value it measures on the pairs where its other conditions
// hold: the largest a translation reaches (the threshold it must stay below), and how many pairs of
// each side pass the threshold.
const inOrderAll = (e: ModeEvidence) => e.anchorMatches >= 3 && e.anchorsInOrder === e.anchorMatches;
const crossing = (e: ModeEvidence) => e.anchorMatches >= 4 && e.anchorsInOrder < 0.6 * e.anchorMatches;
const outOfOrder = (out: number, of: number) => out >= 2 && out > 0.4 * of;
const identifyingOut = (e: ModeEvidence) => e.confidentBestOutOfOrderIdentifying ?? e.confidentBestOutOfOrder;
const bestIdentifying = (e: ModeEvidence) => e.bestOutOfOrderIdentifying ?? e.bestOutOfOrder;
const signs: Array<{ name: string; gate: (e: ModeEvidence) => boolean; value: (e: ModeEvidence) => number; threshold: string; passes: (v: number) => boolean }> = [
  { name: 'confident best matches out of order, two identifying: share out', gate: (e) => e.confidentBestOutOfOrder >= 2 && identifyingOut(e) >= 2, value: (e) => e.confidentBestOutOfOrder / e.confidentBestMatches, threshold: '> 0.4', passes: (v) => v > 0.4 },
  { name: 'confident best matches out of order, fewer identifying: B backwards share', gate: (e) => outOfOrder(e.confidentBestOutOfOrder, e.confidentBestMatches) && identifyingOut(e) < 2 && !crossing(e), value: shareOf, threshold: '≥ 0.7', passes: (v) => v >= 0.7 },
  { name: 'best matches out of order with a fair one, one identifying: share', gate: (e) => outOfOrder(e.bestOutOfOrder, e.bestMatches) && e.fairBestOutOfOrder > 0 && bestIdentifying(e) > 0, value: shareOf, threshold: '≥ 0.8', passes: (v) => v >= 0.8 },
  { name: 'best matches out of order with a fair one, none identifying: share', gate: (e) => outOfOrder(e.bestOutOfOrder, e.bestMatches) && e.fairBestOutOfOrder > 0 && bestIdentifying(e) === 0, value: shareOf, threshold: '≥ 1', passes: (v) => v >= 1 },
  { name: 'order test at n ≥ 14, anchors not all in order, a best match agreeing: share', gate: (e) => e.sentences >= 14 && !inOrderAll(e) && (e.confidentBestOutOfOrder > 0 || bestIdentifying(e) > 0 || crossing(e)), value: shareOf, threshold: '≥ 0.95', passes: (v) => v >= 0.95 },
  { name: 'order test at n ≥ 14, anchors crossing: share', gate: (e) => e.sentences >= 14 && crossing(e), value: shareOf, threshold: '≥ 0.8', passes: (v) => v >= 0.8 },
  { name: 'best matches out of order and anchors crossing: share', gate: (e) => outOfOrder(e.bestOutOfOrder, e.bestMatches) && crossing(e), value: shareOf, threshold: '≥ 0.7', passes: (v) => v >= 0.7 },
];
console.log('margins (value measured where the sign\'s other conditions hold):');
for (const sign of signs) {
  const side = (truth: Truth) => rows.filter((row) => row.truth === truth && sign.gate(row.evidence)).map((row) => sign.value(row.evidence));
  const translation = side('translation');
  const comparable = side('comparable');
  const top = [...translation].sort((p, q) => q - p).slice(0, 3).map(f).join(', ') || '–';
  console.log(
    `  ${sign.name} ${sign.threshold}: translations ${translation.filter(sign.passes).length} of ${translation.length} pass (largest ${top}); ` +
      `comparable ${comparable.filter(sign.passes).length} of ${comparable.length} pass`,
  );
}
const wrong = (row: Row) => (row.truth === 'translation') !== (row.mode === 'parallel');
const near = (row: Row) => row.reason.startsWith('in doubt');
for (const row of rows) {
  if (list === 'all' || (list === 'wrong' && wrong(row)) || (list === 'near' && (wrong(row) || near(row)))) {
    console.log(`${wrong(row) ? 'WRONG ' : near(row) ? 'DOUBT ' : ''}${row.set} ${row.name} (${row.truth} → ${row.mode}) ${describe(row)}`);
  }
}
const out = arg('--jsonl');
if (out) writeFileSync(out, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
