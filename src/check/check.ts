/**
 * `check`: analyse (segment, extract anchors), align every pair of versions, run the rules, vote, fingerprint, cluster.
 *
 * @module
 */
import { languageForScriptOf } from '../lang/registry.js';
import type { Alignment, Anchor, DocumentInput, Finding, Link, SegmentedDocument, Severity } from '../types.js';
import { assignBlame, resolveSource } from './blame.js';
import { groupEvidence } from './clusters.js';
import { inDoubtBetweenArticles } from './corroborate.js';
import { mirroredInNeighbours } from './reordered.js';
import { restsOnSplitLinks } from './translation-votes.js';
import { backedByStrongerLink, shiftedOntoNeighbour } from './stated-elsewhere.js';
import { validateCheckOptions } from './config.js';
import {
  alignPairs,
  analyseSegmented,
  clusterPairs,
  createGazetteer,
  entityKey,
  getDefaultGazetteer,
  nameSimilarity,
  toSegmentedDocument,
} from './deps.js';
import { compareFindings, finalizeFinding, mildest } from './finding.js';
import { ruleImplementations } from './rules/index.js';
import { anchorKey } from './text.js';
import { settleTwoWayFigures } from './grouping.js';
import type { CheckOptions, CheckResult, RuleContext, SentencePair } from './types.js';

/**
 * Checks versions of one story against each other and returns the factual disagreements.
 *
 * Every pair of documents is aligned (`parallel` for translations, `comparable` for separate articles,
 * `auto` decides per pair); the rules compare the anchors of linked sentences, and within one article.
 * Findings are the same whatever the order of `docs` (documents are processed in a canonical order,
 * by language and text), and their ids are stable across runs. Evidence offsets are UTF-16 code units
 * into `documents[d].text`, end exclusive.
 *
 * @param docs The versions: raw text with a language, pre-segmented sentences, or segmented documents.
 * @param options Mode, rule severities (`off` disables a rule), suppressed finding ids, extra
 *   gazetteer entries, name aliases.
 * @throws {TypeError} when `docs` is not an array of documents or an option has the wrong type.
 * @throws {RangeError} for an unknown option key, rule, severity or mode.
 */
export function check(docs: readonly DocumentInput[], options?: CheckOptions): CheckResult {
  if (!Array.isArray(docs)) throw new TypeError(`docs must be an array of documents, got ${docs === null ? 'null' : typeof docs}`);
  const resolved = validateCheckOptions(options);
  const documents = docs.map((doc, i) => {
    if (typeof doc !== 'object' || doc === null) throw new TypeError(`docs[${i}] must be a document object`);
    return toSegmentedDocument(doc);
  });

  const order = canonicalOrder(documents);
  const canonical = order.map((i) => documents[i]!);
  const source = resolved.source === undefined ? undefined : order.indexOf(resolveSource(resolved.source, documents));
  // Building the bundled gazetteer costs milliseconds: a stream of small sets would spend most of its
  // time on it, so without extra entries every call shares the one built on first use.
  const gazetteer = resolved.gazetteer !== undefined && resolved.gazetteer.length > 0 ? createGazetteer(resolved.gazetteer) : getDefaultGazetteer();
  const analysed = analyseSegmented(canonical, gazetteer);
  const alignedPairs = alignPairs(canonical, {
    mode: resolved.mode ?? 'auto',
    gazetteer,
    // One lexicon for all pairs (alignPairs takes one): its pairs read in either order and another
    // language's words seldom occur in a pair's texts, so a pooled lexicon serves each pair nearly as its own.
    ...(resolved.lexicon ? { lexicon: resolved.lexicon } : {}),
    ...(resolved.onProgress ? { onProgress: resolved.onProgress } : {}),
  } as Parameters<typeof alignPairs>[1]);
  const alignments = alignedPairs.map(({ first, second, alignment }) => ({ a: first, b: second, alignment }));
  // The anchors compared, and given back: a figure that reads two ways as the linked sentences read it.
  const anchors = settleTwoWayFigures(analysed, alignments);
  const context = buildContext(canonical, anchors, alignments, resolved.aliases ?? {}, resolved.mode === 'parallel');

  const findings = runRules(context, canonical, resolved);
  findings.sort(compareFindings(canonical));
  assignBlame(findings, canonical, source);

  // Back from canonical to the caller's document order.
  for (const finding of findings) {
    for (const evidence of finding.evidence) evidence.document = order[evidence.document]!;
  }
  // Clusters and anchors in the caller's document order: the pairs re-indexed, so that clusters are
  // numbered and sorted as `alignMany` would give them for `docs`.
  const pairs = alignedPairs.map((pair) => ({ ...pair, first: order[pair.first]!, second: order[pair.second]! }));
  const clusters = groupEvidence(clusterPairs(documents, pairs), findings);
  const anchorsOf = new Array<Anchor[]>(documents.length);
  order.forEach((document, position) => {
    anchorsOf[document] = anchors[position]!.flat();
  });
  return { documents, findings, clusters, anchors: anchorsOf };
}

