// Dev-only diagnostic (documents 1–31): bench:check's comparable setting (all three views), the links
// behind every alarm on an untouched document and behind every injection missed, with the evidence the
// check trusts a link on (score, distinctive weight, third-version votes) and whether the link is right
// by the data's line alignment. --injected also lists the links of detected injections; --docs 4,7 limits it.
// Run: npx tsx benchmarks/diag-trust.ts [--injected] [--docs 4,7] [--seed N]
import { buildContext, check } from '../src/check/check.js';
import { analyseSegmented } from '../src/analyse/analyse.js';
import { alignPairs } from '../src/align/many.js';
import { getDefaultGazetteer } from '../src/anchors/gazetteer.js';
import { toSegmentedDocument } from '../src/segment/index.js';
import { confidentPairs, factAgreement } from '../src/check/links.js';
import { corroboratedLinks, thirdVersionVotes } from '../src/check/corroborate.js';
import { distinctiveLinks, linkEvidence } from '../src/check/distinctive.js';
import { comparableView, comparableViewsPerDocument, drawInjections, loadNtrex, ntrexLangs, type Lang } from './lib/ntrex-check.js';
import { seededRandom } from './lib/random.js';
import type { RuleContext } from '../src/check/types.js';
import { consonantSkeleton, skeletonSimilarity } from '../src/align/cognates.js';

/** Words of two sentences whose consonant skeletons nearly agree (cognates, transliterated names). */
function cognateCount(context: RuleContext, d1: number, s1: number, d2: number, s2: number): string {
  const skeletons = (d: number, s: number) => [...new Set([...(context.documents[d]!.sentences[s]!.text.matchAll(/[\p{L}\p{M}]{3,40}/gu))].map((m) => consonantSkeleton(m[0], context.documents[d]!.lang)).filter((k) => k !== ''))];
  const x = skeletons(d1, s1);
  const y = skeletons(d2, s2);
  const shared = x.filter((k) => y.some((o) => skeletonSimilarity(k, o) >= 0.8)).length;
  return `${shared}/${Math.min(x.length, y.length)}`;
}

const seedAt = process.argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 20250220;
const showDetected = process.argv.includes('--injected');
const docsArg = process.argv.indexOf('--docs');
const onlyDocs = docsArg >= 0 ? new Set(process.argv[docsArg + 1]!.split(',').map(Number)) : undefined;
const langs = [...ntrexLangs].sort() as Lang[];
const isAlarm = (severity: string) => severity === 'error' || severity === 'warning';

function contextOf(lines: Record<string, string[]>): RuleContext {
  const docs = langs.map((l) => toSegmentedDocument({ lang: l, sentences: lines[l]! }));
  const gazetteer = getDefaultGazetteer();
  const anchors = analyseSegmented(docs, gazetteer);
  const pairs = alignPairs(docs, { mode: 'comparable', gazetteer });
  return buildContext(docs, anchors, pairs.map(({ first, second, alignment }) => ({ a: first, b: second, alignment })), {}, false);
}

