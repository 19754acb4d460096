/**
 * `analyse`: the one step that reads each version of a story before it is aligned or checked —
 * sentences from the segment stage, anchors from the anchors stage — with one policy for which
 * sentences are read and which names each version is told about. `align`, `alignMany`, `check` and
 * the reporters all start from its result, so they see the same anchors.
 *
 * @module
 */
import type { Anchor, DocumentInput, SegmentedDocument } from '../types.js';
import { documentCase, extractAnchors, type Gazetteer, getDefaultGazetteer, getProfile, toSegmentedDocument } from './deps.js';

/** What {@link analyse} returns. */
export interface Analysis {
  /** The documents as segmented, in the order given. */
  documents: SegmentedDocument[];
  /**
   * `anchors[d][s]`: the anchors of sentence `s` of document `d`, sorted by `start` (offsets into
   * `documents[d].text`). Empty for page boilerplate, which is neither aligned nor checked.
   */
  anchors: Anchor[][][];
}

/** Options of {@link analyse}. */
export interface AnalyseOptions {
  /** Places and organisations to recognise (default: the bundled gazetteer, see `createGazetteer`). */
  gazetteer?: Gazetteer;
}

/**
 * Scripts that mark names with a capital letter. A document in another script (Arabic) cannot tell a
 * name from a word by its spelling, so it is read for the names the documents in these scripts hold.
 */
const scriptsWithCapitals: ReadonlySet<string> = new Set(['Latn', 'Cyrl', 'Grek', 'Armn']);

/**
 * At most this many names (found in the documents written with capitals) are handed to the extractor
 * of a document in a script without capitals: enough for any article set, a bound for a pathological one.
 */
export const knownNamesLimit = 5000;

/**
 * Segments each document (unless already segmented) and extracts the anchors of every sentence that
 * is not page boilerplate. Documents in scripts whose capitals mark names are read first; a document
 * where every noun has a capital (German) is then read knowing the names those hold, and a document in
 * a script without capitals (Arabic) knowing the names of both (their normalised keys and their
 * spellings, at most {@link knownNamesLimit}), so their names are found too. Every document is
 * read once; the result does not depend on anything but the documents, their order (only past the
 * names limit) and the gazetteer.
 *
 * @param docs The versions: raw text with a language, pre-segmented sentences, or segmented documents.
 * @param options `gazetteer`: the places and organisations to recognise.
 * @throws {TypeError} when `docs` is not an array of documents or `options.gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { analyse } from 'anchoralign';
 *
 * const { documents, anchors } = analyse([
 *   { lang: 'nl', text: 'De provincies tekenden op 20 februari 29 overeenkomsten.' },
 *   { lang: 'sv', text: 'Provinserna undertecknade 12 avtal den 20 februari.' },
 * ]);
 * console.log(documents.map((document, d) => `${document.lang}: ${anchors[d]![0]!.map((anchor) => `${anchor.type} ${anchor.value}`).join(', ')}`).join('\n'));
 * ```
 */
export function analyse(docs: readonly DocumentInput[], options: AnalyseOptions = {}): Analysis {
  if (!Array.isArray(docs)) throw new TypeError(`docs must be an array of documents, got ${docs === null ? 'null' : typeof docs}`);
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const { gazetteer } = options;
  if (gazetteer !== undefined && (gazetteer === null || typeof gazetteer !== 'object' || !Array.isArray((gazetteer as { entries?: unknown }).entries))) {
    throw new TypeError('options.gazetteer must be a gazetteer (see createGazetteer)');
  }
  const documents = docs.map((doc, i) => {
    if (typeof doc !== 'object' || doc === null) throw new TypeError(`docs[${i}] must be a document object`);
    return toSegmentedDocument(doc);
  });
  return { documents, anchors: analyseSegmented(documents, gazetteer ?? getDefaultGazetteer()) };
}

