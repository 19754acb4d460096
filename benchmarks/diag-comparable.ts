// Dev-only diagnostic of the two comparable settings (documents 1–31 only; never the held-out half).
//
// Default: bench:check's comparable five-way setting. For every injection the check misses (all of them
// with --all), whether the changed sentence is linked to the sentences of the other versions that state
// the fact, and how (linked right, linked elsewhere, a weak candidate, nothing), whether the check's
// rules compare the link (corroborated, confident), whether its diagonal neighbours are linked, the
// links among the sentences stating the fact, and findings demoted to info. --docs 4,7 limits it.
//
// --align: bench:align's comparable simulation (40% gone per side, B shuffled in blocks of 3), pairwise
// `align` in comparable mode: precision and recall, and what became of each gold pair missed.
//
// Run: npx tsx benchmarks/diag-comparable.ts [--all] [--docs 1,2] | [--align]
import { buildContext, check } from '../src/check/check.js';
import { analyseSegmented } from '../src/analyse/analyse.js';
import { alignPairs } from '../src/align/many.js';
import { alignPair } from '../src/align/align.js';
import { resolveAlignOptions } from '../src/align/options.js';
import { getDefaultGazetteer } from '../src/anchors/gazetteer.js';
import { toSegmentedDocument } from '../src/segment/index.js';
import { anchorsOfSentences, confidentPairs, factAgreement, nameAgreement } from '../src/check/links.js';
import { isCorroborated } from '../src/check/corroborate.js';
import { comparableView, drawInjections, loadNtrex, ntrexLangs } from './lib/ntrex-check.js';
import { seededRandom } from './lib/random.js';
import { comparablePair, goldPairs, lastDevDocument, ntrexDir, ntrexLanguages, pairSeed, readNtrex } from './lib/ntrex.js';

