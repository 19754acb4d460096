// INTERIM: the anchors stage through the checker's stand-ins until src/anchors/index.ts lands.
import { createGazetteer, extractAnchors } from '../../check/deps.js';
import { check, type CheckOptions } from '../../check/index.js';
import { getProfile } from '../../lang/index.js';
import type { Anchor, DocumentInput, SegmentedDocument } from '../../types.js';
import { renderReport } from './render.js';

/** Options of {@link report}: those of `check`, plus the page title. */
export interface ReportOptions extends CheckOptions {
  /** Title of the page; defaults to "anchoralign report". */
  title?: string;
}

/**
 * Checks several versions of one story and renders them side by side as one self-contained HTML
 * page: a column per language, aligned sentences in rows, anchors highlighted by type (normalised
 * value on hover), findings listed at the top with links to their rows and marked in place, and a
 * filter by rule and severity. Nothing is loaded from the network; all text is escaped.
 *
 * @param docs The versions, as raw text or segmented (see {@link DocumentInput}).
 * @param options Check options (mode, rule severities, suppressions, gazetteer, aliases) and `title`.
 * @returns The HTML document as a string (write it to a `.html` file).
 * @throws {TypeError} when `docs` is not an array of documents or `options` is not an object.
 */
export function report(docs: readonly DocumentInput[], options: ReportOptions = {}): string {
  if (!Array.isArray(docs)) throw new TypeError('docs must be an array of documents');
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const { title, ...checkOptions } = options;
  const result = check([...docs], checkOptions);
  const anchors = extractDocumentAnchors(result.documents, checkOptions);
  return renderReport({ ...result, anchors }, title === undefined ? {} : { title });
}

/**
 * Anchors of every sentence, for highlighting. Scripts without capital letters (Arabic) find names
 * only when told which names the other versions contain, so they go second.
 */
function extractDocumentAnchors(documents: readonly SegmentedDocument[], options: CheckOptions): Anchor[][] {
  const gazetteer = options.gazetteer === undefined ? undefined : createGazetteer(options.gazetteer);
  const extract = (document: SegmentedDocument, knownNames?: readonly string[]): Anchor[] =>
    document.sentences.flatMap((sentence) =>
      extractAnchors(sentence, {
        lang: document.lang,
        ...(gazetteer === undefined ? {} : { gazetteer }),
        ...(knownNames === undefined ? {} : { knownNames }),
      }),
    );
  const withoutCase = (document: SegmentedDocument) => getProfile(document.lang).script === 'Arab';
  const anchors = documents.map((document) => (withoutCase(document) ? [] : extract(document)));
  const knownNames = [
    ...new Set(anchors.flatMap((list) => list.filter((anchor) => anchor.type === 'entity').map((anchor) => anchor.value))),
  ];
  documents.forEach((document, index) => {
    if (withoutCase(document)) anchors[index] = extract(document, knownNames);
  });
  return anchors;
}
