// Dev-only diagnostic (documents 1–31): the comparable links of bench:check's comparable setting,
// right or wrong by the line alignment of the data, against the evidence the check may trust them on.
// Prints the link features as TSV to stdout for threshold study.
// Run: npx tsx benchmarks/diag-links.ts [--injected]
import { buildContext } from '../src/check/check.js';
import { analyseSegmented } from '../src/analyse/analyse.js';
import { alignPairs } from '../src/align/many.js';
import { getDefaultGazetteer } from '../src/anchors/gazetteer.js';
import { toSegmentedDocument } from '../src/segment/index.js';
import { confidentPairs } from '../src/check/links.js';
import { isCorroborated, thirdVersionVotes } from '../src/check/corroborate.js';
import { linkEvidence } from '../src/check/distinctive.js';
import { comparableView, drawInjections, loadNtrex, ntrexLangs } from './lib/ntrex-check.js';
import { seededRandom } from './lib/random.js';

const seed = 20250220;
const injected = process.argv.includes('--injected');
console.log(['doc', 'run', 'pair', 'right', 'score', 'corroborated', 'confident', 'weight', 'withoutBest', 'shared', 'rival', 'touchesChange', 'witnesses', 'against'].join('\t'));
for (const doc of loadNtrex().filter((d) => d.half === 'dev')) {
  const random = seededRandom(seed * 1000 + doc.number);
  const drawn = drawInjections(doc, random);
  const view = comparableView(doc, seed);
  const runs: Array<{ name: string; lines: Record<string, string[]>; changed?: { lang: string; line: number } }> = [
    { name: 'clean', lines: Object.fromEntries(ntrexLangs.map((l) => [l, view.order[l].map((line) => doc.lines[l][line]!)])) },
  ];
  if (injected) {
    drawn.forEach((inj, k) => {
      const witnesses = inj.statedBy.filter((l) => view.order[l].includes(inj.line));
      if (witnesses.length < 2 || !view.order[inj.lang].includes(inj.line)) return;
      runs.push({
        name: `inj${k}`,
        changed: { lang: inj.lang, line: inj.line },
        lines: Object.fromEntries(ntrexLangs.map((l) => [l, view.order[l].map((line) => (l === inj.lang && line === inj.line ? inj.after : doc.lines[l][line]!))])),
      });
    });
  }
  const langs = [...ntrexLangs].sort();
  for (const run of runs) {
    const docs = langs.map((l) => toSegmentedDocument({ lang: l, sentences: run.lines[l]! }));
    const gazetteer = getDefaultGazetteer();
    const anchors = analyseSegmented(docs, gazetteer);
    const pairs = alignPairs(docs, { mode: 'comparable', gazetteer });
    const context = buildContext(docs, anchors, pairs.map(({ first, second, alignment }) => ({ a: first, b: second, alignment })), {}, false);
    const confident = new Set(confidentPairs(context));
    const evidence = linkEvidence(context);
    const votes = thirdVersionVotes(context);
    for (const pair of context.pairs) {
      const e = evidence.get(pair);
      if (e === undefined) continue;
      const la = langs[pair.a.document]!;
      const lb = langs[pair.b.document]!;
      const lineA = view.order[la as 'uk'][pair.a.sentences[0]!]!;
      const lineB = view.order[lb as 'uk'][pair.b.sentences[0]!]!;
      const touches = run.changed !== undefined && ((run.changed.lang === la && run.changed.line === lineA) || (run.changed.lang === lb && run.changed.line === lineB));
      if (run.changed !== undefined && !touches) continue;
      console.log([doc.number, run.name, `${la}${pair.a.sentences[0]}-${lb}${pair.b.sentences[0]}`, lineA === lineB ? 1 : 0, pair.score, isCorroborated(context, pair) ? 1 : 0, confident.has(pair) ? 1 : 0, e.weight.toFixed(3), e.withoutBest.toFixed(3), e.shared, e.rival.toFixed(3), touches ? 1 : 0, votes.get(pair)?.witnesses ?? -1, votes.get(pair)?.against ?? -1].join('\t'));
    }
  }
}
