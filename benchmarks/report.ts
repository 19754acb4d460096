// HTML report: time and size of renderReport on large article sets (5 × 0.5 / 1 / 2 MB), to show the
// page is built in linear time. The documents are the showcase corpus repeated (seeded sentence
// order), segmented for real; clusters, anchors and findings are synthetic so that the figure is the
// renderer's alone.  Run: npx tsx benchmarks/report.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReport } from '../src/report/html/index.js';
import { alignMany, check, report, toSegmentedDocument } from '../src/index.js';
import type { Anchor, Cluster, Finding, SegmentedDocument } from '../src/index.js';
import { markdownTable, writeResultsSection } from './lib/results.js';
import { seededRandom } from './lib/random.js';

const corpus = fileURLToPath(new URL('../corpora/spring-meeting-2025/', import.meta.url));
const languages = ['uk', 'nl', 'id', 'sv', 'ar'];


function buildSet(bytesPerDocument: number, random: () => number): SegmentedDocument[] {
  return languages.map((lang) => {
    const lines = readFileSync(`${corpus}${lang}.txt`, 'utf8').split('\n').filter((line) => line.trim() !== '');
    const parts: string[] = [];
    let length = 0;
    while (length < bytesPerDocument) {
      const line = lines[Math.floor(random() * lines.length)]!;
      parts.push(line);
      length += line.length + 1;
    }
    return toSegmentedDocument({ text: parts.join('\n'), lang, path: `${lang}.txt` });
  });
}

/** Every digit run is a number anchor; every k-th sentence index is clustered across documents. */
function synthesise(documents: SegmentedDocument[]): { clusters: Cluster[]; anchors: Anchor[][]; findings: Finding[] } {
  const anchors = documents.map((document) => {
    const found: Anchor[] = [];
    const text = document.text;
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) < 48 || text.charCodeAt(index) > 57) continue;
      let end = index;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      const written = text.slice(index, end);
      found.push({ type: 'number', start: index, end, text: written, value: written, numeric: Number(written), relation: 'exact' });
      index = end;
    }
    return found;
  });
  const shortest = Math.min(...documents.map((document) => document.sentences.length));
  const clusters: Cluster[] = [];
  for (let sentence = 0; sentence < shortest; sentence += 2) {
    clusters.push({ members: documents.map((_, document) => ({ document, sentences: [sentence] })), score: 0.8 });
  }
  const findings: Finding[] = [];
  for (let index = 0; index < 1000; index++) {
    const document = index % documents.length;
    const sentence = documents[document]!.sentences[(index * 7) % documents[document]!.sentences.length]!;
    findings.push({
      id: `f${index}`,
      rule: ['count-mismatch', 'date-mismatch', 'country-label'][index % 3]!,
      severity: (['error', 'warning', 'info'] as const)[index % 3]!,
      message: `Synthetic finding ${index}`,
      evidence: [{ document, sentence: sentence.index, start: sentence.start, end: sentence.start + 1, text: sentence.text.slice(0, 1) }],
    });
  }
  return { clusters, anchors, findings };
}

const rows: Array<Array<string | number>> = [];
let previousMs: number | undefined;
for (const megabytes of [0.5, 1, 2]) {
  const documents = buildSet(megabytes * 1_000_000, seededRandom(20250220));
  const extras = synthesise(documents);
  renderReport({ documents, ...extras }); // warm-up
  const times: number[] = [];
  let size = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    size = renderReport({ documents, ...extras }).length;
    times.push(performance.now() - started);
  }
  const best = Math.min(...times);
  const sentences = documents.reduce((sum, document) => sum + document.sentences.length, 0);
  rows.push([
    `5 × ${megabytes} MB`,
    sentences,
    extras.anchors.reduce((sum, list) => sum + list.length, 0),
    best.toFixed(0),
    previousMs === undefined ? '–' : (best / previousMs).toFixed(2),
    (size / 1e6).toFixed(1),
    (process.memoryUsage().rss / 2 ** 20).toFixed(0),
  ]);
  previousMs = best;
}

// The whole pipeline on 5 × 1 MB (one run): what `anchoralign report` costs, and where the time goes.
const fullSet = buildSet(1_000_000, seededRandom(7)).map(({ lang, text, path }) => ({ lang, text, ...(path ? { path } : {}) }));
let started = performance.now();
const checked = check(fullSet);
const checkMs = performance.now() - started;
started = performance.now();
alignMany(checked.documents);
const alignManyMs = performance.now() - started;
started = performance.now();
const fullHtml = report(fullSet);
const reportMs = performance.now() - started;
const pipelineRows = [
  ['check', checkMs.toFixed(0)],
  ['alignMany (rows)', alignManyMs.toFixed(0)],
  ['report() in all (check + alignMany + anchors + rendering)', reportMs.toFixed(0)],
];

writeResultsSection(
  'HTML report',
  `renderReport on synthetic clusters/anchors/findings over the corpus repeated (seeded); best of 3 runs.\n\n` +
    markdownTable(['set', 'sentences', 'anchors', 'render ms', '× previous', 'HTML MB', 'RSS MiB'], rows) +
    `\n\nThe whole \`report()\` pipeline on 5 × 1 MB (one run each, so as noisy as the machine; ${(fullHtml.length / 1e6).toFixed(1)} MB of HTML, ` +
    `${checked.findings.length} findings, peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB):\n\n` +
    markdownTable(['step', 'ms'], pipelineRows),
);