/** {@link analyse} on documents already segmented: their anchors, sentence by sentence. */
export function analyseSegmented(documents: readonly SegmentedDocument[], gazetteer: Gazetteer): Anchor[][][] {
  const anchors: Anchor[][][] = documents.map(() => []);
  const names = new Set<string>();
  // Capitals mark names, then capitals mark every noun (German: a lone capitalised word is a name only
  // when known), then no capitals: each group read knowing the names of the groups before it.
  for (const group of [capitalsMarkNames, capitalsMarkNouns, noCapitals]) {
    const knownNames = names.size > 0 ? [...names].sort() : undefined;
    documents.forEach((doc, d) => {
      if (!group(doc)) return;
      anchors[d] = documentAnchors(doc, gazetteer, knownNames);
      for (const sentence of anchors[d]!) {
        for (const anchor of sentence) {
          if (anchor.type === 'entity' && names.size < knownNamesLimit) {
            names.add(anchor.value);
            names.add(anchor.text);
          }
        }
      }
    });
  }
  return anchors;
}

function writtenWithCapitals(doc: SegmentedDocument): boolean {
  return scriptsWithCapitals.has(getProfile(doc.lang).script);
}

function capitalsMarkNames(doc: SegmentedDocument): boolean {
  return writtenWithCapitals(doc) && getProfile(doc.lang).anchors.capitalisesNouns !== true;
}

function capitalsMarkNouns(doc: SegmentedDocument): boolean {
  return writtenWithCapitals(doc) && getProfile(doc.lang).anchors.capitalisesNouns === true;
}

function noCapitals(doc: SegmentedDocument): boolean {
  return !writtenWithCapitals(doc);
}

/**
 * Whether a sentence is read at all: page boilerplate (navigation, "Source:", comment widgets) says
 * nothing about the story, so it is neither aligned nor checked.
 */
export function isAnalysed(doc: SegmentedDocument, sentence: number): boolean {
  return doc.sentences[sentence]?.kind !== 'boilerplate';
}

function documentAnchors(doc: SegmentedDocument, gazetteer: Gazetteer, knownNames?: readonly string[]): Anchor[][] {
  const evidence = documentCase(doc.text);
  return doc.sentences.map((sentence, i) =>
    isAnalysed(doc, i) ? extractAnchors(sentence, { lang: doc.lang, gazetteer, demonyms: true, documentCase: evidence, ...(knownNames ? { knownNames } : {}) }) : [],
  );
}

/**
 * The anchors the aligner weighs for one pair of documents (`align`, and every pair of `alignMany` and
 * `check`): each sentence that takes part read on its own, without the document-level evidence
 * {@link analyse} adds (country adjectives, the document's case evidence: a sentence is its own), then each
 * document read again knowing the names the other one holds, so that a script without capitals finds
 * the names its partner has. Sentences for which `takesPart` is false get none.
 */
export function pairAnchors(
  docA: SegmentedDocument,
  docB: SegmentedDocument,
  gazetteer: Gazetteer,
  takesPart: (side: 'a' | 'b', sentence: number) => boolean,
): { a: Anchor[][]; b: Anchor[][] } {
  const read = (doc: SegmentedDocument, side: 'a' | 'b', knownNames?: readonly string[]) =>
    doc.sentences.map((sentence, index) =>
      takesPart(side, index) ? extractAnchors(sentence, { lang: doc.lang, gazetteer, ...(knownNames && knownNames.length > 0 ? { knownNames } : {}) }) : [],
    );
  let a = read(docA, 'a');
  let b = read(docB, 'b');
  const namesA = entityValues(a);
  const namesB = entityValues(b);
  if (namesB.length > 0) a = read(docA, 'a', namesB);
  if (namesA.length > 0) b = read(docB, 'b', namesA);
  return { a, b };
}

function entityValues(anchors: readonly Anchor[][]): string[] {
  const values = new Set<string>();
  for (const list of anchors) for (const anchor of list) if (anchor.type === 'entity') values.add(anchor.value);
  return [...values];
}
