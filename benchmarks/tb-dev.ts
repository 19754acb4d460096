// Text+Berg dev de–fr strict F1, parallel mode and default, and with 10% of sentences deleted per side
// (the quick guard of bench:align's quality rows, without the other systems).
//   npx tsx benchmarks/tb-dev.ts (the deleted rows: seed 42 as bench:align, then seeds 1–3)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { align, linksToBeads, parseBeadLines, scoreAlignments } from '../src/index.js';
import { deleteAtRandom, remapBeads } from './lib/deletion.js';

const dir = `${fileURLToPath(new URL('..', import.meta.url))}../shared/data/text-berg-dev/`;
const lines = (name: string) => readFileSync(`${dir}${name}`, 'utf8').split('\n').filter((line, k, all) => k < all.length - 1 || line !== '');
const de = lines('dev.de');
const fr = lines('dev.fr');
const gold = parseBeadLines(readFileSync(`${dir}dev.defr`, 'utf8'));
for (const mode of ['parallel', undefined] as const) {
  const result = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, mode ? { mode } : {});
  const score = scoreAlignments([gold], [linksToBeads(result.links, de.length, fr.length)]);
  console.log(`TB dev ${mode ?? 'default'}: strict F1 ${score.f1Strict.toFixed(3)} lax ${score.f1Lax.toFixed(3)}`);
}

// 10% of the sentences deleted per side, drawn as bench:align's row draws them (seed 42), and three more draws.
for (const seed of [42, 1, 2, 3]) {
  const { keptA, keptB, newA, newB } = deleteAtRandom(de.length, fr.length, 0.1, seed);
  const sentencesA = keptA.map((index) => de[index]!);
  const sentencesB = keptB.map((index) => fr[index]!);
  const result = align({ sentences: sentencesA, lang: 'de' }, { sentences: sentencesB, lang: 'fr' }, { mode: 'parallel' });
  const score = scoreAlignments([remapBeads(gold, newA, newB)], [linksToBeads(result.links, sentencesA.length, sentencesB.length)]);
  console.log(`TB dev, 10% deleted (seed ${seed}) parallel: strict F1 ${score.f1Strict.toFixed(3)} lax ${score.f1Lax.toFixed(3)}`);
}