/** One line on the link between two sentences (canonical documents), or what links each elsewhere. */
function describeLink(context: RuleContext, order: Record<Lang, number[]>, d1: number, s1: number, d2: number, s2: number): string {
  const pair = context.pairs.find(
    (p) => (p.a.document === d1 && p.a.sentences.includes(s1) && p.b.document === d2 && p.b.sentences.includes(s2)) || (p.a.document === d2 && p.a.sentences.includes(s2) && p.b.document === d1 && p.b.sentences.includes(s1)),
  );
  const name = `${langs[d1]}#${order[langs[d1]!][s1]! + 1}–${langs[d2]}#${order[langs[d2]!][s2]! + 1}`;
  const right = order[langs[d1]!][s1] === order[langs[d2]!][s2] ? 'RIGHT' : 'wrong';
  if (pair === undefined) {
    const elsewhere = context.pairs.filter((p) => (p.a.document === d1 && p.a.sentences.includes(s1) && p.b.document === d2) || (p.b.document === d1 && p.b.sentences.includes(s1) && p.a.document === d2));
    return `${name} ${right} NOT LINKED${elsewhere.length ? ` (first linked to ${elsewhere.map((p) => (p.a.document === d2 ? p.a.sentences : p.b.sentences).map((s) => order[langs[d2]!][s]! + 1).join('+') + `@${p.score}`).join(',')})` : ''}`;
  }
  const e = linkEvidence(context).get(pair);
  const linkedAt = (x: number, y: number) => context.pairs.some((p) => p.a.document === pair.a.document && p.b.document === pair.b.document && p.a.sentences.includes(x) && p.b.sentences.includes(y));
  const [sa, sb] = [pair.a.sentences[0]!, pair.b.sentences[0]!];
  const diagonal = [-1, 1].filter((k) => linkedAt(sa + k, sb + k)).length;
  const v = thirdVersionVotes(context).get(pair);
  const anchorsOf = (side: typeof pair.a) => side.sentences.flatMap((s) => context.anchors[side.document]?.[s] ?? []);
  const agreement = factAgreement(context, anchorsOf(pair.a), anchorsOf(pair.b));
  const flags = [
    confidentPairs(context).includes(pair) ? 'confident' : 'unconfident',
    corroboratedLinks(context).has(pair) ? 'corroborated' : '',
    distinctiveLinks(context).has(pair) ? 'distinctive' : '',
  ].filter(Boolean);
  // The third versions' links of each side, where the votes come from.
  const partnersOf = (d: number, s: number) =>
    context.pairs
      .filter((p) => p.score >= 0.5 && ((p.a.document === d && p.a.sentences.includes(s)) || (p.b.document === d && p.b.sentences.includes(s))))
      .filter((p) => ![pair.a.document, pair.b.document].includes(p.a.document === d ? p.b.document : p.a.document))
      .map((p) => {
        const [od, os] = p.a.document === d ? [p.b.document, p.b.sentences[0]!] : [p.a.document, p.a.sentences[0]!];
        const pe = linkEvidence(context).get(p);
        return `${langs[od]}#${order[langs[od]!][os]! + 1}@${p.score.toFixed(2)}w${pe?.weight.toFixed(2) ?? '?'}`;
      });
  const thirds = v && v.against > 0 ? ` [${langs[d1]}: ${partnersOf(d1, s1).join(' ')} | ${langs[d2]}: ${partnersOf(d2, s2).join(' ')}]` : '';
  return `${name} ${right} score ${pair.score.toFixed(2)} cog ${cognateCount(context, d1, s1, d2, s2)} diag ${diagonal} ${flags.join(' ')} ${e ? `w ${e.weight.toFixed(2)} wob ${e.withoutBest.toFixed(2)} shared ${e.shared} rival ${e.rival.toFixed(2)}` : ''} ${v ? `votes +${v.witnesses} -${v.against}` : ''} facts ${agreement.shared}/${agreement.ratio.toFixed(2)}${thirds}`;
}

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
for (const doc of loadNtrex().filter((d) => d.half === 'dev' && (onlyDocs === undefined || onlyDocs.has(d.number)))) {
  const drawn = drawInjections(doc, seededRandom(seed * 1000 + doc.number));
  for (let draw = 0; draw < comparableViewsPerDocument; draw++) {
    const view = comparableView(doc, seed, draw);
    const order = Object.fromEntries(langs.map((l) => [l, view.order[l]])) as Record<Lang, number[]>;
    const cleanLines = Object.fromEntries(langs.map((l) => [l, view.order[l].map((line) => doc.lines[l][line]!)]));
    const clean = check(langs.map((l) => ({ lang: l, sentences: cleanLines[l]! })), { mode: 'comparable' });
    const cleanIds = new Set(clean.findings.map((f) => f.id));
    const cleanContext = contextOf(cleanLines);
    for (const f of clean.findings.filter((x) => isAlarm(x.severity))) {
      count(`alarm ${f.rule}`);
      console.log(`## ALARM doc ${doc.number} view ${draw} ${f.rule}: ${f.message}`);
      const [first, ...rest] = f.evidence;
      for (const e of rest) console.log(`  ${describeLink(cleanContext, order, first!.document, first!.sentence, e.document, e.sentence)}`);
    }
    for (const injection of drawn) {
      const witnesses = injection.statedBy.filter((l) => view.order[l].includes(injection.line));
      if (witnesses.length < 2 || !view.order[injection.lang].includes(injection.line)) continue;
      const lines = Object.fromEntries(langs.map((l) => [l, view.order[l].map((line) => (l === injection.lang && line === injection.line ? injection.after : doc.lines[l][line]!))]));
      const run = check(langs.map((l) => ({ lang: l, sentences: lines[l]! })), { mode: 'comparable' });
      const c = langs.indexOf(injection.lang);
      const cs = view.order[injection.lang].indexOf(injection.line);
      const fresh = run.findings.filter((f) => isAlarm(f.severity) && !cleanIds.has(f.id));
      const detected = fresh.some((f) => f.evidence.some((e) => e.document === c && e.sentence === cs));
      count(detected ? 'detected' : 'missed');
      if (detected && !showDetected) continue;
      const context = contextOf(lines);
      console.log(`## ${detected ? 'detected' : 'MISS'} doc ${doc.number} view ${draw} ${injection.kind} in ${injection.lang}#${injection.line + 1}: ${injection.before} → ${injection.after}`);
      const infos = run.findings.filter((f) => f.severity === 'info' && !cleanIds.has(f.id) && f.evidence.some((e) => e.document === c && e.sentence === cs));
      if (infos.length) console.log(`  info: ${infos.map((f) => `${f.rule}: ${f.message}`).join(' | ')}`);
      for (const w of witnesses) {
        if (w === injection.lang) continue;
        const d = langs.indexOf(w);
        console.log(`  ${describeLink(context, order, c, cs, d, view.order[w].indexOf(injection.line))}`);
      }
    }
  }
}
console.log([...tally].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
