import { align, linksToBeads } from '../src/index.js';
import { readNtrex, translationPair, pairSeed, ntrexLanguages, lastDevDocument } from './lib/ntrex.js';
const docs = readNtrex('../shared/data/ntrex-dev/').filter((d) => d.number <= lastDevDocument);
const pairs = ntrexLanguages.flatMap((x, i) => ntrexLanguages.slice(i + 1).map((y) => [x, y] as const));
const key = (b: any) => `${b[0].join(',')}|${b[1].join(',')}`;
const goldT: Record<string, [number, number]> = {};
const testT: Record<string, [number, number]> = {};
const opts = JSON.parse(process.env.AA_OPTS ?? '{"mode":"parallel"}');
let examples = 0;
for (const doc of docs) for (const [x, y] of pairs) {
  const t = translationPair(doc, x, y, pairSeed(doc, x, y, 1));
  const r = align({ sentences: t.a.sentences, lang: x }, { sentences: t.b.sentences, lang: y }, opts);
  const test = linksToBeads(r.links, t.a.sentences.length, t.b.sentences.length);
  const g = new Set(t.gold.map(key));
  const ts = new Set(test.map(key));
  for (const b of t.gold) { const ty = `${b[0].length}-${b[1].length}`; goldT[ty] ??= [0, 0]; goldT[ty][0]++; if (ts.has(key(b))) goldT[ty][1]++; }
  for (const b of test) { const ty = `${b[0].length}-${b[1].length}`; testT[ty] ??= [0, 0]; testT[ty][0]++; if (g.has(key(b))) testT[ty][1]++; }
  if (process.env.AA_SHOW && examples < 6 && t.gold.some((b) => !ts.has(key(b)))) {
    examples++;
    console.log('---', doc.number, x, y, 'gold', t.gold.map(key).join(' '), '\n   test', test.map(key).join(' '));
  }
}
console.log('gold by type [count, found]', goldT);
console.log('test by type [count, right]', testT);
import { scoreAlignments, parseBeadLines } from '../src/index.js';
import { readFileSync } from 'node:fs';
{
  const G: any[] = []; const Tt: any[] = [];
  for (const doc of docs) for (const [x, y] of pairs) {
    const t = translationPair(doc, x, y, pairSeed(doc, x, y, 1));
    const r = align({ sentences: t.a.sentences, lang: x }, { sentences: t.b.sentences, lang: y }, opts);
    G.push(t.gold); Tt.push(linksToBeads(r.links, t.a.sentences.length, t.b.sentences.length));
  }
  const s = scoreAlignments(G, Tt);
  const rl = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l !== '');
  const de = rl('../shared/data/text-berg-dev/dev.de'), fr = rl('../shared/data/text-berg-dev/dev.fr');
  const tg = parseBeadLines(readFileSync('../shared/data/text-berg-dev/dev.defr', 'utf8'));
  const tr = align({ sentences: de, lang: 'de' }, { sentences: fr, lang: 'fr' }, opts);
  const ts = scoreAlignments([tg], [linksToBeads(tr.links, de.length, fr.length)]);
  console.log('NTREX dev strict F1', s.f1Strict.toFixed(3), 'P', s.precisionStrict.toFixed(3), 'R', s.recallStrict.toFixed(3), '| Text+Berg dev', ts.f1Strict.toFixed(3));
}
