// Dev-only diagnostic (NTREX documents 1–31): the wide beads of the default alignment, right (a gold
// merge) or swallowing a sentence the other version lacks (an orphan), against the final model's
// evidence for each sentence of their joined side (own feature weight, weight shared with the bead's other
// side, the part of it no bead mate holds, weight matched nowhere in the bead, best match elsewhere).
// --one-to-one: the 1-1 beads instead, right, wrong, or linking two sentences both versions lack, with
// the feature weight of each side and what they share. Prints TSV rows to stdout.
//   npx tsx benchmarks/diag-orphans.ts [--one-to-one]
import { parallelPasses } from '../src/align/align.js';
import { sentenceClasses } from '../src/align/classes.js';
import { createCostModel } from '../src/align/cost.js';
import { findUniqueMatches, monotoneChain } from '../src/align/band.js';
import { getDefaultGazetteer, pairAnchors } from '../src/align/deps.js';
import { addFuzzyCognates } from '../src/align/cognates.js';
import { dominantScript, extractPairFeatures, type PairFeatures, sharedWeight } from '../src/align/features.js';
import { resolveAlignOptions } from '../src/align/options.js';
import { excludedClass } from '../src/align/cost.js';
import { toSegmentedDocument } from '../src/index.js';
import { lastDevDocument, ntrexDir, ntrexLanguages, pairSeed, readNtrex, translationPair } from './lib/ntrex.js';

const docs = readNtrex(ntrexDir).filter((doc) => doc.number <= lastDevDocument);
const pairs = ntrexLanguages.flatMap((x, i) => ntrexLanguages.slice(i + 1).map((y) => [x, y] as const));
const oneToOne = process.argv.includes('--one-to-one');
if (oneToOne) console.log(['doc', 'pair', 'kind', 'wa', 'wb', 'common', 'score', 'la', 'lb'].join('\t'));
else console.log(['doc', 'pair', 'kind', 'side', 'pos', 'own', 'shared', 'sharedElsewhere', 'words', 'len', 'alone', 'unmatched', 'text'].join('\t'));
for (const doc of docs) {
  for (const [x, y] of pairs) {
    const { a, b, gold } = translationPair(doc, x, y, pairSeed(doc, x, y, 1));
    const docA = toSegmentedDocument({ sentences: a.sentences, lang: a.lang });
    const docB = toSegmentedDocument({ sentences: b.sentences, lang: b.lang });
    const options = resolveAlignOptions({ mode: 'parallel' });
    const classA = sentenceClasses(docA);
    const classB = sentenceClasses(docB);
    const takesPart = (side: 'a' | 'b', i: number) => (side === 'a' ? classA[i] : classB[i]) !== excludedClass;
    const features = extractPairFeatures(docA, docB, { weights: options.features, anchors: pairAnchors(docA, docB, getDefaultGazetteer(), takesPart), include: takesPart });
    const model = createCostModel(features, { ...options.penalties, passenger: 0 }, classA, classB, undefined, monotoneChain(findUniqueMatches(features)));
    // As alignPair: across scripts the last search reads fuzzy cognates (weight as lastSearchCognateWeight).
    const last = dominantScript(docA) !== dominantScript(docB) ? (given: PairFeatures) => addFuzzyCognates(given, docA, docB, takesPart, 3) : undefined;
    const { model: final, links } = parallelPasses(model, options, undefined, last);
    const goldKeys = new Set(gold.map(([p, q]) => `${p.join(',')}:${q.join(',')}`));
    const deletedA = new Set(gold.filter(([, q]) => q.length === 0).flatMap(([p]) => p));
    const deletedB = new Set(gold.filter(([p]) => p.length === 0).flatMap(([, q]) => q));
    const fa = final.features;
    if (oneToOne) for (const link of links) {
      if (link.a.length !== 1 || link.b.length !== 1) continue;
      const right = goldKeys.has(`${link.a.join(',')}:${link.b.join(',')}`);
      const s = link.a[0]!;
      const t = link.b[0]!;
      const common = sharedWeight(fa.a.features[s]!, fa.b.features[t]!, fa.weights);
      console.log([doc.number, `${x}-${y}`, right ? 'right' : deletedA.has(s) && deletedB.has(t) ? 'bothdel' : 'wrong', fa.a.weightTotals[s]!.toFixed(2), fa.b.weightTotals[t]!.toFixed(2), common.toFixed(2), link.score, fa.a.lengths[s], fa.b.lengths[t]].join('\t'));
    }
    if (!oneToOne) for (const link of links) {
      if (link.a.length + link.b.length <= 2) continue;
      const right = goldKeys.has(`${link.a.join(',')}:${link.b.join(',')}`);
      const sides = [
        { name: 'a', own: link.a, other: link.b, del: deletedA, f: fa.a, g: fa.b, texts: a.sentences, otherCount: b.sentences.length },
        { name: 'b', own: link.b, other: link.a, del: deletedB, f: fa.b, g: fa.a, texts: b.sentences, otherCount: a.sentences.length },
      ];
      for (const side of sides) {
        if (side.own.length < 2) continue;
        side.own.forEach((s, pos) => {
          const kind = right ? 'merge' : side.del.has(s) ? 'orphan' : 'wrongother';
          let shared = 0;
          for (const t of side.other) shared += side.name === 'a' ? sharedWeight(fa.a.features[s]!, fa.b.features[t]!, fa.weights) : sharedWeight(fa.b.features[s]!, fa.a.features[t]!, fa.weights);
          // Features of s no other sentence of its side in the bead holds, matched by the other side.
          const otherFeatures = new Set(side.other.flatMap((t) => [...side.g.features[t]!]));
          const mates = new Set(side.own.filter((m) => m !== s).flatMap((m) => [...side.f.features[m]!]));
          let alone = 0;
          let unmatched = 0;
          for (const id of side.f.features[s]!) {
            if (mates.has(id)) continue;
            if (otherFeatures.has(id)) alone += fa.weights[id]!;
            else unmatched += fa.weights[id]!;
          }
          let elsewhere = 0;
          for (let t = 0; t < side.otherCount; t++) {
            if (side.other.includes(t)) continue;
            const w = side.name === 'a' ? sharedWeight(fa.a.features[s]!, fa.b.features[t]!, fa.weights) : sharedWeight(fa.b.features[s]!, fa.a.features[t]!, fa.weights);
            elsewhere = Math.max(elsewhere, w);
          }
          console.log([doc.number, `${x}-${y}`, kind, side.name, pos, side.f.weightTotals[s]!.toFixed(2), shared.toFixed(2), elsewhere.toFixed(2), side.f.words[s]!.length, side.f.lengths[s], alone.toFixed(2), unmatched.toFixed(2), side.texts[s]!.slice(0, 80)].join('\t'));
        });
      }
    }
  }
}
