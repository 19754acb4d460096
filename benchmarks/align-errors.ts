// Dev-only error breakdown of the NTREX translation rows of bench:align (documents 1–31 only; the
// held-out half is never read here). Test and gold beads are cut into regions (sentences joined by a
// test bead or a gold bead); a region where the two disagree is one error, classed by the gold beads it
// holds and the test beads made there. For each class: the test beads wrong, the gold beads missed, and
// the strict F1 if that class alone were right (its ceiling).
//   npx tsx benchmarks/align-errors.ts [--mode parallel] [--dictionary] [--show CLASS] [--pair uk-ar] [--level fine]
//     [--options '{"features":{"lexicon":3}}'] [--list] (every wrong region, one line each, to diff two runs)
//     [--salt N] (another draw of the deletions and merges, more development material; bench:align draws salt 1)
import { align, type AlignOptions, type Bead, linksToBeads, scoreAlignments } from '../src/index.js';
import { freedictLexicon } from './lib/freedict.js';
import { lastDevDocument, ntrexDir, ntrexLanguages, pairSeed, readNtrex, translationPair, type Version } from './lib/ntrex.js';

const argument = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const mode = argument('--mode') as AlignOptions['mode'];
const withDictionary = process.argv.includes('--dictionary');
const show = argument('--show');
const onlyPair = argument('--pair');
const list = process.argv.includes('--list');
const salt = Number(argument('--salt') ?? 1);
if (!Number.isInteger(salt)) throw new RangeError('--salt must be an integer');

const shape = ([a, b]: Bead) => `${a.length}-${b.length}`;
const key = ([a, b]: Bead) => `${a.join(',')}:${b.join(',')}`;

interface Region {
  gold: Bead[];
  test: Bead[];
}

/** Sentences joined by a gold or test bead, as regions. */
function regions(gold: readonly Bead[], test: readonly Bead[]): Region[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const node = (side: string, index: number) => {
    const name = `${side}${index}`;
    if (!parent.has(name)) parent.set(name, name);
    return name;
  };
  const join = ([a, b]: Bead) => {
    const names = [...a.map((x) => node('a', x)), ...b.map((y) => node('b', y))];
    for (const name of names.slice(1)) parent.set(find(name), find(names[0]!));
  };
  for (const bead of gold) join(bead);
  for (const bead of test) join(bead);
  const byRoot = new Map<string, Region>();
  const put = (bead: Bead, which: 'gold' | 'test') => {
    const first = bead[0].length > 0 ? `a${bead[0][0]}` : `b${bead[1][0]}`;
    const root = find(first);
    let region = byRoot.get(root);
    if (!region) byRoot.set(root, (region = { gold: [], test: [] }));
    region[which].push(bead);
  };
  for (const bead of gold) put(bead, 'gold');
  for (const bead of test) put(bead, 'test');
  return [...byRoot.values()];
}

/** The class of a wrong region: what the gold has there, and what the aligner made of it. */
function classify(region: Region): string {
  const goldLinks = region.gold.filter(([a, b]) => a.length > 0 && b.length > 0);
  const goldSkips = region.gold.length - goldLinks.length;
  const testLinks = region.test.filter(([a, b]) => a.length > 0 && b.length > 0);
  if (goldLinks.length === 0) return `deletions linked (${testLinks.map(shape).join(' ')})`;
  const merges = goldLinks.filter(([a, b]) => a.length + b.length > 2).length;
  const goldPart = `${merges > 0 ? 'merge' : '1-1'}${goldSkips > 0 ? '+deletion' : ''}${goldLinks.length > 1 ? ` ×${goldLinks.length}` : ''}`;
  const testShapes = testLinks.map(shape).sort().join(' ') || 'none';
  const unlinked = region.test.length - testLinks.length;
  return `${goldPart} → ${testShapes}${unlinked > 0 ? ` +${unlinked} unlinked` : ''}`;
}

interface Tally {
  regions: number;
  wrongTest: number;
  missedGold: number;
  examples: string[];
}

const docs = readNtrex(ntrexDir).filter((doc) => doc.number <= lastDevDocument);
const pairs = ntrexLanguages.flatMap((x, i) => ntrexLanguages.slice(i + 1).map((y) => [x, y] as const));
const byClass = new Map<string, Tally>();
const byPair = new Map<string, { gold: Bead[][]; test: Bead[][]; comparable: number }>();
const allGold: Bead[][] = [];
const allTest: Bead[][] = [];
const documentRegions: Array<Array<{ region: Region; name: string | undefined }>> = [];
const level = argument('--level') ?? 'coarse';
/** Coarse classes: what the gold has in the region, and the kind of mistake the test made. */
const coarse = (name: string) => {
  if (level === 'fine') return name.replace(/ ×\d+/, ' ×n');
  const [goldPart, testPart = ''] = name.split(' → ');
  if (name.startsWith('deletions linked')) return 'deletions linked to each other';
  const shapes = testPart.split(' ').filter((part) => /^\d-\d$/.test(part));
  const wide = shapes.some((part) => part !== '1-1');
  const unlinked = testPart.includes('unlinked') || testPart === 'none';
  const mistake = wide ? (unlinked ? 'wider beads + unlinked' : 'wider beads') : unlinked ? 'only 1-1 + unlinked' : 'only 1-1';
  return `${goldPart!.replace(/ ×\d+/, '')} → ${mistake}`;
};

