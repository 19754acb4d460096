// Text+Berg dev de–fr strict F1, parallel mode and default, and with 10% of sentences deleted per side
// (the quick guard of bench:align's quality rows, without the other systems).
//   npx tsx benchmarks/tb-dev.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { align, linksToBeads, parseBeadLines, scoreAlignments } from '../src/index.js';

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
