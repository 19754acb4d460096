// Segmentation quality and speed: anchoralign vs Intl.Segmenter vs sentence-splitter, in one run.
// Quality: boundary F1 on the UD dev sets (../shared/data/segmentation-dev/) and on the corpus gold.
// Speed: MB/s (UTF-8) of each segmenter on the same text, and anchoralign's per-byte speed on one
// 1 MB paragraph relative to 1 KB paragraphs (a ratio near 1 means no quadratic path).
// --quality-only prints the F1 table only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { split as sentenceSplitterSplit } from 'sentence-splitter';
import { scoreSegmentation, segment } from '../src/index.js';
import type { Span } from '../src/index.js';
import { markdownTable, writeResultsSection } from './lib/results.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const devDir = `${root}../shared/data/segmentation-dev/`;
const corpusDir = `${root}corpora/spring-meeting-2025/`;

interface GoldText {
  name: string;
  lang: string;
  text: string;
  gold: Span[];
}

/** UD jsonl: sentences joined by a space, paragraphs (and documents) by a blank line. */
function loadJsonl(lang: string, file: string): GoldText {
  let text = '';
  const gold: Span[] = [];
  for (const line of readFileSync(devDir + file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { newdoc: boolean; newpar: boolean; text: string };
    const sentence = row.text.trim();
    if (sentence === '') continue;
    if (text.length > 0) text += row.newpar || row.newdoc ? '\n\n' : ' ';
    gold.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  return { name: `UD dev ${lang}`, lang, text, gold };
}

/** One gold sentence per line, joined by a space. */
function loadLines(lang: string, file: string, name: string): GoldText {
  let text = '';
  const gold: Span[] = [];
  for (const line of readFileSync(devDir + file, 'utf8').split('\n')) {
    const sentence = line.trim();
    if (sentence === '') continue;
    if (text.length > 0) text += ' ';
    gold.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  return { name, lang, text, gold };
}

/**
 * NTREX-128 dev (../shared/data/ntrex-dev/): each document's lines joined into an article, the headline
 * (its first line, usually without final punctuation) as a paragraph of its own, the other sentences
 * joined by a space; documents apart by a blank line. `half` 1 is documents 1–31 (development), 2 is
 * 32–62 (reported only).
 */
function loadNtrex(lang: string, half: 1 | 2): GoldText {
  const dir = `${root}../shared/data/ntrex-dev/`;
  const ids = readFileSync(`${dir}DOCUMENT_IDS.tsv`, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const lines = readFileSync(`${dir}${lang}.txt`, 'utf8').split('\n');
  const documents: string[][] = [];
  ids.forEach((id, i) => {
    if (i === 0 || id !== ids[i - 1]) documents.push([]);
    documents.at(-1)!.push((lines[i] ?? '').trim());
  });
  const chosen = half === 1 ? documents.slice(0, 31) : documents.slice(31);
  let text = '';
  const gold: Span[] = [];
  for (const document of chosen) {
    document.filter((sentence) => sentence !== '').forEach((sentence, k) => {
      if (text.length > 0) text += k <= 1 ? '\n\n' : ' ';
      gold.push({ start: text.length, end: text.length + sentence.length });
      text += sentence;
    });
  }
  return { name: `NTREX dev ${lang}, docs ${half === 1 ? '1–31' : '32–62'}`, lang, text, gold };
}

function loadCorpusGold(lang: string): GoldText | undefined {
  const goldPath = `${corpusDir}gold/${lang}.segments.json`;
  if (!existsSync(goldPath)) return undefined;
  const text = readFileSync(`${corpusDir}${lang}.txt`, 'utf8');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Span[];
  return { name: `corpus ${lang}`, lang, text, gold };
}

/** Trims white space off a span, as every segmenter is scored on trimmed spans. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

type Segmenter = (text: string, lang: string) => Span[];

const segmenters: Record<string, Segmenter> = {
  anchoralign: (text, lang) => segment(text, { lang }),
  'Intl.Segmenter': (text, lang) => {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    const spans: Span[] = [];
    for (const part of segmenter.segment(text)) {
      const span = trimSpan(text, part.index, part.index + part.segment.length);
      if (span.end > span.start) spans.push(span);
    }
    return spans;
  },
  'sentence-splitter': (text) => {
    const spans: Span[] = [];
    for (const node of sentenceSplitterSplit(text)) {
      if (node.type !== 'Sentence') continue;
      const span = trimSpan(text, node.range[0], node.range[1]);
      if (span.end > span.start) spans.push(span);
    }
    return spans;
  },
};
const names = Object.keys(segmenters);

const devSets: GoldText[] = [
  loadJsonl('uk', 'uk.ud-iu-dev.jsonl'),
  loadJsonl('nl', 'nl.ud-alpino-dev.jsonl'),
  loadJsonl('id', 'id.ud-gsd-dev.jsonl'),
  loadJsonl('sv', 'sv.ud-talbanken-dev.jsonl'),
  loadLines('ar', 'ar.news-commentary-dev.txt', 'news-commentary dev ar'),
];
const corpusSets = ['uk', 'nl', 'id', 'sv', 'ar'].map(loadCorpusGold).filter((set): set is GoldText => set !== undefined);
// The four languages with NTREX text beyond the first five (full profiles since issue 14), on both halves of the dev set.
const ntrexSets = existsSync(`${root}../shared/data/ntrex-dev/`)
  ? ['en', 'ru', 'de', 'fr'].flatMap((lang) => [loadNtrex(lang, 1), loadNtrex(lang, 2)])
  : [];

const pct = (value: number) => (value * 100).toFixed(1);
const qualityRows: string[][] = [];
const meanF1 = new Map<string, number>(names.map((name) => [name, 0]));
for (const set of [...devSets, ...corpusSets, ...ntrexSets]) {
  const row = [set.name, String(set.gold.length)];
  for (const name of names) {
    const score = scoreSegmentation(segmenters[name]!(set.text, set.lang), set.gold);
    row.push(pct(score.f1));
    if (devSets.includes(set)) meanF1.set(name, (meanF1.get(name) ?? 0) + score.f1 / devSets.length);
  }
  qualityRows.push(row);
}
qualityRows.push(['**mean of UD/news dev sets**', '', ...names.map((name) => `**${pct(meanF1.get(name) ?? 0)}**`)]);
// --quality-only: print the F1 table and stop (no timing, RESULTS.md untouched).
if (process.argv.includes('--quality-only')) {
  console.log(markdownTable(['set', 'gold sentences', ...names], qualityRows));
  process.exit(0);
}

// Speed: every segmenter on the same text — all dev-set sentences in ~1 KB paragraphs — one call per
// paragraph. Intl.Segmenter slows down superlinearly on long strings in Node 20 (see below), so
// whole-text calls would measure that rather than the segmenters. Best of a few runs.
const allSentences = devSets.flatMap((set) => set.gold.map((span) => set.text.slice(span.start, span.end)));
const speedParagraphs: string[] = [];
let speedParagraph = '';
for (const sentence of allSentences) {
  speedParagraph += (speedParagraph ? ' ' : '') + sentence;
  if (speedParagraph.length >= 1000) {
    speedParagraphs.push(speedParagraph);
    speedParagraph = '';
  }
}
if (speedParagraph) speedParagraphs.push(speedParagraph);
const speedText = speedParagraphs.join('\n\n');
const speedBytes = Buffer.byteLength(speedText, 'utf8');
function bestSeconds(run: () => void, repeats: number, warmUps = 0): number {
  // Warm-up runs let the JIT optimise the JavaScript segmenters before the clock counts.
  for (let w = 0; w < warmUps; w++) run();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    const t0 = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}
// Interleaved rounds, best of each: every segmenter sees the same load on a shared machine.
const speedRuns: Array<[string, () => void, number]> = names.map((name) => [
  name,
  () => {
    for (const paragraph of speedParagraphs) segmenters[name]!(paragraph, 'nl');
  },
  name === 'sentence-splitter' ? 2 : 9,
]);
speedRuns.push(['anchoralign, whole text in one call', () => segment(speedText, { lang: 'nl' }), 9]);
for (const [, run, rounds] of speedRuns) bestSeconds(run, 0, rounds > 2 ? 3 : 0);
const bestSpeed = new Map<string, number>();
for (let round = 0; round < 9; round++) {
  for (const [name, run, rounds] of speedRuns) {
    if (round >= rounds) continue;
    bestSpeed.set(name, Math.min(bestSpeed.get(name) ?? Number.POSITIVE_INFINITY, bestSeconds(run, 1)));
  }
}
const speedRows = speedRuns.map(([name]) => [name, (speedBytes / 1e6).toFixed(2), (speedBytes / 1e6 / bestSpeed.get(name)!).toFixed(1)]);

// Intl.Segmenter's own scaling on one long paragraph (why the speed table calls it per paragraph).
const intlSample = allSentences.join(' ');
const intlSeconds = (length: number) =>
  bestSeconds(() => segmenters['Intl.Segmenter']!(intlSample.slice(0, length), 'nl'), 1);
const intlSmall = intlSeconds(50_000);
const intlLarge = intlSeconds(200_000);

// No quadratic paths: one 1 MB paragraph vs the same sentences in ~1 KB paragraphs.
const sentencesForScaling = allSentences;
let oneParagraph = '';
let paragraphs = '';
let paragraph = '';
for (let k = 0; oneParagraph.length < 1_000_000; k++) {
  const sentence = sentencesForScaling[k % sentencesForScaling.length] ?? '';
  oneParagraph += (oneParagraph ? ' ' : '') + sentence;
  paragraph += (paragraph ? ' ' : '') + sentence;
  if (paragraph.length >= 1000) {
    paragraphs += (paragraphs ? '\n\n' : '') + paragraph;
    paragraph = '';
  }
}
paragraphs += paragraph ? `\n\n${paragraph}` : '';
const bytesOne = Buffer.byteLength(oneParagraph, 'utf8');
const bytesMany = Buffer.byteLength(paragraphs, 'utf8');
// Interleaved, best of many: both inputs see the same load on a shared machine.
let bestOne = Number.POSITIVE_INFINITY;
let bestMany = Number.POSITIVE_INFINITY;
bestSeconds(() => segment(oneParagraph, { lang: 'nl' }), 0, 3);
bestSeconds(() => segment(paragraphs, { lang: 'nl' }), 0, 3);
for (let round = 0; round < 9; round++) {
  bestOne = Math.min(bestOne, bestSeconds(() => segment(oneParagraph, { lang: 'nl' }), 1));
  bestMany = Math.min(bestMany, bestSeconds(() => segment(paragraphs, { lang: 'nl' }), 1));
}
const speedOne = bytesOne / 1e6 / bestOne;
const speedMany = bytesMany / 1e6 / bestMany;

writeResultsSection(
  'Segmentation',
  [
    '### Boundary F1 (%)',
    '',
    'A boundary is a sentence end (the end of the text excluded). UD dev sets: sentences joined by a space, paragraphs by a blank line; Arabic: news-commentary dev, one gold sentence per line, joined by a space. Corpus rows: `corpora/spring-meeting-2025/gold/`. NTREX rows: the ntrex-dev documents of en, ru, de and fr (full profiles, `src/lang/<code>/`; with the generic rules they scored en 95.9 / 97.4, ru 94.8 / 98.4, de 93.7 / 93.7, fr 95.6 / 98.4), each an article of its lines (headline as a paragraph, sentences joined by a space); docs 1–31 for development, 32–62 reported only.',
    '',
    markdownTable(['set', 'gold sentences', ...names], qualityRows),
    '',
    '### Throughput (same text for all: every dev-set sentence, in ~1 KB paragraphs, one call per paragraph)',
    '',
    markdownTable(['segmenter', 'MB (UTF-8)', 'MB/s'], speedRows),
    '',
    '### Scaling (anchoralign)',
    '',
    markdownTable(
      ['input', 'MB', 'MB/s'],
      [
        ['one 1 MB paragraph, no newline', (bytesOne / 1e6).toFixed(2), speedOne.toFixed(1)],
        ['~1 KB paragraphs', (bytesMany / 1e6).toFixed(2), speedMany.toFixed(1)],
        ['per-byte speed ratio (1 MB / 1 KB)', '', (speedOne / speedMany).toFixed(2)],
      ],
    ),
    '',
    `Intl.Segmenter on one paragraph without newlines: 50 K characters in ${(intlSmall * 1000).toFixed(0)} ms, 200 K in ${(intlLarge * 1000).toFixed(0)} ms (×${(intlLarge / intlSmall).toFixed(1)} for ×4 the text).`,
  ].join('\n'),
);