const seedArg = process.argv.indexOf('--seed');
const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 20250220;
if (process.argv.includes('--align')) {
  alignSimulation();
  process.exit(0);
}
const showAll = process.argv.includes('--all');
const docsArg = process.argv.indexOf('--docs');
const onlyDocs = docsArg >= 0 ? new Set(process.argv[docsArg + 1]!.split(',').map(Number)) : undefined;
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
for (const doc of loadNtrex().filter((d) => d.half === 'dev' && (onlyDocs === undefined || onlyDocs.has(d.number)))) {
  const random = seededRandom(seed * 1000 + doc.number);
  const drawn = drawInjections(doc, random);
  const view = comparableView(doc, seed);
  const clean = check(ntrexLangs.map((lang) => ({ lang, sentences: view.order[lang].map((l) => doc.lines[lang][l]!) })), { mode: 'comparable' });
  const cleanIds = new Set(clean.findings.map((f) => f.id));
  for (const injection of drawn) {
    const witnesses = injection.statedBy.filter((l) => view.order[l].includes(injection.line));
    if (witnesses.length < 2 || !view.order[injection.lang].includes(injection.line)) continue;
    const inputs = ntrexLangs.map((lang) => ({
      lang,
      sentences: view.order[lang].map((line) => (lang === injection.lang && line === injection.line ? injection.after : doc.lines[lang][line]!)),
    }));
    const run = check(inputs, { mode: 'comparable' });
    const changedDoc = ntrexLangs.indexOf(injection.lang);
    const changedSentence = view.order[injection.lang].indexOf(injection.line);
    const fresh = run.findings.filter((f) => (f.severity === 'error' || f.severity === 'warning') && !cleanIds.has(f.id));
    const detected = fresh.some((f) => f.evidence.some((e) => e.document === changedDoc && e.sentence === changedSentence));
    count(detected ? 'detected' : 'missed');
    if (detected && !showAll) continue;
    // Canonical order: by language code (all distinct here).
    const order = ntrexLangs.map((_, i) => i).sort((x, y) => ntrexLangs[x]!.localeCompare(ntrexLangs[y]!));
    const docs = order.map((i) => toSegmentedDocument(inputs[i]!));
    const langs = order.map((i) => ntrexLangs[i]!);
    const gazetteer = getDefaultGazetteer();
    const anchors = analyseSegmented(docs, gazetteer);
    const pairs = alignPairs(docs, { mode: 'comparable', gazetteer });
    const context = buildContext(docs, anchors, pairs.map(({ first, second, alignment }) => ({ a: first, b: second, alignment })), {}, false);
    const confident = new Set(confidentPairs(context));
    const options = resolveAlignOptions({ mode: 'comparable', gazetteer });
    const c = langs.indexOf(injection.lang);
    const lines: string[] = [];
    let right = 0;
    let rightUsed = 0;
    for (const w of witnesses) {
      const d = langs.indexOf(w);
      const ws = view.order[w].indexOf(injection.line);
      const pair = pairs.find((p) => (p.first === c && p.second === d) || (p.first === d && p.second === c))!;
      const cSide = pair.first === c ? 'a' : 'b';
      const link = pair.alignment.links.find((l) => l[cSide].includes(changedSentence));
      const sp = context.pairs.find((p) => (p.a.document === c && p.a.sentences.includes(changedSentence) && p.b.document === d) || (p.b.document === c && p.b.sentences.includes(changedSentence) && p.a.document === d));
      let status: string;
      if (link) {
        const other = cSide === 'a' ? link.b : link.a;
        const ok = other.includes(ws);
        if (ok) right++;
        const used = sp !== undefined && confident.has(sp);
        if (ok && used) rightUsed++;
        status = `${ok ? 'LINKED RIGHT' : `linked WRONG to ${other.map((s) => view.order[w][s]! + 1)}`} score ${link.score} corroborated=${sp ? isCorroborated(context, sp) : '?'} confident=${used}${sp && !used ? ` ${agreementOf(context, sp)}` : ''}`;
      } else {
        const single = alignPair(pair.first === c ? docs[c]! : docs[d]!, pair.first === c ? docs[d]! : docs[c]!, options);
        const weak = single.weak?.find((k) => (cSide === 'a' ? k.x === changedSentence && k.y === ws : k.y === changedSentence && k.x === ws));
        const wsLinked = pair.alignment.links.find((l) => l[cSide === 'a' ? 'b' : 'a'].includes(ws));
        status = `no link${weak ? ` (weak ${weak.score})` : ' (no candidate)'}${wsLinked ? `; witness linked elsewhere score ${wsLinked.score}` : ''}`;
      }
      const linkedPair = (sc: number, sw: number) => pair.alignment.links.some((l) => l[cSide].includes(sc) && l[cSide === 'a' ? 'b' : 'a'].includes(sw));
      const sandwich = [-1, 1].filter((k) => linkedPair(changedSentence + k, ws + k)).length;
      status += ` diagonal-neighbours-linked=${sandwich}`;
      lines.push(`  ${w}#${ws}: ${status}\n      ${doc.lines[w][injection.line]}`);
    }
    // Links among the witnesses and the changed sentence: who links whom (canonical documents).
    const members = [[c, changedSentence], ...witnesses.map((w) => [langs.indexOf(w), view.order[w].indexOf(injection.line)] as [number, number])] as Array<[number, number]>;
    const web: string[] = [];
    for (const [d1, s1] of members) {
      for (let t = 0; t < langs.length; t++) {
        if (t === d1) continue;
        const sp = context.pairs.find((p) => (p.a.document === d1 && p.a.sentences.includes(s1) && p.b.document === t) || (p.b.document === d1 && p.b.sentences.includes(s1) && p.a.document === t));
        if (!sp) continue;
        const other = sp.a.document === t ? sp.a.sentences : sp.b.sentences;
        if (d1 < t || !members.some(([d]) => d === t)) web.push(`${langs[d1]}${s1}→${langs[t]}${other.join('+')}(${sp.score})`);
      }
    }
    lines.push(`  web: ${web.join(' ')}`);
    const category = right === 0 ? 'no right link' : rightUsed === 0 ? 'right link(s), none confident' : rightUsed >= 2 ? 'two+ confident right links' : 'one confident right link';
    count(`${detected ? 'detected' : 'missed'}: ${category}`);
    console.log(`### ${detected ? 'detected' : 'MISS'} doc ${doc.number} ${injection.kind} in ${injection.lang} line ${injection.line + 1} [${category}]`);
    console.log(`  before: ${injection.before}\n  after:  ${injection.after}`);
    if (fresh.length) console.log(`  fresh: ${fresh.map((f) => `${f.rule} ${f.message}`).join(' | ')}`);
    const infos = run.findings.filter((f) => f.severity === 'info' && !cleanIds.has(f.id) && f.evidence.some((e) => e.document === changedDoc && e.sentence === changedSentence));
    if (infos.length) console.log(`  info only: ${infos.map((f) => `${f.rule} ${f.message}`).join(' | ')}`);
    console.log(lines.join('\n'));
  }
}
console.log([...tally].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));

