// Dev-only diagnostic of bench:check's omissions row: the five untouched versions after each has left
// out, joined and reordered some lines (benchmarks/lib/ntrex-omissions.ts), more draws than the bench's
// three. For every alarm the omissions add (as the bench counts them), the links between its first
// evidence and each other: right or wrong by the lines each sentence holds, the link's score and bead
// shape, and whether the checks trust it (`confidentPairs`); then the alarms by rule and by what their
// links are (all right: the rules are at fault; all wrong: the alignment is; mixed).
//
// Held-out documents (32–62) are refused: this lists sentences.
//
// Run: npx tsx benchmarks/diag-omissions.ts [--draws 12] [--docs 10,17] [--quiet]
import { buildContext, check } from '../src/check/check.js';
import { analyseSegmented } from '../src/analyse/analyse.js';
import { alignPairs } from '../src/align/many.js';
import { getDefaultGazetteer } from '../src/anchors/gazetteer.js';
import { toSegmentedDocument } from '../src/segment/index.js';
import { confidentPairs } from '../src/check/links.js';
import type { Finding } from '../src/types.js';
import type { SentencePair } from '../src/check/types.js';
import { alarmPlaces, isAddedAlarm, omissionDraw } from './lib/ntrex-omissions.js';
import { lastDevDocument, ntrexDir, ntrexLanguages, readNtrex, type Version } from './lib/ntrex.js';
import { devDocumentsArgument, wholeNumberArgument } from './lib/args.js';

const draws = wholeNumberArgument('--draws', 12, 1);
const onlyDocuments = devDocumentsArgument();
const quiet = process.argv.includes('--quiet');
// In the order `check` puts documents (by language), so that the context rebuilt below is the one it read.
const langs = [...ntrexLanguages].sort();
const inCheckOrder = (versions: readonly Version[]) => langs.map((lang) => versions.find((version) => version.lang === lang)!);
const documents = readNtrex(ntrexDir, [...ntrexLanguages, 'en']).filter(
  (doc) => doc.number <= lastDevDocument && (onlyDocuments === undefined || onlyDocuments.includes(doc.number)),
);
const byRule = new Map<string, number>();
const byLinks = new Map<string, number>();
const add = (tally: Map<string, number>, key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
let lines = 0;
let count = 0;

for (const doc of documents) {
  const cleanAt = alarmPlaces(check(langs.map((lang) => ({ lang, sentences: doc.lines[lang]! })), { mode: 'parallel' }).findings);
  for (let draw = 0; draw < draws; draw++) {
    // The bench's draws first (same seeds), then more of the same kind.
    const versions = inCheckOrder(omissionDraw(doc, draw));
    lines += doc.lines.en!.length;
    const inputs = versions.map(({ lang, sentences }) => ({ lang, sentences }));
    const added = check(inputs, { mode: 'parallel' }).findings.filter((f) => isAddedAlarm(f, versions, cleanAt));
    if (added.length === 0) continue;
    // The context `check` built, again, to read its links.
    const segmented = inputs.map((input) => toSegmentedDocument(input));
    const gazetteer = getDefaultGazetteer();
    const pairs = alignPairs(segmented, { mode: 'parallel', gazetteer });
    const context = buildContext(segmented, analyseSegmented(segmented, gazetteer), pairs.map(({ first, second, alignment }) => ({ a: first, b: second, alignment })), {}, true);
    // The checks compare a voted link without its passengers (a new pair object): trusted is any
    // compared link between the same two documents that keeps a sentence of each side.
    const compared = confidentPairs(context);
    const trusted = (pair: SentencePair) =>
      compared.some(
        (c) =>
          c.a.document === pair.a.document && c.b.document === pair.b.document && c.a.sentences.some((x) => pair.a.sentences.includes(x)) && c.b.sentences.some((y) => pair.b.sentences.includes(y)),
      );
    for (const finding of added) {
      count++;
      add(byRule, finding.rule);
      const links = linksOf(finding, context.pairs, trusted, (document, sentence) => versions[document]!.origins[sentence]!);
      const right = links.filter((link) => link.right).length;
      add(byLinks, right === links.length ? 'all right (the rules)' : right === 0 ? 'all wrong (the alignment)' : 'mixed');
      if (quiet) continue;
      console.log(`### ${count}. doc ${doc.number} draw ${draw} ${finding.severity} ${finding.rule}: ${finding.message}`);
      for (const link of links) console.log(`   ${link.text}`);
    }
  }
}

/** The links between a finding's first evidence and each other piece, read against the lines each sentence holds. */
function linksOf(
  finding: Finding,
  pairs: readonly SentencePair[],
  trusted: (pair: SentencePair) => boolean,
  origins: (document: number, sentence: number) => readonly number[],
): Array<{ right: boolean; text: string }> {
  const [first, ...rest] = finding.evidence;
  return rest.map((e) => {
    const holds = (side: SentencePair['a'], document: number, sentence: number) => side.document === document && side.sentences.includes(sentence);
    const pair = pairs.find(
      (p) => (holds(p.a, first!.document, first!.sentence) && holds(p.b, e.document, e.sentence)) || (holds(p.b, first!.document, first!.sentence) && holds(p.a, e.document, e.sentence)),
    );
    const from = origins(first!.document, first!.sentence);
    const to = origins(e.document, e.sentence);
    const right = from.some((line) => to.includes(line));
    const where = (document: number, held: readonly number[]) => `${langs[document]}${held.map((line) => line + 1).join('+')}`;
    const link = pair ? `score ${pair.score.toFixed(2)} ${pair.a.sentences.length}-${pair.b.sentences.length} ${trusted(pair) ? 'trusted' : 'not trusted'}` : 'no direct link';
    return { right, text: `${where(first!.document, from)} – ${where(e.document, to)} ${right ? 'RIGHT' : 'WRONG'} ${link}` };
  });
}

const tally = (map: Map<string, number>) => [...map].sort((x, y) => y[1] - x[1]).map(([key, n]) => `${key} ${n}`).join(', ');
console.log(`\ndev, ${documents.length} documents × ${draws} draws, ${lines} lines: ${count} alarms added (${((100 * count) / Math.max(1, lines)).toFixed(2)} per 100 lines)`);
console.log(`by rule: ${tally(byRule) || '–'}`);
console.log(`by links: ${tally(byLinks) || '–'}`);
