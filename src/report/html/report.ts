import { clusterPairs } from '../../align/index.js';
import { createGazetteer, extractAnchors, type Gazetteer, lowercaseWords } from '../../anchors/index.js';
import { checkAligned } from '../../check/check.js';
import type { CheckOptions } from '../../check/index.js';
import { getProfile } from '../../lang/index.js';
import type { Anchor, DocumentInput, SegmentedDocument } from '../../types.js';
import { renderReport } from './render.js';
import { groupEvidence } from './rows.js';

/** Options of {@link report}: those of `check`, plus the page title. */
export interface ReportOptions extends CheckOptions {
  /** Title of the page; defaults to "anchoralign report". */
  title?: string;
}

/**
 * Checks several versions of one story and renders them side by side as one self-contained HTML
 * page: a column per language, aligned sentences in rows (clusters of `alignMany`; the sentences a
 * finding compares share a row), anchors highlighted by type (normalised
 * value on hover), findings listed at the top with links to their rows and marked in place, and a
 * filter by rule and severity. Nothing is loaded from the network; all text is escaped.
 *
 * @param docs The versions, as raw text or segmented (see {@link DocumentInput}).
 * @param options Check options (mode, rule severities, suppressions, gazetteer, aliases) and `title`.
 * @returns The HTML document as a string (write it to a `.html` file).
 * @throws {TypeError} when `docs` is not an array of documents or `options` is not an object.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const html = report([
 *   { lang: 'nl', text: 'De provincies tekenden 29 overeenkomsten.' },
 *   { lang: 'ar', text: 'وقعت المقاطعات على 29 اتفاقية.' },
 * ], { title: 'nl and ar' });
 * writeFileSync('report.html', html);
 * ```
 */
export function report(docs: readonly DocumentInput[], options: ReportOptions = {}): string {
  if (!Array.isArray(docs)) throw new TypeError('docs must be an array of documents');
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const { title, ...checkOptions } = options;
  const { result, pairs } = checkAligned([...docs], checkOptions);
  const { documents, findings } = result;
  const gazetteer = createGazetteer(checkOptions.gazetteer ?? []);
  // Rows are alignMany's clusters (they keep each document's part of a row to a few neighbouring
  // sentences, which is what a side-by-side view needs), built from the pairs check aligned, with
  // each finding's evidence in one row.
  const clusters = clusterPairs(documents, pairs);
  const anchors = extractDocumentAnchors(documents, gazetteer);
  return renderReport(
    { documents, findings, clusters: groupEvidence(clusters, findings), anchors },
    title === undefined ? {} : { title },
  );
}

/** At most this many names from other versions are handed to the extractor (as `check` does). */
const knownNamesLimit = 5000;

/**
 * Anchors of every sentence, for highlighting, found the way `check` finds them: scripts without
 * capital letters (Arabic) find names only when told which names the other versions contain.
 */
function extractDocumentAnchors(documents: readonly SegmentedDocument[], gazetteer: Gazetteer): Anchor[][] {
  const extract = (document: SegmentedDocument, knownNames?: readonly string[]): Anchor[] => {
    const lowercase = lowercaseWords(document.text);
    return document.sentences.flatMap((sentence) =>
      extractAnchors(sentence, { lang: document.lang, gazetteer, lowercaseWords: lowercase, ...(knownNames === undefined ? {} : { knownNames }) }),
    );
  };
  const anchors = documents.map((document) => extract(document));
  documents.forEach((document, index) => {
    const script = getProfile(document.lang).script;
    if (script === 'Latn' || script === 'Cyrl' || documents.length < 2) return;
    const names = new Set<string>();
    anchors.forEach((others, other) => {
      if (other === index) return;
      for (const anchor of others) {
        if (anchor.type !== 'entity' || names.size >= knownNamesLimit) continue;
        names.add(anchor.value);
        names.add(anchor.text);
      }
    });
    anchors[index] = extract(document, [...names].sort());
  });
  return anchors;
}