/** The comparable simulation of bench:align on the development half, with its misses classified. */
function alignSimulation(): void {
  const pairs = ntrexLanguages.flatMap((x, i) => ntrexLanguages.slice(i + 1).map((y) => [x, y] as const));
  const options = resolveAlignOptions({ mode: 'comparable' });
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  let hits = 0;
  let predicted = 0;
  let gold = 0;
  for (const doc of readNtrex(ntrexDir).filter((d) => d.number <= lastDevDocument)) {
    for (const [x, y] of pairs) {
      const { a, b } = comparablePair(doc, x, y, pairSeed(doc, x, y, 2));
      const result = alignPair(toSegmentedDocument({ sentences: a.sentences, lang: x }), toSegmentedDocument({ sentences: b.sentences, lang: y }), options);
      const golden = goldPairs(a, b);
      const linked = new Map<string, number>();
      for (const link of result.alignment.links) for (const p of link.a) for (const q of link.b) linked.set(`${p}:${q}`, link.score);
      const linkedA = new Set(result.alignment.links.flatMap((link) => link.a));
      const linkedB = new Set(result.alignment.links.flatMap((link) => link.b));
      const weak = new Set((result.weak ?? []).map((w) => `${w.x}:${w.y}`));
      for (const [key, score] of linked) {
        predicted++;
        if (golden.has(key)) hits++;
        add(`link ${golden.has(key) ? 'right' : 'wrong'}, score ${Math.min(0.9, Math.floor(score * 10) / 10).toFixed(1)}+`);
      }
      for (const key of golden) {
        gold++;
        if (linked.has(key)) continue;
        const [p, q] = key.split(':').map(Number) as [number, number];
        add(`missed gold pair: ${weak.has(key) ? 'a weak candidate' : linkedA.has(p) || linkedB.has(q) ? 'a sentence linked elsewhere' : 'no candidate (shares too little)'}`);
      }
    }
  }
  console.log(`dev comparable simulation: P ${(hits / predicted).toFixed(3)} R ${(hits / gold).toFixed(3)} (${hits} right of ${predicted} links, ${gold} gold pairs)`);
  console.log([...counts].sort().map(([key, value]) => `${key}: ${value}`).join('\n'));
}

/** Why a comparable link is not compared: its names' and facts' agreement (shared, share of the union). */
function agreementOf(context: Parameters<typeof confidentPairs>[0], pair: ReturnType<typeof confidentPairs>[number]): string {
  const a = anchorsOfSentences(context, pair.a.document, pair.a.sentences).map((x) => x.anchor);
  const b = anchorsOfSentences(context, pair.b.document, pair.b.sentences).map((x) => x.anchor);
  const names = nameAgreement(context, a, b);
  const facts = factAgreement(context, a, b);
  return `names ${names.shared}/${names.ratio.toFixed(2)} facts ${facts.shared}/${facts.ratio.toFixed(2)}`;
}