/**
 * Every rule not turned off, on the context (or, for the rules that compare spellings, its view without
 * names read by their consonants), its findings at their severities, unsorted; suppressed ids and the
 * second of two findings with one id left out.
 */
function runRules(context: RuleContext, canonical: readonly SegmentedDocument[], resolved: CheckOptions): Finding[] {
  const suppressed = new Set(resolved.suppress ?? []);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  let spellings: RuleContext | undefined;
  for (const rule of ruleImplementations) {
    const configured = resolved.rules?.[rule.id];
    if (configured === 'off') continue;
    const base: Severity = configured ?? rule.defaultSeverity;
    const view = rule.comparesSpellings ? (spellings ??= withoutNamesByConsonants(context)) : context;
    const raws = rule.run(view);
    const reordered = mirroredInNeighbours(raws);
    for (const raw of raws) {
      const doubtful = reordered.has(raw) || inDoubtBetweenArticles(context, raw) || restsOnSplitLinks(context, raw) || shiftedOntoNeighbour(context, raw) || backedByStrongerLink(context, raw);
      const finding = finalizeFinding(raw, mildest(base, doubtful ? 'info' : raw.severity), canonical);
      if (suppressed.has(finding.id) || seen.has(finding.id)) continue;
      seen.add(finding.id);
      findings.push(finding);
    }
  }
  return findings;
}

/** Document indices sorted by language, then text, then path: an order that ignores the caller's. */
function canonicalOrder(documents: readonly SegmentedDocument[]): number[] {
  return documents
    .map((_, i) => i)
    .sort((x, y) => {
      const a = documents[x]!;
      const b = documents[y]!;
      if (a.lang !== b.lang) return a.lang < b.lang ? -1 : 1;
      if (a.text !== b.text) return a.text < b.text ? -1 : 1;
      const pathA = a.path ?? '';
      const pathB = b.path ?? '';
      if (pathA !== pathB) return pathA < pathB ? -1 : 1;
      return x - y;
    });
}

/** Alias spellings as entity keys (in the script each spelling is written in) → canonical key. */
function aliasIndex(aliases: Record<string, string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    const canonicalKey = entityKey(canonical, languageForScriptOf(canonical));
    index.set(canonicalKey, canonicalKey);
    for (const spelling of spellings) index.set(entityKey(spelling, languageForScriptOf(spelling)), canonicalKey);
  }
  return index;
}

/** The rules' view: anchors, linked sentence pairs with their mode, helpers from the anchors stage. */
export function buildContext(
  documents: readonly SegmentedDocument[],
  anchors: Anchor[][][],
  alignments: ReadonlyArray<{ a: number; b: number; alignment: Alignment }>,
  aliases: Record<string, string[]>,
  forcedParallel = false,
): RuleContext {
  const modes = documents.map(() => documents.map((): 'parallel' | 'comparable' => 'comparable'));
  const pairs: SentencePair[] = [];
  for (const { a, b, alignment } of alignments) {
    const mode = alignment.mode === 'parallel' && !forcedParallel && !figuresAgree(anchors, a, b, alignment.links) ? 'comparable' : alignment.mode;
    modes[a]![b] = mode;
    modes[b]![a] = mode;
    const links = mode === 'parallel' ? withImpliedLinks(alignment.links, documents[a]!, documents[b]!) : alignment.links;
    for (const link of links) {
      if (link.a.length === 0 || link.b.length === 0) continue;
      pairs.push({ a: { document: a, sentences: link.a }, b: { document: b, sentences: link.b }, score: link.score, mode });
    }
  }
  return { documents, anchors, pairs, modes, nameSimilarity, entityKey, aliasOf: aliasIndex(aliases) };
}

/**
 * The context without the names read by their consonants alone (see `EntityAnchor.byConsonants`), for
 * the rules that compare spellings: the context itself when there are none. Its own object, so the
 * links those rules trust are weighed on the names they see.
 */
function withoutNamesByConsonants(context: RuleContext): RuleContext {
  const byConsonants = (anchor: Anchor) => anchor.type === 'entity' && anchor.byConsonants === true;
  if (!context.anchors.some((doc) => doc.some((sentence) => sentence.some(byConsonants)))) return context;
  return { ...context, anchors: context.anchors.map((doc) => doc.map((sentence) => sentence.filter((anchor) => !byConsonants(anchor)))) };
}