for (const doc of docs) {
  for (const [x, y] of pairs) {
    if (onlyPair && onlyPair !== `${x}-${y}`) continue;
    const { a, b, gold } = translationPair(doc, x, y, pairSeed(doc, x, y, salt));
    const options: AlignOptions = { ...(JSON.parse(argument('--options') ?? '{}') as AlignOptions), ...(mode ? { mode } : {}) };
    if (withDictionary) {
      const entry = freedictLexicon(x, y);
      if (!entry) continue;
      options.lexicon = entry.lexicon;
    }
    const result = align({ sentences: a.sentences, lang: a.lang }, { sentences: b.sentences, lang: b.lang }, options);
    const test = linksToBeads(result.links, a.sentences.length, b.sentences.length);
    allGold.push(gold);
    allTest.push(test);
    const pairEntry = byPair.get(`${x}–${y}`) ?? { gold: [], test: [], comparable: 0 };
    byPair.set(`${x}–${y}`, pairEntry);
    pairEntry.gold.push(gold);
    pairEntry.test.push(test);
    if (result.mode === 'comparable') pairEntry.comparable++;
    const seen = new Set<string>();
    for (const region of regions(gold, test)) {
      const goldKeys = new Set(region.gold.map(key));
      const testKeys = new Set(region.test.map(key));
      if (goldKeys.size === testKeys.size && [...goldKeys].every((k) => testKeys.has(k))) continue;
      const name = coarse(classify(region));
      seen.add(name);
      const tally = byClass.get(name) ?? { regions: 0, wrongTest: 0, missedGold: 0, examples: [] };
      byClass.set(name, tally);
      tally.regions++;
      tally.wrongTest += region.test.filter((bead) => !goldKeys.has(key(bead))).length;
      tally.missedGold += region.gold.filter(([p, q]) => p.length > 0 && q.length > 0 && !testKeys.has(key([p, q]))).length;
      if (list) console.log(describeRegion(doc.number, x, y, a, b, region, name).replace(/\n {4}/g, ' | '));
      if (show && name.startsWith(show) && tally.examples.length < 40) tally.examples.push(describeRegion(doc.number, x, y, a, b, region, result.mode));
    }
    documentRegions.push(regions(gold, test).map((region) => {
      const goldKeys = new Set(region.gold.map(key));
      const testKeys = new Set(region.test.map(key));
      const right = goldKeys.size === testKeys.size && [...goldKeys].every((k) => testKeys.has(k));
      return { region, name: right ? undefined : coarse(classify(region)) };
    }));
  }
}

const overall = scoreAlignments(allGold, allTest);
console.log(`dev ${docs.length} docs, ${allGold.length} document pairs${mode ? `, mode ${mode}` : ''}${withDictionary ? ', with dictionary' : ''}`);
console.log(`strict P ${overall.precisionStrict.toFixed(3)} R ${overall.recallStrict.toFixed(3)} F1 ${overall.f1Strict.toFixed(3)}`);
const goldLinks = allGold.flat().filter(([p, q]) => p.length > 0 && q.length > 0);
const goldShapes = new Map<string, number>();
for (const bead of goldLinks) goldShapes.set(shape(bead), (goldShapes.get(shape(bead)) ?? 0) + 1);
console.log(`gold links by shape: ${[...goldShapes].map(([s, n]) => `${s} ${n}`).join(', ')}; gold skips ${allGold.flat().length - goldLinks.length}`);
console.log('\nclass | regions | wrong test beads | missed gold links | F1 if right');
const rows = [...byClass].sort((p, q) => q[1].wrongTest + q[1].missedGold - (p[1].wrongTest + p[1].missedGold));
for (const [name, tally] of rows) {
  const fixed = documentRegions.map((list) => list.flatMap(({ region, name: here }) => (here === name ? region.gold : region.test)));
  const ceiling = scoreAlignments(allGold, fixed).f1Strict;
  console.log(`${name} | ${tally.regions} | ${tally.wrongTest} | ${tally.missedGold} | ${ceiling.toFixed(3)} (+${(ceiling - overall.f1Strict).toFixed(3)})`);
}
console.log('\npair | strict F1 | pairs aligned as comparable');
for (const [name, entry] of byPair) console.log(`${name} | ${scoreAlignments(entry.gold, entry.test).f1Strict.toFixed(3)} | ${entry.comparable}`);
if (show) for (const [name, tally] of byClass) if (tally.examples.length > 0) console.log(`\n## ${name}\n${tally.examples.join('\n')}`);

function describeRegion(doc: number, x: string, y: string, a: Version, b: Version, region: Region, chosen: string): string {
  const line = (version: Version, index: number) => `${index}[${version.origins[index]!.join('+')}] ${version.sentences[index]!.slice(0, 140)}`;
  const beads = (beads: Bead[]) => beads.map((bead) => `[${bead[0].join(',')}]:[${bead[1].join(',')}]`).join(' ');
  const as = [...new Set(region.gold.flatMap(([p]) => p).concat(region.test.flatMap(([p]) => p)))].sort((p, q) => p - q);
  const bs = [...new Set(region.gold.flatMap(([, q]) => q).concat(region.test.flatMap(([, q]) => q)))].sort((p, q) => p - q);
  return [
    `- doc ${doc} ${x}–${y} (${chosen}) gold ${beads(region.gold)} test ${beads(region.test)}`,
    ...as.map((i) => `    A ${line(a, i)}`),
    ...bs.map((j) => `    B ${line(b, j)}`),
  ].join('\n');
}
