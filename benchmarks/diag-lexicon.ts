// Dev-only diagnostic of the dictionary (`lexicon`) feature (documents 1–31 only; never the held-out half).
// Per language pair with a FreeDict dictionary: of the content words (letters only, 4 or more, not
// capitalised), the share the dictionary knows at all, and the share that find a dictionary partner in
// the other sentence, for the gold translation (line i with line i) and for a random other line of the
// same document. The gap between the two is what the aligner can use.
//
// --align: strict F1 of `align` with the dictionary on the translations (bench:align's dictionary rows,
// dev half only), per pair and pooled.
//
// Run: npx tsx benchmarks/diag-lexicon.ts [--words nl-sv] (lists the most frequent unknown / unmatched words) | --align
import { align, type AlignOptions, type Bead, linksToBeads, scoreAlignments } from '../src/index.js';
import { compileLexicon, conceptsOfWord } from '../src/align/lexicon.js';
import { freedictLexicon } from './lib/freedict.js';
import { lastDevDocument, ntrexDir, pairSeed, readNtrex, translationPair } from './lib/ntrex.js';
import { seededRandom } from './lib/random.js';

const pairs = [['nl', 'id'], ['nl', 'sv'], ['nl', 'ar'], ['id', 'sv'], ['id', 'ar'], ['sv', 'ar']] as const;
const wordsArg = process.argv.indexOf('--words');
const listPair = wordsArg >= 0 ? process.argv[wordsArg + 1] : undefined;
const docs = readNtrex(ntrexDir).filter((doc) => doc.number <= lastDevDocument);
const word = /[\p{L}\p{M}]+/gu;
const upper = /^\p{Lu}/u;
const content = (line: string) => [...line.matchAll(word)].map((m) => m[0]).filter((w) => [...w].length >= 4 && !upper.test(w));

if (process.argv.includes('--align')) {
  const pooled = { gold: [] as Bead[][], test: [] as Bead[][] };
  for (const [x, y] of pairs) {
    const entry = freedictLexicon(x, y);
    if (!entry) continue;
    const weight = process.env.LEXICON_WEIGHT; // a trial weight, for sweeps
    const options: AlignOptions = { lexicon: entry.lexicon };
    if (weight) options.features = { lexicon: Number(weight) };
    if (process.env.FEATURES) options.features = { ...options.features, ...(JSON.parse(process.env.FEATURES) as AlignOptions['features']) };
    if (process.env.PENALTIES) options.penalties = JSON.parse(process.env.PENALTIES) as AlignOptions['penalties'];
    const gold: Bead[][] = [];
    const test: Bead[][] = [];
    for (const doc of docs) {
      const { a, b, gold: beads } = translationPair(doc, x, y, pairSeed(doc, x, y, 1));
      gold.push(beads);
      test.push(linksToBeads(align({ sentences: a.sentences, lang: a.lang }, { sentences: b.sentences, lang: b.lang }, options).links, a.sentences.length, b.sentences.length));
    }
    pooled.gold.push(...gold);
    pooled.test.push(...test);
    console.log(`${x}–${y} ${entry.source} (${entry.lexicon.length} pairs): dev strict F1 ${scoreAlignments(gold, test).f1Strict.toFixed(3)}`);
  }
  console.log(`pooled dev strict F1 ${scoreAlignments(pooled.gold, pooled.test).f1Strict.toFixed(3)}`);
  process.exit(0);
}

console.log('pair | side | known | partner gold | partner random | gap | partner neighbour');
for (const [x, y] of pairs) {
  const entry = freedictLexicon(x, y);
  if (!entry) continue;
  const lexicon = compileLexicon(entry.lexicon);
  const lang = { x, y } as const;
  const concepts = (line: string, code: string) => {
    const set = new Set<number>();
    for (const w of line.matchAll(word)) for (const c of conceptsOfWord(lexicon, w[0], code) ?? []) set.add(c);
    return set;
  };
  const unknown = new Map<string, number>();
  const unmatched = new Map<string, number>();
  for (const side of ['x', 'y'] as const) {
    const own = lang[side];
    const other = side === 'x' ? y : x;
    let total = 0;
    let known = 0;
    let gold = 0;
    let random = 0;
    let neighbour = 0;
    for (const doc of docs) {
      const next = seededRandom(doc.number * 7919 + own.length);
      const lines = doc.lines[own]!;
      const others = doc.lines[other]!;
      for (let i = 0; i < lines.length; i++) {
        let j = Math.floor(next() * (others.length - 1));
        if (j >= i) j++;
        if (others.length < 2) continue;
        const goldSet = concepts(others[i]!, other);
        const randomSet = concepts(others[j]!, other);
        const neighbourSet = concepts(others[i + 1 < others.length ? i + 1 : i - 1]!, other);
        for (const w of content(lines[i]!)) {
          total++;
          const mine = conceptsOfWord(lexicon, w, own) ?? [];
          if (mine.length > 0) known++;
          else if (listPair === `${own}-${other}`) unknown.set(w.toLowerCase(), (unknown.get(w.toLowerCase()) ?? 0) + 1);
          if (mine.some((c) => goldSet.has(c))) gold++;
          else if (mine.length > 0 && listPair === `${own}-${other}`) unmatched.set(w.toLowerCase(), (unmatched.get(w.toLowerCase()) ?? 0) + 1);
          if (mine.some((c) => randomSet.has(c))) random++;
          if (mine.some((c) => neighbourSet.has(c))) neighbour++;
        }
      }
    }
    const pct = (n: number) => ((100 * n) / total).toFixed(1).padStart(5);
    console.log(`${x}–${y} (${entry.lexicon.length}) | ${own} | ${pct(known)} | ${pct(gold)} | ${pct(random)} | ${pct(gold - random)} | ${pct(neighbour)}`);
  }
  if (listPair && (listPair === `${x}-${y}` || listPair === `${y}-${x}`)) {
    const top = (map: Map<string, number>) => [...map].sort((p, q) => q[1] - p[1]).slice(0, 80).map(([w, n]) => `${w}:${n}`).join(' ');
    console.log(`unknown: ${top(unknown)}\nknown, no partner in the gold line: ${top(unmatched)}`);
  }
}