/** Share of a translation's figure-bearing links whose numbers and dates mostly agree. */
const translationAgreement = 0.45;
/** Fewer figure-bearing links than this say nothing either way. */
const agreementEvidence = 4;
/** Links below this confidence are not looked at for figures (see {@link figuresAgree}). */
const figureLinkMinScore = 0.45;
/** A link's figures agree when their Jaccard overlap reaches this. */
const figureOverlapToAgree = 0.5;

/**
 * Whether the links of a pair the aligner took for a translation agree on their numbers and dates as
 * a translation's do. Two articles on one event can look parallel to the aligner (same places, same
 * order of topics); their linked sentences then disagree on figures all along, and the rules must
 * treat them as separate articles.
 */
function figuresAgree(anchors: readonly Anchor[][][], a: number, b: number, links: readonly Link[]): boolean {
  const figures = (document: number, sentences: readonly number[]) =>
    new Set(
      sentences
        .flatMap((s) => anchors[document]?.[s] ?? [])
        .filter((x) => x.type === 'number' || x.type === 'ordinal' || x.type === 'date')
        .map(anchorKey),
    );
  let withFigures = 0;
  let agreeing = 0;
  for (const link of links) {
    if (link.a.length === 0 || link.b.length === 0 || link.score < figureLinkMinScore) continue;
    const x = figures(a, link.a);
    const y = figures(b, link.b);
    if (x.size === 0 && y.size === 0) continue;
    withFigures++;
    let shared = 0;
    for (const f of x) if (y.has(f)) shared++;
    if (shared / (x.size + y.size - shared) >= figureOverlapToAgree) agreeing++;
  }
  return withFigures < agreementEvidence || agreeing / withFigures >= translationAgreement;
}

/** Longest gap (in sentences, on each side) between two links of a translation that is read as one implied link. */
const impliedGapLimit = 2;

/**
 * In a translation, sentences left unaligned between two links are each other's translation: the
 * aligner leaves them out precisely when their numbers or names disagree, which is what the rules look
 * for. Such a gap (1–2 sentences on each side, none linked elsewhere) becomes a link scored as the
 * weaker of its two neighbours.
 */
export function withImpliedLinks(links: readonly Link[], docA: SegmentedDocument, docB: SegmentedDocument): Link[] {
  const linked = links.filter((l) => l.a.length > 0 && l.b.length > 0).sort((x, y) => x.a[0]! - y.a[0]!);
  const result: Link[] = [...linked];
  const lengthOf = (doc: SegmentedDocument, sentences: readonly number[]) => sentences.reduce((sum, s) => sum + (doc.sentences[s]?.text.length ?? 0), 0);
  const ratio = (docA.text.length + 1) / (docB.text.length + 1);
  const imbalance = (a: readonly number[], b: readonly number[]) => Math.abs(Math.log((lengthOf(docA, a) + 1) / ((lengthOf(docB, b) + 1) * ratio)));
  const range = (from: number, length: number) => Array.from({ length }, (_, k) => from + k);
  for (let i = 0; i + 1 < linked.length; i++) {
    const before = linked[i]!;
    const after = linked[i + 1]!;
    const fromA = before.a[before.a.length - 1]! + 1;
    const fromB = before.b[before.b.length - 1]! + 1;
    const gapA = after.a[0]! - fromA;
    const gapB = after.b[0]! - fromB;
    if (gapA > impliedGapLimit || gapB > impliedGapLimit || gapA < 0 || gapB < 0 || gapA + gapB === 0) continue;
    const score = Math.min(before.score, after.score);
    if (gapA >= 1 && gapB >= 1) {
      result.push({ a: range(fromA, gapA), b: range(fromB, gapB), score });
      continue;
    }
    // Sentences on one side only: they belong to the neighbouring link whose lengths they balance best.
    const orphanA = range(fromA, gapA);
    const orphanB = range(fromB, gapB);
    const withBefore = { a: [...before.a, ...orphanA], b: [...before.b, ...orphanB] };
    const withAfter = { a: [...orphanA, ...after.a], b: [...orphanB, ...after.b] };
    const gainBefore = imbalance(before.a, before.b) - imbalance(withBefore.a, withBefore.b);
    const gainAfter = imbalance(after.a, after.b) - imbalance(withAfter.a, withAfter.b);
    const best = gainBefore >= gainAfter ? { link: withBefore, gain: gainBefore, index: i } : { link: withAfter, gain: gainAfter, index: i + 1 };
    if (best.gain <= 0) continue;
    const target = result.indexOf(linked[best.index]!);
    result[target] = { ...best.link, score: Math.min(score, linked[best.index]!.score) };
  }
  return result.sort((x, y) => x.a[0]! - y.a[0]!);
}
