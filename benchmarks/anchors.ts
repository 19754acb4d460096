// npm run bench:anchors — throughput of extractAnchors on the showcase corpus, each article repeated to
// about 1 MB and segmented once, next to a bare digit regex in the same process (a floor, not a rival:
// it finds digits only). Also: the 1 MB adversarial inputs, and how many of the corpus's people and
// places resolve to their one key. Writes the "Anchors" section of benchmarks/RESULTS.md.
import { readFileSync } from 'node:fs';
import { extractAnchors, segment, type Anchor } from '../src/index.js';
import { markdownTable, writeResultsSection } from './lib/results.js';

const languages = ['uk', 'nl', 'id', 'sv', 'ar'] as const;
const corpus = new URL('../corpora/spring-meeting-2025/', import.meta.url);
const targetBytes = 1 << 20;
const runs = 5;

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Median wall and CPU time of `runs` runs after two warm-up runs (the JIT needs them). */
function measure(work: () => void): Timing {
  work();
  work();
  const samples: Timing[] = [];
  for (let r = 0; r < runs; r++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    const cpu = process.cpuUsage(cpu0);
    samples.push({ wallMs: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: median(samples.map((s) => s.cpuMs)) };
}

const mbPerSecond = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);

const rows: Array<Array<string | number>> = [];
let totalBytes = 0;
let totalWall = 0;
let totalCpu = 0;
let baselineWall = 0;
for (const lang of languages) {
  const article = readFileSync(new URL(`${lang}.txt`, corpus), 'utf8');
  const copies = Math.ceil(targetBytes / Buffer.byteLength(article));
  const text = Array.from({ length: copies }, () => article).join('\n\n');
  const bytes = Buffer.byteLength(text);
  const sentences = segment(text, { lang });
  let anchors = 0;
  const timing = measure(() => {
    anchors = 0;
    for (const sentence of sentences) anchors += extractAnchors(sentence, { lang }).length;
  });
  const digitPattern = /\p{Nd}+/gu;
  let digitRuns = 0;
  const baseline = measure(() => {
    digitRuns = 0;
    for (const sentence of sentences) digitRuns += sentence.text.match(digitPattern)?.length ?? 0;
  });
  totalBytes += bytes;
  totalWall += timing.wallMs;
  totalCpu += timing.cpuMs;
  baselineWall += baseline.wallMs;
  rows.push([lang, (bytes / 1e6).toFixed(2), sentences.length, anchors, mbPerSecond(bytes, timing.wallMs), mbPerSecond(bytes, timing.cpuMs), mbPerSecond(bytes, baseline.wallMs)]);
}
rows.push(['**all**', (totalBytes / 1e6).toFixed(2), '', '', `**${mbPerSecond(totalBytes, totalWall)}**`, `**${mbPerSecond(totalBytes, totalCpu)}**`, mbPerSecond(totalBytes, baselineWall)]);

// Adversarial inputs: 1 MB each, one call.
const megabyte = 1 << 20;
const repeat = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
const adversarial: Array<[string, string, string]> = [
  ['one 1 MB digit run', 'nl', repeat('9')],
  ['1.2.3.4… dotted digits', 'nl', repeat('1.2.')],
  ['1 435 435… grouped digits', 'uk', `1${repeat(' 435')}`],
  ['COVID-19-… codes', 'nl', repeat('COVID-19-')],
  ['capitalised names', 'nl', repeat('Quang Ninh Aa ')],
  ['Cyrillic inflected names', 'uk', repeat('Куангніня Хазянгом ')],
  ['Arabic name windows', 'ar', repeat('كوانغ نينه وقوانغشي ')],
];
const adversarialRows = adversarial.map(([name, lang, text]) => {
  const timing = measure(() => extractAnchors(text, { lang, knownNames: ['Vu Dai Thang', 'Tran Cuong'] }));
  return [name, lang, timing.wallMs.toFixed(0), mbPerSecond(Buffer.byteLength(text), timing.wallMs)];
});

// Entity keys across languages (the corpus list of people and places).
const { entities } = JSON.parse(readFileSync(new URL('../tests/fixtures/anchors/corpus/entities.json', import.meta.url), 'utf8')) as {
  entities: Array<{ key: string; forms: Record<string, string[]> }>;
};
const found = new Map<string, Anchor[]>();
for (const lang of languages) {
  const text = readFileSync(new URL(`${lang}.txt`, corpus), 'utf8');
  const knownNames = lang === 'ar' ? entities.map((e) => e.key) : undefined;
  found.set(lang, segment(text, { lang }).filter((s) => s.kind !== 'boilerplate').flatMap((s) => extractAnchors(s, { lang, ...(knownNames ? { knownNames } : {}) })));
}
let forms = 0;
let resolved = 0;
let multilingual = 0;
for (const entity of entities) {
  if (Object.keys(entity.forms).length > 1) multilingual += 1;
  for (const [lang, list] of Object.entries(entity.forms)) {
    for (const form of list) {
      forms += 1;
      if (found.get(lang)!.some((a) => a.type === 'entity' && a.text === form && a.value === entity.key)) resolved += 1;
    }
  }
}

writeResultsSection(
  'Anchors',
  `Throughput of \`extractAnchors\` over the segmented sentences of each corpus article repeated to about 1 MB (UTF-8 bytes),
median of ${runs} runs after two warm-up runs. CPU MB/s divides by the process's CPU time, which is steadier than wall time on
this shared machine. The digit regex (\`/\\p{Nd}+/gu\` over the same sentences) is a floor for comparison: it only finds digit runs.

${markdownTable(['language', 'MB', 'sentences', 'anchors', 'MB/s (wall)', 'MB/s (CPU)', 'digit regex MB/s (wall)'], rows)}

Adversarial inputs (1 MB, one call each):

${markdownTable(['input', 'lang', 'ms (wall)', 'MB/s (wall)'], adversarialRows)}

Cross-language entity keys: ${resolved} of ${forms} surface forms of the corpus's ${entities.length} people and places
(${multilingual} named in more than one language) are extracted with their one key.`,
);
